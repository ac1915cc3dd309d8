export { cleanQuestion, DOMAIN_TYPOS, fixDomainTypos, stripDecoration } from './clean';
export { createFactIndex, type Fact, type FactIndex, type FactMatch, loadFacts, MIN_FACT_SCORE } from './facts';
export {
  type AskedKind,
  askedBound,
  askedValueKinds,
  type Bound,
  givesAsked,
  namedBodies,
  namesBodies,
  type Stated,
  statedBy,
} from './guards';
export { type LocalFact, proposeLocalFacts } from './local';
