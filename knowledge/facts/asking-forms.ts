/**
 * Asking forms the shared asking test (clauses.ts ASKING) does not know, which left the second ask of a message read
 * as the first one's tail or as context ("…几条义务啊 当领导的党员也得守吧", "…一年考几回啊，考过了就
 * 发证书了啊？"; 有没得 is read as 有没有 by the dialect table, text/spoken.ts). No imports: clauses.ts reads it.
 */

/**
 * A tag question: a clause after 也, 都 or 还 with a modal, closed by 吧 ("当领导的党员也得守吧", "退休了也要交吧",
 * "预备党员都能参加吧"), asks for a yes or no though it holds no question word. A bare 吧 is a suggestion ("那就这样吧").
 */
const TAG_QUESTION = /(?:也|都|还)(?:得|要|能|可以|会|算|是|该|应该|需要|必须|不用|不能)[\u4e00-\u9fff]{0,8}吧$/;

/** Whether a clause asks in a form besides those of the shared asking test (clauses.ts ASKING). */
export function asksInOtherForm(clause: string): boolean {
  return TAG_QUESTION.test(clause);
}

/** A clause that tells of the asker or their own (我们…), not a question of its own even with a question mark. */
const TELLS_OWN = /^(?:我|俺|咱)/;

/**
 * The last clause of a message of several, closed by the asker's question mark, with no question word: asked
 * ("…一年考几回啊，考过了就发证书了啊？"). Only when an earlier clause asks too (the mark is then not the whole
 * message's), the clause is long enough to be a question (4 characters) and does not tell of the asker.
 */
export function lastMarkedAsked(part: string, question: string, earlierAsks: boolean): boolean {
  if (!earlierAsks || part.length < 4 || TELLS_OWN.test(part)) return false;
  const at = question.lastIndexOf(part);
  if (at < 0) return false;
  return /^\s*[？?][\s？?！!。]*$/.test(question.slice(at + part.length));
}
