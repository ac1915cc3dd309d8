export { askedText, askingClauses, asksSomething } from './clauses';
export { cleanQuestion, DOMAIN_TYPOS, fixDomainTypos, stripDecoration } from './clean';
export { listedSubjects, matchParts, situationsLeftOpen } from './compound';
export { verbSaidDone } from './done-again';
export { createFactIndex, domainTerms, type Fact, type FactIndex, type FactMatch, loadFacts, MIN_FACT_SCORE } from './facts';
export {
  type AskedKind,
  askedBound,
  askedValueKinds,
  asksForPapers,
  type Bound,
  givesAsked,
  namedBodies,
  namedSituations,
  namesBodies,
  namesSituations,
  type Stated,
  saysPapers,
  statedBy,
} from './guards';
export { type LocalFact, proposeLocalFacts } from './local';
export { askingParts } from './parts';
export { askedClause } from './second-asks';
