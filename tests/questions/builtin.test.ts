import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltinQuestions, parseTemplateCsv } from '../../knowledge/questions/builtin';

const handbookDir = resolve(__dirname, '../../knowledge/handbook');

/** Section ids and whether each has its 【依据】 and 【版本】 lines, read from the Markdown as a reviewer would. */
function handbookSections(): Map<string, { basis: boolean; edition: boolean }> {
  const sections = new Map<string, { basis: boolean; edition: boolean }>();
  for (const file of readdirSync(handbookDir).filter((f) => f.endsWith('.md'))) {
    const text = readFileSync(join(handbookDir, file), 'utf8');
    for (const part of text.split(/^(?=## )/m).slice(1)) {
      const id = /^## .*\{#([a-z0-9.-]+)\}\s*$/m.exec(part)?.[1];
      sections.set(id ?? `${file}:missing-id`, { basis: /^【依据】\S/m.test(part), edition: /^【版本】\S/m.test(part) });
    }
  }
  return sections;
}

describe('built-in question bank and handbook', () => {
  const questions = loadBuiltinQuestions();
  const sections = handbookSections();

  it('has at least 40 sections and 1,000 questions, every chapter with all four types and all three levels', () => {
    expect(sections.size).toBeGreaterThanOrEqual(40);
    expect(questions.length).toBeGreaterThanOrEqual(1000);
    const chapters = new Set([...sections.keys()].map((id) => id.split('.')[0]));
    const gaps: string[] = [];
    for (const chapter of chapters) {
      const own = questions.filter((q) => q.source.split(/[；;]/)[0].startsWith(`${chapter}.`));
      for (const type of ['单选', '多选', '判断', '填空']) if (!own.some((q) => q.type === type)) gaps.push(`${chapter} 没有${type}题`);
      for (const level of ['初级', '中级', '高级']) if (!own.some((q) => q.level === level)) gaps.push(`${chapter} 没有${level}题`);
    }
    expect(gaps).toEqual([]);
  });

  it('holds at least 250 questions at every level and 100 in every chapter', () => {
    const chapterOf = (q: { source: string }) => q.source.split(/[；;]/)[0].trim().split('.')[0];
    const chapters = new Set([...sections.keys()].map((id) => id.split('.')[0]));
    const short: string[] = [];
    for (const level of ['初级', '中级', '高级']) {
      const count = questions.filter((q) => q.level === level).length;
      if (count < 250) short.push(`${level} ${count} 题`);
    }
    for (const chapter of chapters) {
      const count = questions.filter((q) => chapterOf(q) === chapter).length;
      if (count < 100) short.push(`${chapter} ${count} 题`);
    }
    expect(short).toEqual([]);
  });

  it('gives every handbook section an id, a basis and an edition', () => {
    for (const [id, section] of sections) {
      expect(id, id).not.toContain('missing-id');
      expect(section.basis, id).toBe(true);
      expect(section.edition, id).toBe(true);
    }
  });

  it('has well-formed questions: answers among options, unique ids and stems, level, topic, resolvable source', () => {
    const problems: string[] = [];
    const stems = new Set<string>();
    const ids = new Set<string>();
    for (const q of questions) {
      const letters = 'ABCDEF'.slice(0, q.options.length);
      if (q.type === '单选' && !(q.answer.length === 1 && letters.includes(q.answer))) problems.push(`${q.stem}: 单选答案 ${q.answer}`);
      if (q.type === '多选' && !(q.answer.length >= 2 && [...q.answer].every((l) => letters.includes(l))))
        problems.push(`${q.stem}: 多选答案 ${q.answer}`);
      if ((q.type === '单选' || q.type === '多选') && q.options.length < 2) problems.push(`${q.stem}: 选项不足`);
      if (q.type === '判断' && !['正确', '错误'].includes(q.answer)) problems.push(`${q.stem}: 判断答案 ${q.answer}`);
      if (q.type === '填空' && (q.stem.match(/（）/g)?.length ?? 0) !== q.answer.split('|').length)
        problems.push(`${q.stem}: 填空数与答案数不符`);
      if (!q.topic || !q.explanation) problems.push(`${q.stem}: 缺分类或解析`);
      const sectionId = q.source.split(/[；;]/)[0].trim();
      if (!sections.has(sectionId)) problems.push(`${q.stem}: 出处 ${sectionId} 不是手册中的节`);
      if (stems.has(q.stem)) problems.push(`重复题干：${q.stem}`);
      if (ids.has(q.id)) problems.push(`重复 id：${q.id}`);
      stems.add(q.stem);
      ids.add(q.id);
    }
    expect(problems).toEqual([]);
  });

  it('keeps ids stable when rows are reordered, and names the row of a malformed one', () => {
    const header = '题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,答案,解析,等级,分类,出处';
    const a = '单选,甲题（）,一,二,,,,,A,解析,初级,党员,member.duties';
    const b = '判断,乙题,,,,,,,正确,解析,中级,党员,member.duties';
    const first = parseTemplateCsv([header, a, b].join('\n'), 'x', 't.csv');
    const second = parseTemplateCsv([header, b, a].join('\n'), 'x', 't.csv');
    expect(first.map((q) => q.id).sort()).toEqual(second.map((q) => q.id).sort());
    expect(() => parseTemplateCsv([header, a, b.replace('中级', '顶级')].join('\n'), 'x', 't.csv')).toThrow('t.csv 第 3 行');
  });
});
