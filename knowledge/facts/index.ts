export { cleanQuestion, DOMAIN_TYPOS, fixDomainTypos, stripDecoration } from './clean';
export { createFactIndex, type Fact, type FactIndex, type FactMatch, loadFacts, MIN_FACT_SCORE } from './facts';
export { type LocalFact, proposeLocalFacts } from './local';
