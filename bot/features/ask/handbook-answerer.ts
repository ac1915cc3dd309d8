import { hybridSearch, type SearchHit } from '../../../knowledge';
import type { Answerer, AnswerResult, Citation } from '../../answering';
import type { Services } from '../../core/feature';
import { citationLabel, extractAnswer } from './extract';
import { generateGroundedAnswer } from './llm';
import { strings } from './strings';

/** Below this share of the question's terms found in the best passage (BM25 alone is not comparable across queries), the evidence is too thin: the answer says it does not know and the question becomes a gap. */
export const MIN_COVERAGE = 0.5;

export function hasEvidence(hit: SearchHit | undefined): boolean {
  return !!hit && hit.coverage >= MIN_COVERAGE;
}

const toCitation = (hit: SearchHit): Citation => ({ source: hit.source, title: citationLabel(hit), text: hit.text, score: Number(hit.score.toFixed(4)) });

/** Answers from the handbook and ingested documents: extractive offline, grounded generation when a model is configured. */
export function createHandbookAnswerer(services: Services): Answerer {
  const { index } = services.knowledge;
  const { llm } = services;
  const embeddingModel = llm?.embeddingModel;
  /** Lexical search, fused with dense retrieval (RRF) when an embeddings model is configured. */
  const search = async (text: string): Promise<SearchHit[]> => {
    if (!embeddingModel) return index.search(text, 5);
    try {
      return await hybridSearch(index, text, embeddingModel, (texts) => llm!.embed(texts), 5);
    } catch (error) {
      services.log.warn({ err: (error as Error).message }, 'dense retrieval failed, using lexical search only');
      return index.search(text, 5);
    }
  };
  return {
    name: 'handbook',
    async answer(text, asker, options): Promise<AnswerResult> {
      const hits = await search(text);
      const top = hits.find(hasEvidence) ?? hits[0];
      if (!top || !hasEvidence(top)) {
        index.recordGap({ question: text, userKey: asker?.userKey, chatKey: asker?.chatKey, nearest: top?.source });
        const lines = [strings.unknownIntro];
        const near = hits.slice(0, 3);
        if (near.length > 0) {
          lines.push('', strings.nearest);
          for (const h of near) lines.push(`· ${citationLabel(h)}：${h.text.replace(/\s+/g, ' ').slice(0, 60)}…`);
        }
        return { kind: 'unknown', answer: lines.join('\n'), citations: near.map(toCitation), confidence: top ? Math.min(top.coverage, 0.49) : 0 };
      }
      const confidence = Number(Math.min(1, top.coverage).toFixed(2));
      const { log } = services;
      if (llm) {
        const used = hits.filter(hasEvidence).slice(0, 4);
        try {
          const generated = await generateGroundedAnswer(llm, options?.modelQuestion ?? text, used);
          if (generated) {
            const refs = used.map((h, i) => `[${i + 1}] ${citationLabel(h)}${h.basis ? `（依据：${h.basis}）` : ''}`);
            return { kind: 'handbook', answer: [generated, '', `${strings.source}：`, ...refs, strings.llmNote].join('\n'), citations: used.map(toCitation), confidence };
          }
        } catch (error) {
          log.warn({ err: (error as Error).message }, 'grounded answer failed, falling back to the extractive answer');
        }
      }
      const others = hits.filter((h) => h !== top && h.coverage >= MIN_COVERAGE && h.source !== top.source).slice(0, 2);
      const lines = [extractAnswer(text, top.text), '', `${strings.source}：${citationLabel(top)}`];
      if (top.basis) lines.push(`${strings.basis}：${top.basis}`);
      if (others.length > 0) {
        lines.push('', strings.seeAlso);
        for (const h of others) lines.push(`· ${citationLabel(h)}`);
      }
      return { kind: 'handbook', answer: lines.join('\n'), citations: [top, ...others].map(toCitation), confidence };
    },
  };
}
