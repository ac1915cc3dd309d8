import { askingParts, cleanQuestion, matchParts, readChatShorthand } from '../../../knowledge';
import { type Answerer, type AnswerResult, lateAnswerer } from '../../answering';
import type { Services } from '../../core/feature';
import { chitchatReply } from './chitchat';
import { computeDues, DUES_SOURCE, describeBothKinds, describeDues, describeFixedKinds, parseDuesRequest, VOLUNTARY } from './dues';
import { describeFixedBesideRated } from './dues-fixed-beside-rated';
import { describeNamedPersons } from './dues-named-persons';
import { describePayAndPension } from './dues-pay-and-pension';
import { citationLabel } from './extract';
import { createFactsAnswerer, factLabel, sharedFactIndex } from './facts-answerer';
import { createGapStore } from './gap-store';
import { createHandbookAnswerer } from './handbook-answerer';
import { isNoise, isOutOfScope } from './scope';
import { strings } from './strings';

/** The 党费 calculator: a stated income (or a fixed-amount category) gets the amount, band and basis. */
export function createDuesAnswerer(services: Services): Answerer {
  return {
    name: 'dues',
    async answer(text) {
      const request = parseDuesRequest(text);
      if (!request) return undefined;
      const result = computeDues(request);
      const rates = (await services.knowledge.index.search('党费交纳比例', 5)).find((h) => h.source === DUES_SOURCE);
      // The other parts go before the calculator's 出处 line, each with where its own fact rests.
      const others = duesOtherParts(text);
      const lines = [
        describeNamedPersons(text, request) ??
          describePayAndPension(text, request) ??
          describeBothKinds(text, request) ??
          describeFixedKinds(text, request) ??
          describeFixedBesideRated(text, request) ??
          describeDues(result),
        ...others,
      ];
      if (rates) lines.push(...(others.length > 0 ? [''] : []), `${strings.source}：${citationLabel(rates)}`);
      return {
        kind: 'dues',
        answer: lines.join('\n'),
        confidence: 1,
        citations: rates ? [{ source: rates.source, title: citationLabel(rates), text: rates.text, score: 1 }] : [],
      };
    },
  };
}

/** Facts on working out an amount: what the calculator's reply already says. */
const CALCULATION_FACTS = /^dues\.(?:rates|retired|fixed|base|calculation|overview)/;

/**
 * The other things a message asks beside the amount ("退休了一个月两千来块，也得交党费吗，连着多少个月不交算脱党"):
 * the calculator answers the amount, and each other part is answered by its fact, or said to be open, never passed
 * over. A part that holds the income, or asks the amount, is the calculator's own.
 */
export function duesOtherParts(text: string): string[] {
  const parts = askingParts(cleanQuestion(text));
  if (parts.length < 2) return [];
  const lines: string[] = [];
  const open: string[] = [];
  for (const part of parts) {
    if (parseDuesRequest(part) || /多少钱|交多少|按多少|几块|怎么算|咋算|比例|基数/.test(part)) continue;
    // "5001呢", "党费多少", "不知道多少": another figure asked after the first, the amount asked bare, or the figure not
    // known, all of which the calculator's reply answers or asks back about.
    if (/\d.*呢$|^党费(?:每月|一个月|每个月|该)?(?:多少|几多|好多)|不知道多少|不清楚多少/.test(part)) continue;
    // The part's last clause is what it asks; one on a voluntary extra ("她还想一次多交两千块，这钱交到哪") keeps the
    // clause that names the extra, which says what 这钱 is.
    const extra = part.split('，').findIndex((c) => VOLUNTARY.test(c));
    const asked = extra >= 0 ? part.split('，').slice(extra).join('，') : part.slice(part.lastIndexOf('，') + 1);
    // The message is about 党费: a part that leaves it out ("按税前还是税后算") is asked of it.
    const found = matchParts(sharedFactIndex(), asked.includes('党费') ? asked : `党费${asked}`);
    // "按税前还是税后算": a fact on working out the amount is what the calculator's reply already says.
    for (const m of found.filter((f) => !CALCULATION_FACTS.test(f.fact.id)))
      lines.push('', `${strings.alsoAsked(asked)}${m.answer}（${factLabel(m)}）`);
    if (found.length === 0) open.push(asked);
  }
  if (open.length > 0) lines.push('', strings.clauseOpen(open));
  return lines;
}

/**
 * The answerers tried in order: a pasted exam question from the question banks (the quiz feature provides that
 * answerer, when it is registered), the 党费 calculator, the fact layer, then the handbook (recording gaps in this feature's store).
 */
export function createAnswerers(
  services: Services,
  handbook: Answerer = services.need('handbookAnswerer') ?? createHandbookAnswerer(services, createGapStore(services.storage)),
): Answerer[] {
  // A pasted exam question goes to the banks first, even when it is about 党费 and holds a number.
  // The fact layer before the passages: a question a fact answers gets that fact, not the nearest paragraph.
  return [
    lateAnswerer('exam', () => services.need('pastedQuestions')),
    createDuesAnswerer(services),
    // A value the facts leave to local rules, asked for the asker's own place or year, is a knowledge gap too.
    createFactsAnswerer(services, undefined, createGapStore(services.storage)),
    handbook,
  ];
}

/**
 * Greetings and noise (quiz letters, emoji) get a short reply and questions about other things a polite
 * refusal, all without retrieval and never as a knowledge gap; anything else goes to the first answerer that applies.
 */
export async function answerQuestion(
  answerers: Answerer[],
  raw: string,
  asker?: { userKey: string; chatKey: string },
): Promise<AnswerResult> {
  const small = chitchatReply(raw);
  if (small) return { kind: 'chitchat', answer: small, citations: [] };
  // Pinyin initials (dy, zb, dfei) read as the words meant and decorating net slang (救命, yyds) taken away, for every
  // answerer: the 党费 calculator and the handbook read the text as it stands.
  const text = readChatShorthand(raw);
  if (isNoise(text)) return { kind: 'chitchat', answer: strings.noise, citations: [] };
  if (isOutOfScope(text)) return { kind: 'declined', answer: strings.outOfScope, citations: [] };
  for (const answerer of answerers) {
    const result = await answerer.answer(text, asker);
    if (result) return result;
  }
  return { kind: 'unknown', answer: '', citations: [] };
}
