import { describe, expect, it } from 'vitest';
import { headCounts } from '../../knowledge/facts/head-counts';
import { askingMember } from '../helpers/asking-member';

/** A count of branches, places or months is no head count of members. Sentences written for this test. */
describe('counts of things are not head counts', () => {
  const { answer } = askingMember('member-head-counts-things');
  it('一个支部 and 几个名额 tell no members', () => {
    expect(headCounts('年底评先进，一个支部能报几个名额').entitled).toBeUndefined();
    expect(headCounts('我们两个支部合起来开会行不行').entitled).toBeUndefined();
  });

  it('guard: members counted beside a count of months still count', () => {
    expect(headCounts('我们支部一共5个党员，三个月没开会了').entitled).toBe(5);
  });

  it('no worked verdict on a member count nobody told, through the answer path', async () => {
    expect(await answer('年底评先进，一个支部能报几个名额')).not.toContain('按你说的1名');
  });
});
