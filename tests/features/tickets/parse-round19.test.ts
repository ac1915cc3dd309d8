import { describe, expect, it } from 'vitest';
import { missingOf, parseTicket } from '../../../bot/features/tickets/parse';
import { generateTickets, ROUND19 } from '../../helpers/ticket-generator';
import { judgeGenerated } from '../../helpers/ticket-generator-judge';

// Wednesday 2026-03-04, 10:00 Beijing time. None of these messages is in an eval set: each checks one class of the
// round-19 misses (jinshun, qiaozhen, zhuoma, yiming), told by its structure, with wording of our own. Each expectation
// failed before the rule (the parser at e599737; what it read is in the comments).
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('names of a second language and of herding areas', () => {
  it('reads a Korean surname and the Korean word for an old mother or father after the full name', () => {
    // Before: 朴 was no surname (raiser asked), and 阿妈妮 or 阿爸吉 stayed glued to the name or in the matter.
    for (const [text, raiser] of [
      ['民情工单 和平村2组 朴玉花阿妈妮 反映 院墙 倒了 明天 去 看', '朴玉花'],
      // 朴东洙 read right before too (jieba knew it); kept as a guard.
      ['和平村2组 朴东洙 反映 水井 冻 了，3天内', '朴东洙'],
      ['和平村2组 崔顺德阿爸吉 说 屋顶 漏雨，月底前', '崔顺德'],
    ] as const)
      expect(read(text).raiser, text).toBe(raiser);
  });

  it('reads 老阿妈 before a name as how the member calls her, not as her name', () => {
    // Before: raiser 老阿妈德吉措.
    expect(read('老阿妈德吉措反映说她的养老金卡锁了，明天帮她去乡上问').raiser).toBe('德吉措');
  });

  it('reads Tibetan given names standing alone, after a role or with the phone after them', () => {
    // Before: each asked, the name left in the matter.
    for (const [text, raiser] of [
      ['桑多村二社的才让措反映，水管冻住了，3天内修', '才让措'],
      ['桑多村二社的年轻人旦周反映，想学挖掘机，月底前答复', '旦周'],
      ['尕藏才让（电话13912345678）反映，草场围栏被拆了，下周一前', '尕藏才让'],
      ['工单：桑多村一社 牧民尕藏多杰 电话13912345678 来反映 路不通 明天答复他', '尕藏多杰'],
    ] as const)
      expect(read(text).raiser, text).toBe(raiser);
  });

  it('reads 大伯 after a full name, and a building and a post after 反映人, as who the person is', () => {
    // Before: raiser asked (马志远大伯), then a name later in the message taken; 反映人 kept the building and the post.
    const first = read('吴国梁大伯反映 助听器坏了想换 返聘的王老师说她来跟 下周三前回复');
    expect(first.raiser).toBe('吴国梁');
    expect(read('石湖社区3幢 楼道灯坏了。反映人3幢楼长周阿姨 13812345678 后天修好').raiser).toBe('周阿姨');
  });
});

describe('places of herding areas and resettlement', () => {
  it('keeps a herders’ committee with its 社, a settlement below the village and a resettlement 新区', () => {
    // Before: no place (牧委会, 新区 unknown), or the village without its settlement.
    for (const [text, place] of [
      ['工单：青海湖牧委会二社的拉毛措反映，饮水管冻了，3天内修', '青海湖牧委会二社'],
      ['桑多村定居点的才让措反映，路灯坏了好几盏，3天内修', '桑多村定居点'],
      ['河东移民新区6号楼刘福贵说楼道灯黑了 明天给他回话', '河东移民新区'],
    ] as const)
      expect(read(text).place, text).toBe(place);
  });

  it('does not read a two-character district’s 新区 as where the person lives', () => {
    // A guard (passed before too).
    expect(read('浦东新区王大爷说路灯坏了 明天').place).toBeUndefined();
  });
});

describe('people sent to do the work are no one named', () => {
  it('asks who when only 有群众反映 names the person, whatever character follows 组织人', () => {
    // Before: raiser 撒沙子 (撒 is a Hui surname's character).
    const draft = read('桑多村一社有群众反映，桥面结冰了，3天内组织人撒沙子。');
    expect(draft.raiser).toBeUndefined();
    expect(missingOf(draft)).toBe('raiser');
  });
});

describe('solved there, said word by word or as what the member did', () => {
  it('records 当场 and the work done (了) as solved on the spot when no day is promised', () => {
    // Before: onSpot unread, the dialogue asked for a day.
    for (const text of [
      '和平村1组 金正男 家里 水龙头 坏 反映，我 当场 换上 了',
      '和平村4组 李贞淑 反映 医保 缴费 不会，当场 给她 教会 了',
      '柳湾村三组王建民说医保卡锁了 我领着他去银行当场解锁了 记一笔',
      '石湖社区2网格 孙大爷要借拐杖，活动室有闲置的 当场借给他了',
    ]) {
      const draft = read(text);
      expect(draft.onSpot, text).toBe(true);
      expect(missingOf(draft), text).toBeUndefined();
    }
  });

  // A guard: looking or asking there solves nothing.
  it('does not take looking there (我当场看了) for solving it', () => {
    expect(read('石桥村王大爷反映水管破了，我当场看了，确实漏水').onSpot).toBeUndefined();
  });
});

describe('holders named by where they work and their post, with no Han surname', () => {
  it('reads the name inside an office with 的, a post before it or a post after it', () => {
    // Before: holder 村水 (管 of 管员 read as the verb), or the whole office and post, or none.
    for (const [text, holder] of [
      ['桑多村二社的才让措反映，光伏板坏了。请乡上的电工旦增去看一下，一周内修好。', '旦增'],
      ['桑多村二社的才让措反映，水管冻了。交给村水管员尕藏处理，两天内修好。', '尕藏'],
      ['石桥村王大爷反映，自来水停了。交给村水管员张伟处理，两天内修好。', '张伟'],
      ['桑多村二社的才让措反映，牦牛病了。交给乡兽医站的多杰站长跟进，三天内。', '多杰'],
    ] as const)
      expect(read(text).holder, text).toBe(holder);
  });

  it('reads no holder from 和 after a date (本周五前和学校联系)', () => {
    // Before: holder 和学校 (和 is a surname's character).
    expect(read('桑多村二社的才让措反映，宿舍太冷，答应她本周五前和学校联系好再答复她。').holder).toBeUndefined();
  });
});

describe('days and matters said another way', () => {
  it('reads a day then what is brought, or the member going, said last, as the promise', () => {
    // Before: no day, the dialogue asked for one.
    expect(read('石桥村王大爷反映降压药吃完了。请王医生协调，明天把药送过来。').due).toBe('2026-03-05');
    expect(read('石桥村王大爷反映降压药吃完了。请王医生协调，后天去。').due).toBe('2026-03-06');
  });

  it('reads the date said before 答应 了 said last (verb-last word order)', () => {
    // Before: the due was refused as “了”.
    expect(read('和平村5组 李英顺 反映 柴草 堆着 怕 着火。月底 前 房主 联系 清理 答应 了').due).toBe('2026-03-31');
  });

  it('asks for the matter when it is only referred back to, or the command is typed word by word', () => {
    // Before: the reference (又来找了，还是…那个事情) or 记 工单 was taken as the matter.
    for (const text of [
      '帮我记一下，桑多村四社的才让措又来找了，还是她家的那个事情，上次也说过的，承诺本周五前回复她。',
      '河东移民新区3号楼刘福贵又来了 还是上回那个事 非叫我今天给他记上 明天给他回话',
      '记 工单 和平村4组 崔明哲 电话13912345678 问题 反映 了，3天内 回复',
    ]) {
      const draft = read(text);
      expect(draft.content, text).toBeUndefined();
      expect(missingOf(draft), text).toBe('content');
    }
  });
});

describe('the round-19 generator parts', () => {
  // ROUND19, seed 1, 3000: e599737 (before these rules) read 20.1% whole, after 96.1%; the half kept apart
  // (ROUND19_FRESH), never fixed against, 25.4% → 98.0%.
  it('reads most generated round-19 messages whole', () => {
    const items = generateTickets(300, 7, ROUND19);
    const whole = items.filter((item) => Object.values(judgeGenerated(item).fields).every(Boolean)).length;
    expect(whole / items.length).toBeGreaterThan(0.9);
  });
});
