import { countBefore } from './head-counts';

/**
 * Years the asker tells, worked against the rule that counts them: a 持证上岗 certificate obtained in a given year gives
 * the earliest years of the next levels, and the applicant's age told says whether they may apply to join yet.
 */

/** A fact on the 持证上岗 levels, each held a full year before the next may be applied for. */
export const CERT_STEPS = /持初级满一年可申请中级/;

const YEAR = '(?<!\\d)((?:19|20)\\d{2}|\\d{2})\\s*年(?![前后了多以来内])(?:\\s*(\\d{1,2})\\s*月份?)?';
/** The year (and month) told, then the level obtained in the same clause, not one applied for (申请中级, 升中级). */
const YEAR_THEN_LEVEL = new RegExp(`${YEAR}[^，,。？?\\s]{0,10}?(?<!申请|申报|升)(初级|中级)`);
/** The level, then the year it was obtained ("初级证书2025年5月拿的"). */
const LEVEL_THEN_YEAR = new RegExp(`(初级|中级)[^，,。？?\\s\\d]{0,6}?${YEAR}[^，,。？?\\s]{0,3}?(?:拿|取得|考|发|领|获得|评|通过)`);

/** The earliest years of the next levels for a certificate the asker says was obtained in a given year. */
export function certYears(question: string): string | undefined {
  // "24年拿的初级证" is 2024 (the scheme began in 2022); "10年前", "3年了" are spans of time, not years.
  // The month told with the year ("2025年5月拿的初级证") is when the year held is up: 满一年 is 2026年5月, not 2026年.
  // The level is the one obtained, said within the clause: not one applied for later ("…5月拿的 什么时候申请中级").
  const after = YEAR_THEN_LEVEL.exec(question);
  const before = after ? undefined : LEVEL_THEN_YEAR.exec(question);
  const m = after ?? (before ? [before[0], before[2], before[3], before[1]] : undefined);
  if (!m) return undefined;
  const year = m[1]!.length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
  const month = m[2] && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `${Number(m[2])}月` : '';
  const next = (level: string) =>
    month ? `到${year + 1}年${month}满一年，${year + 1}年${month}以后才可申请${level}` : `最早${year + 1}年可申请${level}`;
  if (m[3] === '中级') return `按你说的${year}年${month}取得中级证书算，${next('高级')}（具体以当地当年的通知为准）。`;
  return `按你说的${year}年${month}取得初级证书算，${next('中级')}；${year + 1}年取得中级的，最早${year + 2}年可申请高级（具体以当地当年的通知为准）。`;
}

/** The age rule of applying to join. */
export const AGE_RULE = /申请入党要年满十八岁/;
/**
 * The applicant's age as the asker tells it ("今年17岁半", "刚16周岁", "才十七岁"), not the age the rule asks for
 * ("要等满18岁", "到18岁再交"): a count of 岁 not said right after 满, 到 or 等.
 */
const AGE_TOLD =
  /(?<![满到等过够])(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:周)?岁(半|多)?(?![^，,。？?；;]{0,4}(?:以下|以上|生日|差|不到|没到|没满|之前|以前))/;

/** The worked verdict for the age told: under 18 (17岁半 too) may not apply yet, 18 and over may. */
export function ageSaid(question: string): string | undefined {
  const m = AGE_TOLD.exec(question);
  // "17岁半" may be read as its age; "还差两个月18岁" says the age through what is lacking, too hard to state.
  if (!m) return undefined;
  const years = /^\d+$/.test(m[1]!) ? Number(m[1]) : countBefore(`${m[1]}岁`, '岁');
  if (years === undefined || years < 10 || years > 40) return undefined;
  const told = `${m[1]}岁${m[2] ?? ''}`;
  return years < 18
    ? `按你说的${told}，还不满十八岁，现在不能递交入党申请书，年满十八岁后才可以申请。`
    : `按你说的${told}，已年满十八岁，年龄上可以申请入党。`;
}
