import { alignable } from './cloze';

/**
 * "按规定每月应交纳离退休费的（ ）" with options in %: the share of the income named, asked without the word 党费, is
 * the 党费 rate for that income (the calculator reads questions on 党费, so the stem is then read as one).
 */

/** 应交纳（月）工资收入的（ ）, 交纳离退休费的（ ）: a share of the income named, asked for. */
const RATE_OF_INCOME = /(?:交纳|缴纳|交)(?:每?月)?(?:工资收入|收入|工资|离退休费|退休费|离休费|退休金|养老金)的\s*（）/;
const PERCENT = /\d+(?:\.\d+)?%/g;

/** Whether a stem (its blanks written （）) asks the share of its income, with options that are rates. */
export function asksIncomeShare(stem: string, options: string[]): boolean {
  return RATE_OF_INCOME.test(stem) && options.some((o) => (alignable(o).match(PERCENT) ?? []).length === 1);
}
