import { describe, expect, it } from 'vitest';
import { readCategory } from '../../../bot/features/tickets/category';

// Herding and farming matters, in wordings of our own (see category-herd.ts).
describe('herding and farming matters', () => {
  it('reads a beast held back by a neighbour, or a pen built onto the way, as a quarrel', () => {
    expect(readCategory('他家的马跑到邻居地里 邻居扣了他家的马不还').category).toBe('矛盾纠纷');
    expect(readCategory('老王把猪圈盖到巷道上了 三轮车过不去').category).toBe('矛盾纠纷');
  });

  it('reads trees felled without leave, and beasts grazed at the water source, as the environment', () => {
    expect(readCategory('后山的生态林有人偷砍 拉走好几车').category).toBe('环境');
  });

  it('reads stray dogs as the environment, not the school the children come from', () => {
    expect(readCategory('院子里野狗多 娃娃放学都怕').category).toBe('环境');
  });

  it('reads a subsidy or compensation for the household’s flock or raft as no farm’s pollution', () => {
    expect(readCategory('他家的肉牛养殖补贴今年还没发下来').category).not.toBe('环境');
    expect(readCategory('上游养殖场污水排进河里 臭得很 要求赔偿').category).toBe('环境');
  });
});

describe('farming money kept short, and the channels of field irrigation', () => {
  it('reads a dividend or land rent kept short as a dispute', () => {
    expect(readCategory('村里养牛合作社今年分红少算了他家两股').category).toBe('矛盾纠纷');
    expect(readCategory('几户把地流转给种植大户 承包费到现在还差一半').category).toBe('矛盾纠纷');
  });

  it('reads no public works in a channel of sales', () => {
    expect(readCategory('合作社的核桃卖不出去 想找个带货渠道').category).not.toBe('基础设施');
  });

  it('reads a field channel or a drip line broken as public works', () => {
    expect(readCategory('那段毛渠冲了个豁口 一直没人管').category).toBe('基础设施');
    expect(readCategory('地头的滴灌带破了好几处').category).toBe('基础设施');
  });
});
