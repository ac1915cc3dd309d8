import { alignable } from './cloze';
import { parsePasted } from './paste';
import type { PasteOutcome } from './suggest';

/**
 * A statement with its answer box right after its last word and no full stop (…每年集中学习培训时间一般不少于32学时（ ）),
 * pasted with no type and no options: read as a blank, its words end the sentence and the blank has nothing to ask.
 * Where its value is already said — a number with its unit right before the box — the box can only be a 判断's mark,
 * and it is judged as one (as if …32学时。（ ） were pasted); so is one ending in a consequence said in full (…方可召开)
 * or in how a decision is carried out (…原决定暂停执行). A stem ending in any other word (预备党员的预备期为（ ）,
 * 学生党员每月交纳党费（ ）) may well ask for that word's object: a sentence cut there reads as a true prefix of the
 * rule, so it is never judged as a statement here.
 */

/** The first line, ended by its box: what stands before it. */
const BOXED_LINE = /^(.+?)\s*[（(]\s*[)）]\s*$/;
/**
 * A value said with its unit as what the clause's bound or verb gives (不少于32学时, 为1年, 满6个月, 交纳0.2元,
 * 三分之二): not a date (召开于1935年（ ） may ask for the month), nor a number a clause runs on from (连续6个月（ ）).
 */
const VALUE_ENDS =
  /(?:不少于|不多于|不超过|不低于|低于|高于|超过|至少|最多|最长|最短|最少|为|是|满|达到|交纳|缴纳|交)(?:(?<!\d)\d{1,3}(?:\.\d+)?(?:个)?(?:学时|课时|周岁|岁|年|月|周|天|小时|人|名|次|元|%|倍|届|工作日)|\d+分之\d+)$/;

/**
 * A condition's consequence said in full (…到会方可召开, …才能进行, …才能生效): only then is the act done, and the act
 * is the sentence's last word, with no object for a blank to ask.
 */
const ONLY_THEN_ENDS = /(?:方可|才能|才可以|才可)(?:召开|进行|举行|开会|生效)$/;

/**
 * Whether a decision is carried out, said in full (…原决定暂停执行, …照常执行, …停止执行): 执行 after a word saying
 * how or whether takes no object here, so the box after it asks nothing but the statement's truth.
 */
const CARRIED_OUT_ENDS = /(?:暂停|停止|中止|终止|继续|照常|照样|仍然|立即)执行$/;

/** The statement a trailing box closes, when it ends with a value, a consequence or a carrying out said in full; undefined otherwise. */
export function trailingStatement(raw: string): string | undefined {
  const pasted = parsePasted(raw);
  if (pasted.options.length > 0 || (pasted.declaredType && pasted.declaredType !== '判断')) return undefined;
  const first = raw.trim().split('\n')[0]!.trim();
  const before = BOXED_LINE.exec(first)?.[1];
  // One box, at the end: a blank anywhere else asks for words.
  if (!before || /[（(]\s*[)）]|_{2,}/.test(before) || /[。！!？?]$/.test(before)) return undefined;
  if (![VALUE_ENDS, ONLY_THEN_ENDS, CARRIED_OUT_ENDS].some((ends) => ends.test(alignable(before)))) return undefined;
  return `${before.replace(/^(?:\d+\s*[、.．]|判断题?[：:]?)\s*/, '')}。`;
}

/** The paste judged as the statement its trailing box closes: only a verdict (正确 or 错误) counts. */
export async function byTrailingBox(raw: string, judge: (statement: string) => Promise<PasteOutcome>): Promise<PasteOutcome | undefined> {
  const statement = trailingStatement(raw);
  if (!statement) return undefined;
  const outcome = await judge(`【判断】${statement}`);
  if (outcome.kind !== 'hedged') return undefined;
  const said = outcome.answerTexts.join('');
  return said === '正确' || said === '错误' ? outcome : undefined;
}

/**
 * A fill that says again a value the stem already says before its trailing box (由党员大会选一名书记（ ） filled 1名):
 * the box asks nothing the words before it leave open, so it is a 判断's mark, whatever value the stem says. The
 * statement it closes, or undefined when the outcome is no such fill.
 */
export function echoedFillStatement(raw: string, outcome: PasteOutcome): string | undefined {
  if (outcome.kind !== 'hedged' || outcome.choice.length > 0 || outcome.answerTexts.length !== 1) return undefined;
  const pasted = parsePasted(raw);
  if (pasted.options.length > 0 || (pasted.declaredType && pasted.declaredType !== '判断')) return undefined;
  const first = raw.trim().split('\n')[0]!.trim();
  const before = BOXED_LINE.exec(first)?.[1];
  if (!before || /[（(]\s*[)）]|_{2,}/.test(before) || /[。！!？?]$/.test(before)) return undefined;
  const fill = alignable(outcome.answerTexts[0]!);
  if (!/^\d+(?:\.\d+)?[^\d]{0,3}$/.test(fill) || !alignable(before).includes(fill)) return undefined;
  return `${before.replace(/^(?:\d+\s*[、.．]|判断题?[：:]?)\s*/, '')}。`;
}

/**
 * The paste judged as the statement an echoed fill shows its box to close (echoedFillStatement): its verdict, or an
 * abstention, never the fill; undefined when the fill is no echo.
 */
export async function byEchoedFill(
  raw: string,
  outcome: PasteOutcome,
  judge: (statement: string) => Promise<PasteOutcome>,
): Promise<PasteOutcome | undefined> {
  const statement = echoedFillStatement(raw, outcome);
  if (!statement) return undefined;
  const judged = await judge(`【判断】${statement}`);
  const said = judged.kind === 'hedged' ? judged.answerTexts.join('') : '';
  return said === '正确' || said === '错误' ? judged : { kind: 'abstain' };
}
