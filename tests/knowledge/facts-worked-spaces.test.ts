import { describe, expect, it } from 'vitest';
import { matchedAnswer } from '../helpers/facts';

/**
 * Head counts typed with spaces between the words ("到会 19名"): the words before a count name it across the space,
 * and the election's four fifths is said as a figure, so the asker sees why the least attendance is one more.
 */
describe('an election quorum worked on counts typed with spaces', () => {
  it('reads the attendance and says the four fifths as a figure', () => {
    const answer = matchedAnswer('换届选举 应到会 25名 有选举权的，到会 19名，选举 算数 吗');
    expect(answer).toContain('25的五分之四是20人');
    expect(answer).toContain('实到19人');
    expect(answer).toContain('选举无效');
  });
  it('says no fraction when four fifths is not a whole number', () => {
    expect(matchedAnswer('选举大会应到23人，实到19人，有效吗')).not.toContain('五分之四是');
  });
});
