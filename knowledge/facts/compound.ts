import { askingClauses } from './clauses';
import { cleanQuestion } from './clean';
import type { FactIndex, FactMatch } from './facts';
import { namedSituations, namesSituations } from './guards';

/** Everything a fact's record says, as the situation guard reads it. */
const factText = (m: FactMatch) => cleanQuestion([m.fact.q, ...m.fact.p, m.fact.a].join('|'));

/**
 * Questions that ask two things at once ("支委会多久开一次，要几个委员到会才能开", "流动党员离开多久算，归哪边管"):
 * each asking clause is matched on its own, the later ones with the subject of the earlier carried over (people
 * leave it out: "要几个委员到会" means the 支委会's), and every fact found answers its part. A clause no fact
 * answers is left to the fact the whole question matched; no clause adds a fact the guards would refuse it.
 */

/** The subject words of a matched fact that the question spells (its `must` words found in it), longest first. */
function subjectOf(match: FactMatch, question: string): string {
  const clean = cleanQuestion(question);
  const words: string[] = [];
  for (const group of match.fact.must) {
    const found = group.filter((w) => clean.includes(w)).sort((a, b) => b.length - a.length)[0];
    if (found && !words.some((w) => w.includes(found))) words.push(found);
  }
  return words.join('');
}

/**
 * The facts a question asks for, in the order asked: one for a simple question (the whole question's match), one
 * per answered clause for a question that asks several things. Empty when nothing is matched with confidence.
 */
export function matchParts(index: FactIndex, question: string): FactMatch[] {
  const whole = index.match(question);
  const clauses = askingClauses(cleanQuestion(question));
  if (clauses.length < 2) return whole ? [whole] : [];
  const parts: Array<FactMatch | undefined> = [];
  let subject = '';
  for (const clause of clauses) {
    // The subject left out ("要几个委员到会才能开", "预备党员能不能当" after 入党介绍人): the clause is read with
    // the subject said before it first, alone only when that finds nothing.
    const carried = subject && !clause.includes(subject) ? index.match(`${subject}${clause}`) : undefined;
    const match = carried ?? index.match(clause);
    parts.push(match);
    const said = match ?? (parts.length === 1 ? whole : undefined);
    if (said) subject = subjectOf(said, clause) || subject;
  }
  // A life event said in one clause ("党员去世了") holds for the others: a fact that never names it answers none.
  const situations = namedSituations(cleanQuestion(question));
  const found = parts.filter((m): m is FactMatch => !!m && namesSituations(factText(m), situations));
  const out: FactMatch[] = [];
  // A clause no fact answers on its own may be what the whole question's fact states: keep that fact first.
  if (whole && (found.length < clauses.length || found.length === 0)) out.push(whole);
  for (const m of found) if (!out.some((o) => o.fact.id === m.fact.id)) out.push(m);
  return out;
}
