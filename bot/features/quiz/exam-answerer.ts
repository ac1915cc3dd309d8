import {
  type BankSnapshot,
  createPasteIndex,
  looksLikeExamQuestion,
  type PassageHit,
  type PasteIndex,
  type PasteLookup,
  parsePasted,
  readableSource,
  resolvePaste,
  type SearchHit,
} from '../../../knowledge';
import { type Answerer, type AnswerResult, leadingChoice } from '../../answering';
import type { Services } from '../../core/feature';
import { strings } from './strings';

/**
 * Pasted exam questions, answered from every question bank (built-in and imported) in the user's own
 * lettering, but only when a bank question really agrees with the paste (knowledge/questions/paste.ts). A
 * paste no bank holds gets a hedged suggestion only when one option or truth value is clearly stated in the
 * handbook (with that sentence), otherwise an honest "not in the bank" and the best passage, if one is about it.
 */

/** The bank index at the store's current revision, rebuilt after an import. */
export function createBankIndex(services: Services): () => Promise<PasteIndex> {
  let index: PasteIndex | undefined;
  let indexed: BankSnapshot | undefined;
  return async () => {
    const snapshot = await services.knowledge.banks();
    if (!index || snapshot !== indexed) {
      index = createPasteIndex(snapshot.questions);
      indexed = snapshot;
    }
    return index;
  };
}

export function createExamAnswerer(services: Services, currentIndex: () => Promise<PasteIndex>, fallback?: Answerer): Answerer {
  return {
    name: 'exam',
    async answer(text, asker) {
      if (!looksLikeExamQuestion(text)) return undefined;
      const search = passageSearch(services.knowledge.index);
      const suggestion = await resolvePaste(await currentIndex(), text, search, (stem) => services.need('duesCalculator')?.(stem));
      if (suggestion.kind === 'bank' || suggestion.kind === 'answer-missing' || suggestion.kind === 'similar') return fromBank(suggestion);
      const { stem, options } = parsePasted(text);
      if (suggestion.kind === 'abstain' && fallback && services.llm && suggestion.passage) {
        // A model answering from the passages names its option first; it is still only a suggestion.
        const modelQuestion = options.length > 0 ? [stem, ...options.map((o, i) => `${'ABCDEF'[i]}. ${o}`)].join('\n') : undefined;
        const model = await fallback.answer(stem || text, asker, { modelQuestion });
        const choice = model?.kind === 'handbook' ? leadingChoice(model.answer).filter((l) => 'ABCDEF'.indexOf(l) < options.length) : [];
        if (model?.kind === 'handbook' && choice.length > 0) {
          const confidence = Number(Math.min(0.5, (model.confidence ?? 0) * 0.7).toFixed(2));
          const lines = [
            strings.paste.notInBank(Math.round(confidence * 100)),
            strings.paste.modelMaybe(choice.join('')),
            '',
            model.answer,
          ];
          return { kind: 'exam', fromBank: false, answer: lines.join('\n'), choice, confidence, citations: model.citations };
        }
      }
      if (suggestion.kind === 'hedged') {
        const confidence = Number(Math.min(0.5, suggestion.passage.coverage * 0.5).toFixed(2));
        const what =
          suggestion.choice.length > 0
            ? `${suggestion.choice.join('')}（${suggestion.answerTexts.join('；')}）`
            : suggestion.answerTexts.join('、');
        const lines = [
          strings.paste.notInBank(Math.round(confidence * 100)),
          suggestion.basis === 'bank'
            ? strings.paste.maybeFromBank(what)
            : suggestion.basis === 'calculation'
              ? strings.paste.maybeByCalculation(what)
              : suggestion.uncertain
                ? strings.paste.maybeUncertain(what)
                : strings.paste.maybe(what),
          strings.paste.support(suggestion.sentence, suggestion.passage.title),
          // Blanks filled each from a sentence of its own: every blank's 依据.
          ...(suggestion.more ?? []).map((m) => strings.paste.support(m.sentence, m.passage.title)),
        ];
        return {
          kind: 'exam',
          fromBank: false,
          answer: lines.join('\n'),
          choice: suggestion.choice,
          confidence,
          citations: [citation(suggestion.passage), ...(suggestion.more ?? []).map((m) => citation(m.passage))],
        };
      }
      if (asker)
        await services
          .need('knowledgeGaps')
          ?.record({ question: text, userKey: asker.userKey, chatKey: asker.chatKey, nearest: suggestion.passage?.source });
      if (!suggestion.passage)
        return { kind: 'exam', fromBank: false, answer: strings.paste.nothing, choice: [], confidence: 0, citations: [] };
      const confidence = Number(Math.min(0.3, suggestion.passage.coverage * 0.3).toFixed(2));
      const excerpt = suggestion.passage.text.replace(/\s+/g, ' ').slice(0, 160);
      const lines = [
        strings.paste.notInBank(Math.round(confidence * 100)),
        strings.paste.noGuess,
        '',
        strings.paste.nearest(suggestion.passage.title, excerpt),
      ];
      return { kind: 'exam', fromBank: false, answer: lines.join('\n'), choice: [], confidence, citations: [citation(suggestion.passage)] };
    },
  };
}

/**
 * How a pasted question reads the handbook: the five best passages of an index, each labelled for a citation. The
 * eval and the tests read it through this one function, so they judge the passages the bot sees.
 */
export function passageSearch(index: {
  search(query: string, limit: number): Promise<SearchHit[]>;
}): (query: string) => Promise<PassageHit[]> {
  return async (query) =>
    (await index.search(query, 5)).map((h) => ({ text: h.text, coverage: h.coverage, source: h.source, title: passageLabel(h) }));
}

/** 《党务工作手册》 › 章 › 节 for a handbook passage; an ingested document keeps its own source. */
export function passageLabel(hit: { source: string; title: string }): string {
  if (!hit.source.startsWith('handbook:')) return hit.source;
  const [book, ...rest] = hit.title.split(' › ');
  return [`《${book}》`, ...rest].join(' › ');
}

const citation = (p: PassageHit) => ({ source: p.source, title: p.title, text: p.text, score: p.coverage });

function fromBank(found: PasteLookup): AnswerResult {
  const s = strings.paste;
  const { question, score } = found;
  const lines: string[] = [];
  let choice: string[] = [];
  if (found.kind === 'answer-missing') {
    lines.push(s.answerMissing(found.answerTexts.join('；')));
  } else if (found.kind === 'similar') {
    const what = found.choice.length > 0 ? `${found.choice.join('')}（${found.answerTexts.join('；')}）` : found.answerTexts.join('、');
    lines.push(s.similarQuestion(question.stem, what));
    if (question.explanation) lines.push(s.explanation(question.explanation));
    lines.push(s.source(question.topic, question.level, readableSource(question.source)));
    const confidence = Number(Math.min(0.5, score * 0.6).toFixed(2));
    return {
      kind: 'exam',
      fromBank: false,
      answer: lines.join('\n'),
      choice: found.choice,
      confidence,
      citations: [{ source: `question:${question.id}`, title: question.stem, text: question.explanation, score }],
    };
  } else {
    choice = found.choice;
    if (question.type === '判断') lines.push(choice.length > 0 ? s.choice(choice.join(''), question.answer) : s.plain(question.answer));
    else if (question.type === '填空') lines.push(s.plain(found.answerTexts.join('、')));
    else if (choice.length === 0) lines.push(s.plain(found.answerTexts.join('；')));
    else lines.push(s.choice(choice.join(''), found.answerTexts.join('；')));
  }
  if (question.explanation) lines.push(s.explanation(question.explanation));
  lines.push(s.source(question.topic, question.level, readableSource(question.source)));
  if (score < 0.85) lines.push(s.similar(Math.round(score * 100)));
  return {
    kind: 'exam',
    fromBank: found.kind === 'bank',
    answer: lines.join('\n'),
    choice,
    confidence: Number(score.toFixed(2)),
    citations: [{ source: `question:${question.id}`, title: question.stem, text: question.explanation, score }],
  };
}
