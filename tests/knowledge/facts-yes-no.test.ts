import { describe, expect, it } from 'vitest';
import { createFactIndex, loadFacts } from '../../knowledge';
import { readYesNo } from '../../knowledge/facts/verdict';
import { everydayAsk } from '../helpers/everyday-ask';
import { generateYesNo, tallyYesNo } from '../helpers/yes-no-generator';

// Yes-or-no questions answered with the verdict first (knowledge/facts/verdict.ts). Every question here was written
// for this test, none taken from an eval set.

describe('the yes-or-no reading of a question', () => {
  it.each([
    ['预备党员能投票吗', '能', false, '投票'],
    ['交党费行不行', '行', false, '交党费'],
    ['可以不交党费吗', '可以', true, '交党费'],
    ['能不能不参加组织生活', '能', true, '参加组织生活'],
    ['我们村开会中不中', '行', false, '我们村开会'],
    ['这个事阔以不', '可以', false, '这个事'],
    ['积极分子得不得交党费', '行', false, '交党费'],
    ['预备期算不算党龄', '算', false, '党龄'],
    ['入党要年满十八岁吗', '要', false, '年满十八岁'],
    ['会议记录能事后补写吗', '能', false, '事后补写'],
    ['局长也能不参加三会一课吗', '能', true, '参加三会一课'],
    ['免交党费的党员不参加组织生活行不行', '行', true, '参加组织生活'],
  ])('%s asks %s of %s', (q, word, negated, thing) => {
    expect(readYesNo(q)).toMatchObject({ word, negated, thing });
  });

  it.each(['党员多久开一次会', '党费怎么算', '谁能当入党介绍人', '党费是分段算还是一档算', '支部有几个委员'])('%s asks no whether', (q) => {
    expect(readYesNo(q)).toBeUndefined();
  });
});

describe('yes-or-no questions through the real answer path', () => {
  const ask = everydayAsk();

  // The fact's sentence settles it with the modal it puts before the thing asked (不能投票, 不计入党龄, 不得…混用).
  it.each([
    ['预备党员能投票吗', '不能。'],
    ['预备党员投票中不中', '不行。'],
    ['预备期算党龄吗', '不算。'],
    ['预备党员有没有表决权', '没有。'],
    ['党费跟行政经费混用行不行', '不行。'],
    ['会议记录事后补写行不行', '不行。'],
  ])('%s opens with %s', async (q, verdict) => {
    const reply = await ask(q);
    expect(reply.kind).toBe('handbook');
    expect(reply.answer.startsWith(verdict)).toBe(true);
  });

  // Asked the other way round: not doing what one has to is not allowed, whatever the fact's own opening said.
  it.each([
    ['每个党员都可以不交党费吗', '不可以。'],
    ['免交党费的党员不参加组织生活行不行', '不行。'],
  ])('%s opens with %s', async (q, verdict) => {
    const reply = await ask(q);
    expect(reply.kind).toBe('handbook');
    expect(reply.answer.startsWith(verdict)).toBe(true);
  });

  // A rule on a condition the question does not tell says what it depends on, and implies no verdict.
  it('a rule whose condition is not told says what it depends on', async () => {
    const reply = await ask('退休党员算不算流动党员');
    expect(reply.answer.startsWith('要看情况：')).toBe(true);
    expect(reply.answer.split('\n')[0]).toContain('六个月以上');
  });

  // A general rule with an exception after it: the general verdict and the exception, not a bare 不可以.
  it('a general rule with an exception says both', async () => {
    const reply = await ask('党费可以不按月交吗');
    expect(reply.answer.startsWith('要看情况：一般不可以；特殊情况')).toBe(true);
  });

  // No verdict where the fact does not settle the thing asked: the sentence allows one thing the question names and
  // forbids another it also names (参加会议 but not 表决), or the thing's verb is any sentence's (组织 of 组织旅游), or
  // the fact's own opening answers another thing (要。……还要审查 is not whether one may get the certificate).
  it.each(['预备党员开支部大会举手表决能参加吗', '主题党日能不能组织大伙去外地旅游', '考试过了就能拿证吗'])('%s gets no yes', async (q) => {
    const reply = await ask(q);
    expect(reply.answer).not.toMatch(/^(?:能|可以|行)[。，]/);
  });

  // A question that asks for content is answered as before, with no verdict put first.
  it('a question asking how gets no verdict', async () => {
    const reply = await ask('党费怎么算');
    expect(reply.answer).not.toMatch(/^(?:不?能|不?可以|不?行|要|不用|不?算|不?是)[。，]/);
  });
});

describe('the yes-or-no generator', () => {
  const facts = loadFacts();
  const index = createFactIndex(facts);
  // Both halves: the verdict first on most, and never the opposite verdict (可以不交吗 answered 要。).
  it.each(['tune', 'apart'] as const)('the %s half opens with the verdict asked', (vocab) => {
    const items = generateYesNo(facts, 120, 1, vocab);
    const t = tallyYesNo(items, index);
    expect(t.right / items.length).toBeGreaterThan(vocab === 'tune' ? 0.95 : 0.8);
    expect(t.opposite / items.length).toBeLessThan(0.05);
  });
  // The fresh half (2026-12-07) is a clean figure: no bar on how it fares, only that it is its own frames and draws.
  it('makes the fresh half of its own frames', () => {
    const fresh = generateYesNo(facts, 120, 1, 'fresh');
    expect(fresh).toHaveLength(120);
    const others = (['tune', 'apart'] as const).flatMap((v) => generateYesNo(facts, 120, 1, v));
    const seen = new Set(others.map((i) => i.frame));
    expect(fresh.filter((i) => seen.has(i.frame))).toEqual([]);
    expect(fresh.filter((i) => others.some((o) => o.text === i.text))).toEqual([]);
    expect(fresh.some((i) => i.negated)).toBe(true);
  });
});
