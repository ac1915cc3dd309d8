/**
 * The month someone became a 预备党员, said without its day ("1975年3月支部大会通过做预备党员"): an old member
 * rarely remembers the day. The 预备期 is one year, so 转正 and the 党龄 start in the same month a year later; the
 * day is not guessed. Read only where the month is told as the admission (通过, 入党, 预备, 接收 right after it), as
 * probation-dates.ts's admittedOn reads a full day.
 */

/** A year and month told as the admission: 通过, 入党, 预备 or 接收 said within a few characters after it. */
const ADMITTED_MONTH =
  /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:份)?(?![\d一二三四五六七八九十]+\s*[日号])[^，,。？?；;\d]{0,8}?(?:通过|入党|入的党|入了党|预备|接收)/;

/** A number of years of 党龄 asked for ("够不够50年", "哪年满五十年"). */
const PARTY_YEARS = /(?:够|满|达到|到)\s*(\d{1,2}|十|二十|三十|四十|五十|六十|七十)\s*(?:周)?年/;
const HAN_TENS: Record<string, number> = { 十: 10, 二十: 20, 三十: 30, 四十: 40, 五十: 50, 六十: 60, 七十: 70 };

/** The worked months for an admission told by its month: the 预备期's end, 转正 and the 党龄's start, and a 党龄 asked for. */
export function admittedInMonth(question: string): string | undefined {
  const m = ADMITTED_MONTH.exec(question);
  if (!m) return undefined;
  const [y, mo] = [Number(m[1]), Number(m[2])];
  if (mo < 1 || mo > 12) return undefined;
  const next = `${y + 1}年${mo}月`;
  let out = `按你说的${y}年${mo}月（支部大会通过为预备党员的月份）算，预备期到${next}期满；按期转正的，转正和党龄都从${next}算起（具体哪一天以支部大会通过之日为准）。`;
  const years = PARTY_YEARS.exec(question);
  const n = years ? (/^\d+$/.test(years[1]!) ? Number(years[1]) : (HAN_TENS[years[1]!] ?? 0)) : 0;
  if (n >= 1 && n <= 80) out += `党龄满${n}年是${y + 1 + n}年${mo}月。`;
  return out;
}
