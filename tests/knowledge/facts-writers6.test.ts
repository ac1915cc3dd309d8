import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../knowledge';
import { matchedIds } from '../helpers/facts';

/**
 * The fact layer on the sixth round (issue 22): classes of stranger's wording, each shown with wordings written
 * for this test, not taken from any writer's set.
 */
const ids = matchedIds;

describe('dialect words typed apart are read once the words are joined', () => {
  it('reads 多少 辰光 and 开 一趟 across the spaces', () => {
    expect(cleanQuestion('支委会 多少 辰光 开 一趟')).toBe('支委会多久开一次');
  });
  it.each([
    ['请问 党员大会 多少 辰光 开 一趟', 'life.general.frequency'],
    ['支委会是半个月开一回还是一个月开一回', 'life.committee.frequency'],
  ])('%s → %s', (q, id) => {
    expect(ids(q)).toContain(id);
  });
});

describe('pinyin initials of the domain words, read before the dialect words that need them', () => {
  it('reads fzdx, jjfz and zzgx, and 好多 before them asks how many', () => {
    expect(cleanQuestion('fzdx政审查啥')).toBe('发展对象政审查什么');
    expect(cleanQuestion('jjfz要写思想汇报吗')).toContain('积极分子');
    expect(cleanQuestion('zzgx怎么转')).toContain('组织关系');
    expect(cleanQuestion('一个党小组最多有好多dy')).toContain('最多有多少党员');
  });
  it('keeps Latin words that merely hold the letters', () => {
    expect(cleanQuestion('fzdxyz')).toBe('fzdxyz');
  });
});
