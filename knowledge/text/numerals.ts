/**
 * The capital numerals of cheques and receipts (大写数字: 壹贰叁肆伍陆柒捌玖拾佰仟), which some members type for
 * amounts and head counts ("养老金肆仟贰佰元", "正式党员只有陆个"), read as the everyday numerals the calculator and
 * the worked figures read. Only where they stand for a number: in a run of two or more, or one before a unit, so
 * 队伍 and 陆家嘴 keep their characters. One character for one, so the length is kept.
 */
const CAPITAL: Record<string, string> = {
  零: '零',
  壹: '一',
  贰: '二',
  貳: '二',
  叁: '三',
  參: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  陸: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
  佰: '百',
  仟: '千',
  萬: '万',
};

// 陆陆续续 (one after another) is a word, not 六六.
const CAPITAL_NUMBER =
  /(?!陆陆续续|陸陸續續)[零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬]{2,}|[壹贰貳叁參肆伍陆陸柒捌玖拾](?=[个名位人元块年月日天次票岁届号周]|工作日|星期|礼拜|小时)/g;

export function plainNumerals(text: string): string {
  return text.replace(CAPITAL_NUMBER, (run) => [...run].map((c) => CAPITAL[c] ?? c).join(''));
}

/**
 * The everyday Chinese digits (and 幺, as a phone number is read out) as the digits they stand for: dates written in
 * characters (一九七五年) and phone numbers said to voice input (幺三八…).
 */
export const HAN_DIGITS: Readonly<Record<string, string>> = {
  零: '0',
  〇: '0',
  幺: '1',
  一: '1',
  二: '2',
  两: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

const UNIT_VALUE: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * A Chinese numeral as its number, read the way people say amounts: 十八 → 18, 一百零五 → 105, 两千 → 2000, and a
 * last digit straight after a unit is one unit lower, as in speech (一百五 → 150, 六千五 → 6500, 一万二 → 12000;
 * after 零 it is the ones: 一千零五 → 1005). Undefined when the run is not one number: two digits in a row (六一,
 * 二五) or units out of order (十十, 百千).
 */
export function chineseNumber(text: string): number | undefined {
  if (!/^[零〇一二两三四五六七八九十百千万]+$/.test(text)) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastUnit = Number.POSITIVE_INFINITY;
  let afterZero = false;
  for (const ch of text) {
    if (ch === '万') {
      if (total > 0) return undefined;
      total = (section + (digit ?? 0)) * 10_000 || 10_000;
      section = 0;
      digit = undefined;
      lastUnit = 10_000;
      afterZero = false;
    } else if (ch in UNIT_VALUE) {
      const unit = UNIT_VALUE[ch]!;
      if (unit >= lastUnit && lastUnit !== 10_000) return undefined;
      section += (digit ?? 1) * unit;
      digit = undefined;
      lastUnit = unit;
      afterZero = false;
    } else {
      const value = Number(HAN_DIGITS[ch]);
      if (value === 0) {
        afterZero = true;
        continue;
      }
      if (digit !== undefined) return undefined;
      digit = value;
    }
  }
  if (digit !== undefined) section += Number.isFinite(lastUnit) && !afterZero ? digit * (lastUnit / 10) : digit;
  return total + section;
}
