import { hybridSearch, type KnowledgeIndex, type SearchHit } from '../../../knowledge';
import type { Answerer, AnswerResult, Citation } from '../../answering';
import type { Services } from '../../core/feature';
import { citationLabel, prepareQuestion, questionTerms, type Reading, readPassage } from './extract';
import { sharedFactIndex } from './facts-answerer';
import type { GapStore } from './gap-store';
import { generateGroundedAnswer } from './llm';
import { bodiesNamed, type PassageRefusal, passageRefusal, preparePassageQuestion } from './passage-guards';
import { isPartyWork } from './scope';
import { strings } from './strings';

/**
 * Below this share of the question's terms found in a passage (BM25 alone is not comparable across queries),
 * the passage is no evidence. Calibrated on eval/sets/everyday-tuning.jsonl only (scripts/eval/everyday.eval.ts).
 */
export const MIN_COVERAGE = 0.5;
/** How many passages are searched and read before one is chosen, and how many citations `ask --json` gets. */
export const READ_PASSAGES = 5;
export const MAX_CITATIONS = 5;
/** How much a passage's search rank counts against its reading (0: not at all, 1: only rank). Tuned on the tuning half. */
export const RANK_FLOOR = 0.5;

/**
 * The same share weighed by rarity: "党员可以炒股吗" covers 党员 everywhere and 炒股 nowhere, and is no evidence.
 * Calibrated on the tuning half like {@link MIN_COVERAGE}.
 */
export const MIN_RARE_COVERAGE = 0.4;

export function hasEvidence(hit: SearchHit | undefined): boolean {
  return !!hit && hit.coverage >= MIN_COVERAGE && hit.rareCoverage >= MIN_RARE_COVERAGE;
}

const toCitation = (hit: SearchHit): Citation => ({
  source: hit.source,
  title: citationLabel(hit),
  text: hit.text,
  score: Number(hit.score.toFixed(4)),
});

/**
 * A passage that passes the guards, when the best reading did not, answers only if its reading is worth at least
 * this share of the best one: a close second is often the section that states the fact, a distant one a guess.
 * Chosen on the tuning writers and the probe questions (tests/features/ask/passage-guards.test.ts).
 */
export const FALLBACK_SHARE = 0.7;

/** One passage read for a question: its reading, what the reading is worth, and why it does not answer (if so). */
export interface Candidate {
  hit: SearchHit;
  reading: Reading;
  value: number;
  refusal?: PassageRefusal;
}

/**
 * Every passage with evidence, read (extract.ts) and checked by the guards (passage-guards.ts), the most
 * valuable first: a reading is weighed by how much of the question the passage covers and by its search rank.
 */
export async function readCandidates(question: string, hits: SearchHit[], index?: KnowledgeIndex): Promise<Candidate[]> {
  const candidates = hits.filter(hasEvidence).slice(0, READ_PASSAGES);
  if (candidates.length === 0) return [];
  const rarity = index ? await index.termWeights(questionTerms(question)) : undefined;
  const q = prepareQuestion(question, rarity && (() => rarity));
  const guard = index ? await preparePassageQuestion(question, index) : undefined;
  const top = Math.max(...candidates.map((h) => h.score)) || 1;
  return candidates
    .map((hit) => {
      const reading = readPassage(q, hit.text);
      const value = reading.score * (0.5 + hit.coverage) * (RANK_FLOOR + (1 - RANK_FLOOR) * (hit.score / top));
      return { hit, reading, value, refusal: guard && passageRefusal(guard, hit, reading.text) };
    })
    .sort((a, b) => b.value - a.value);
}

/**
 * The passage that answers: the reading that states what was asked wins (retrieval alone ranks "支委会任期几年"
 * under the meetings section, many 支委会 and no 任期; reading picks 任期), unless the guards refuse it. Then a
 * close second that passes them answers, or none does: `refusal` says why the best reading was refused.
 */
export async function choosePassage(
  question: string,
  hits: SearchHit[],
  index?: KnowledgeIndex,
): Promise<{ chosen?: Candidate; refusal?: PassageRefusal }> {
  const read = await readCandidates(question, hits, index);
  const best = read[0];
  if (!best) return {};
  const passing = read.find((c) => !c.refusal);
  if (passing && passing.value >= FALLBACK_SHARE * best.value) return { chosen: passing };
  return { refusal: best.refusal };
}

/** {@link choosePassage}'s answer alone. */
export async function chooseAnswer(
  question: string,
  hits: SearchHit[],
  index?: KnowledgeIndex,
): Promise<{ hit: SearchHit; reading: Reading } | undefined> {
  return (await choosePassage(question, hits, index)).chosen;
}

/** Answers from the handbook and ingested documents: extractive offline, grounded generation when a model is configured. */
export function createHandbookAnswerer(services: Services, gaps?: GapStore): Answerer {
  const { index } = services.knowledge;
  const { llm } = services;
  const embeddingModel = llm?.embeddingModel;
  /** Lexical search, fused with dense retrieval (RRF) when an embeddings model is configured. */
  const search = async (text: string): Promise<SearchHit[]> => {
    if (!embeddingModel) return index.search(text, READ_PASSAGES + 3);
    try {
      return await hybridSearch(index, text, embeddingModel, (texts) => llm!.embed(texts), READ_PASSAGES + 3);
    } catch (error) {
      services.log.warn({ err: (error as Error).message }, 'dense retrieval failed, using lexical search only');
      return index.search(text, READ_PASSAGES + 3);
    }
  };
  return {
    name: 'handbook',
    async answer(text, asker, options): Promise<AnswerResult> {
      const hits = await search(text);
      const { chosen, refusal } = await choosePassage(text, hits, index);
      if (!chosen) {
        // Nothing about Party work in the question and nothing found: outside what the handbook is for.
        if (!isPartyWork(text, sharedFactIndex())) return { kind: 'declined', answer: strings.outOfScope, citations: [] };
        const near = hits.slice(0, 3);
        if (gaps && asker)
          await gaps.record(
            { question: text, chatKey: asker.chatKey, userKey: asker.userKey, nearest: near[0]?.source },
            services.clock.now(),
          );
        const lines = [strings.unknownIntro];
        // The nearest passages are about the Party's own organisation, not the body asked about: say so.
        if (refusal === 'other-body') lines.push(strings.otherBody(bodiesNamed(text)));
        if (near.length > 0) {
          lines.push('', strings.nearest);
          for (const h of near) lines.push(`· ${citationLabel(h)}：${h.text.replace(/\s+/g, ' ').slice(0, 60)}…`);
        }
        return {
          kind: 'unknown',
          answer: lines.join('\n'),
          citations: near.map(toCitation),
          confidence: near[0] ? Math.min(near[0].coverage, 0.49) : 0,
        };
      }
      const { hit: top, reading } = chosen;
      const confidence = Number(Math.min(1, top.coverage).toFixed(2));
      const supporting = hits.filter((h) => h !== top && hasEvidence(h));
      if (llm) {
        const used = [top, ...supporting].slice(0, 4);
        try {
          const generated = await generateGroundedAnswer(llm, options?.modelQuestion ?? text, used);
          if (generated) {
            const refs = used.map((h, i) => `[${i + 1}] ${citationLabel(h)}${h.basis ? `（依据：${h.basis}）` : ''}`);
            return {
              kind: 'handbook',
              answer: [generated, '', `${strings.source}：`, ...refs, strings.llmNote].join('\n'),
              citations: used.map(toCitation),
              confidence,
            };
          }
        } catch (error) {
          services.log.warn({ err: (error as Error).message }, 'grounded answer failed, falling back to the extractive answer');
        }
      }
      const others = supporting.filter((h) => h.source !== top.source).slice(0, 2);
      const lines = [reading.text, '', `${strings.source}：${citationLabel(top)}`];
      if (top.basis) lines.push(`${strings.basis}：${top.basis}`);
      if (others.length > 0) {
        lines.push('', strings.seeAlso);
        for (const h of others) lines.push(`· ${citationLabel(h)}`);
      }
      const citations = [top, ...supporting].slice(0, MAX_CITATIONS).map(toCitation);
      return { kind: 'handbook', answer: lines.join('\n'), citations, confidence };
    },
  };
}
