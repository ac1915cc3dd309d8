/**
 * Figures told roughly ("三千多", "一万出头", "大概七千", "6000左右"): the exact monthly base is not known, so the
 * calculator never states an exact amount on them. When every value the words allow falls in one band, the reply
 * gives that band and the amount as "about"; when the values straddle a band's edge ("5000左右"), it asks back.
 */

/** Words after a figure that put the value somewhat above it: 3000多, 一万出头, 五千挂零. */
const ABOVE_AFTER = /^\s*(?:元|块钱|块)?\s*(?:多|出头|挂零|冒头|几百|有余)/;
/** Words after a figure that put the value near it, either side: 7000左右, 六千上下, 两千来块, 5000的样子. */
const ABOUT_AFTER = /^\s*(?:元|块钱|块)?\s*(?:左右|上下|来块|来元|的样子|那样|那么多)|^来(?:块|元)/;
/** Words just before a figure that make it rough: 大概, 大约, 差不多, 将近, 估计. */
const ABOUT_BEFORE = /(?:大概|大约|约莫|约|差不多|将近|接近|估计|估摸|可能)(?:是|有|在|拿|能拿|到手|每月|一个月|每个月)?$/;
/** The asker fixes the base themself ("就按六千算", "按6000算"): the rough words are theirs, the figure stands. */
const BASE_FIXED = /按[^，,。？?！!；;\s]{0,6}(?:算|计算|计)/;

export type Rough = 'above' | 'about';

/** How a figure at `at` (its text `said`) in `text` is rough, or undefined when it is told exactly. */
export function roughness(text: string, at: number, said: string): Rough | undefined {
  if (BASE_FIXED.test(text)) return undefined;
  const after = text.slice(at + said.length);
  if (ABOVE_AFTER.test(after)) return 'above';
  if (ABOUT_AFTER.test(after) || ABOUT_BEFORE.test(text.slice(Math.max(0, at - 8), at))) return 'about';
  return undefined;
}

/**
 * The values a rough figure allows: "3000多" 3000–4000 (the next step of its last non-zero digit), "一万出头"
 * 10000–20000, "3500多" 3500–3600; "7000左右" a tenth either side.
 */
export function roughRange(value: number, rough: Rough): [number, number] {
  if (rough === 'about') return [value * 0.9, value * 1.1];
  let step = 1;
  while (value % (step * 10) === 0 && step * 10 <= value) step *= 10;
  return [value + 0.01, value + step];
}
