import { askedClause, type FactMatch, fixDomainTypos, type SearchHit, verbSaidDone } from '../../../knowledge';

/**
 * The parts of a message that asks two things, each trusted on its own words (issue 22: never half-read a message).
 * A fact found for one part, far from its wordings, is trusted where retrieval finds its section; retrieval on the
 * whole message ranks the other part's sections first ("支部书记要几年党龄？书记选出来以后是否需要报批？" finds the
 * 党龄 paragraphs), so that part's fact was dropped and the reply showed the other half as the whole answer. Such a
 * part is checked on its own clause: kept when retrieval on it finds its section, else named as not answered.
 */
export async function trustParts(
  found: readonly FactMatch[],
  trusted: readonly FactMatch[],
  search: (text: string) => Promise<SearchHit[]>,
  unanswered: string[],
): Promise<FactMatch[]> {
  if (trusted.length === 0 || trusted.length === found.length) return [...trusted];
  const kept = new Set(trusted);
  for (const m of found) {
    if (kept.has(m)) continue;
    const clause = askedClause(m);
    // A fact the whole message found, for no part of its own, is no part's answer: dropped as before.
    if (!clause) continue;
    const hits = await search(fixDomainTypos(clause));
    const agrees = m.weak ? hits[0]?.source === m.section?.source : hits.some((h) => h.source === m.section?.source);
    if (m.section && agrees) kept.add(m);
    else unanswered.push(clause);
  }
  return found.filter((m) => kept.has(m));
}

/** One ask a fact did not answer, answered by a sentence of the handbook the reply shows (answeredInShown). */
export interface ShownAnswer {
  clause: string;
  sentence: string;
  match: FactMatch;
}

/** Question words, particles and pronouns: what a clause asks with, not what it asks about (saidIn's set, and 在). */
const ASKED_WITH =
  /[的了吗呢吧么啊呀嘛哈是不没要会能可以还也都就我你他她它们俺咱这那个些什怎样如何哪谁几多少久长时候该应请问下得有呗啥咋]/g;

/** The Han characters a clause asks about, in order, without the words it asks with. */
const contentOf = (text: string): string => text.replace(ASKED_WITH, '').replace(/[^\u4e00-\u9fff]/g, '');

/** A sentence of a handbook section, and its paragraph up to it (what a choice is settled by: see answeredInShown). */
interface Sentence {
  text: string;
  lead: string;
}

/** The sentences of a handbook section, cut at 。；！？ and lines, list marks taken off (a heading "党费管理：" kept). */
function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const line of text.split('\n')) {
    const paragraph = line.replace(/^[-\s]+/, '').trim();
    if (paragraph.startsWith('【')) continue;
    let at = 0;
    for (const piece of paragraph.split(/[。；;！!？?]/)) {
      at += piece.length + 1;
      const sentence = piece.trim();
      if (sentence.length >= 6) out.push({ text: sentence, lead: paragraph.slice(0, at - 1).trim() });
    }
  }
  return out;
}

/**
 * How well a sentence carries what a clause asks beyond what the reply already says, 0 when it does not: of the
 * clause's content characters not in the reply's answers ("书记在叫副书记主持" beside the 支委会's frequency: 书记, 副,
 * 主持), three in five stand in the sentence, one pair of them at least (副书, 主持: a word, not scattered characters),
 * and the character the clause ends its asking on, its verb (主持, 管, 报批), too: a sentence that names the same
 * bodies to say something else ("向支部党员大会和上级党组织报告工作" for "书记是党员大会定还是上级派") does not answer
 * it. A choice ("…还是…") is carried where one of its options is.
 */
function carries(sentence: string, clause: string, said: string): number {
  const options = clause.split('还是');
  if (options.length > 1) return Math.max(...options.map((o) => carries(sentence, o, said)));
  // "延长了还能按期转正吗" asks what holds once the verb it says done is: a sentence on 按期转正 that never names 延长
  // speaks of the ordinary case, not of this one.
  const done = verbSaidDone(clause);
  if (done && !sentence.includes(done)) return 0;
  const content = contentOf(clause);
  if (!content || !sentence.includes(content.at(-1)!)) return 0;
  const fresh = [...new Set(content)].filter((c) => !said.includes(c));
  const chars = fresh.length >= 3 ? fresh : [...new Set(content)];
  if (chars.length < 3) return 0;
  const pairs = [...content].slice(1).map((c, i) => content[i]! + c);
  const freshPairs = pairs.filter((p) => !said.includes(p) && sentence.includes(p));
  if (freshPairs.length === 0) return 0;
  const share = chars.filter((c) => sentence.includes(c)).length / chars.length;
  return share >= 0.6 ? share + freshPairs.length / 100 : 0;
}

/** The longest paragraph quoted whole for a choice; a longer one is quoted by its sentence alone. */
const MAX_LEAD = 200;

/**
 * The asks no fact answered, looked for in the handbook the reply shows (the trusted facts' sections, whose paragraph
 * the reply quotes): never say the handbook is silent on what the reply itself quotes ("支委会多久开一次，书记不在
 * 能不能叫副书记主持" shows the paragraph that says 书记不能参加时可以委托副书记…主持). An ask is answered by the one
 * sentence that carries its content words, quoted with its section; the rest stay open, as before.
 */
export function answeredInShown(open: readonly string[], trusted: readonly FactMatch[]): { answered: ShownAnswer[]; open: string[] } {
  const said = trusted.map((m) => m.answer).join('');
  const answered: ShownAnswer[] = [];
  const still: string[] = [];
  for (const clause of open) {
    let best: { score: number; sentence: Sentence; match: FactMatch } | undefined;
    for (const match of trusted) {
      for (const sentence of sentencesOf(match.section?.text ?? '')) {
        const score = carries(sentence.text, clause, said);
        if (score > 0 && (!best || score > best.score)) best = { score, sentence, match };
      }
    }
    // A choice ("党员大会定还是上级派") is settled by the rule with its alternatives, which stand before the sentence
    // that carries one option ("…由支部委员会会议选举产生…上级党组织在必要时，也可以…指派"): its paragraph up to it.
    const choice = clause.includes('还是') && best && best.sentence.lead.length <= MAX_LEAD;
    if (best) answered.push({ clause, sentence: choice ? best.sentence.lead : best.sentence.text, match: best.match });
    else still.push(clause);
  }
  return { answered, open: still };
}
