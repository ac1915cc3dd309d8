import { describe, expect, it } from 'vitest';
import { documentOfAnotherAct, verbTaggedPost } from '../../knowledge/facts/subject-posts';
import { factIndex, matchedIds } from '../helpers/facts';

/**
 * knowledge/facts/subject-posts.ts: a post jieba tags as a verb (参谋, 翻译) where a post stands, and a paper for an
 * act the handbook never speaks of (审计报告), are the subject asked of; the Party post's or paper's rule beside them
 * is no answer.
 */
describe('a post named by its work, where a post stands', () => {
  it.each([
    ['支部参谋任期几年', '参谋'],
    ['党组织改组后参谋委员还保留吗', '参谋'],
    ['村党组织翻译要兼任村委会主任吗', '翻译'],
    ['参谋不在谁来主持支部大会', '参谋'],
  ])('%s is not answered by the Party post’s rule', (question, post) => {
    expect(factIndex.foreignSubjects(question)).toContain(post);
    expect(matchedIds(question)).toEqual([]);
    // Read of the Party's own post, a fact answers.
    expect(matchedIds(question.replace(post, '书记')).length).toBeGreaterThan(0);
  });
});

describe('a paper for an act the handbook never speaks of', () => {
  it('is the subject; a paper for one of its own acts is not', () => {
    expect(factIndex.foreignSubjects('递了请调报告多久有人找我谈话')).toContain('请调报告');
    expect(matchedIds('递了请调报告多久有人找我谈话')).toEqual([]);
    expect(matchedIds('积极分子考察报告谁来写')).toEqual(['develop.activist.review']);
  });
});

describe('the Party’s own posts and papers still answered', () => {
  it.each([
    ['支部书记任期几年', 'branch.term'],
    ['跟书记说想入党算不算申请', 'develop.application.form'],
    ['书记不在谁主持党员大会', 'life.general.chair'],
    ['交了入党申请书多久有人找我谈话', 'develop.application.talk'],
    ['支部换届要打报告吗', 'branch.term'],
  ])('%s', (question, fact) => {
    expect(factIndex.foreignSubjects(question)).toEqual([]);
    expect(matchedIds(question)).toEqual([fact]);
  });
});

describe('the readers on their own', () => {
  it('takes a verb-tagged word for a post only where a post stands', () => {
    expect(verbTaggedPost('参谋', 'v', '支部', '任期几年', false, 'n')).toBe(true);
    expect(verbTaggedPost('参谋', 'v', '', '不在', true, 'd')).toBe(true);
    // A verb opening the question before another verb (开会要…) is the act asked of, not one who does it.
    expect(verbTaggedPost('开会', 'v', '', '要几个人', true, 'v')).toBe(false);
    expect(verbTaggedPost('参谋', 'n', '支部', '任期几年', false, 'n')).toBe(false);
    // A verb with its result (得到), an opener (请问), a misspelling the dictionary keeps (组识 for 组织): no post.
    expect(verbTaggedPost('得到', 'v', '支委会', '几个人', false, 'm')).toBe(false);
    expect(verbTaggedPost('请问', 'v', '', '一届', true, 'm')).toBe(false);
    expect(verbTaggedPost('组识', 'v', '支部', '生活', false, 'n')).toBe(false);
  });
  it('reads a paper as another act’s only when its head is a verb the handbook never says', () => {
    expect(documentOfAnotherAct('报告', '审计', ['v'], '党员|考察')).toBe(true);
    expect(documentOfAnotherAct('报告', '考察', ['v'], '党员|考察')).toBe(false);
    expect(documentOfAnotherAct('报告', '书面', ['n'], '党员|考察')).toBe(false);
  });
});
