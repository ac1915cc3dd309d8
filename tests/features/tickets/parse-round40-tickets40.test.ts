import { describe, expect, it } from 'vitest';
import { guessCategory, missingOf, parseTicket } from '../../../bot/features/tickets/parse';

// Wednesday 2026-03-04, 10:00 Beijing time. Wordings of our own, by class: a body promising is no holder, whatever its
// name looks like; staff called by kin after the body they work for, an adviser, and a farm's part before a labelled
// holder; coming to haul refuse away as the day promised; the thing gone (已清运完毕, 已搬走) said last; who raised it
// said after the matter (报的), where they said it (在车上跟我说), 大爹, a pupil's class before a labelled parent, and
// 记一哈 as the command; and the categories of a clinic without a doctor at night, bullying, a laid-off worker, engine
// fumes, a blind path blocked, a buyer's debt, grass burnt and a land lease.
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('a body that promises holds nothing', () => {
  it('does not read an office as a surname and a name (卫健办)', () => {
    const draft = read('柳树村赵桂兰反映 降压药村卫生室老是断货 场部卫健办说下周三前给配齐');
    expect(draft.holder).toBeUndefined();
    expect(draft.due).toBe('2026-03-11');
  });

  it('does not take the words promised after 说 for a name (查好)', () => {
    const draft = read('孙阿婆讲养老金两个月没到账 镇社保所说这周五前查好');
    expect(draft.holder).toBeUndefined();
    expect(draft).toMatchObject({ raiser: '孙阿婆', due: '2026-03-06' });
  });
});

describe('a person named with where they work holds it', () => {
  it('reads one called by kin, told by the member with the body and 的 before, as staff', () => {
    const draft = read('三组刘秀英想找活干 问有没有培训 我跟镇人社的王姐说了 王姐说月底前有招工就通知她');
    expect(draft).toMatchObject({ raiser: '刘秀英', holder: '王姐', due: '2026-03-31' });
  });

  it('reads an adviser by post and name (法律顾问赵律师)', () => {
    const draft = read('东湖村 陈大勇说工地老板欠他工钱 让村法律顾问赵律师一周内帮他写仲裁申请');
    expect(draft.holder).toBe('赵律师');
  });

  it('reads the holder after a farm’s part on a form, and leaves it out of the matter', () => {
    const draft = read('民情工单\n反映人：郑秀兰\n地点：第三管理区二作业站\n问题：路灯坏了三盏\n负责人：管理区孙会计\n时限：3月12号前');
    expect(draft).toMatchObject({ holder: '孙会计', content: '路灯坏了三盏' });
  });
});

describe('coming to haul it away is the day promised', () => {
  it('reads 说后天来拉 as the date', () => {
    expect(read('东湖村王桂芝反映巷子口垃圾堆好几天没人清 环卫那边说后天来拉').due).toBe('2026-03-06');
  });
});

describe('the thing gone, said last, is solved there', () => {
  it('reads 已清理干净 and 已搬走 after what the member did', () => {
    expect(read('东湖社区3网格居民钱阿姨反映楼道堆满纸箱。我当场联系了物业，傍晚已清理干净。').onSpot).toBe(true);
    expect(read('西街社区2网格孙大爷反映消防通道堆了杂物，我找了住户商量，杂物已搬走。').onSpot).toBe(true);
  });
});

describe('who raised it', () => {
  it('reads the name before 报的, said after the matter', () => {
    const draft = read('柳湾村 两家为了宅基地吵架 李德顺报的 我约了周六两家坐下来谈');
    expect(draft.raiser).toBe('李德顺');
    expect(draft.content).not.toMatch(/报的/);
  });

  it('reads the one who said it where they said it (在车上跟我说), and keeps the matter before the member passes it on', () => {
    const draft = read('今天周老师在车上跟我说 他们那边末班车收得太早了 我帮他反映给公交公司 下周五前答复他');
    expect(draft.raiser).toBe('周老师');
    expect(draft.content).toMatch(/末班车/);
  });

  it('does not read where it happened (路车上) as a name: the dialogue asks', () => {
    expect(read('128路车上 刘婆婆老年卡刷不起 我当场帮她查好了').raiser).not.toBe('路车上');
  });

  it('reads 大爹 as kin after the surname', () => {
    expect(read('柳湾村 陈大爹腿摔断了在家 想问住院报销 我后天陪他去问').raiser).toBe('陈大爹');
  });

  it('reads the parent after a pupil’s class on a form', () => {
    expect(read('民情工单 反映人：初一(3)班学生家长吴秀英 地点：东湖社区 问题：孩子午餐费多收了 周五前答复').raiser).toBe('吴秀英');
  });

  it('reads 记一哈 as the command, not a name', () => {
    const draft = read('记一哈 王孃孃 电话13800001111 她屋头水管爆了 明天去看');
    expect(draft).toMatchObject({ raiser: '王孃孃', content: '她屋头水管爆了' });
    expect(missingOf(draft)).toBe('place');
  });
});

describe('a chat with the member names no matter', () => {
  it('asks for the matter after 找我聊了半天', () => {
    const draft = read('东湖村何老四找我聊了半天 我后天再去他家看看');
    expect(draft.content).toBeUndefined();
    expect(missingOf(draft)).toBe('content');
  });
});

describe('the categories', () => {
  it('reads a clinic with no doctor at night as medical', () => {
    expect(guessCategory('村卫生所晚上没有大夫 老人半夜不舒服没处看')).toBe('医疗');
  });
  it('reads bullying at school as education', () => {
    expect(guessCategory('孩子在校被同学起外号推搡 怕是校园欺凌 想约双方家长谈谈')).toBe('教育');
  });
  it('reads a laid-off worker with no work as employment', () => {
    expect(guessCategory('他下岗两年了找不到活路 问公交公司招不招人')).toBe('就业社保');
  });
  it('reads engine fumes as environment', () => {
    expect(guessCategory('停车场的货车天天热车 尾气熏到家里')).toBe('环境');
  });
  it('reads a blind path blocked as infrastructure', () => {
    expect(guessCategory('小区门口盲道被共享单车占了')).toBe('基础设施');
  });
  it('reads a buyer’s debt as a dispute, and a boss owing wages as employment', () => {
    expect(guessCategory('收橘子的老板欠钱不给 拖了一个月')).toBe('矛盾纠纷');
    expect(guessCategory('包工头欠他工钱不给')).toBe('就业社保');
  });
  it('reads grass burnt with much smoke as environment', () => {
    expect(guessCategory('山脚有人烧田里的草 好大烟')).toBe('环境');
  });
  it('reads exemption from the morning run as a school matter', () => {
    expect(guessCategory('娃娃有哮喘 想申请免跑操')).toBe('教育');
  });
  it('reads a land lease running out as no worker’s contract', () => {
    expect(read('东湖村 周老汉说承包地合同到期了 不晓得怎么续 下周一前给他问清楚').category).toBe('其他');
  });
});
