import { fixDomainTypos } from '../../../knowledge';
import { computeDues, type DuesRequest, describeDues, FIXED_KINDS, RETIRED_WORDS } from './dues';

/**
 * One message asking the 党费 of a kind of member who pays a fixed amount and, in another question, of someone with an
 * income ("学生党员一个月交多少 退休的退休金5000交多少"): the calculator reads the income and its kind, and would leave
 * the fixed-amount kind unanswered. Each is answered: the fixed amount first, in the order asked, then the income's.
 */

/** Where one question ends and the next begins: a question mark, a stop, a space in a run-on message, 还有, 另外. */
const QUESTION_APART = /[？?。；;！!\s]+|还有|另外|再问/;
/** A part asking an amount (多少, 几毛, 怎么交). */
const ASKS_AMOUNT = /多少|几块|几毛|几角|几元|怎么交|咋交|怎么算|咋算|标准/;

/**
 * The reply when a part of the message asks the amount of a fixed-amount kind (学生, 农民, 困难) and holds no figure,
 * beside the income the calculator worked out; undefined otherwise (one kind asked, or the kind said of the income).
 */
export function describeFixedBesideRated(text: string, request: DuesRequest): string | undefined {
  if (request.income === undefined || request.each || request.unclear || request.beforeTax || request.paid !== undefined) return undefined;
  const parts = fixDomainTypos(text).split(QUESTION_APART).filter(Boolean);
  const asked = FIXED_KINDS.filter(([, re]) => parts.some((p) => re.test(p) && !/\d/.test(p) && ASKS_AMOUNT.test(p))).map(([kind]) => kind);
  if (asked.length === 0) return undefined;
  // The income is of the kind its own part names (退休金5000, 在职的税后6000), never of the fixed kind asked apart.
  const figured = parts.filter((p) => /\d/.test(p));
  if (figured.some((p) => FIXED_KINDS.some(([kind, re]) => asked.includes(kind) && re.test(p)))) return undefined;
  const category =
    request.category === 'employed' || request.category === 'retired'
      ? request.category
      : figured.some((p) => RETIRED_WORDS.test(p))
        ? 'retired'
        : 'employed';
  const rated = describeDues(computeDues({ ...request, category }));
  return [...asked.map((kind) => `${computeDues({ ...request, category: kind, income: undefined }).band}。`), '', rated].join('\n');
}
