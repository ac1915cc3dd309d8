import { describe, expect, it } from 'vitest';
import { queryTerms } from '../../knowledge/search/tokenize';

describe('tokenize', () => {
  it('does not let 党组 match inside 党组织, but keeps the other parts of the word', () => {
    const terms = queryTerms('基层党组织要支持党组工作');
    expect(terms.filter((t) => t === '党组')).toEqual(['党组']);
    expect(queryTerms('基层党组织')).toEqual(['基层', '组织', '党组织']);
  });
});
