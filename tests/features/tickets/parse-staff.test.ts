import { describe, expect, it } from 'vitest';
import { missingOf, parseTicket } from '../../../bot/features/tickets/parse';

// Wednesday 2026-03-04, 10:00 Beijing time. None of these messages is in an eval set: each checks one general rule
// found while reading strangers' recording messages (terse workplace notes, voice input, long polite sentences), with
// wording of our own.
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('the 民情工单 parser on the command said as 工单 alone', () => {
  it('reads 工单 as the first word as the command, so the person after it is who raised it', () => {
    const draft = read('工单 职工曹立新 医保卡丢了补办不会弄 红星社区 13911112222 周四前帮他预约');
    expect(draft).toMatchObject({ raiser: '曹立新', place: '红星社区', phone: '13911112222', due: '2026-03-05' });
    expect(draft.content).not.toContain('工单');
  });

  it('keeps 工单 inside the matter when it is not the first word', () => {
    expect(read('民情工单 红星社区 曹大爷 说上回那个工单没人管').content).toContain('工单');
  });
});

describe('the 民情工单 parser on staff named by their post, then the work', () => {
  it('reads a department or an English post before the name, with the work or a date after, as the holder', () => {
    expect(read('民情工单 红星社区 曹大爷 说食堂饭菜太咸了 后勤孙丽萍对接厨房 周五前答复').holder).toBe('孙丽萍');
    expect(read('民情工单 红星社区 曹大爷 说车间通风不好闷得慌 IT龚志飞 下周一前加排风扇').holder).toBe('龚志飞');
    const dated = read('民情工单 红星社区 曹大爷 说楼道堆满纸箱 保卫科葛红军后天前清掉');
    expect(dated).toMatchObject({ holder: '葛红军', due: '2026-03-06' });
    expect(dated.content).not.toContain('葛红军');
  });

  it('reads a post after the name (医生) and a day between the name and the work', () => {
    const draft = read('民情工单 红星社区 曹大爷 想问慢病药能不能多开点 卫生站韩冬梅医生 明天回复');
    expect(draft).toMatchObject({ holder: '韩冬梅', due: '2026-03-05' });
  });

  it('reads the one the member works with, contacts or has it done by (我跟…, 已联系…, 由…) as the holder', () => {
    expect(read('民情工单 红星社区 曹大爷 跟楼上为晾衣服滴水吵了几回 我跟调委会葛红军明天上午去调解').holder).toBe('葛红军');
    const contacted = read(
      '民情工单：红星社区曹大爷反映，老伴的残疾证到期了不知道怎么换。已联系社区残联专干韩冬梅帮他问流程，三天内答复。',
    );
    expect(contacted).toMatchObject({ holder: '韩冬梅', due: '2026-03-07' });
    expect(read('民情工单：红星社区曹大爷反映楼顶水箱漏水。约定下周二由网格员葛红军陪同物业上楼查看。').holder).toBe('葛红军');
  });

  it('reads a post and a name that promise (答应, 说…前) as the holder, whatever follows 答应', () => {
    expect(read('民情工单：红星社区曹大爷反映楼道灯坏了。物业维修主管葛红军答应这周抽空换新的，周六前回访。').holder).toBe('葛红军');
    expect(read('民情工单：红星社区曹大爷反映想捐旧衣物。社区主任韩冬梅说下周三前派人去拿。').holder).toBe('韩冬梅');
  });

  it('never reads the person who raised it, named with a role at the start, as the holder', () => {
    const draft = read('民情工单 红星社区 退休职工葛红军 跟进了好几回 医保报销还没到账 周五前回复');
    expect(draft.raiser).toBe('葛红军');
    expect(draft.holder).toBeUndefined();
  });
});

describe('the 民情工单 parser on a day, a name, then the work', () => {
  it('reads a plain name right after a day and before the work as the holder, and the day as the promise', () => {
    const draft = read('民情工单 红星社区 曹大爷 说两家为院墙的事吵起来了 后天葛红军带人去量');
    expect(draft).toMatchObject({ holder: '葛红军', due: '2026-03-06' });
    expect(missingOf(draft)).toBeUndefined();
    expect(read('民情工单 红星社区 曹大爷 说想找份保洁的活 下礼拜一前韩冬梅把招工信息发给他').holder).toBe('韩冬梅');
    expect(read('民情工单 红星社区 曹大爷 说娃娃不想读书 下周一前村妇联韩冬梅和班主任一起上门').holder).toBe('韩冬梅');
  });

  it('never reads a thing or a manner starting with a surname (车子, 全面) as a holder', () => {
    expect(read('民情工单 红星社区 曹大爷 问能不能安排车子接送老人去体检 月底前答复').holder).toBeUndefined();
    expect(read('民情工单 红星社区 曹大爷 说电梯老停 物业今天联系维保 3月10号前全面检修').holder).toBeUndefined();
  });
});
