import { describe, expect, it } from 'vitest';
import { createSubjectReader } from '../../knowledge/facts/subject';
import { factIndex, matchedIds } from '../helpers/facts';

/**
 * The subject of a question (knowledge/facts/subject.ts): whose rule is asked. A Party rule asked of an
 * organisation, role, fee, meeting or document the handbook never speaks of is not that thing's rule, so no fact
 * answers; nouns of the asker's story (names, places, their own people) do not make the question another's.
 */
describe('a question asked of something the handbook never speaks of', () => {
  it.each([
    ['股东有哪些义务', '股东'],
    ['足球队书记任期几年', '足球队'],
    ['预备股东转正谁来决定', '股东'],
    ['入股要本人自己申请吗', '入股'],
    ['科协多久开一次党员大会', '科协'],
    ['会员有哪些权利', '会员'],
  ])('%s is not answered by the Party rule beside it', (question, subject) => {
    expect(factIndex.foreignSubjects(question)).toContain(subject);
    expect(matchedIds(question)).toEqual([]);
    // Without the subject read, a neighbouring fact would have been stated.
    expect(factIndex.match(question, { anySubject: true }) ?? factIndex.match(question.replace(subject, '党员'))).toBeDefined();
  });
});

describe('nouns of the story are not the subject', () => {
  it.each([
    ['老王是预备党员，能参加投票吗', 'member.rights.probationary'],
    ['我们车间的党小组会多久开一次', 'life.group.frequency'],
    ['小李在物流公司上班，预备党员转正谁来决定', 'member.probation.outcomes'],
    ['试卷上问党员有几项义务', 'member.duties.count'],
    ['俺们厂的党支部书记任期几年', 'branch.term'],
    ['党员有哪些义务', 'member.duties.list'],
  ])('%s', (question, fact) => {
    expect(factIndex.foreignSubjects(question)).toEqual([]);
    expect(matchedIds(question)).toEqual([fact]);
  });
});

describe('the subject reader on its own', () => {
  const reader = createSubjectReader('党支部|党员|支部委员会|党员大会|预备党员|组织部', ['党支部', '党员', '党员大会', '预备党员', '预备']);
  it('reads what a thing is said to be (是X办的) as the predicate, not the subject', () => {
    expect(reader.foreignSubjects('党员大会是科协办的吗', '党员大会是科协办的吗')).toEqual([]);
    expect(reader.foreignSubjects('科协多久开一次会', '科协多久开一次会')).toEqual(['科协']);
  });
  it('reads a noun in the place of the Party noun inside a domain compound (预备X)', () => {
    expect(reader.foreignSubjects('预备股东多久转正', '预备股东多久转正')).toEqual(['股东']);
  });
  it('leaves a comparison beside a Party body of the same kind alone', () => {
    expect(reader.foreignSubjects('党支部一届几年，跟车队一样吗', '党支部一届几年，跟车队一样吗')).toEqual([]);
  });
});
