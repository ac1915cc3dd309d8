import { readableSource } from '../../../knowledge';
import { allBanks, type BankSnapshot } from '../../../knowledge';
import { bigramCoverage, createPasteIndex, looksLikeExamQuestion, parsePasted, type PasteIndex, type PasteMatch } from '../../../knowledge';
import { leadingChoice, type Answerer, type AnswerResult } from '../../answering';
import type { Services } from '../../core/feature';
import { strings } from './strings';

/**
 * Pasted exam questions, answered from every question bank (built-in and imported) in the user's own
 * lettering. A paste the banks do not hold is answered from the handbook by `fallback`, and the reply says
 * plainly that it is not a bank answer, with its confidence; a suggested option is only ever "possibly".
 */
export function createExamAnswerer(services: Services, fallback?: Answerer): Answerer {
  let index: PasteIndex | undefined;
  let indexed: BankSnapshot | undefined;
  const currentIndex = () => {
    const snapshot = allBanks(services.storage.sqlite);
    if (!index || snapshot !== indexed) {
      index = createPasteIndex(snapshot.questions);
      indexed = snapshot;
    }
    return index;
  };
  return {
    name: 'exam',
    async answer(text, asker) {
      if (!looksLikeExamQuestion(text)) return undefined;
      const match = currentIndex().match(text);
      if (match) return fromBank(match);
      if (!fallback) return undefined;
      // The handbook is searched by the stem alone (options' words match everywhere); a model sees the options too.
      const { stem, options } = parsePasted(text);
      const modelQuestion = options.length > 0 ? [stem, ...options.map((o, i) => `${'ABCDEF'[i]}. ${o}`)].join('\n') : undefined;
      return notFromBank(text, await fallback.answer(stem || text, asker, { modelQuestion }));
    },
  };
}

function fromBank({ question, choice, answerTexts, score }: PasteMatch): AnswerResult {
  const s = strings.paste;
  const head = choice.length > 0 ? s.choice(choice.join(''), answerTexts.join('；')) : s.plain(question.type === '判断' ? question.answer : answerTexts.join('；'));
  const lines = [head];
  if (question.explanation) lines.push(s.explanation(question.explanation));
  lines.push(s.source(question.topic, question.level, readableSource(question.source)));
  if (score < 0.85) lines.push(s.similar(Math.round(score * 100)));
  return {
    kind: 'exam',
    fromBank: true,
    answer: lines.join('\n'),
    choice,
    confidence: Number(score.toFixed(2)),
    citations: [{ source: `question:${question.id}`, title: question.stem, text: question.explanation, score }],
  };
}

/**
 * The handbook's answer, introduced as what it is. With options pasted, the option whose words the best
 * passage contains most clearly (and clearly more than the others) is offered as a possible answer.
 */
function notFromBank(text: string, handbook: AnswerResult | undefined): AnswerResult {
  const s = strings.paste;
  const { options } = parsePasted(text);
  const evidence = handbook?.kind === 'handbook' ? (handbook.confidence ?? 0) : 0;
  const passage = handbook?.kind === 'handbook' ? handbook.citations[0]?.text : undefined;
  let choice: string[] = [];
  let confidence = Math.min(evidence, 0.3);
  // A model answering from the passages names its option first (rule 5 of the grounded-answer prompt); it is still only a suggestion.
  const modelChoice = handbook?.kind === 'handbook' ? leadingChoice(handbook.answer).filter((l) => 'ABCDEF'.indexOf(l) < options.length) : [];
  if (modelChoice.length > 0) {
    choice = modelChoice;
    confidence = Number(Math.min(0.5, evidence * 0.7).toFixed(2));
  } else if (passage && options.length >= 2) {
    const ranked = options.map((o, i) => ({ letter: 'ABCDEF'[i], cover: bigramCoverage(o, passage) })).sort((a, b) => b.cover - a.cover);
    const [best, second] = ranked;
    if (best.cover >= 0.6 && best.cover - second.cover >= 0.25) {
      choice = [best.letter];
      confidence = Number(Math.min(0.5, evidence * best.cover * 0.6).toFixed(2));
    }
  }
  const lines = [s.notInBank(Math.round(confidence * 100))];
  if (choice.length > 0) lines.push(modelChoice.length > 0 ? s.modelMaybe(choice.join('')) : s.maybe(choice.join('')));
  if (handbook?.answer) lines.push('', handbook.answer);
  return { kind: 'exam', fromBank: false, answer: lines.join('\n'), choice, confidence, citations: handbook?.citations ?? [] };
}
