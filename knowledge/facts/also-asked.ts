/**
 * A second ask after a yes-or-no in the same message ("要不要报备，有时间要求吗", "是否必须转？有没有例外"), answered from
 * the same fact where it states it: the time limit or the exception said with the verdict, so the asker need not find
 * it in the rule. Nothing is said where the fact states none.
 */

/** Asked whether there is a time limit. */
const ASKS_TIME = /时间要求|时限|期限|时间限制|多久之内|多长时间内|几天之?内|有没有时间|什么时候之前/;
/** A time limit the fact states: 15个工作日内, 三个月内, 30日内. */
const TIME_LIMIT = /(?:\d+|[一二两三四五六七八九十]+)个?(?:工作日|日|天|月|周|星期)(?:内|以内|之内)/;
/** Asked whether there is an exception. */
const ASKS_EXCEPTION = /例外|特殊情况|特殊情形|特例/;
/** An exception the fact states: what holds for those who cannot, or in special cases. */
const EXCEPTION = /(?:一时不具备|确有困难|特殊情况|确需)[^。；;]*/;

export function alsoAsked(question: string, answer: string): string {
  if (ASKS_TIME.test(question)) {
    const limit = TIME_LIMIT.exec(answer);
    if (limit) return `有时间要求：${limit[0]}。`;
  }
  if (ASKS_EXCEPTION.test(question)) {
    const exception = EXCEPTION.exec(answer);
    if (exception) return `有例外：${exception[0]}。`;
  }
  return '';
}
