import { describe, expect, it } from 'vitest';
import { isInDomain } from '../../../bot/features/ask/scope';

describe('what the handbook is for', () => {
  it('the words of 发展党员 without 党 are Party work: 政审, 培养联系人, 志愿书', () => {
    for (const q of ['政审要不要查家里亲戚', '政治审查查什么', '培养联系人有几个', '志愿书谁来填']) expect(isInDomain(q), q).toBe(true);
    expect(isInDomain('红烧肉怎么做')).toBe(false);
  });
});
