/**
 * A statement asserting a value where a handbook sentence states another for the same place (支委会开会，得有三分之二
 * 以上的委员到场才能开 — 支委会必须有半数以上委员到会才能进行; 选举时到会人数超过应到会人数的三分之二，会议即有效 —
 * …五分之四): the statement's value is read as a blank, the clause holding it is filled from the sentences as a 填空
 * clause is (clause-cloze.ts: values only, bodies, roles and 处分 kept apart, every sentence as well aligned agreeing),
 * and the statement is 错误 when the fill is another value. Only ever found false: a value the sentence agrees with
 * says nothing of the statement's other clauses. Not where the sentence bounds its value and the statement does not
 * (可以是八个月 for 不能少于半年、最长不超过一年), nor where the statement's value is one end of a range.
 */
import { fillsOf } from './clause-cloze';
import { alignable } from './cloze';
import { hasInnerBlank, parsePasted, squash, truthOptions } from './paste';
import type { HandbookSuggestion, PassageHit } from './suggest';

/** A value as the statement writes it: 三分之二, 半数, 15个工作日, 5年, 1.5%, 半年 (numerals as written). */
const VALUE =
  /(?:[零〇一二两三四五六七八九十百\d]+分之[零〇一二两三四五六七八九十百\d]+|半数|(?:[零〇一二两三四五六七八九十百\d]+(?:\.\d+)?|半)(?:%|个工作日|个自然日|个月|个学时|学时|小时|周岁|[年天次名人届岁元])(?:半)?)/g;
const CLAUSE_END = /[，,。；;！!？?]/;
/** A value next to a range's joining word (三年至五年, 0.2元到1元) is one end of it. */
const RANGE_NEXT = /^\s*(?:至|到|—|-|～|~|或)/;
const RANGE_BEFORE = /(?:至|到|—|-|～|~|或)\s*$/;

/**
 * A statement about a case (赵姐…连续7个月不交纳党费, 某支部…) gives the case's figures, which a rule's threshold
 * (连续六个月) is met by, not contradicted by: only statements of a rule are read. Who a case is about: 某, a surname
 * with 老/小/阿 or a kinship word, the teller (我们, 咱们, 俺, 阿拉).
 */
const CASE =
  /某|(?:老|小|阿)[王李张刘陈杨赵黄周吴徐孙胡朱高林郭马罗梁宋郑谢韩唐冯于董程曹袁邓许沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田姜石姚谭廖邹熊陆郝孔崔毛邱秦江史顾侯邵孟龙段雷汤尹黎乔贺赖龚]|[王李张刘陈杨赵黄周吴徐孙胡朱高林郭马罗梁宋郑谢韩唐冯][姐哥叔伯婶]|我们|咱们|俺|阿拉/;
/** A threshold a case's figure meets (连续六个月, 满十八岁, 超过半年): the statement's other figure may meet it too. */
const CONDITION_BEFORE = /(?:连续|满|超过|达到|不足|不满)$/;

const same = (a: string, b: string) => alignable(squash(a)) === alignable(squash(b));

/** The clause of the text around a span, with the clause before when it says little alone (as blankClauses reads a stem). */
function clauseAround(text: string, at: number, end: number): string {
  const start = Math.max(...[...text.slice(0, at).matchAll(new RegExp(CLAUSE_END, 'g'))].map((m) => m.index + 1), 0);
  const rest = text.slice(end).search(CLAUSE_END);
  const clause = text.slice(start, rest < 0 ? undefined : end + rest);
  if (clause.length - (end - at) >= 8 || start === 0) return clause;
  const before = text.slice(0, start - 1);
  const from = Math.max(...[...before.matchAll(new RegExp(CLAUSE_END, 'g'))].map((m) => m.index + 1), 0);
  return text.slice(from, rest < 0 ? undefined : end + rest);
}

export function suggestByValueStatement(raw: string, hits: PassageHit[]): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  const pasted = parsePasted(raw);
  const truth = truthOptions(pasted.options);
  const statement = pasted.declaredType === '判断' || truth !== undefined || (pasted.options.length === 0 && !hasInnerBlank(pasted.stem));
  if (!statement || (pasted.options.length > 0 && !truth)) return undefined;
  const stem = pasted.stem.replace(/（\s*）|\(\s*\)|_{2,}/g, '').trim();
  if (CASE.test(stem)) return undefined;
  for (const m of stem.matchAll(VALUE)) {
    const value = m[0];
    const end = m.index + value.length;
    if (RANGE_NEXT.test(stem.slice(end)) || RANGE_BEFORE.test(stem.slice(0, m.index))) continue;
    const clause = clauseAround(stem, m.index, end);
    const at = clause.indexOf(value);
    const holed = `${clause.slice(0, at)}（）${clause.slice(at + value.length)}`;
    const found = fillsOf(holed, stem.replace(value, '（）'), hits);
    if (found?.fills.length !== 1 || found.bounded[0]) continue;
    const fill = found.fills[0]!;
    if (fill.endsWith('～') || same(fill, value)) continue;
    const t = alignable(found.sentence);
    const place = t.indexOf(alignable(fill));
    if (place < 0 || CONDITION_BEFORE.test(t.slice(Math.max(0, place - 2), place))) continue;
    // Another value of the same kind only (半数 for 三分之二, 3年 for 5年): a fill with another unit fills another place.
    const unit = (text: string) => alignable(text).replace(/^[\d.半]+(?:分之\d+)?/, '');
    if (unit(fill) !== unit(value) && !(/分之|半数/.test(value) && /分之|半数/.test(fill))) continue;
    return {
      kind: 'hedged',
      choice: truth ? ['ABCDEF'[truth.false]!] : [],
      answerTexts: ['错误'],
      sentence: found.sentence,
      passage: found.hit,
      basis: 'handbook',
    };
  }
  return undefined;
}
