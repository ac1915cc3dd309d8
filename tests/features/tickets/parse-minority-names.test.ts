import { describe, expect, it } from 'vitest';
import { missingOf, parseTicket } from '../../../bot/features/tickets/parse';

// Wednesday 2026-03-04, 10:00 Beijing time. Wordings of our own: names transliterated from Mongolian, Uyghur or Tibetan
// have no Han surname, and are read by where they stand (before the verb of saying, before 负责) and by jieba.
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('names with no Han surname', () => {
  it('reads who raised it glued to the verb of saying (朝鲁反映…, 吐尔洪说…)', () => {
    expect(read('民情工单 宝力根嘎查 朝鲁反映家里的井抽不上水了 承诺3天内修')).toMatchObject({
      place: '宝力根嘎查',
      raiser: '朝鲁',
      content: '家里的井抽不上水了',
      due: '2026-03-07',
    });
    expect(read('民情工单 幸福村 吐尔洪说孩子上学没人接送 周五前回复').raiser).toBe('吐尔洪');
  });

  it('reads who holds it before 负责 ending the clause (斯琴负责, 热合曼 负责)', () => {
    const held = read('民情工单 宝力根嘎查 朝鲁反映家里的井抽不上水了 承诺3天内修 斯琴负责');
    expect(held.holder).toBe('斯琴');
    expect(held.content).toBe('家里的井抽不上水了');
    expect(missingOf(held)).toBeUndefined();
    expect(read('民情工单 幸福村 吐尔洪说孩子上学没人接送 热合曼负责 周五前回复').holder).toBe('热合曼');
  });

  it('does not take kin words jieba tags as names (家里人, 老伴儿) or a thing before 负责 for a person', () => {
    expect(read('民情工单 幸福村 家里人说水管爆了 周五前修').raiser).toBeUndefined();
    expect(read('民情工单 幸福村 老伴儿说水管爆了 周五前修').raiser).toBeUndefined();
    expect(read('民情工单 幸福村 王大爷 反映路灯坏了 明天修 路灯负责').holder).toBeUndefined();
  });

  it('keeps Mongolian place names whole where a dialect word would read their start (额尔…, 阿拉坦…), and holders before the work', () => {
    expect(read('民情工单 额尔敦高毕嘎查 朝鲁反映井冻住了 周五前').place).toBe('额尔敦高毕嘎查');
    expect(read('民情工单 阿拉坦敖包嘎查 朝鲁反映井冻住了 周五前').place).toBe('阿拉坦敖包嘎查');
    // 额 is still 我 where it stands alone (关中).
    expect(read('民情工单 东湖村 额让张海涛跟进 路灯坏了 周五前').holder).toBe('张海涛');
    const mediated = read('民情工单 宝力根嘎查 朝鲁反映两家草场围栏有争议 吵了好几回 斯琴负责调解 本周五前');
    expect(mediated).toMatchObject({ holder: '斯琴', content: '两家草场围栏有争议 吵了好几回' });
    expect(read('民情工单 宝力根嘎查 朝鲁反映家里的井冻住了 电话13900001111 斯琴后天去看').holder).toBe('斯琴');
    // Not 俺过(去): a pronoun with a verb of going is the member.
    expect(read('当场解决 东湖村 李大嫂跟邻居为了鸡吵起来了 俺过去说和了 两家不吵了').holder).toBeUndefined();
  });

  it('reads such a holder with the promised day between the name and the work (斯琴月底前去问, 斯琴3天内修好), not a clause', () => {
    expect(read('民情工单 宝力根嘎查 朝鲁反映住院报销没下来 斯琴月底前去问')).toMatchObject({ holder: '斯琴', due: '2026-03-31' });
    expect(read('民情工单 乌兰图嘎嘎查 朝鲁反映饮水井坏了 斯琴3天内修好')).toMatchObject({ holder: '斯琴', content: '饮水井坏了' });
    expect(read('民情工单 安置点3网格 楼道的灯坏了 晚上黑 老人摔过一跤 3天内修好').holder).toBeUndefined();
  });
});
