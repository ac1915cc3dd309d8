import { chineseNumber } from '../text/numerals';
import { parsePasted } from './paste';
import type { PasteOutcome } from './suggest';

/**
 * What a suggestion found on other evidence cannot answer, whatever its words share with the paste (issue 21, paste18:
 * wrong 可能是 on the built-in questions each hidden from the bank).
 */

/** A stem asking for the one highest, first or most … of its options (最高的是, 第一步是): one option, not several. */
const ASKS_ONE =
  /最(?:高|低|早|晚|先|后|大|小|多|少|重要|基本|根本|核心)[^，。；？?]*?(?:是|为)|第[一二三四五六七八九十\d]+(?:步|项|个|条|环节)[^，。；]*?(?:是|为)/;

/** A total over a time longer than a month (一年共, 全年, 每季度). */
const LONGER_PERIOD = /一年|全年|每年|半年|一个季度|每季度|两年|三年/;

/** An ordinal with its counter (第一步, 第14步, 第三条). */
const ORDINAL = /第([0-9]+|[一二两三四五六七八九十百]+)(步|项|条|款|章|环节|阶段)/g;
const ordinals = (text: string) =>
  [...text.matchAll(ORDINAL)].map((m) => `${/^\d+$/.test(m[1]!) ? Number(m[1]) : chineseNumber(m[1]!)}${m[2]}`);

/** Whether the evidence names steps (第13步) of the counter the stem asks about, but never the stem's own (第一步). */
function otherOrdinal(stem: string, said: string): boolean {
  const asked = ordinals(stem);
  if (asked.length === 0) return false;
  const named = ordinals(said);
  const counter = (o: string) => o.replace(/^[\d]+/, '');
  const sameCounter = named.filter((o) => asked.some((a) => counter(a) === counter(o)));
  return sameCounter.length > 0 && !asked.some((a) => sameCounter.includes(a));
}

/**
 * A blank's words cut from a sentence at the wrong place: a question word (它落在哪一档) or a clause's hinge at either
 * end (候补委员给予, 留党察看或). No exam's blank is filled so; the alignment missed the blank.
 */
// Hinges only that end no term (反对, 普及, 目的 do): 或, 以及, 给予.
const TORN_FILL = /哪|什么|^(?:或者?|以及).|.(?:或|或者|以及|给予)$/;

const abstain: PasteOutcome = { kind: 'abstain' };

/**
 * A hedged or similar suggestion the paste's own question rules out: several options for a question asking the one
 * most or first of them (the handbook's list of all three levels is no answer to 最高的是); a monthly figure as the
 * number asked for a year or a quarter (学生党员每月0.2元 is not what one pays in a year); a sentence on other steps
 * than the one asked (第14步是填写入党志愿书 says nothing of 第一步); blanks filled with torn words (TORN_FILL).
 */
export function withinAskedScope(raw: string, outcome: PasteOutcome): PasteOutcome {
  if (outcome.kind !== 'hedged' && outcome.kind !== 'similar') return outcome;
  if (outcome.kind === 'hedged' && outcome.basis === 'calculation') return outcome;
  const { stem, declaredType } = parsePasted(raw);
  if (outcome.choice.length > 1 && declaredType !== '多选' && ASKS_ONE.test(stem)) return abstain;
  if (outcome.choice.length === 0 && outcome.answerTexts.some((t) => TORN_FILL.test(t.trim()))) return abstain;
  const said = outcome.kind === 'hedged' ? outcome.sentence : outcome.question.stem;
  if (otherOrdinal(stem, said)) return abstain;
  const numeric = outcome.answerTexts.length > 0 && outcome.answerTexts.every((t) => /^[\d.]+元?$/.test(t.trim()));
  if (numeric && LONGER_PERIOD.test(stem) && !/每月|每个月/.test(stem) && /每月|每个月/.test(said) && !LONGER_PERIOD.test(said))
    return abstain;
  return outcome;
}
