import { describe, expect, it } from 'vitest';
import { guessCategory, missingOf, parseTicket } from '../../../bot/features/tickets/parse';

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

describe('the 民情工单 parser on a matter announced and not told', () => {
  it('asks for the matter when the person only came to the member or stopped them (来找我, 拉住我说了个事)', () => {
    expect(missingOf(read('民情工单 红星社区葛秋云 电话13922223333 来找我说了点情况 周五前回她'))).toBe('content');
    const stopped = read('民情工单：红星社区退休干部葛秋云老人上午在菜场拉住我说了个事，我当时在开车，没顾上记，明天再去她家问。');
    expect(stopped.raiser).toBe('葛秋云');
    expect(stopped.content).toBeUndefined();
    expect(missingOf(stopped)).toBe('content');
  });

  it('asks for the matter when only the member’s asides are left (人急着走了 没讲)', () => {
    const draft = read('工单 居民葛秋云 13922223333 红星社区 说有事要找单位反映 人急着去赶车走了 没讲 下周二前回访');
    expect(draft).toMatchObject({ raiser: '葛秋云', due: '2026-03-10' });
    expect(draft.content).toBeUndefined();
  });

  it('asks for the matter when the member wrote it down elsewhere (他说的事情我先记在本子上了)', () => {
    expect(read('民情工单 红星社区葛秋云来社区找我 她说的事情我先记在本子上了 周五前答复').content).toBeUndefined();
  });

  it('keeps a matter that is told, however short', () => {
    expect(read('民情工单 红星社区葛秋云来找我 说楼道灯坏了 周五前修好').content).toContain('楼道灯坏了');
  });
});

describe('the 民情工单 parser on a talk arranged for a day', () => {
  it('reads the day of a talk the member arranged (本周五约房东当面谈, 约了明天再聊) as the promised date', () => {
    const draft = read('民情工单 职工葛秋云 红星社区 房东不退押金 本周五约房东当面谈');
    expect(draft.due).toBe('2026-03-06');
    expect(missingOf(draft)).toBeUndefined();
    const later = read('民情工单 职工葛秋云 红星社区 想在食堂开个清真窗口 约了明天下班后再聊');
    expect(later.due).toBe('2026-03-05');
    expect(later.content).not.toContain('约');
  });

  it('never reads a talk already had (昨天谈过了) as a promise', () => {
    expect(read('民情工单 职工葛秋云 红星社区 房东不退押金 周二谈过了没谈拢').due).toBeUndefined();
  });
});

describe('the 民情工单 parser on the post a person retired from', () => {
  it('reads 退休干部/退休医生 before the name as who the person was, and the name as who raised it', () => {
    expect(read('民情工单 红星社区 退休干部葛秋云老人说 小区门口台阶塌了一块 周五前修好').raiser).toBe('葛秋云');
    expect(read('民情工单 红星社区的退休医生葛秋云反映楼道灯坏了，周五前修好').raiser).toBe('葛秋云');
  });
});

describe('the 民情工单 parser on a form’s asides', () => {
  it('drops the sex and age in brackets after the name, and a serial number after the title', () => {
    const draft = read('民情工单（第7号）\n反映人：葛秋云（男，66岁）\n村居：红星村\n反映事项：院墙裂了\n办理时限：本周五前');
    expect(draft).toMatchObject({ raiser: '葛秋云', place: '红星村', due: '2026-03-06', content: '院墙裂了' });
  });

  it('asks for the matter when the form names none and leaves the category open (类别：（待定）)', () => {
    const draft = read('民情工单\n反映人：葛秋云\n村居：红星村\n问题类别：（待定）\n办理时限：本周五前');
    expect(draft.content).toBeUndefined();
    expect(missingOf(draft)).toBe('content');
  });

  it('reads 承诺办结时间 as one label, and the full name in brackets after the holder’s post', () => {
    const draft = read(
      '民情工单\n反映人：葛秋云\n村居：红星村\n反映问题：想办老年优待证\n承诺办结时间：下周三前\n责任人：村便民服务站韩主任（韩冬梅）',
    );
    expect(draft).toMatchObject({ due: '2026-03-11', holder: '韩冬梅' });
  });
});

describe('the 民情工单 parser on who and where, said the workplace way', () => {
  it('reads a shift or a trade before the name (夜班员工, 水电师傅) as the role, the name as who raised it', () => {
    expect(read('民情工单 夜班员工葛秋云 胃疼得厉害 红星社区 当场送医务室看了 已处理')).toMatchObject({
      raiser: '葛秋云',
      onSpot: true,
    });
    expect(read('民情工单 附近水电师傅葛秋云 说工头欠他工钱 红星社区 月底前答复').raiser).toBe('葛秋云');
  });

  it('reads no place from a direction or a kind of place (北面小区, 城中村), and the named 社区 instead', () => {
    expect(read('工单 厂区南面小区居民 葛秋云 说夜里装卸太吵 红星社区2网格 周五前答复').place).toBe('红星社区2网格');
    expect(read('民情工单 员工葛秋云 城中村租的房子漏雨 红星社区 周五前答复').place).toBe('红星社区');
  });

  it('reads the part of the village said before the name (上寨, 寨脚) as no part of the name', () => {
    expect(read('民情工单 红星村上寨葛秋云讲寨子里的路灯坏了 周五前修').raiser).toBe('葛秋云');
  });
});

describe('the 民情工单 categories on a few more words', () => {
  it('files 渣土 and 鸣笛 under 环境, a share said to be unfair under 矛盾纠纷', () => {
    expect(guessCategory('有人把渣土倒在沟边上')).toBe('环境');
    expect(guessCategory('货车半夜一直鸣笛')).toBe('环境');
    expect(guessCategory('组里土地补偿款分得不公平')).toBe('矛盾纠纷');
  });
});

describe('the 民情工单 parser on a name then the one word that hands it over', () => {
  it('reads 落实/跟/盯着/来弄/owner after a name, ending the phrase or before the date, as the holder', () => {
    for (const said of ['葛红军落实 周五前', '葛红军跟，周五前', '葛红军盯着 周五前', '葛红军来弄周五前', '葛红军 owner 周五前']) {
      const draft = read(`民情工单 红星社区 曹大爷 说楼道灯坏了 ${said}`);
      expect(draft).toMatchObject({ holder: '葛红军', due: '2026-03-06', content: '楼道灯坏了' });
    }
  });

  it('reads the name after an English label (owner, PIC) as the holder', () => {
    expect(read('民情工单 红星社区 曹大爷 说楼道灯坏了 owner：葛红军 周五前').holder).toBe('葛红军');
    expect(read('民情工单 红星社区 曹大爷 说楼道灯坏了 PIC葛红军 周五前').holder).toBe('葛红军');
  });

  it('never reads a name with more words after the verb (typed word by word), nor staff the person complains of', () => {
    expect(read('民情工单 红星社区 曹大爷 说 儿子 王小军 跟 他 吵架 周五前答复').holder).toBeUndefined();
    expect(read('民情工单 红星社区 曹大爷 说 网格员 王小军 跟 他 吵架 周五前答复').holder).toBeUndefined();
    expect(read('民情工单 红星社区 曹大爷 反映 物业保安李建设把他电动车锁了 周五前答复').holder).toBeUndefined();
  });
});

describe('the 民情工单 parser on more ways of handing it over', () => {
  it('reads 指定, 接手/认领/对接 after a name, 由 with a date between, and 说 with a date after a name', () => {
    for (const said of ['指定葛红军 周五前', '葛红军接手 周五前', '葛红军认领 周五前', '由葛红军周五前落实', '葛红军说周五前修好']) {
      const draft = read(`民情工单 红星社区 曹大爷 说楼道灯坏了 ${said}`);
      expect(draft).toMatchObject({ holder: '葛红军', raiser: '曹大爷', due: '2026-03-06', content: '楼道灯坏了' });
    }
  });

  it('still reads the first name, saying a date before any matter, as who raised it', () => {
    const draft = read('民情工单 红星社区 葛红军 说周五前一定要修好楼道灯');
    expect(draft.raiser).toBe('葛红军');
    expect(draft.holder).toBeUndefined();
  });
});

describe('the 民情工单 parser on more ways of saying the date', () => {
  it('reads a span then the answer (两天后回复) and a day with a time of day at the end (后天上午)', () => {
    expect(read('民情工单 红星社区 曹大爷 说楼道灯坏了 两天后回复').due).toBe('2026-03-06');
    expect(read('民情工单 红星社区 曹大爷 说楼道灯坏了 后天上午').due).toBe('2026-03-06');
    expect(read('民情工单 红星社区 曹大爷 说楼道灯坏了 今天下午').due).toBe('2026-03-04');
  });

  it('never reads time gone by (换了三天后就坏了, 修了三天后修好了) as the promise', () => {
    expect(read('民情工单 红星社区 曹大爷 说路灯换了三天后就坏了').due).toBeUndefined();
    expect(read('民情工单 红星社区 曹大爷 说楼道灯修了三天后修好了').due).toBeUndefined();
  });
});

describe('the 民情工单 parser on a name followed by what the person is', () => {
  it('takes the role or the sex and age said after the name (（居民）, 退休教师, ，村民，, 女 66岁) out of the matter', () => {
    for (const said of ['葛秋云（居民）反映', '葛秋云 退休教师 说', '葛秋云，村民，说', '葛秋云 女 66岁 说', '葛秋云老人说']) {
      expect(read(`民情工单 红星社区 ${said}楼道灯坏了 周五前修好`)).toMatchObject({ raiser: '葛秋云', content: '楼道灯坏了' });
    }
  });

  it('keeps a word of the matter after the name (党员活动室, 楼下小卖部老板) in the matter', () => {
    expect(read('民情工单 红星社区 葛秋云 党员活动室的灯坏了 周五前修好').content).toBe('党员活动室的灯坏了');
    expect(read('民情工单 红星社区 葛秋云 楼下小卖部老板 天天放音乐 周五前答复').content).toContain('老板');
  });

  it('asks who raised it when only 老大爷 or 老大娘 is said: no one’s name', () => {
    expect(missingOf(read('民情工单 红星社区 老大爷说楼道灯坏了 周五前修好'))).toBe('raiser');
    expect(missingOf(read('民情工单 红星社区 一位老大娘说楼道灯坏了 周五前修好'))).toBe('raiser');
    expect(read('民情工单 红星社区 小明他婆说楼道灯坏了 周五前修好').raiser).toBe('小明他婆');
  });
});

describe('the 民情工单 parser on terse notes with gaps for punctuation', () => {
  it('reads a post and a name making up the last phrase (ddl周五 行政葛某) as the holder', () => {
    const draft = read('工单 葛秋云 红星社区 宿舍空调不制冷 报修3次没人来 ddl周五 行政葛红军');
    expect(draft).toMatchObject({ holder: '葛红军', due: '2026-03-06', content: '宿舍空调不制冷 报修3次没人来' });
  });

  it('takes a post typed as a word of its own before the holder out of the matter (后勤 葛某 跟进)', () => {
    expect(read('工单 红星社区 葛秋云 反映 食堂 饭菜 有 头发 后勤 葛红军 跟进 周五前')).toMatchObject({
      holder: '葛红军',
      content: '食堂 饭菜 有 头发',
    });
  });

  it('reads the repair after a day typed apart (tmr 修) and English words before a date (by 周五, due 3/10)', () => {
    expect(read('工单 红星社区 葛秋云 厂门口 路灯 不亮 tmr 修').due).toBe('2026-03-05');
    expect(read('工单 红星社区 葛秋云 楼道灯坏了 by 周五')).toMatchObject({ due: '2026-03-06', content: '楼道灯坏了' });
    expect(read('工单 红星社区 葛秋云 楼道灯坏了 due 3/10')).toMatchObject({ due: '2026-03-10', content: '楼道灯坏了' });
  });

  it('never reads staff the person complains of or was stopped by as the holder', () => {
    expect(read('民情工单 红星社区 葛秋云 说楼道灯坏了 投诉了物业经理葛红军').holder).toBeUndefined();
    expect(read('民情工单 红星社区 葛秋云 说楼道灯坏了 被保安葛红军拦了').holder).toBeUndefined();
    expect(read('民情工单 红星社区 曹大爷说 门口保安葛红军天天不在岗').holder).toBeUndefined();
  });
});

describe('the 民情工单 parser on where the person lives, said around the place', () => {
  it('takes 家住/住在 before the place and 人 after it out of the matter', () => {
    expect(read('民情工单 葛秋云 家住红星村3组 说路灯坏了 周五前修好').content).toBe('路灯坏了');
    expect(read('民情工单 葛秋云 住在红星小区 说路灯坏了 周五前修好').content).toBe('路灯坏了');
    expect(read('民情工单 葛秋云 红星村人 说路灯坏了 周五前修好').content).toBe('路灯坏了');
  });

  it('reads the person met on the visit (走访时葛某说) as who raised it', () => {
    expect(read('民情工单 在红星村走访时葛秋云说路灯坏了 周五前修好')).toMatchObject({ raiser: '葛秋云', content: '路灯坏了' });
  });
});

describe('the 民情工单 parser on holders said in spoken words', () => {
  it('reads 这个事葛某管 and 葛某讲他明天去修 as the holder', () => {
    expect(read('民情工单 红星村葛秋云讲寨子头的水管爆了 这个事葛红军管 周五前')).toMatchObject({
      holder: '葛红军',
      content: '寨子头的水管爆了',
    });
    expect(read('民情工单 红星村葛秋云讲寨子头的水管爆了 葛红军讲他明天去修')).toMatchObject({
      holder: '葛红军',
      due: '2026-03-05',
    });
  });

  it('never reads 管 with more said after it (管不着, typed apart) as handing it over', () => {
    expect(read('民情工单 红星村 葛秋云 讲 儿子葛小军管 不着 周五前回复').holder).toBeUndefined();
  });
});

describe('the 民情工单 parser on a post said after the holder’s name', () => {
  it('reads the name, not the post, as the holder (葛某 网格员 跟进, 葛某网格员跟进, 负责：网格员 葛某)', () => {
    for (const said of ['葛红军 网格员 跟进 周五前', '葛红军网格员跟进 周五前', '负责：网格员 葛红军 周五前']) {
      expect(read(`民情工单 红星社区 曹大爷 说楼道灯坏了 ${said}`)).toMatchObject({ holder: '葛红军', content: '楼道灯坏了' });
    }
  });

  it('never reads the person who raised it, with a role and work done (跟进了好久), as the holder', () => {
    const draft = read('民情工单 红星社区 葛红军 党员 跟进了好久 楼道灯还是坏的 周五前');
    expect(draft.raiser).toBe('葛红军');
    expect(draft.holder).toBeUndefined();
  });
});
