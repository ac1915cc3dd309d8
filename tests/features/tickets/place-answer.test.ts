import { describe, expect, it } from 'vitest';
import { looksLikePlace } from '../../../bot/features/tickets/place';

// The answer to “哪个村/社区” (the dialogue asks it last): only something that reads as a place is taken as one.
describe('looksLikePlace', () => {
  it('takes a name ending in a place word, or a place name jieba knows', () => {
    for (const said of [
      '河西社区',
      '柳湾村',
      '幸福社区3网格',
      '金桂苑5栋',
      '3组',
      '五队',
      '城关',
      '东关',
      '宝日嘎查',
      '巴彦花苏木',
      '红旗农场',
    ])
      expect(looksLikePlace(said), said).toBe(true);
  });

  it('never takes a day, a person, a yes or a clause for a place', () => {
    for (const said of ['明天', '下周五', '后天', '王大爷', '张三', '好的', '知道了', '说不上来', '排队'])
      expect(looksLikePlace(said), said).toBe(false);
  });
});
