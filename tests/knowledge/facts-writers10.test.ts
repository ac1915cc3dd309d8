import { describe, expect, it } from 'vitest';
import { matchedAnswer } from '../helpers/facts';

/**
 * The fact layer on the tenth round (issue 22): classes of the rotated writers' misses, each shown with wordings
 * written for this test, not taken from any writer's set.
 */
describe('an election quorum worked out on the attendance the question gives', () => {
  it('says an election with too few present is not valid', () => {
    const answer = matchedAnswer('换届选举时应到会有选举权的党员30人，实际到了23人，这次选举还有效吗');
    expect(answer).toContain('到会至少要25人');
    expect(answer).toContain('实到23人，不到25人，选举无效');
  });
  it('says an election with enough present is valid', () => {
    expect(matchedAnswer('支部换届，有选举权的党员20名，当天来了17人，选举有效吗')).toContain('实到17人，够了，选举有效');
  });
});
