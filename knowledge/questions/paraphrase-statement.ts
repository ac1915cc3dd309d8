/**
 * A 判断 statement that says again what one handbook sentence says, in other words or another order (一年最少开1次
 * 组织生活会 for 党支部每年至少召开1次组织生活会; 开展后，应当抓好议定事项的落实 for 开展后，要抓好议定事项的组织落实):
 * 正确. Both are read as meaning units that do not depend on the writer's words — numerals as digits, a frequency as
 * 每+period (一年…开 is 每年…开), a bound as 至少/至多 (最少, 不少于, 起码; 最多, 不超过), one verb for holding a meeting
 * (召开, 开, 举行, 举办), one name for each body (支部大会, 支部党员大会 → 党员大会; 支部委员会(会议) → 支委会), one
 * word for a duty (应当, 应该, 必须, 须) — and the statement must be the sentence's own pieces: each of its clauses
 * read left to right as pieces of two or more characters found in one sentence in that order (a word of no content,
 * 的/了/是…, may be left over), the pieces long enough that it is a restatement and not a collage.
 *
 * Never 错误 and never from part of a statement: the clauses of the sentence the pieces fall in must carry the same
 * words of polarity and force as the statement (不, 没有, 无, 未, 非, 不得, 只, 仅, 可以, 应…), so a sentence that
 * denies (预备党员不能当入党介绍人) or limits what the statement asserts leaves it. A statement about a case (某支部,
 * 老王) says more than the sentence and is left to the readers of cases.
 */
import { alignable } from './cloze';
import { hasInnerBlank, parsePasted, truthOptions } from './paste';
import type { HandbookSuggestion, PassageHit } from './suggest';

type Hedged = Extract<HandbookSuggestion, { kind: 'hedged' }>;

/** Who a case is about (some unit or person), as value-statement.ts reads it: such a statement is not a rule. */
const CASE =
  /某|(?:老|小|阿)[王李张刘陈杨赵黄周吴徐孙胡朱高林郭马罗梁宋郑谢韩唐冯于董程曹袁邓许沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田姜石姚谭廖邹熊陆郝孔崔毛邱秦江史顾侯邵孟龙段雷汤尹黎乔贺赖龚]|我们|咱们|俺|阿拉|有人说/;

/** A preamble naming the rule's source (按照党章规定，根据《…》，): no claim of its own. */
const PREAMBLE = /^(?:按照|根据|依据|依照|按)(?:现行|新修订的)?(?:《[^》]{1,40}》|党章|党内法规|有关规定|相关规定|规定)[^，,。]{0,8}?[，,]/;

/** Meaning units: each writer's word for one thing, rewritten to one (applied to aligned text: digits for numerals). */
const UNITS: [RegExp, string][] = [
  // An exception said first (除了没有表决权以外，享有…) is the rule with its exception after it (享有…，但没有表决权):
  // one claim in either order. Only a lack (没有, 不) is moved; 除 before a thing had is left as written.
  [/除了?((?:没有|不)[^，,。；;]{1,24}?)(?:以外|之外|外)[，,]?([^，,。；;]+)/g, '$2,但$1'],
  // One's rights the same as another's: 享有和正式党员一样的权利 is 权利与正式党员相同, as 权利同正式党员一样 is
  // (一样 aligned reads 1样).
  [/享有(?:和|与|同|跟)([^，,。；;]{1,8}?)(?:1样|相同|同等)的(权利|待遇)/g, '的$2与$1相同'],
  [/(权利|待遇)(?:和|同|跟)([^，,。；;]{1,8}?)1样/g, '$1与$2相同'],
  [/每一?个月|每1个?月/g, '每月'],
  [/每一?个季度|每1个?季度|每季(?!度)/g, '每季度'],
  [/每一年|每1年/g, '每年'],
  // A period before how often something is held is a frequency: 一年最少开1次 is 每年至少开1次.
  [
    /(?<![\d每])1(年|月|季度)(?=(?:一般|至少|最少|起码|不少于|都|要|应|得)?(?:召开|开|举行|举办|安排|组织|开展|讲|上|进行)?(?:1|至少|最少|不少于))/g,
    '每$1',
  ],
  [/最少|起码|不少于|不低于/g, '至少'],
  // Each one of them (每个党支部, 每名党员) is the subject as a rule names it: 每个党支部一年最少开1次 is 支部每年至少开1次.
  [/每(?:个|一个|名|位)(?=党支部|支部|党小组|党员)/g, ''],
  // When in the year a meeting is put (放在, 定在, 安排到第四季度): 安排在; the meeting's verb after it (放在第四季度召开)
  // says again that it is held.
  [/(?:放在|定在|放到|安排到|安排在)/g, '安排在'],
  [/最长不超过|最多不超过|不超过|不多于|最多|最长/g, '至多'],
  [/召开|举行|举办/g, '开'],
  [/(安排在[^，,。；;]{1,8}?)开(?=$|[，,。；;])/g, '$1'],
  [/(\d+)回/g, '$1次'],
  // 进行一次考察 is 考察一次.
  [/进行(\d+次)(考察|检查|评议|谈话|汇报)/g, '$2$1'],
  [/党支部党员大会|支部党员大会|支部大会/g, '党员大会'],
  [/支部委员会会议|支部委员会|支委会/g, '支委会'],
  [/党小组会议/g, '党小组会'],
  [/党支部/g, '支部'],
  [/应当|应该|必须|须|(?<![需主重])要(?![求点素件])/g, '应'],
  [/或者/g, '或'],
  // Only then may it be done: 方可, 才可以, 才能够 are 才能; a meeting that 才能召开 is one that 才能进行 (到会…才能进行).
  [/方可|才可以|才可|才能够/g, '才能'],
  [/(?<=才能)(?:进行|开)(?=$|[，,。；;])/g, '开'],
  [/发表意见/g, '发言'],
  // Who is present at a meeting: 到场 and 出席 are 到会; more than half of them, 过半数 or 超过半数, is 半数以上 as the
  // rules write it (支委会…半数以上委员到会).
  [/到场|出席/g, '到会'],
  [/(?:超过|多于)半数|过半数|过半/g, '半数以上'],
  // An act named by who does it (党员要求退党, 本人自愿退党) is the act (退党); 被 before 除名 is filler already.
  [/(?:党员)?(?:本人)?(?:要求|自愿|申请)退党/g, '退党'],
  // Words that stress what the clause says without adding a claim (担任领导职务的党员同样要…).
  [/同样|也都|也/g, ''],
];

/** Words of polarity and force: the statement and the clauses of the sentence it falls in must carry the same. */
const MARKERS =
  /至少|至多|不|没有|没|无|未|非|别|禁止|严禁|只|仅|才|唯一|均|一律|全部|所有|任何|可以|可|能|应|要|得|自动|直接|自行|另行|即可|除/g;

/** Single characters of no content a statement may have that the sentence does not. */
const FILLER = /[的了是也在地着和与及并且就时被对向其上之等但]/;

/** A piece found before the one read last: long enough to be a part moved, not a role swapped (讨论 and 批准). */
const OUT_OF_ORDER = 3;

/** A restatement is made of pieces: at least this many characters a piece, on average. */
const MEAN_PIECE = 3.5;

/** Each period of a frequency as one character, so no piece can cut one (每半年 holds 半年, not 每年). */
const PERIODS: [RegExp, string][] = [
  [/每半年/g, '\uE001'],
  [/每\d+年/g, '\uE002'],
  [/每年/g, '\uE003'],
  [/每季度/g, '\uE004'],
  [/每月/g, '\uE005'],
  [/每周/g, '\uE006'],
];
const unitsOf = (text: string) => [...UNITS, ...PERIODS].reduce((t, [re, to]) => t.replace(re, to), alignable(text));
const markersOf = (text: string) => (text.match(MARKERS) ?? []).sort().join('|');

/** Whole sentences of a passage (a ；-joined pair stays one), its list lines each one. */
const sentencesOf = (text: string) =>
  text
    .split(/(?<=[。！!？?\n])/)
    .map((s) => s.replace(/^[#>*\-\s]+/, '').trim())
    .filter((s) => s.length >= 6);

/**
 * The clause spans of `sentence` (in its meaning units) that the statement's clauses fall in, or undefined when a
 * clause is not the sentence's pieces in order.
 */
function piecesIn(clauses: string[], sentence: string): { touched: Set<number>; pieces: number; chars: number } | undefined {
  const bounds = [...sentence.matchAll(/[，,；;：:。！？!?]/g)].map((m) => m.index);
  const clauseAt = (i: number) => bounds.filter((b) => b < i).length;
  const touched = new Set<number>();
  let pieces = 0;
  let chars = 0;
  for (const clause of clauses) {
    let from = 0;
    for (let i = 0; i < clause.length; ) {
      let best = 0;
      let at = -1;
      for (let len = clause.length - i; len >= 2; len--) {
        const piece = clause.slice(i, i + len);
        // In the clause's order; a piece of three or more characters may come from before (a reordered clause).
        // A number is whole: 2年 is not the end of 12年, nor 1 the start of 15.
        const whole = (at: number) =>
          !(/^\d/.test(piece) && /\d/.test(sentence[at - 1] ?? '')) && !(/\d$/.test(piece) && /\d/.test(sentence[at + len] ?? ''));
        const seek = (start: number) => {
          for (let at = sentence.indexOf(piece, start); at >= 0; at = sentence.indexOf(piece, at + 1)) if (whole(at)) return at;
          return -1;
        };
        const found = seek(from) >= 0 ? seek(from) : len >= OUT_OF_ORDER ? seek(0) : -1;
        if (found >= 0) {
          best = len;
          at = found;
          break;
        }
      }
      if (best === 0) {
        if (!FILLER.test(clause[i]!)) return undefined;
        i++;
        continue;
      }
      for (let k = at; k < at + best; k++) touched.add(clauseAt(k));
      pieces++;
      chars += best;
      from = Math.max(from, at + best);
      i += best;
    }
  }
  return { touched, pieces, chars };
}

/**
 * The statement's clauses with the words its opening clause adds to what the passage is about left out: 入党宣誓时
 * against a sentence of the section 入党宣誓 that says 宣誓时 (its heading already names the 入党). Only words the
 * sentence lacks, right before words it has, and that stand with them in the passage's title.
 */
function withinTopic(clauses: string[], sentence: string, hit: PassageHit): string[] {
  const [first, ...rest] = clauses;
  if (!first || !hit.title) return clauses;
  const title = alignable(hit.title);
  for (let len = 2; len <= 4 && len + 2 <= first.length; len++) {
    const added = first.slice(0, len);
    const kept = first.slice(len, len + 2);
    if (!sentence.includes(added) && sentence.includes(kept) && title.includes(`${added}${kept}`)) return [first.slice(len), ...rest];
  }
  return clauses;
}

/** How often (每年, 每半年, 每季度, 每月, 每周, 每2年, as read by unitsOf): the one unit a 错误 may be found on. */
const PERIOD = /[\uE001-\uE006]/g;
/** Where the period stood: a character no text has. */
const HOLE = '§';

/** The sentences whose pieces the statement is, in order of the passages; with `hole`, the period of each read out. */
function restating(clauses: string[], whole: string, hits: PassageHit[], hole: boolean) {
  const found: { sentence: string; hit: PassageHit; period?: string }[] = [];
  for (const hit of hits.slice(0, 3))
    for (const sentence of sentencesOf(hit.text)) {
      let theirs = unitsOf(sentence);
      let period: string | undefined;
      if (hole) {
        const periods = theirs.match(PERIOD) ?? [];
        if (periods.length !== 1) continue;
        period = periods[0]!;
        theirs = theirs.replace(PERIOD, HOLE);
      }
      const read = piecesIn(withinTopic(clauses, theirs, hit), theirs);
      if (!read || read.chars / read.pieces < MEAN_PIECE) continue;
      // The clauses the statement falls in say no more and no less of polarity, force and bound than the statement.
      const parts = theirs.split(/[，,；;：:。！？!?]/);
      const region = [...read.touched].map((k) => parts[k] ?? '').join('，');
      if (markersOf(region) !== markersOf(whole)) continue;
      if (hole && !region.includes(HOLE)) continue;
      if (!found.some((f) => f.sentence === sentence)) found.push({ sentence, hit, ...(period ? { period } : {}) });
    }
  return found;
}

export function suggestByParaphrase(raw: string, hits: PassageHit[]): Hedged | undefined {
  const pasted = parsePasted(raw);
  const truth = truthOptions(pasted.options);
  const statement = pasted.declaredType === '判断' || truth !== undefined || (pasted.options.length === 0 && !hasInnerBlank(pasted.stem));
  if (!statement || (pasted.options.length > 0 && !truth)) return undefined;
  const stem = pasted.stem
    .replace(/^【[^】]*】/, '')
    .replace(/（\s*）|\(\s*\)|_{2,}/g, '')
    .replace(PREAMBLE, '')
    .trim();
  // A question, a case, or a statement about where a rule is written (是党章第七条的规定) is not restated here.
  if (CASE.test(stem) || /[?？吗]|第[一二三四五六七八九十百\d]+条|版本|修订|修改|条例|党章|细则|方案/.test(stem)) return undefined;
  const mine = unitsOf(stem).replace(/[。！!]+$/, '');
  const clausesOf = (text: string) => text.split(/[，,；;：:、]/).filter((c) => c.length > 0);
  if (clausesOf(mine).join('').length < 8) return undefined;
  const said = (sentence: string, hit: PassageHit, answer: '正确' | '错误'): Hedged => ({
    kind: 'hedged',
    choice: truth ? ['ABCDEF'[answer === '正确' ? truth.true : truth.false]!] : [],
    answerTexts: [answer],
    sentence,
    passage: hit,
    basis: 'handbook',
  });
  const same = restating(clausesOf(mine), mine, hits, false);
  if (same.length > 0) return said(same[0]!.sentence, same[0]!.hit, '正确');
  // Every claim the sentence's but how often (每季度 for 每半年): the statement is 错误, when every sentence so
  // restated gives one other period and none gives the statement's.
  const periods = mine.match(PERIOD) ?? [];
  if (periods.length !== 1) return undefined;
  const holed = mine.replace(PERIOD, HOLE);
  const others = restating(clausesOf(holed), holed, hits, true);
  if (others.length === 0 || others.some((o) => o.period === periods[0] || o.period !== others[0]!.period)) return undefined;
  return said(others[0]!.sentence, others[0]!.hit, '错误');
}
