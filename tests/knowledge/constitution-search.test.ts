import { describe, expect, it } from 'vitest';
import { queryTerms } from '../../knowledge/search/tokenize';
import { openIndex } from './helpers';

describe('tokenize', () => {
  it('does not let 党组 match inside 党组织, but keeps the other parts of the word', () => {
    const terms = queryTerms('基层党组织要支持党组工作');
    expect(terms.filter((t) => t === '党组')).toEqual(['党组']);
    expect(queryTerms('基层党组织')).toEqual(['基层', '组织', '党组织']);
  });
});

describe('questions that ask for an article', () => {
  it('put the 党章 article before the handbook section retelling it when the question names 党章 or asks 第几条', async () => {
    const { storage, index } = await openIndex();
    index.upsert({
      source: 'handbook:member.probation',
      title: '党务工作手册',
      kind: 'handbook',
      chunks: [
        {
          source: 'handbook:member.probation',
          title: '党务工作手册 › 党员 › 预备期',
          text: '按照党章，预备党员的预备期为一年，预备期从支部大会通过之日算起。预备期满按期转正。',
        },
      ],
    });
    index.upsert({
      source: 'file:zhangcheng.txt',
      title: '章程',
      kind: 'file',
      chunks: [{ source: '《中国共产党章程》第七条', title: '中国共产党章程 › 第一章 党员 › 第七条', text: '预备党员的预备期为一年。' }],
    });
    expect(index.search('预备期多长', 2)[0]?.source).toBe('handbook:member.probation');
    expect(index.search('党章里预备期多长', 2)[0]?.source).toBe('《中国共产党章程》第七条');
    expect(index.search('第几条规定预备期', 2)[0]?.source).toBe('《中国共产党章程》第七条');
    await storage.close();
  });
});
