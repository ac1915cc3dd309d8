import {
  createFactIndex,
  type FactIndex,
  type FactMatch,
  fixDomainTypos,
  type LocalFact,
  matchParts,
  proposeLocalFacts,
  type SearchHit,
  situationsLeftOpen,
} from '../../../knowledge';
import type { Answerer, AnswerResult, Citation } from '../../answering';
import type { Services } from '../../core/feature';
import { unsaidByFacts } from './answer-trust';
import { asksBasis, basisSaid } from './basis-asked';
import { withCalendarYears } from './calendar-years';
import { citationLabel } from './extract';
import type { GapStore } from './gap-store';
import { answeredInShown, type ShownAnswer, trustParts } from './part-trust';
import { strings } from './strings';

/**
 * Answers from the fact layer (knowledge/facts): the fact stated in one sentence with its citation, then the
 * handbook paragraph it rests on. A rule of the asker's own organisation, found in an ingested file, that
 * makes the same fact specific ("每月15日开展主题党日") answers first, marked as the local rule with its file.
 * No fact matched with confidence: undefined, and the passage answer takes over.
 */

/** Below this nearness to the fact's wordings, the fact needs retrieval's agreement. Tuned on the tuning writers. */
export const GUESS_SIMILARITY = 0.3;

let shared: FactIndex | undefined;
/** One index over the content files per process: the facts are read once (about 120 records). */
export function sharedFactIndex(): FactIndex {
  shared ??= createFactIndex();
  return shared;
}

/** The handbook paragraph that states the fact: the one sharing most characters with the answer sentence. */
function paragraphOf(match: FactMatch): string | undefined {
  const text = match.section?.text;
  if (!text) return undefined;
  const chars = new Set(match.fact.a);
  let best: { p: string; n: number } | undefined;
  for (const p of text.split(/\n+/).filter((l) => l.trim())) {
    let n = 0;
    for (const c of new Set(p)) if (chars.has(c)) n++;
    if (!best || n > best.n) best = { p, n };
  }
  const p = best?.p.replace(/^[-\s]+/, '').trim();
  return p && p.length > 160 ? `${p.slice(0, 160)}…` : p;
}

/** Where a fact rests, as its reply names it (《党务工作手册》 › … or the 党章's article). */
export const factLabel = (match: FactMatch): string => factCitation(match).label;

function factCitation(match: FactMatch): { label: string; citation: Citation } {
  const section = match.section;
  const article = match.fact.article ? `（${match.fact.article}）` : '';
  if (!section) {
    const label = `《中国共产党章程》${match.fact.article ? match.fact.article.replace(/^党章/, '') : ''}`;
    return { label, citation: { source: label, title: label, text: match.fact.a, score: 1 } };
  }
  const label = `${citationLabel(section)}${article}`;
  return { label, citation: { source: section.source, title: citationLabel(section), text: section.text, score: 1 } };
}

/** A local rule from the ingested passages that makes the matched fact specific, if any. */
function localRule(match: FactMatch, hits: SearchHit[], facts: FactIndex): LocalFact | undefined {
  for (const hit of hits) {
    if (hit.source.startsWith('handbook:')) continue;
    const local = proposeLocalFacts(hit.text, hit.documentTitle || hit.source, facts.facts).find((f) => f.derivedFrom === match.fact.id);
    if (local) return local;
  }
  return undefined;
}

/**
 * Each answer without an opening sentence an earlier answer already said: a point told of the question as a whole
 * ("预备党员不算在内：……" before each of two vote rules) is said once. Only a full sentence of some length is
 * dropped, so a short verdict ("不能。") that happens to match stays with the answer it opens.
 */
function withoutRepeatedOpenings(answers: string[]): string[] {
  const said: string[] = [];
  return answers.map((answer) => {
    const end = answer.indexOf('。');
    const opening = end >= 0 ? answer.slice(0, end + 1) : '';
    const repeated = opening.length >= 12 && opening.length < answer.length && said.some((a) => a.includes(opening));
    said.push(answer);
    return repeated ? answer.slice(opening.length) : answer;
  });
}

/** A question that asks several things: each fact in the order asked, then where each rests. */
function severalFacts(matches: FactMatch[], shown: readonly ShownAnswer[] = []): AnswerResult {
  const cited = matches.map(factCitation);
  const labels = [...new Set(cited.map((c) => c.label))];
  const citations = cited.filter((c, i) => cited.findIndex((o) => o.label === c.label) === i).map((c) => c.citation);
  const answers = withoutRepeatedOpenings(matches.map((m) => m.answer));
  const lines = [...answers.map((a, i) => `${i + 1}. ${a}`), ...shownLines(shown, true), '', `${strings.source}：${labels.join('；')}`];
  const paragraphs = [...new Set(matches.map(paragraphOf).filter((p): p is string => !!p))];
  for (const p of paragraphs) lines.push('', `${strings.paragraph}${p}`);
  return { kind: 'handbook', answer: lines.join('\n'), citations, confidence: 1 };
}

/** A question the facts found do not answer, recorded as a knowledge gap with the nearest section (for the secretary). */
async function recordGap(
  matches: FactMatch[],
  text: string,
  services: Services,
  gaps: GapStore | undefined,
  asker: { userKey: string; chatKey: string } | undefined,
): Promise<void> {
  if (gaps && asker)
    await gaps.record(
      { question: text, chatKey: asker.chatKey, userKey: asker.userKey, nearest: matches[0]!.section?.source },
      services.clock.now(),
    );
}

/**
 * The reply when every fact found leaves the value asked to local rules and the question asks it for the asker's own
 * place or year ("今年持证上岗考试几月份考"): the handbook does not know it. Said as not known (and recorded as a
 * knowledge gap, so the secretary can ingest the local notice), with where the value is found.
 */
async function localValueUnknown(
  matches: FactMatch[],
  text: string,
  services: Services,
  gaps: GapStore | undefined,
  asker: { userKey: string; chatKey: string } | undefined,
): Promise<AnswerResult> {
  await recordGap(matches, text, services, gaps, asker);
  const cited = matches.map(factCitation);
  const lines = [strings.unknownIntro, '', strings.localValue, ...matches.map((m) => m.answer)];
  lines.push('', `${strings.source}：${[...new Set(cited.map((c) => c.label))].join('；')}`);
  return { kind: 'unknown', answer: lines.join('\n'), citations: cited.map((c) => c.citation), confidence: 0 };
}

/**
 * A question a fact would answer but that asks it of something the handbook never speaks of ("合作社多久开一次会",
 * "股东有哪些义务": knowledge/facts/subject.ts): the Party's rule is not that thing's, and the passages, which never
 * say it either, would offer the same neighbouring rule. Said as not known and recorded as a gap, with the rule
 * that does exist named as another thing's. A file the branch ingested that names the thing leaves it to the passages.
 */
async function otherSubject(
  text: string,
  facts: FactIndex,
  services: Services,
  gaps: GapStore | undefined,
  asker: { userKey: string; chatKey: string } | undefined,
): Promise<AnswerResult | undefined> {
  const foreign = facts.foreignSubjects(text);
  if (foreign.length === 0) return undefined;
  const would = matchParts(facts, text, { weak: true, anySubject: true });
  if (would.length === 0) return undefined;
  const hits = await services.knowledge.index.search(text, 5);
  if (hits.some((h) => !h.source.startsWith('handbook:') && foreign.some((w) => h.text.includes(w)))) return undefined;
  await recordGap(would, text, services, gaps, asker);
  const lines = [strings.unknownIntro, '', strings.otherSubject(foreign, would[0]!.fact.q)];
  return { kind: 'unknown', answer: lines.join('\n'), citations: [], confidence: 0 };
}

/**
 * The reply when the facts found do not speak of what the question asks (answer-trust.ts): not known, recorded as a
 * gap, the words no fact says named, and the nearest section offered as possibly related, never as the answer.
 */
async function notStated(
  matches: FactMatch[],
  unsaid: string[],
  text: string,
  services: Services,
  gaps: GapStore | undefined,
  asker: { userKey: string; chatKey: string } | undefined,
): Promise<AnswerResult> {
  await recordGap(matches, text, services, gaps, asker);
  const labels = [...new Set(matches.map(factLabel))];
  const lines = [strings.unknownIntro, '', strings.unsaidSubject(unsaid), '', `${strings.maybeRelated}${labels.join('；')}`];
  return { kind: 'unknown', answer: lines.join('\n'), citations: [], confidence: 0 };
}

export function createFactsAnswerer(services: Services, facts: FactIndex = sharedFactIndex(), gaps?: GapStore): Answerer {
  return {
    name: 'facts',
    async answer(text, asker): Promise<AnswerResult | undefined> {
      const unanswered: string[] = [];
      const found = matchParts(facts, text, { weak: true }, unanswered);
      if (found.length === 0) return otherSubject(text, facts, services, gaps, asker);
      // Retrieval reads the words as typed: a misspelt domain word (预被期, 延常) is read as the word it stands for, as
      // the facts read it, so the check below looks for the section the question names.
      const hits = await services.knowledge.index.search(fixDomainTypos(text), 5);
      // A fact matched on wording alone, far from every wording written for it, is a guess unless retrieval
      // independently finds its section: then the passage answer (or a refusal) is the honest reply. A weak
      // match (words and kind agree, the wording is far: a long story around the question) needs retrieval to
      // rank its section first.
      // A rule worked out on the figures the question gives ("正式党员6个…要不要设支委会": 不足7人) is what the
      // question is about though its story keeps the wording far: the worked answer is its own evidence.
      const first = found.filter((m) =>
        m.weak
          ? !!m.section && hits[0]?.source === m.section.source
          : m.similarity >= GUESS_SIMILARITY ||
            !m.section ||
            hits.some((h) => h.source === m.section!.source) ||
            (m.answer.startsWith(m.fact.a) && m.answer.length > m.fact.a.length),
      );
      // A part dropped above is checked on its own words, or named as not answered (part-trust.ts).
      const trusted = await trustParts(found, first, (t) => services.knowledge.index.search(t, 5), unanswered);
      if (trusted.length === 0) return undefined;
      // Most of what the question asks with is said nowhere in what the facts rest on: they are another thing's rule
      // (answer-trust.ts). Said as not known, with the nearest section offered as possibly related, not as the answer.
      // So is "一个支部能报几个名额": the thing counted is not what the facts count.
      const unsaid = await unsaidByFacts(text, trusted, services.knowledge.index);
      if (unsaid.length > 0) return notStated(trusted, unsaid, text, services, gaps, asker);
      // "我市2026年度…合格分数线是多少": the facts found say the value is set locally; the handbook does not know it.
      if (trusted.every((m) => m.local)) return localValueUnknown(trusted, text, services, gaps, asker);
      // An ask no fact answers may be said in the handbook the reply shows: quoted, never called not covered (part-trust.ts).
      const shown = answeredInShown(unanswered, trusted);
      unanswered.splice(0, unanswered.length, ...shown.open);
      // "…可否由副书记主持？依据为何": the basis of the one rule given is said in the reply's text, and answers that ask.
      const basis = trusted.length === 1 ? basisSaid(text, trusted[0]!) : undefined;
      if (basis) unanswered.splice(0, unanswered.length, ...unanswered.filter((c) => !asksBasis(c)));
      const result = trusted.length > 1 ? severalFacts(trusted, shown.answered) : oneFact(trusted[0]!, hits, facts, shown.answered, basis);
      // "多久开一次？线上开也算吗": the part on 线上 is not in any fact given; say so rather than pass over it.
      const open = situationsLeftOpen(text, trusted);
      if (open.length > 0) result.answer = `${result.answer}\n\n${strings.situationOpen(open)}`;
      // "谈心谈话一年谈几次，跟每个党员都要谈吗": the part no fact answers is said to be left open, not passed over.
      if (unanswered.length > 0) result.answer = `${result.answer}\n\n${strings.clauseOpen(unanswered)}`;
      // "去年7月1号通过的…党龄从哪天算": the day worked out is said with its calendar year (calendar-years.ts).
      result.answer = withCalendarYears(result.answer, services.clock.now(), services.config.DANGWU_TIMEZONE);
      return result;
    },
  };
}

/** The reply from one fact: the fact, its citation and paragraph, or the local rule first when one is ingested. */
function oneFact(match: FactMatch, hits: SearchHit[], facts: FactIndex, shown: readonly ShownAnswer[] = [], basis = ''): AnswerResult {
  const { label, citation } = factCitation(match);
  const local = localRule(match, hits, facts);
  const lines: string[] = [];
  const citations: Citation[] = [];
  if (local) {
    lines.push(`${strings.localRule}${local.a}`, '', `${strings.source}：${local.localFile}（${strings.localRuleMark}）`);
    lines.push('', `${strings.handbookGeneral}${match.answer}`, `${strings.source}：${label}`, ...shownLines(shown, true));
    citations.push({ source: local.localFile, title: local.localFile, text: local.a, score: 1 });
  } else {
    lines.push(`${match.answer}${basis}`, ...shownLines(shown, false), '', `${strings.source}：${label}`);
    if (match.section?.basis) lines.push(`${strings.basis}：${match.section.basis}`);
    const paragraph = paragraphOf(match);
    if (paragraph) lines.push('', `${strings.paragraph}${paragraph}`);
  }
  citations.push(citation);
  return { kind: 'handbook', answer: lines.join('\n'), citations, confidence: 1 };
}

/** The lines of the asks answered by a quoted handbook sentence, each with its section where several are cited. */
function shownLines(shown: readonly ShownAnswer[], labelled: boolean): string[] {
  return shown.flatMap((s) => ['', strings.shownSays(s.clause, s.sentence, labelled ? factLabel(s.match) : undefined)]);
}
