import { describe, expect, it } from 'vitest';
import { readCategory } from '../../../bot/features/tickets/category';

// An old person's care at home asked for, in wordings of our own (see category-elder.ts).
describe('care at home asked for an old person', () => {
  it('files the care asked for under 其他, the fall told before it being the reason', () => {
    expect(readCategory('老两口都八十多了 老伴上礼拜在厕所滑倒了 想申请装个一键呼叫').category).toBe('其他');
    expect(readCategory('独居的刘奶奶前几天跌倒了 想请助老员每周上门').category).toBe('其他');
  });

  it('keeps an injury treated as medical', () => {
    expect(readCategory('王大爷摔了一跤 腿骨折了 住院的钱报不了 想装个呼叫器').category).toBe('医疗');
  });
});
