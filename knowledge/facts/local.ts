import type { QuestionKind } from '../text/question-kind';
import { statesKinds } from '../text/question-kind';
import { cleanQuestion } from './clean';
import type { Fact } from './facts';

/**
 * Facts from an organisation's own files: a rule-like sentence ("每月15日开展主题党日", "党费每季度第一个月10日前
 * 交") about the subject of a handbook fact becomes a local fact that answers the same questions, more
 * specifically, marked with its file. The handbook's general text then comes second.
 */

/** A sentence that sets a date, a frequency, an amount or a deadline. */
const RULE_LIKE =
  /每(?:年|季度|个?月|周|半年)|\d{1,2}\s*[日号]|[\d一二三四五六七八九十两]+\s*(?:次|天|个工作日|个月|年|元|%|名|人)|不少于|不超过|之前|以前|前完成|截止/;

const VALUE_KINDS: QuestionKind[] = ['frequency', 'when', 'duration', 'amount', 'count', 'who'];

/** Sentences of a text, split at full stops, semicolons and line ends. */
function sentences(text: string): string[] {
  return text
    .split(/[。；;！!\n]/)
    .map((s) => s.replace(/^[\s\-*•·\d.、（）()]+/, '').trim())
    .filter((s) => s.length >= 4 && s.length <= 120);
}

export interface LocalFact extends Fact {
  localFile: string;
  /** The handbook fact this local rule makes specific. */
  derivedFrom: string;
}

/**
 * The facts a document's rule-like sentences propose: each sentence about a handbook fact's subject (every
 * subject group found in it) that states a value of the kind that fact answers.
 */
export function proposeLocalFacts(text: string, file: string, handbookFacts: readonly Fact[]): LocalFact[] {
  const out: LocalFact[] = [];
  for (const sentence of sentences(text)) {
    if (!RULE_LIKE.test(sentence)) continue;
    const clean = cleanQuestion(sentence);
    for (const fact of handbookFacts) {
      if (fact.localFile) continue;
      if (!fact.must.every((group) => group.some((w) => clean.includes(w)))) continue;
      if (fact.none?.some((w) => clean.includes(w))) continue;
      const kinds = fact.kinds.filter((k): k is QuestionKind => k !== 'any' && VALUE_KINDS.includes(k as QuestionKind));
      if (kinds.length === 0 || statesKinds(clean, kinds) === 0) continue;
      out.push({
        ...fact,
        id: `local:${fact.id}`,
        a: /[。.]$/.test(sentence) ? sentence : `${sentence}。`,
        localFile: file,
        derivedFrom: fact.id,
      });
    }
  }
  return out;
}
