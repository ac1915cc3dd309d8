import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { denseSearch, type EmbedFn, ensureEmbeddings, hybridSearch, reciprocalRankFusion } from '../../knowledge/search/dense';
import type { KnowledgeIndex } from '../../knowledge/search/store';
import { openIndex } from './helpers';

/** A deterministic "embedding": counts of a few marker characters. */
const MARKERS = ['学', '费', '会', '选', '星'];
const calls: string[][] = [];
const embed: EmbedFn = async (texts) => {
  calls.push(texts);
  return texts.map((t) => MARKERS.map((m) => [...t].filter((c) => c === m).length + 0.01));
};

let index: KnowledgeIndex;
let close: () => Promise<void>;
beforeEach(async () => {
  ({ index, close } = await openIndex());
  calls.length = 0;
  await index.upsert({
    source: 'doc',
    title: '示例',
    kind: 'file',
    chunks: [
      { source: 'a', title: '学习', text: '支部每月组织集中学习，学习要有记录。' },
      { source: 'b', title: '党费', text: '党员按月交纳党费，党费标准按收入计算。' },
      { source: 'c', title: '星级', text: '星星星星星' },
    ],
  });
});
afterEach(() => close());

describe('dense retrieval', () => {
  it('embeds each chunk once per model and caches the vectors; replaced chunks are embedded again', async () => {
    expect(await ensureEmbeddings(index, 'm1', embed)).toBe(3);
    expect(await ensureEmbeddings(index, 'm1', embed)).toBe(0);
    expect(await ensureEmbeddings(index, 'm2', embed)).toBe(3);
    await index.upsert({ source: 'doc', title: '示例', kind: 'file', chunks: [{ source: 'a', title: '学习', text: '改过的学习制度。' }] });
    expect(await ensureEmbeddings(index, 'm1', embed)).toBe(1);
  });

  it('ranks by cosine similarity and fuses with the lexical ranking', async () => {
    const dense = await denseSearch(index, '星', 'm1', embed, 3);
    expect((await index.chunk(dense[0]!.chunkId))!.source).toBe('c');
    // "星光" has no lexical match at all, but dense retrieval brings the passage in.
    expect(await index.search('星光')).toEqual([]);
    const hybrid = await hybridSearch(index, '星光', 'm1', embed, 3);
    expect(hybrid[0]!.source).toBe('c');
    expect(hybrid[0]!.coverage).toBe(0);
    const both = await hybridSearch(index, '党费怎么交', 'm1', embed, 3);
    expect(both[0]!.source).toBe('b');
  });

  it('reciprocal rank fusion rewards agreement', () => {
    expect(
      reciprocalRankFusion([
        [1, 2, 3],
        [2, 3, 1],
      ])[0],
    ).toBe(2);
  });
});
