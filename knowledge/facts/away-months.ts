import { chineseNumber } from '../text/numerals';

/**
 * How long a member has been away, told in the question ("去深圳实习要待8个月", "去杭州打工两年多了"), worked against
 * the 六个月 that makes a 流动党员: the asker who asks whether the member counts, or whether the 组织关系 goes with
 * them, is told which side of the six months the stay falls. A short trip (出差, 探亲) is never one: the rule says so.
 */

/** The facts that say who counts as a 流动党员, or that the 组织关系 goes with one (要转。…). */
const AWAY_RULE = /算流动党员|^要转。/;

/** Being away for work, study or business, in the clause that tells how long. */
const AWAY =
  /外出|出去|在外|外地|打工|务工|实习|上班|工作|学习|进修|做生意|经商|读书|挂职|借调|(?:待|呆|住)了?\s*(?:上|满)?\s*[\d一两二三四五六七八九十大半]/;
const SHORT_TRIP = /出差|探亲|旅游|休假/;
/** A stay in months or years: 8个月, 七个多月, 两年多, 一年半, 大半年; not a year of the calendar (2024年). */
const STAY =
  /(?<![\d年])(\d{1,2}|[一两二三四五六七八九十]{1,2})\s*(?:个多?|多个)\s*月|(?<![\d年])(\d{1,2}|[一两二三四五六七八九十])\s*年(半|多)?(?![\d级底初中末前后])|(大?半年)(多)?/;

function monthsOf(m: RegExpExecArray): number | undefined {
  const count = (s: string) => (/\d/.test(s) ? Number(s) : chineseNumber(s));
  if (m[1]) return count(m[1]);
  if (m[2]) {
    const years = count(m[2]);
    return years === undefined ? undefined : years * 12 + (m[3] === '半' ? 6 : 0);
  }
  return 6;
}

/** The stay told, worked against the six months, or undefined when the question tells none. */
export function awayWorked(question: string): string | undefined {
  if (SHORT_TRIP.test(question)) return undefined;
  for (const clause of question.split(/[，,。；;？?！!\s]+/)) {
    if (!AWAY.test(clause)) continue;
    const m = STAY.exec(clause);
    if (!m) continue;
    const months = monthsOf(m);
    if (!months || months > 600) continue;
    const said = m[0].replace(/\s+/g, '');
    return months >= 6 ? `按你说的在外${said}，已超过六个月，算流动党员。` : `按你说的在外${said}，不到六个月，还不算流动党员。`;
  }
  return undefined;
}

/**
 * A fact's answer with the stay told worked out (awayWorked), said first, after the answer's verdict (要转。) where it
 * opens on one; the answer as it is for another fact or where no stay is told.
 */
export function withAway(answer: string, question: string): string {
  const away = AWAY_RULE.test(answer) ? awayWorked(question) : undefined;
  if (!away) return answer;
  const verdict = /^要转。/.exec(answer)?.[0] ?? '';
  return `${verdict}${away}${answer.slice(verdict.length)}`;
}
