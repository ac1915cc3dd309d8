import { describe, expect, it } from 'vitest';
import { isInDomain, isOutOfScope } from '../../../bot/features/ask/scope';

describe('what the handbook is for', () => {
  it('the words of 发展党员 and 纪律 without 党 are Party work: 政审, 培养联系人, 志愿书, 违纪, 从轻', () => {
    for (const q of ['政审要不要查家里亲戚', '政治审查查什么', '培养联系人有几个', '志愿书谁来填']) expect(isInDomain(q), q).toBe(true);
    expect(isInDomain('主动交代问题能从轻吗')).toBe(true);
    expect(isInDomain('违纪了会怎样')).toBe(true);
    expect(isInDomain('写票的时候别人能看吗')).toBe(true);
    expect(isInDomain('支书一个人说了算行不行')).toBe(true);
    expect(isInDomain('红烧肉怎么做')).toBe(false);
  });
});

describe('a mention of the bot is not a Party word', () => {
  it('declines the weather or a recipe asked with @党务助手', () => {
    expect(isOutOfScope('@党务助手 明天上海下不下雨')).toBe(true);
    expect(isInDomain('@党务助手 红烧肉怎么做')).toBe(false);
    expect(isInDomain('@党务助手 党费怎么交')).toBe(true);
  });
  it('reads pinyin initials as the words they stand for', () => {
    expect(isInDomain('fzdx培训几天')).toBe(true);
  });
});
