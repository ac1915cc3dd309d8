import { describe, expect, it } from 'vitest';
import { createFactIndex } from '../../knowledge/facts';
import { contradictsItems } from '../../knowledge/questions/fact-items';
import { reachPieces } from '../../knowledge/questions/fact-reach';
import { createPasteIndex } from '../../knowledge/questions/paste';
import { outcomeAnswer, resolvePaste, suggestByReachedFacts } from '../../knowledge/questions/suggest';

/**
 * Issue 21, seventh round: an exam stem reaches its fact through its pieces — the clause that asks, a scenario
 * clause naming the subject, the options — and a statement is found false clause by clause against the fact's
 * sentence, with its polarity (仍要…交纳党费 / 不是从上级批准…之日起 / 备案（不是批准）). The pastes are written for the
 * test in the writers' shapes, not taken from the eval sets.
 */

const noPassages = async () => [];
const index = createPasteIndex([]);
const facts = createFactIndex();

describe('pieces of an exam stem', () => {
  it('matches the asking clause, each clause, the stem with each option, and each option', () => {
    const pieces = reachPieces('某社区党员去外地务工一年多了，组织关系还在社区，（ ）负责他的教育管理', [
      '流出地党组织',
      '流入地党组织',
    ]).map((p) => p.text);
    expect(pieces).toContain('组织关系还在社区');
    expect(pieces.some((p) => p.includes('多少负责他的教育管理'))).toBe(true);
    expect(pieces).toContain('某社区党员去外地务工一年多了，组织关系还在社区，流出地党组织负责他的教育管理');
    expect(pieces).toContain('流入地党组织');
  });

  it('reads words typed with spaces between them as one clause, and a statement’s blank as no question', () => {
    const pieces = reachPieces('预备党员 从 上级党委 批准 那天 开始 交纳 党费（ ）', [], true).map((p) => p.text);
    expect(pieces).toContain('预备党员从上级党委批准那天开始交纳党费');
  });
});

describe('a scenario stem answered from the fact its clauses reach', () => {
  it('picks the one option that, in the asking clause’s blank, makes a statement the fact states', async () => {
    const raw =
      '单选 社区党员老赵受了警告处分，心里不服，向上级党组织提出了申诉。按规定，申诉期间（ ）原处分的执行。\nA. 停止\nB. 不停止\nC. 暂缓\nD. 由本人决定';
    expect(outcomeAnswer(await resolvePaste(index, raw, noPassages))).toBe('B');
  });

  it('leaves a 单选 alone where the sentence states the option of another case (应选5名…至少6名)', () => {
    const raw = '单选 某支部应选委员3名，按差额选举的规定，委员候选人至少应为（ ）名。\nA. 3\nB. 4\nC. 5\nD. 6';
    expect(suggestByReachedFacts(raw, facts)).toBeUndefined();
  });

  it('finds a statement false where a clause asserts what the fact excludes', async () => {
    const raw = '判断：预备党员交纳党费的时间，应当从上级党委批准他为预备党员之日算起。';
    const outcome = await resolvePaste(index, raw, noPassages);
    expect(outcomeAnswer(outcome)).toBe('错误');
    // The basis is the fact's own sentence, as its record says it.
    expect(outcome.kind === 'hedged' && facts.facts.some((f) => f.a.includes(outcome.sentence))).toBe(true);
  });

  it('finds a statement false where a clause denies what the fact says is still so', async () => {
    const raw = '判断题：党员受留党察看处分期间，可以不交纳党费。（ ）';
    expect(outcomeAnswer(await resolvePaste(index, raw, noPassages))).toBe('错误');
  });

  it('finds a statement false by another term of the same kind (批准 for 备案)', () => {
    const outcome = suggestByReachedFacts('判断：老刘自己要求退党，支部大会讨论后宣布把他除名，要报上级党组织批准。', facts);
    expect(outcome && outcomeAnswer(outcome)).toBe('错误');
  });

  it('never says true from one clause found as the fact says', () => {
    // 预备党员交纳党费 is what the fact says; the rest is not: no clause alone makes the statement true.
    const outcome = suggestByReachedFacts('判断：预备党员交纳党费，从他递交入党申请书那天算起。', facts);
    expect(outcome === undefined || outcomeAnswer(outcome) !== '正确').toBe(true);
  });
});

describe('a clause against a fact’s items', () => {
  const watch = '受留党察看处分的党员，察看期间没有表决权、选举权和被选举权，党内职务同时撤销，但仍要参加组织生活、交纳党费。';
  it('contradicts a denied item and an excluded one, not one said as the fact says', () => {
    expect(contradictsItems('察看期间可以不参加组织生活', watch)).toBe(true);
    expect(contradictsItems('察看期间仍要交纳党费', watch)).toBe(false);
    // 不同 denies nothing.
    expect(contradictsItems('党员对党的决议有不同意见', '党员对党的决议和政策有不同看法的，在坚决执行的前提下可以声明保留。')).toBe(false);
    expect(contradictsItems('党费从上级党委批准之日起交纳', '预备党员从支部党员大会通过之日起交纳党费，不是从上级批准或转正之日起。')).toBe(
      true,
    );
  });
});
