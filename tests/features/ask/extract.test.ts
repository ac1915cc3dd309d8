import { describe, expect, it } from 'vitest';
import { extractAnswer } from '../../../bot/features/ask/extract';

describe('extractive answers', () => {
  const dues = [
    '在职党员的党费交纳比例按月工资收入分四档：',
    '',
    '- 3000元以下的，交纳0.5%；',
    '- 3000元以上至5000元的，交纳1%；',
    '- 5000元以上至10000元的，交纳1.5%；',
    '- 10000元以上的，交纳2%。',
    '',
    '党员自愿多交党费，数额不限。',
  ].join('\n');

  it('brings the items of a list that the best sentence introduces, one per line', () => {
    expect(extractAnswer('党费按什么比例交', dues)).toBe(
      '在职党员的党费交纳比例按月工资收入分四档：\n· 3000元以下的，交纳0.5%；\n· 3000元以上至5000元的，交纳1%；\n· 5000元以上至10000元的，交纳1.5%；\n· 10000元以上的，交纳2%。',
    );
  });

  it('finishes a clause cut at "；" and leaves out a list introduction shown without its list', () => {
    const kinds = '处分共有五种，依次是：（1）警告；（2）严重警告；（3）撤销党内职务。处分的主要内容：\n- 记入档案。';
    expect(extractAnswer('处分有几种', kinds)).toBe('处分共有五种，依次是：（1）警告；（2）严重警告；（3）撤销党内职务。');
  });
  it('shows a sentence that refers back ("这十六个字") with the sentence it refers to', () => {
    const policy = '总要求是控制总量、优化结构、提高质量、发挥作用。这十六个字是现行的提法，以前的说法已不再使用。入党要自愿。';
    expect(extractAnswer('现在还是以前的十六字方针吗', policy)).toContain('控制总量');
  });
});
