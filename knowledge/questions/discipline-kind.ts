import { handbookSection } from '../facts/facts';
import { alignable } from './cloze';
import { NEGATIVE_CHOICE, parsePasted, truthOptions } from './paste';
import { hedgedChoice, pickSide, sectionLine } from './sorted-options';
import type { HandbookSuggestion } from './suggest';

/**
 * Which of the six disciplines (六项纪律) an act offends: "属于违反群众纪律的有（）" over acts, or "收受红包主要违反的是
 * 党的（）" over the disciplines. The handbook's section on the six disciplines gives each one its line of examples
 * (群众纪律：…低保等工作中优亲厚友…); an act belongs to the discipline whose line alone shares its words, none of
 * the others' lines sharing any. An act no line speaks of (没去参加单位体检), or one two lines speak of, leaves the
 * question unanswered: then the answer would rest on a guess.
 */

const SECTION = 'discipline.six-disciplines';
const KINDS = ['政治', '组织', '廉洁', '群众', '工作', '生活'] as const;
type Kind = (typeof KINDS)[number];
const KIND_NAME = /(政治|组织|廉洁|群众|工作|生活)纪律/g;
const LINE = /^[-*\s]*(政治|组织|廉洁|群众|工作|生活)纪律[：:]/;
/** Pairs of characters that say how an act is worded, not what it is (违规 is in several lines' acts). */
const WORDING = new Set(['违反', '违规', '纪律', '规定', '行为', '问题', '党员', '进行', '工作', '组织']);
/** Particles that join words: a pair holding one (的是, 是党) says nothing of the act. */
const PARTICLE = /[的是了和或与及在等对为把被向中之]/;

interface KindLine {
  kind: Kind;
  /** The line as the handbook writes it, without its list mark: the 依据. */
  sentence: string;
  pairs: Set<string>;
}

let lines: { passage: NonNullable<ReturnType<typeof handbookSection>>; kinds: KindLine[] } | undefined | null;
function kindLines() {
  if (lines !== undefined) return lines ?? undefined;
  const section = handbookSection(SECTION);
  const kinds = (section?.text.split('\n') ?? []).flatMap((line) => {
    const m = LINE.exec(line);
    if (!m) return [];
    const sentence = line.replace(/^[-*\s]+/, '').trim();
    // The line's own discipline name is not one of its acts' words.
    return [{ kind: m[1] as Kind, sentence, pairs: pairsOf(sentence.replace(LINE, '')) }];
  });
  lines = section && kinds.length === KINDS.length ? { passage: section, kinds } : null;
  return lines ?? undefined;
}

export function pairsOf(text: string): Set<string> {
  const t = alignable(text).replace(/[^\p{Script=Han}\w]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) {
    const pair = t.slice(i, i + 2);
    if (!PARTICLE.test(pair) && !WORDING.has(pair)) out.add(pair);
  }
  return out;
}

/**
 * The discipline whose line alone shares words with the act: its pairs found in one line and in no other, at least
 * one, while every other line shares none of the act's distinctive pairs. Undefined when no line or several do —
 * unless `lead` is given: then the line with at least `lead` times as many distinctive pairs as any other.
 */
export function disciplineOf<L extends { pairs: Set<string> }>(act: string, kinds: L[], lead = Number.POSITIVE_INFINITY): L | undefined {
  const own = [...pairsOf(act.replace(KIND_NAME, ''))];
  const counts = kinds.map((k) => own.filter((p) => k.pairs.has(p) && kinds.every((o) => o === k || !o.pairs.has(p))).length);
  const found = counts.flatMap((n, i) => (n > 0 ? [i] : []));
  if (found.length === 1) return kinds[found[0]!];
  const [best, next] = [...counts].sort((a, b) => b - a);
  return best! > 0 && best! >= lead * next! ? kinds[counts.indexOf(best!)] : undefined;
}

/** The discipline a stem asks the acts of (属于违反群众纪律的有, 应归入廉洁纪律管的是): one named, none in the options. */
const ASKS_KIND = /(政治|组织|廉洁|群众|工作|生活)纪律/;

export function suggestByDisciplineKind(raw: string): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  const pasted = parsePasted(raw);
  const { stem, options } = pasted;
  if (options.length < 2 || truthOptions(options)) return undefined;
  const table = kindLines();
  if (!table) return undefined;
  const named = new Set([...alignable(stem).matchAll(KIND_NAME)].map((m) => m[1] as Kind));
  const optionKinds = options.map(
    (o) => /^\s*(?:党的)?(政治|组织|廉洁|群众|工作|生活)纪律\s*$/.exec(alignable(o))?.[1] as Kind | undefined,
  );
  const hedged = (picked: number[], line: KindLine) =>
    hedgedChoice(options, picked, {
      sentence: line.sentence,
      passage: { text: table.passage.text, coverage: 1, source: table.passage.source, title: table.passage.title },
    });

  // The options are disciplines: the act the stem tells of belongs to one of them.
  if (optionKinds.every((k) => k !== undefined)) {
    if (named.size > 0 || NEGATIVE_CHOICE.test(stem) || pasted.declaredType === '多选') return undefined;
    const line = disciplineOf(stem, table.kinds);
    const at = line ? optionKinds.indexOf(line.kind) : -1;
    return line && at >= 0 && optionKinds.lastIndexOf(line.kind) === at ? hedged([at], line) : undefined;
  }

  // The stem names one discipline, the options are acts: each act placed, those of the named one picked.
  if (named.size !== 1 || optionKinds.some((k) => k !== undefined) || !ASKS_KIND.test(stem)) return undefined;
  const asked = [...named][0]!;
  const line = table.kinds.find((k) => k.kind === asked)!;
  const placed = options.map((o) => disciplineOf(o, table.kinds)?.kind);
  if (placed.some((k) => k === undefined)) return undefined;
  const negative = NEGATIVE_CHOICE.test(stem);
  const picked = placed.flatMap((k, i) => ((k === asked) !== negative ? [i] : []));
  // Every act of the asked one is more likely a question on something else; a 单选 has one, a 多选 several.
  if (picked.length === 0 || picked.length === options.length) return undefined;
  if ((pasted.declaredType === '单选' && picked.length !== 1) || (pasted.declaredType === '多选' && picked.length < 2)) return undefined;
  return hedged(picked, line);
}

/** 可以从轻或者减轻 / 应当从重或者加重: the side a stem asks for, and the handbook's line of each side's cases. */
const LIGHTER = /从轻|减轻/;
const HEAVIER = /从重|加重/;
const SIDES = [
  { lighter: true, opening: '可以从轻或者减轻处分的情形' },
  { lighter: false, opening: '应当从重或者加重处分的情形' },
];

/**
 * Which cases lighten a 处分 and which make it heavier (可以从轻或者减轻处分的有): each option placed by the one of the
 * handbook's two lists of cases that alone shares its words (主动上交违纪所得 / 拒不上交违纪所得 share all but 主动 and
 * 拒不), those on the side the stem asks for picked. An option neither list speaks of leaves the question.
 */
export function suggestBySentencing(raw: string): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  const pasted = parsePasted(raw);
  const { options } = pasted;
  const stem = alignable(pasted.stem);
  const lighter = LIGHTER.test(stem);
  if (options.length < 3 || truthOptions(options) || lighter === HEAVIER.test(stem) || !/情形|情况|表现|理由|哪些|的有|的是/.test(stem))
    return undefined;
  const section = handbookSection('discipline.sentencing');
  const lines = SIDES.flatMap((side) => {
    const sentence = section?.text.split('\n').find((l) => l.startsWith(side.opening));
    return sentence ? [{ ...side, sentence, pairs: pairsOf(sentence.slice(sentence.indexOf('：') + 1)) }] : [];
  });
  if (!section || lines.length !== SIDES.length) return undefined;
  // Two lists of cases share many words (受党纪处分): an option is placed by the one sharing three times as many.
  const placed = options.map((o) => disciplineOf(o, lines, 3));
  if (placed.some((p) => p === undefined)) return undefined;
  const negative = NEGATIVE_CHOICE.test(pasted.stem);
  const picked = pickSide(
    placed.map((p) => p!.lighter === lighter),
    negative,
    pasted.declaredType,
  );
  if (!picked) return undefined;
  const line = lines.find((l) => l.lighter === lighter)!;
  return hedgedChoice(options, picked, {
    sentence: line.sentence.trim(),
    passage: { text: section.text, coverage: 1, source: section.source, title: section.title },
  });
}

/** The five kinds of 党纪处分, and measures that are not one (组织处置, a government's sanctions, a talk). */
const PUNISHMENT = /警告|严重警告|撤销党内职务|留党察看|开除党籍|开除出党/;
const NOT_PUNISHMENT =
  /劝其?退党|劝退|除名|限期改正|诫勉|批评教育|责令.{0,6}(?:检查|检讨)|组织处理|停止党籍|取消.{0,6}资格|延长预备期|免职|调离|行政|政务|记过|降级|撤职|通报批评|谈话/;

/**
 * Which measures are 党纪处分 (属于党纪处分的有, 不属于党纪处分种类的是): an option naming one of the five kinds is one;
 * an option naming a measure that is not (劝其退党, 除名, 限期改正, 诫勉, a government's 记过) is not. An option naming
 * neither, or both (行政警告), leaves the question.
 */
export function suggestByPunishmentKind(raw: string): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  const pasted = parsePasted(raw);
  const { options } = pasted;
  const stem = alignable(pasted.stem);
  if (options.length < 3 || truthOptions(options)) return undefined;
  if (!/(?:党纪|纪律)处分|处分(?:的)?种类/.test(stem) || !/属于|包括|是|有|哪/.test(stem)) return undefined;
  // Asked about the kinds, not their order, their periods or who decides.
  if (/顺序|排在|影响期|期限|多久|谁|批准|决定|程序|对应/.test(stem)) return undefined;
  const placed = options.map((o) => {
    const t = alignable(o);
    const yes = PUNISHMENT.test(t);
    const no = NOT_PUNISHMENT.test(t);
    return yes === no ? undefined : yes;
  });
  if (placed.some((p) => p === undefined)) return undefined;
  const negative = NEGATIVE_CHOICE.test(pasted.stem) || /不属于|不是|不包括/.test(stem);
  const picked = pickSide(placed as boolean[], negative, pasted.declaredType);
  if (!picked) return undefined;
  const rule = sectionLine('discipline.kinds', (l) => l.startsWith('对党员的纪律处分共有五种'));
  return rule && hedgedChoice(options, picked, rule);
}

const ORDER = ['警告', '严重警告', '撤销党内职务', '留党察看', '开除党籍'] as const;
const KINDS_OF = (text: string) => [...alignable(text).matchAll(/严重警告|警告|撤销党内职务|留党察看|开除党籍/g)].map((m) => m[0]);
const NO_POST = /没有(?:担任)?(?:任何)?党内职务|未担任党内职务|不担任党内职务|没有担任.{0,6}职务|没有党内职务/;

/**
 * Two 违纪行为 handled together (合并处理): the highest 处分 of them one step heavier, 开除党籍 if either is; where that is
 * 撤销党内职务 and the stem says the member holds no Party post, 严重警告 — the rule the handbook states for that case.
 * Only when the stem names the 处分 of each act and exactly one option is the result.
 */
export function suggestByMergedPunishment(raw: string): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  const pasted = parsePasted(raw);
  const { options } = pasted;
  const stem = alignable(pasted.stem);
  if (options.length < 3 || truthOptions(options) || !/合并|同时有两|两种违纪|两种以上|两个违纪/.test(stem)) return undefined;
  const named = KINDS_OF(stem);
  if (named.length < 2) return undefined;
  const top = Math.max(...named.map((k) => ORDER.indexOf(k as (typeof ORDER)[number])));
  let result: string = named.includes('开除党籍') ? '开除党籍' : ORDER[Math.min(top + 1, ORDER.length - 1)]!;
  const noPost = result === '撤销党内职务' && NO_POST.test(stem);
  if (noPost) result = '严重警告';
  const at = options.flatMap((o, i) => {
    const kinds = KINDS_OF(o);
    return kinds.length === 1 && kinds[0] === result ? [i] : [];
  });
  if (at.length !== 1) return undefined;
  const source = handbookSection(noPost ? 'discipline.influence-period' : 'discipline.sentencing');
  const opening = noPost ? '- 依规应当给予撤销党内职务处分' : '一人有两种以上应受党纪处分的违纪行为';
  const sentence = source?.text.split('\n').find((l) => l.startsWith(opening));
  if (!source || !sentence) return undefined;
  return {
    kind: 'hedged',
    choice: ['ABCDEF'[at[0]!]!],
    answerTexts: [options[at[0]!]!],
    sentence: sentence.replace(/^[-*\s]+/, '').trim(),
    passage: { text: source.text, coverage: 1, source: source.source, title: source.title },
    basis: 'handbook',
  };
}
