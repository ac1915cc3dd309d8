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

  it('never answers with a fact on another body than the one asked about', () => {
    // Before the guards these got the 支委会, 支部党员大会, 入党 and 任期 facts of a Party branch.
    for (const q of [
      '党委会多久开一次',
      '党总支委员会多久开一次',
      '团支部大会多久开一次',
      '党组会多久开一次',
      '团员多大年龄可以申请入团',
      '村委会主任任期几年',
      '中央纪委任期几年',
    ])
      expect(index.match(q)?.fact.id, q).toBeUndefined();
    // The body the fact names is still answered.
    expect(index.match('党的地方代表大会多久开一次')?.fact.id).toBe('constitution.local-congress');
    expect(index.match('村党组织书记要兼任村委会主任吗')?.fact.id).toBe('branch.secretary.village');
  });

  it('a subject word inside a longer term the fact never uses is not its subject', () => {
    expect(index.match('入党介绍人要具备什么条件')?.fact.id).not.toBe('member.conditions');
    expect(index.match('支部委员会人数最多几个')?.fact.id).not.toBe('branch.setup.max');
    expect(index.match('党小组长任期多久')).toBeUndefined();
  });

  it('never answers a question of one kind with a fact of another', () => {
    // How long, asked of a fact that only says how often; how often, of one that says how long.
    expect(index.match('党课一般讲多长时间')).toBeUndefined();
    expect(index.match('流动党员多久回来一次')).toBeUndefined();
    expect(index.match('组织生活会要提前多久报告上级')).toBeUndefined();
    // A day of the month is not "每月"; a most is not a least; a list is not a yes.
    expect(index.match('党费每月几号前交')).toBeUndefined();
    expect(index.match('支委会选举要几个人到会')?.fact.id).not.toBe('life.committee.quorum');
    expect(index.match('发展对象的政治审查包括哪些方面')?.fact.id).toBe('develop.candidate.vetting.scope');
    expect(index.match('预备党员什么时候宣誓')?.fact.id).not.toBe('dues.probationary');
    expect(index.match('党旗尺寸多大')).toBeUndefined();
    // The same subjects asked what their facts do state are still answered.
    expect(index.match('主题党日每月几号')?.fact.id).toBe('life.theme-day');
    expect(index.match('处分多久宣布')?.fact.id).toBe('discipline.announce');
    expect(index.match('留党察看期间要交党费吗')?.fact.id).toBe('discipline.watch.rights');
    expect(index.match('光荣在党50年纪念章发给谁')?.fact.id).toBe('member.party-age.50');
  });

  it('reads exam wording, 繁体 and the domain’s typos without listing each question', () => {
    expect(index.match('党员党龄的起算时间')?.fact.id).toBe('member.party-age');
    expect(index.match('预备党员预备期的起算时间')?.fact.id).toBe('member.probation.length');
    expect(index.match('党员自行脱党的认定标准')?.fact.id).toBe('member.lapse');
    expect(index.match('党的全国代表大会的召开周期')?.fact.id).toBe('constitution.national-congress');
    expect(index.match('选举时到会人数须超过应到会人数的几分之几')?.fact.id).toBe('branch.election.quorum');
    expect(index.match('積極份子多久考察一次')?.fact.id).toBe('develop.activist.review');
    expect(index.match('支委侯选人要比应选多几个')?.fact.id).toBe('branch.election.margin');
    expect(index.match('党员被开除党藉几年不能再入党')?.fact.id).toBe('discipline.effects');
    expect(index.match('支部書紀要幾年黨齡')?.fact.id).toBe('branch.secretary.seniority');
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
