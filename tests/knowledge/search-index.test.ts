import { afterEach, describe, expect, it } from 'vitest';
import { type Candidate, indexTokens, searchIndexFor } from '../../knowledge/search/search-index';
import type { ChunkInput, KnowledgeIndex } from '../../knowledge/search/store';
import { tokenize } from '../../knowledge/search/tokenize';
import { openIndex } from './helpers';

/**
 * The search index of the run's backend (FTS5 on SQLite, tsvector and term statistics on PostgreSQL) ranks with
 * FTS5's BM25, computed here from the formula in SQLite's fts5_aux.c. Run on both backends, this holds them equal.
 */

const CHUNKS: ChunkInput[] = [
  { source: 's1', title: '组织生活 › 集中学习', text: '支部每月组织一次集中学习，学习时间不少于两小时。' },
  { source: 's2', title: '党费 › 交纳比例', text: '月收入在3000元以下的，交纳月收入的0.5%；超过10000元的交纳1.5%。' },
  {
    source: 's3',
    title: '党费 › 交纳办法',
    text: '党员应当按月交纳党费，党费由党小组收缴。学习党费规定。',
    basis: '《关于党费收缴的规定》',
  },
  { source: 's4', title: '发展党员 › 入党申请', text: '入党申请人要向党组织递交书面入党申请书。' },
  { source: 's5', title: '组织生活 › 主题党日', text: '主题党日每月固定一天，组织党员集中学习、过组织生活。' },
];

/** BM25 as FTS5 computes it for `bm25(4.0, 1.0)` over (title tokens, body tokens); phrases match adjacent tokens. */
function referenceBm25(chunks: ChunkInput[], terms: string[]): Map<string, number> {
  const docs = chunks.map((c) => ({
    source: c.source,
    title: tokenize(c.title).flatMap(indexTokens),
    body: tokenize(`${c.text}\n${c.basis ?? ''}`).flatMap(indexTokens),
  }));
  const occurrences = (tokens: string[], phrase: string[]) => tokens.filter((_, i) => phrase.every((p, j) => tokens[i + j] === p)).length;
  const freq = (d: (typeof docs)[number], term: string) => {
    const phrase = indexTokens(term);
    return 4 * occurrences(d.title, phrase) + occurrences(d.body, phrase);
  };
  const n = docs.length;
  const avgdl = docs.reduce((a, d) => a + d.title.length + d.body.length, 0) / n;
  const idf = new Map(
    terms.map((t) => {
      const hits = docs.filter((d) => freq(d, t) > 0).length;
      const v = Math.log((n - hits + 0.5) / (hits + 0.5));
      return [t, v <= 0 ? 1e-6 : v];
    }),
  );
  const scores = new Map<string, number>();
  for (const d of docs) {
    if (!terms.some((t) => freq(d, t) > 0)) continue;
    const length = d.title.length + d.body.length;
    let score = 0;
    for (const t of terms) {
      const f = freq(d, t);
      score += idf.get(t)! * ((f * 2.2) / (f + 1.2 * (1 - 0.75 + (0.75 * length) / avgdl)));
    }
    scores.set(d.source, score);
  }
  return scores;
}

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function indexOf(chunks: ChunkInput[]): Promise<KnowledgeIndex> {
  const { index, close } = await openIndex();
  closers.push(close);
  await index.upsert({ source: 'doc', title: '示例', kind: 'file', chunks });
  return index;
}

const ranked = async (index: KnowledgeIndex, terms: string[]): Promise<Candidate[]> => {
  const search = searchIndexFor(index.db);
  return search.rank(terms, 20, await search.stats());
};

describe('the search index', () => {
  it.each([[['学习']], [['党费', '交纳', '学习']], [['1.5', '党费']], [['0.5']], [['1.5', '入党']], [['入党', '申请书', '组织']]])(
    'ranks %j with FTS5’s BM25 (k1 1.2, b 0.75, titles 4×)',
    async (terms) => {
      const index = await indexOf(CHUNKS);
      const expected = referenceBm25(CHUNKS, terms);
      const got = await ranked(index, terms);
      expect(got.map((c) => c.source).sort()).toEqual([...expected.keys()].sort());
      for (const c of got) expect(c.score).toBeCloseTo(expected.get(c.source)!, 9);
      expect(got.map((c) => c.score)).toEqual([...got.map((c) => c.score)].sort((a, b) => b - a));
      expect(got.find((c) => c.source === 's3')?.allTokens ?? ' 党费 ').toContain(' 党费 ');
    },
  );

  it('keeps its statistics right through replaced and removed documents', async () => {
    const changed = await indexOf(CHUNKS);
    await changed.upsert({
      source: 'other',
      title: '其他',
      kind: 'file',
      chunks: [{ source: 'x', title: '党费', text: '党费 党费 学习' }],
    });
    await changed.upsert({ source: 'doc', title: '示例', kind: 'file', chunks: CHUNKS.slice(1) });
    expect(await changed.remove('other')).toBe(true);
    const fresh = await indexOf(CHUNKS.slice(1));
    const terms = ['党费', '学习', '组织'];
    const scores = (list: Candidate[]) => list.map((c) => [c.source, c.score.toFixed(9)]);
    expect(scores(await ranked(changed, terms))).toEqual(scores(await ranked(fresh, terms)));
    expect(await changed.termWeights(terms)).toEqual(await fresh.termWeights(terms));
  });

  it('indexes every passage again when the index lacks them (a database copied from the other backend)', async () => {
    const index = await indexOf(CHUNKS);
    await index.transaction(async (tx) => searchIndexFor(tx.db).clear(tx.db));
    expect(await index.search('党费交纳比例')).toEqual([]);
    expect(await index.ensureSearchable()).toBe(CHUNKS.length);
    expect((await index.search('党费交纳比例'))[0]?.source).toBe('s2');
    expect(await index.ensureSearchable()).toBe(0);
  });
});

describe('a question made of common words only', () => {
  // Every word of "党员学习交流" is in more than a tenth of these passages. The 60 short ones repeating 交流 win BM25
  // on that word alone; the one passage holding both 学习 and 交流 answers the question.
  const passages = (): ChunkInput[] => [
    ...Array.from({ length: 60 }, (_, i) => ({ source: `x${i}`, title: `资料 › 第${i}篇`, text: '党员交流，交流，再交流。' })),
    ...Array.from({ length: 90 }, (_, i) => ({ source: `y${i}`, title: `资料 › 第${i}册`, text: '党员学习制度汇编。' })),
    ...Array.from({ length: 70 }, (_, i) => ({ source: `z${i}`, title: `资料 › 第${i}页`, text: '党员名册。' })),
    { source: 'both', title: '资料 › 心得', text: '支部每季度安排一次学习，党员之间互相交流心得。' },
  ];

  it('is searched by its two rarest words together: the passage holding both goes first', async () => {
    const index = await indexOf(passages());
    const hits = await index.search('党员学习交流', 5);
    expect(hits[0]?.source).toBe('both');
    // Passages holding the rarest word alone still fill the list.
    expect(hits).toHaveLength(5);
  });

  it('ranks only the passages holding every term when asked to', async () => {
    const index = await indexOf(CHUNKS);
    const search = searchIndexFor(index.db);
    const got = await search.rank(['党费', '学习'], 20, await search.stats(), true);
    expect(got.map((c) => c.source)).toEqual(['s3']);
    expect(got[0]!.score).toBeCloseTo(referenceBm25(CHUNKS, ['党费', '学习']).get('s3')!, 9);
  });
});
