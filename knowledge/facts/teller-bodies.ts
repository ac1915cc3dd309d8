/**
 * A body named only as the one who tells, asks for or proposes something ("镇纪委说…该给撤销党内职务处分", "工会那边
 * 寻思着组织一下", "上级组织部通知…"): the source of the case, not whose rule is asked. The case itself (the 处分 due,
 * the 主题党日 planned) is the Party's, and the Party's rule answers it, though the body named is not one a fact speaks
 * of. So are members named so ("几个老党员说小组会上都同意了"): the ones who tell, not whose rule is asked.
 * A body that is the subject of what is said ("工会多久开一次会", "纪委书记任期几年") stays a body of its own: only a
 * body right before a verb of saying, asking for or intending is read as the teller.
 */

/**
 * A verb of saying, asking or intending right after the body (a word for "side" between: 工会那边寻思着): 说, 讲, 通知,
 * 要求, 建议, 提出, 认为, 觉得, 寻思, 琢磨, 打算; not 讲 of a lecture (讲党课), nor a body spoken to (给团员讲).
 */
const TELLS =
  /^(?:那边|那头|这边|方面|的人|的同志|的领导|领导)?(?:说|讲(?![课党团话解座评究述学])|讲了|通知|发通知|下通知|要求|建议|提出|提议|认为|觉得|寻思|琢磨|打算)/;

/** One spoken or given to, just before the body ("给基层团员讲党课", "跟工会说一声"): not the teller. */
const ADDRESSED = /[给向对跟找让叫和与替帮][^，,。？?！!\s]{0,4}$/;

/** Whether every place the text names the word, it names the one who tells or proposes (TELLS after it). */
export function namedOnlyAsTeller(text: string, word: string): boolean {
  let at = text.indexOf(word);
  if (at < 0) return false;
  for (; at >= 0; at = text.indexOf(word, at + 1))
    if (!TELLS.test(text.slice(at + word.length)) || ADDRESSED.test(text.slice(Math.max(0, at - 5), at))) return false;
  return true;
}

/** The bodies of those named (namedBodies' list) that are not named only as tellers of the case. */
export const bodiesNotTelling = (question: string, bodies: readonly string[]): string[] =>
  bodies.filter((body) => !namedOnlyAsTeller(question, body));
