import { alignable } from './cloze';
import { parsePasted, truthOptions } from './paste';
import { type Hedged, hedgedChoice, sectionLine } from './sorted-options';

/**
 * How long one body's term is (高校学生党支部委员会每届任期一般为, 社区党委几年一届), each option a length of years.
 * The handbook (branch.term) gives the 党章's range, 三年至五年, for all of them, and the 2018 中办意见's usual
 * lengths: 总支部委员会 and 支部委员会 3年, 基层委员会 5年, any body of a 村 or 社区 5年. A stem citing the 党章 alone
 * asks for the range; one citing the 意见, or saying 一般, or naming a 村 or 社区 body (whose term is set flat), asks
 * for that length. Any other stem naming no source and
 * without 一般, with both the range and the usual length among the options, is left alone: either may be meant.
 */

export const ASKS_TERM = /任期|一届|每届/;
/** Other questions about terms: the history, a delay, one elected in between. */
export const OTHER_TERM_ASK = /以前|之前|过去|原来|十九大前|修改前|延期|延长|推迟|提前|补选|增补|届满后|超期/;
const NUMERAL: Record<string, string> = { 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6' };

/** An option's length in years: '3', '5', '3-5' (三年至五年, 3～5年), '2或3', 'none'; undefined for anything else. */
function lengthOf(option: string): string | undefined {
  // An option saying there is no set length (不固定, 由支部自定) is a reading, never the handbook's.
  if (
    /^(?:不固定|不确定|没有固定(?:期限|年限)?|无固定(?:期限|年限)|视情况而定|由[^，,。]{1,8}(?:自行|自己)?(?:决定|确定|自定))[。.]?$/.test(
      option.trim(),
    )
  )
    return 'none';
  const o = alignable(option)
    .replace(/\s/g, '')
    .replace(/[一二两三四五六]/g, (c) => NUMERAL[c]!)
    .replace(/[。.]$/, '');
  const m = /^(\d)年?(?:(至|到|-|~|～|—)|(或|或者))?(?:(\d)年)?$/.exec(o);
  if (!m) return undefined;
  if (m[4] === undefined) return m[2] || m[3] ? undefined : m[1];
  return m[2] ? `${m[1]}-${m[4]}` : `${m[1]}或${m[4]}`;
}

const village = (stem: string) => /村|社区/.test(stem) && !/以外|除外|非村|非社区|不是村|不是社区/.test(stem);

/** The usual length of the one kind of body the stem names, or undefined for none or several. */
export function usualTermFor(stem: string): string | undefined {
  if (village(stem)) return '5';
  const kinds = new Set<string>();
  for (const [name] of stem.matchAll(/总支部委员会|党总支|总支|基层委员会|基层党委|支部委员会|支委会|党支部/g))
    kinds.add(/基层/.test(name) ? '5' : '3');
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

export function suggestByTermLength(raw: string): Hedged | undefined {
  const pasted = parsePasted(raw);
  const { options } = pasted;
  const stem = alignable(pasted.stem);
  if (!ASKS_TERM.test(stem) || OTHER_TERM_ASK.test(stem) || options.length < 2 || truthOptions(options)) return undefined;
  if (pasted.declaredType === '多选') return undefined;
  const lengths = options.map(lengthOf);
  if (lengths.some((l) => l === undefined)) return undefined;
  const usual = usualTermFor(stem);
  if (!usual) return undefined;
  const charter = /党章/.test(stem);
  const opinion = /意见|2018|中办|中共中央办公厅/.test(stem);
  if (charter && opinion) return undefined;
  let asked: string;
  if (charter) asked = '3-5';
  // alignable writes 一般 as 1般: the pasted stem says it.
  else if (opinion || /一般|通常/.test(pasted.stem)) asked = usual;
  // A 村 or 社区 body's term is set flat (为5年, to run with the 村（居）委会's), not as a usual length within the
  // 党章's range: asked of such a body with no source named, it is that term (the handbook: 问村或社区党支部，答5年).
  else if (village(stem)) asked = usual;
  else if (lengths.includes(usual) !== lengths.includes('3-5')) asked = lengths.includes(usual) ? usual : '3-5';
  else return undefined;
  const picked = lengths.flatMap((l, i) => (l === asked ? [i] : []));
  if (picked.length !== 1) return undefined;
  const rule = sectionLine('branch.term', (l) => l.startsWith('党的基层委员会、总支部委员会和支部委员会，每届任期'));
  return rule && hedgedChoice(options, picked, rule);
}
