import { alignable } from './cloze';
import { NEGATIVE_CHOICE, parsePasted, truthOptions } from './paste';
import { type Hedged, hedgedChoice, pickSide, sectionLine } from './sorted-options';
import type { HandbookSuggestion } from './suggest';

/**
 * Which measures are the 组织处置 of a member who no longer meets the conditions (常用的组织处置方式有, 不属于组织处置
 * 措施的是): the handbook names them — 限期改正, 劝其退党, 除名 — and says they are no 党纪处分. An option naming one
 * of them is on the asked side; an option naming one of the five 党纪处分 is not. An option naming anything else
 * (诫勉, 批评教育, a government's 记过), or both kinds, leaves the question: what else counts as a 组织处置 the
 * handbook does not say. Then no reading picks a 党纪处分 for a 组织处置 either (开除党籍 found beside 除名 in 除名也与
 * 开除党籍不同): the paste is not answered. Asked about 党纪处分 itself, the question is discipline-kind.ts's.
 */

const ORG_MEASURE = /限期改正|劝其?退党|劝退|除名/;
const PUNISHMENT = /警告|撤销党内职务|留党察看|开除党籍|开除出党/;
const ASKS_MEASURES = /组织处置(?:的)?(?:方式|措施|办法|手段|形式)?/;

export function suggestByOrgMeasure(raw: string): Hedged | Extract<HandbookSuggestion, { kind: 'abstain' }> | undefined {
  const pasted = parsePasted(raw);
  const { options } = pasted;
  const stem = alignable(pasted.stem);
  if (options.length < 3 || truthOptions(options)) return undefined;
  if (!ASKS_MEASURES.test(stem) || /党纪处分|纪律处分|处分的?种类/.test(stem) || !/属于|包括|是|有|哪/.test(stem)) return undefined;
  // Asked about the measures, not their order, steps or who decides them.
  if (/顺序|先后|程序|步骤|谁|批准|决定|期限|多久/.test(stem)) return undefined;
  const placed = options.map((o) => {
    const t = alignable(o);
    const yes = ORG_MEASURE.test(t);
    const no = PUNISHMENT.test(t);
    return yes === no ? undefined : yes;
  });
  if (placed.some((p) => p === undefined)) return placed.includes(false) ? { kind: 'abstain' } : undefined;
  const negative = NEGATIVE_CHOICE.test(pasted.stem) || /不属于|不是|不包括/.test(stem);
  const picked = pickSide(placed as boolean[], negative, pasted.declaredType);
  if (!picked) return undefined;
  const rule = sectionLine('member.unqualified', (l) => l.startsWith('处置不合格党员的常用方式'));
  return rule && hedgedChoice(options, picked, rule);
}
