import { NEGATIVE_CHOICE, parsePasted, squash, truthOptions } from './paste';
import type { HandbookSuggestion, PasteOutcome } from './suggest';

/**
 * A choice asking which sayings about one matter are right (关于党员申诉，下列说法正确的是), whose options are whole
 * statements (申诉期间停止执行原处分决定; 党员可以向上级党组织直至中央提出申诉): read as one sentence, the options are
 * too many rules for one passage to sort. Each option is then judged as a 判断 on its own, as if pasted alone, and
 * the answer is the true ones (the false ones, asked for what is wrong) — only when every option has a verdict, each
 * resting on a handbook sentence or a bank question, and the picks fit the question's type. Only ever a suggestion.
 */

/** Asking for the right (or wrong) sayings: 说法正确的是, 表述错误的有, 哪些说法是对的; or doings (下列做法正确的是). */
const SAYINGS_ASK = /(?:说法|表述|叙述|理解|做法)[^，,。；;]{0,6}(?:正确|错误|有误|对|不对)|(?:正确|错误)的(?:说法|表述|做法)/;
/** An option a statement of its own: enough words to say something, and not speaking of the other options. */
const STATEMENT_LENGTH = 8;
const OF_OPTIONS = /以上|上述|都对|都不对|均正确|均不正确|全部/;

type Hedged = Extract<HandbookSuggestion, { kind: 'hedged' }>;

export async function byStatementOptions(raw: string, judge: (statement: string) => Promise<PasteOutcome>): Promise<Hedged | undefined> {
  const pasted = parsePasted(raw);
  const { stem, options } = pasted;
  if (options.length < 3 || truthOptions(options) || !SAYINGS_ASK.test(stem)) return undefined;
  if (options.some((o) => squash(o).length < STATEMENT_LENGTH || OF_OPTIONS.test(o))) return undefined;
  const negative = NEGATIVE_CHOICE.test(stem) || /错误|有误|不对/.test(stem.match(SAYINGS_ASK)![0]);
  const verdicts: { truth: boolean; outcome: PasteOutcome }[] = [];
  for (const option of options) {
    const outcome = await judge(`【判断】${option.replace(/[。；;，,\s]+$/, '')}。`);
    if (outcome.kind === 'abstain' || outcome.kind === 'answer-missing') return undefined;
    const said = outcome.answerTexts.join('');
    if (said !== '正确' && said !== '错误') return undefined;
    verdicts.push({ truth: said === '正确', outcome });
  }
  const picked = verdicts.flatMap((v, i) => (v.truth !== negative ? [i] : []));
  const fits =
    pasted.declaredType === '单选' ? picked.length === 1 : pasted.declaredType === '多选' ? picked.length >= 2 : picked.length >= 1;
  if (!fits) return undefined;
  // The 依据 shown: what the verdict on a picked option rests on (a handbook sentence, or a bank 判断's own statement).
  const witness = [...picked, ...verdicts.keys()].map((i) => basisOf(verdicts[i]!.outcome)).find((b) => b !== undefined);
  if (!witness) return undefined;
  return {
    kind: 'hedged',
    choice: picked.map((i) => 'ABCDEF'[i]!),
    answerTexts: picked.map((i) => options[i]!),
    ...witness,
  };
}

/** What a verdict rests on, as a suggestion shows it: its handbook sentence, or its bank 判断's correct statement. */
function basisOf(outcome: PasteOutcome): Pick<Hedged, 'sentence' | 'passage' | 'basis'> | undefined {
  if (outcome.kind === 'hedged')
    return outcome.basis === 'calculation' ? undefined : { sentence: outcome.sentence, passage: outcome.passage, basis: outcome.basis };
  if (outcome.kind !== 'bank' && outcome.kind !== 'similar') return undefined;
  const q = outcome.question;
  if (q.type !== '判断') return undefined;
  // A 判断 that is 正确 states itself; one that is 错误 is corrected by its explanation.
  const sentence = q.answer === '正确' ? q.stem : q.explanation;
  if (!sentence) return undefined;
  return {
    sentence,
    passage: { text: sentence, coverage: outcome.score, source: `question:${q.id}`, title: `题库：${q.topic}` },
    basis: 'bank',
  };
}
