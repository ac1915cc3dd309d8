import { chineseNumber } from '../text/numerals';

/**
 * The numbers a question tells about a branch's people, read for the rules worked on them (vote-thresholds.ts,
 * worked-answer.ts): the members entitled to vote, those present, the votes in favour, and the seats an election
 * fills. A count is known by the words around it, so "18名党员，其中预备党员4名" is 14 entitled to vote, not 18.
 */

/**
 * Members counted as such ("正式党员只有2个", "3名预备党员", "党员正式的有4个"), not seats to fill ("要选5个支委").
 */
export const COUNTS_MEMBERS =
  /党员[^，,。？?\d]{0,3}[\d一二两三四五六七八九十]|[\d一二两三四五六七八九十]\s*(?:个|名|位)[^，,。？?]{0,2}党员|党员(?:里|中|当中)?(?:正式|预备)的?(?:有|是|就|只有)?\s*[\d一二两三四五六七八九十]/;

/** A small count written in digits or Chinese (23, 十二, 五) before one of the units. */
export function countBefore(question: string, units: string): number | undefined {
  const m = new RegExp(`(\\d+|[一二两三四五六七八九十]{1,3})\\s*(?:${units})`).exec(question);
  if (!m) return undefined;
  const raw = m[1]!;
  return /^\d+$/.test(raw) ? Number(raw) : chineseNumber(raw);
}

/**
 * The seats an election fills, as told: the count after 应选, 要选 or 选 ("应选委员5名", "要选5个支委"), or before the
 * name of the seat ("5个委员"); else the first count. Members counted before it ("正式党员23名…应选委员5名") are not seats.
 */
export function seatsToFill(question: string): number | undefined {
  const m =
    /(?:应选|要选|选出?)[^，,。\d一二两三四五六七八九十]{0,4}(\d+|[一二两三四五六七八九十]{1,3})\s*(?:个|名|位)/.exec(question) ??
    /(\d+|[一二两三四五六七八九十]{1,3})\s*(?:个|名|位)(?:支委|委员)/.exec(question);
  if (m) return countBefore(`${m[1]}名`, '名');
  if (COUNTS_MEMBERS.test(question)) return undefined;
  return countBefore(question, '个支委|名支委|个委员|名委员|名|个');
}

/** Words before a head count that make it the attendance, not the members entitled to vote ("实到18人"; 应到会 is who should). */
// 剩下 and 还剩: those left when the others are away ("两个去外地了，剩下三个") are the ones who can come.
// 来得了 ("只来得了2个") is how many could come: those present. 只到, 才到, 仅到 ("只到二人"): no more than that came.
const ATTENDANCE =
  /(?<!应)(?:实到|实际到|到会|到场|出席|来了|只来|到了|[只才仅就]到|来|参加|缺席|请假|剩下|还剩|只剩|剩(?:下)?(?:我们|咱们|俺们|他们|咱|俺))(?:得了|[了的])?$/;
/** Those left over ("剩下三个"), and words after a count that say they are away ("…在外地", "…出去打工了"). */
const LEFT_OVER = /(?:剩下|还剩|只剩)[了的]?$/;
const AWAY = /^[人]?[都也还]?(?:在外|出去|外出|出差|请假|没来|不在|去了|缺席|打工|来不了|回不来)/;
/**
 * Words after a head count that say those are here ("今天只有2个在", "3个到了", "就4个人来了", "2个能来"): the
 * attendance, as 实到 before it says. 在 only ending what is said (2个在外地 is away, AWAY).
 */
const PRESENT_AFTER = /^[人]?[都也还就只]?(?:在场|在(?=$|[，,。？?！!；;\s]|呢|啊|哦)|到了|到会|到场|来了|能来|来得了|出席|参会)/;
/** Words before a head count that make it the votes in favour ("同意的15个", "赞成12票"). */
const IN_FAVOUR = /(?:同意|赞成|举手|赞成票|投赞成)(?:[了的]|的有|的是)?$/;
/** Words after a count that make it the votes in favour ("12个同意", "7个举手", "5人举了手"; not 举手反对, 举手表决). */
const IN_FAVOUR_AFTER = /^人?(?:都)?(?:举手)?(?:赞成|同意)|^人?都?举了?手(?!反对|表决|弃权)/;
/** Members without a vote, said around a count ("其中预备党员4名", "3个预备党员", "1人留党察看"). */
const NO_VOTE = /预备|察看/;
/** Members who all vote, said around a count ("正式党员15名", "有表决权的25人"). */
const ALL_VOTE = /正式|表决权/;
/** Things counted that are not people: a count before them is no head count ("一个支部", "两个名额", "三个月"). */
const NOT_PEOPLE =
  /^(?:党?支部|总支|党委|党小组|小组|支委会|单位|部门|村|社区|网格|名额|指标|月|星期|礼拜|季度|年|会|问题|事|条|项|次|方面|阶段|环节|步)/;
/** Words before a count that say what is counted. */
const NAMED = /预备|察看|正式|表决权/;

interface HeadCounts {
  /** Members entitled to vote: the 正式党员 said, or all members said less those without a vote. */
  entitled?: number;
  present?: number;
  inFavour?: number;
  /** Every count of votes in favour, in order: one for each of several candidates voted on ("一个7票，另一个6票"). */
  favours?: number[];
}

/**
 * The head counts the asker gives, each read by the words around it up to the next break: members entitled to
 * vote, the attendance ("实到18人", "到了22个") and the votes in favour ("同意的15个"). "18名党员，其中预备党员4名"
 * is 14 entitled to vote, not 18.
 */
/**
 * Where the words naming one count end: a mark, another count, or a word joining the next group ("俩正式党员外加一个
 * 预备的": the 预备 is the second count's, not the first's).
 */
const COUNT_BREAK = /[，,。；;？?！!、\s]|其中|\d|外加|加上|另外|还有|以及|[一二两三四五六七八九十]+\s*(?:个|名|位|人)/;

export function headCounts(asked: string): HeadCounts {
  // A count typed apart from the short word that names it ("到会 31名", "应到 40 名", words spaced as some write
  // them) is read with it; a longer piece before a space is a clause of its own ("接收预备党员 23个人…").
  // 仨 and 俩 are counts with their 个 in them ("剩我们仨", "俩出差了").
  const question = asked
    .replace(/(?<=(?:^|[\s，,。；;？?！!])[\u4e00-\u9fff]{1,3})\s+(?=\d)/g, '')
    .replace(/(?<=\d)\s+(?=[个名位人票])/g, '')
    .replace(/仨(?![个名位人])/g, '3个')
    .replace(/俩(?![个名位人])/g, '2个');
  let formal: number | undefined;
  let total: number | undefined;
  let without = 0;
  const out: HeadCounts = {};
  for (const m of question.matchAll(/(\d+|[一二两三四五六七八九十]{1,3})\s*(?:个|名|位|人|票)/g)) {
    const count = countBefore(m[0], '个|名|位|人|票');
    if (count === undefined) continue;
    const at = m.index ?? 0;
    // Spaces typed between words ("到会 31名") are not breaks between the count and the words that name it.
    const before = question.slice(0, at).replace(/\s+$/, '').split(COUNT_BREAK).pop() ?? '';
    const rest = question.slice(at + m[0].length);
    const after = rest.split(COUNT_BREAK)[0] ?? '';
    // "五个人只到了两个": the verb after a count takes the next count as its object; the first is the whole, not
    // those present ("3个到了" ends the clause, and is).
    const verbOfNext = /^(?:\d|[一二两三四五六七八九十])/.test(rest.slice(after.length));
    // The words before a count name it ("正式党员15名"); only when they say nothing, the words after ("3个预备党员").
    const said = NAMED.test(before) ? before : after;
    // "剩下三个在外地" tells those away, not those left to come.
    if (LEFT_OVER.test(before) && AWAY.test(after)) continue;
    // "一个支部能报几个名额": a count of branches, places or meetings is no head count of members.
    if (NOT_PEOPLE.test(after)) continue;
    if (ATTENDANCE.test(before) || (PRESENT_AFTER.test(after) && !AWAY.test(after) && !verbOfNext)) out.present ??= count;
    else if (IN_FAVOUR.test(before) || IN_FAVOUR_AFTER.test(after) || m[0].endsWith('票')) {
      out.inFavour ??= count;
      (out.favours ??= []).push(count);
    } else if (NO_VOTE.test(said)) without += count;
    else if (ALL_VOTE.test(said)) formal ??= count;
    else total ??= count;
  }
  out.entitled = formal ?? (total !== undefined && total > without ? total - without : undefined);
  return out;
}
