import { hasInnerBlank, parsePasted, truthOptions } from './paste';
import type { HandbookSuggestion, PassageHit } from './suggest';

type Hedged = Extract<HandbookSuggestion, { kind: 'hedged' }>;
type Truth = ReturnType<typeof truthOptions>;

/**
 * A pasted statement to judge true or false, as every reader of statements weighs it: its stem without spaces (some
 * writers space their words: 预备党员 从 上级党委 批准) and without the writer's closing ask (对还是错？, 这个说法对吗),
 * and where the paste gave 正确/错误 options, which is which. `asksTruth` says the paste asked whether it is true
 * (a 判断 declared, 正确/错误 options, or that closing ask). None when it has other options, or a blank inside that
 * makes it a 填空 rather than a 判断.
 */
export function statementOf(raw: string): { statement: string; truth: Truth; asksTruth: boolean } | undefined {
  const pasted = parsePasted(raw);
  const truth = truthOptions(pasted.options);
  if ((pasted.options.length > 0 && !truth) || (hasInnerBlank(pasted.stem) && pasted.declaredType !== '判断')) return undefined;
  const spaced = pasted.stem.replace(/\s/g, '');
  const statement = spaced.replace(CLOSING_ASK, '');
  const asksTruth = pasted.declaredType === '判断' || truth !== undefined || statement !== spaced;
  return { statement, truth, asksTruth };
}

/** The writer's ask after the statement: 对还是错？, 对不对, 这个说法对吗, 是否正确. */
const CLOSING_ASK =
  /(?<=[\p{Script=Han}）)”"。.，,])[，,]?(?:请问|那么)?(?:这(?:个|种|句)?(?:说法|做法|表述|题)?)?(?:是)?(?:对还是错|对不对|对吗|对否|对不|正确吗|正不正确|是否正确|对还是不对)[？?。.！!]*$/u;

/** Each sentence of the handbook's passages among the hits, with its passage. */
export function* handbookSentences(hits: PassageHit[]): Generator<{ hit: PassageHit; sentence: string }> {
  for (const hit of hits) {
    if (!hit.source.startsWith('handbook:')) continue;
    for (const sentence of hit.text.split(/(?<=[。！？\n])/).map((s) => s.trim())) yield { hit, sentence };
  }
}

/** The statement judged false by one handbook sentence: hedged, that sentence its 依据. */
export const falseBy = (truth: Truth, sentence: string, passage: PassageHit): Hedged => ({
  kind: 'hedged',
  choice: truth ? ['ABCDEF'[truth.false]!] : [],
  answerTexts: ['错误'],
  sentence,
  passage,
  basis: 'handbook',
});

/** The statement judged true by one handbook sentence: hedged, that sentence its 依据. */
export const trueBy = (truth: Truth, sentence: string, passage: PassageHit): Hedged => ({
  kind: 'hedged',
  choice: truth ? ['ABCDEF'[truth.true]!] : [],
  answerTexts: ['正确'],
  sentence,
  passage,
  basis: 'handbook',
});
