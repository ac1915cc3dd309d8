import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureHandbookIndexed, parseHandbookChapter, readableSource } from '../../knowledge/search/handbook';
import type { KnowledgeIndex } from '../../knowledge/search/store';
import { openIndex } from './helpers';

let index: KnowledgeIndex;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ index, close } = await openIndex());
  expect(await ensureHandbookIndexed(index)).toBeGreaterThan(0);
});
afterAll(() => close());

describe('handbook index', () => {
  it('parses sections with title path, source and 【依据】, leaving 【版本】 and the chapter introduction out', () => {
    const sections = parseHandbookChapter(
      '# 组织生活 {#life}\n\n导语。\n\n## 支部党员大会 {#life.general-meeting}\n\n【依据】《条例》第十一条\n【版本】2018年\n\n正文一句。\n',
    );
    expect(sections.map((s) => s.source)).toEqual(['handbook:life.general-meeting']);
    const s = sections[0]!;
    expect(s.title).toBe('党务工作手册 › 组织生活 › 支部党员大会');
    expect(s.basis).toBe('《条例》第十一条');
    expect(s.text).toBe('正文一句。');
  });

  it('re-indexing unchanged files is a no-op', async () => {
    const before = await index.counts();
    expect(await ensureHandbookIndexed(index)).toBe(0);
    expect(await index.counts()).toEqual(before);
  });

  const cases: Array<[string, string]> = [
    ['支部委员会会议多久开一次', 'handbook:life.committee-meeting'],
    ['支委会一般每月开几次', 'handbook:life.committee-meeting'],
    ['三会一课是什么', 'handbook:life.overview'],
    ['党员大会表决需要多少人到会', 'handbook:life.voting'],
    ['黨小組會多久開一次', 'handbook:life.group-meeting'],
    ['組織生活會怎麼開', 'handbook:life.review-meeting'],
    ['民主评议党员咋搞', 'handbook:life.democratic-appraisal'],
    ['支部委员会任期几年', 'handbook:branch.term'],
    ['支部书记要什么条件', 'handbook:branch.secretary'],
    ['党小组怎么划分', 'handbook:branch.groups'],
    ['主题党日干啥', 'handbook:life.theme-day'],
  ];
  it.each(cases)('%s → %s in the top 3', async (question, source) => {
    const hits = await index.search(question, 3);
    expect(hits.map((h) => h.source)).toContain(source);
    expect(hits[0]!.coverage).toBeGreaterThanOrEqual(0.5);
  });

  it('finds nothing relevant for questions outside the handbook', async () => {
    const hits = await index.search('今天天气怎么样');
    expect(hits.every((h) => h.coverage < 0.5)).toBe(true);
  });

  it('tells generic words from distinctive ones by the share of passages holding them', async () => {
    const shares = await index.termShares(['党员', '工资', '政党']);
    // 党员 is in most sections; 工资 in a few (党费); 政党 in none.
    expect(shares.get('党员')).toBeGreaterThan(0.5);
    expect(shares.get('工资')).toBeGreaterThan(0);
    expect(shares.get('工资')).toBeLessThan(0.5);
    expect(shares.get('政党')).toBe(0);
  });

  it('escapes FTS syntax in queries', async () => {
    await expect(index.search('"支委会" OR NEAR( * ^ -')).resolves.toBeInstanceOf(Array);
  });
});

describe('readable sources', () => {
  it('shows a section id as the section path and leaves other sources as written', () => {
    expect(readableSource('member.probation；《中国共产党章程》第七条')).toBe(
      '《党务工作手册》 › 党员 › 预备期与转正；《中国共产党章程》第七条',
    );
    expect(readableSource('dues.rates')).toBe('《党务工作手册》 › 党费 › 交纳比例');
    expect(readableSource('县委文件')).toBe('县委文件');
    expect(readableSource('')).toBe('');
  });
});
