import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cleanQuestion,
  createFactIndex,
  fixDomainTypos,
  loadFacts,
  parseHandbookChapter,
  proposeLocalFacts,
  stripDecoration,
} from '../../knowledge';
import { KNOWLEDGE_DIR } from '../../knowledge/content-dir';

/** The fact layer's content and matcher, without a database (knowledge/facts). */
const facts = loadFacts();
const index = createFactIndex(facts);
const sections = new Set(
  readdirSync(join(KNOWLEDGE_DIR, 'handbook'))
    .filter((f) => f.endsWith('.md'))
    .flatMap((f) => parseHandbookChapter(readFileSync(join(KNOWLEDGE_DIR, 'handbook', f), 'utf8')).map((s) => s.id)),
);

describe('fact records', () => {
  it('cover every handbook section, each with a unique id, an answer, a section that exists and paraphrases', () => {
    const ids = new Set<string>();
    for (const fact of facts) {
      expect(ids.has(fact.id), fact.id).toBe(false);
      ids.add(fact.id);
      expect(fact.a.length, fact.id).toBeGreaterThan(8);
      expect(fact.must.length, fact.id).toBeGreaterThan(0);
      // Facts on the 党章 beyond the handbook cite the document and carry no section.
      if (fact.section) expect(sections.has(fact.section), `${fact.id}: ${fact.section}`).toBe(true);
      else expect(fact.id.startsWith('constitution.'), fact.id).toBe(true);
      expect(fact.p.length, fact.id).toBeGreaterThan(0);
    }
    const covered = new Set(facts.map((f) => f.section));
    const uncovered = [...sections].filter((s) => !covered.has(s));
    expect(uncovered).toEqual([]);
  });

  it('every wording written for a fact finds that fact', () => {
    const misses: string[] = [];
    for (const fact of facts)
      for (const q of [fact.q, ...fact.p]) {
        const m = index.match(q);
        if (m?.fact.id !== fact.id) misses.push(`${fact.id}: ${q} → ${m?.fact.id ?? '—'}`);
      }
    expect(misses).toEqual([]);
  });
});

describe('matching', () => {
  it('reads past emoji, flags and typos of the domain words', () => {
    expect(stripDecoration('🇨🇳党费🙂怎么交？')).toBe('党费 怎么交？');
    expect(fixDomainTypos('民主评义一年几次')).toBe('民主评议一年几次');
    expect(cleanQuestion('黨費是按月交還是一年交一次')).toContain('党费');
    expect(index.match('枝部党员大会几个月开一回')?.fact.id).toBe('life.general.frequency');
  });

  it('tells neighbouring facts apart by what is asked', () => {
    expect(index.match('积极分子多久考察一次')?.fact.id).toBe('develop.activist.review');
    expect(index.match('积极分子要培养多久才能成为发展对象')?.fact.id).toBe('develop.activist.length');
    expect(index.match('退党要报上级批准吗')?.fact.id).toBe('member.withdrawal');
    expect(index.match('连续几个月不参加组织生活算脱党')?.fact.id).toBe('member.lapse');
  });

  it('reads exam and office wording of the asked property (时限, 频次, 审批权限)', () => {
    expect(index.match('预备党员转正的审批权限在哪一级')?.fact.id).toBe('member.probation.outcomes');
    expect(index.match('支部党员大会的召开频次')?.fact.id).toBe('life.general.frequency');
    expect(index.match('接收预备党员审批的时限')?.fact.id).toBe('develop.admission.approval');
  });

  it('leaves questions no fact answers to the passages', () => {
    expect(index.match('党员可以炒股吗')).toBeUndefined();
    expect(index.match('今天天气怎么样')).toBeUndefined();
    expect(index.match('支部的公众号叫什么名字')).toBeUndefined();
  });

  it('works out a head count the asker gives', () => {
    expect(index.match('我们支部23个正式党员，表决要几个人同意')?.answer).toContain('12人以上');
    expect(index.match('选7个委员候选人要几个')?.answer).toContain('至少9名');
  });
});

describe('local rules from an organisation’s own files', () => {
  it('a rule-like sentence about a fact’s subject becomes a local fact marked with its file', () => {
    const local = proposeLocalFacts('支部每月15日开展主题党日，遇节假日顺延。党员要积极参加。', '第三支部制度.docx', facts);
    expect(local.map((f) => f.derivedFrom)).toContain('life.theme-day');
    const rule = local.find((f) => f.derivedFrom === 'life.theme-day')!;
    expect(rule.a).toContain('每月15日开展主题党日');
    expect(rule.localFile).toBe('第三支部制度.docx');
  });

  it('sentences without a date, frequency or amount propose nothing', () => {
    expect(proposeLocalFacts('党员要积极参加主题党日活动，认真学习。', 'x.md', facts)).toEqual([]);
  });
});
