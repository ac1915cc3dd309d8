import { describe, expect, it } from 'vitest';
import { missingOf, parseTicket } from '../../../bot/features/tickets/parse';
import { generateTickets, ROUND17 } from '../../helpers/ticket-generator';
import { judgeGenerated } from '../../helpers/ticket-generator-judge';

// Wednesday 2026-03-04, 10:00 Beijing time. None of these messages is in an eval set: each checks one class of the
// round-17 misses (jinlan, guiying, jiahao, majun), told by its structure, with wording of our own. Each expectation
// failed before the rule (the figures of the parser at 43a4a7a are in the comments).
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('places below the village or the community, glued to what follows', () => {
  it('keeps a hamlet named after its village (X村Y屯, X村Y寨) with the place, the person or the matter after it', () => {
    // Before: place 青山村, and 塘边屯 read as the person or left in the matter.
    for (const [text, place, raiser] of [
      ['青山村塘边屯龙桂芝说屋后的水渠垮了 周五前', '青山村塘边屯', '龙桂芝'],
      ['民情工单 青山村坡脚寨 岑福林反映路灯不亮了 周五前', '青山村坡脚寨', '岑福林'],
      ['青山村塘边屯水渠垮了一截，龙桂芝反映的，周五前', '青山村塘边屯', '龙桂芝'],
    ] as const) {
      const draft = read(text);
      expect(draft.place, text).toBe(place);
      expect(draft.raiser, text).toBe(raiser);
    }
  });

  // A guard (passed before too): the rule above needs a name before 屯.
  it('does not take a hamlet pointed at (有个屯, 隔壁屯) for a name', () => {
    expect(read('青山村 龙桂芝说隔壁屯的人占了她家的地 周五前').place).toBe('青山村');
  });

  it('keeps a numbered 号院 glued after the community, even with the matter run on after it', () => {
    // Before: place 春晖社区, 8号院 left in the matter.
    const draft = read('春晖社区8号院化粪池满了，邝美华说的，3天内');
    expect(draft.place).toBe('春晖社区8号院');
    expect(draft.raiser).toBe('邝美华');
  });
});

describe('one person named twice: the full name and what the village calls them', () => {
  it('reads the full name before a same-surname alias in brackets (X某（X婶）, X某（X老三）)', () => {
    // Before: the alias stayed in the matter and the raiser was asked when the name came after the matter.
    for (const text of ['青山村 龙桂芝（龙婶）说水渠垮了 周五前', '青山村水渠垮了，龙桂芝（龙二嫂）来村委说的，周五前']) {
      expect(read(text).raiser, text).toBe('龙桂芝');
      expect(read(text).content, text).not.toContain('龙');
    }
  });

  // A guard (passed before; the first draft of the alias rule broke it, as parse-regions.test.ts showed).
  it('keeps a place in the brackets (王大娘（王家庄村）) as the place, not as another name', () => {
    expect(read('民情工单\n反映人：宁大娘（宁家坪村）\n反映问题：麦地被占\n办结期限：周五前').place).toBe('宁家坪村');
  });

  it('reads the full name beside the surname and a kin word (X某X大爷, X大爷X某)', () => {
    // Before: 邝大爷 and 岑大妈, the kin words, not the names.
    expect(read('春晖社区 邝美华邝大姐反映楼道灯坏了 周五前').raiser).toBe('邝美华');
    expect(read('春晖社区 岑大妈岑秀云反映楼道灯坏了 周五前').raiser).toBe('岑秀云');
  });
});

describe('what the person is, in words of no list, before the name', () => {
  it('reads the name after a description ending as person words end (…坊, …者, …客, …员), said or paused after', () => {
    // Before: no raiser (asked), the description and the name left in the matter.
    for (const [text, raiser] of [
      ['春晖社区 老住客邝美华反映楼道灯坏了 周五前', '邝美华'],
      ['春晖社区 空巢长者岑秀云，八十岁，说腿疼下不了楼 周五前', '岑秀云'],
      ['春晖社区的退休街坊邝美华提议办个书法班 周五前', '邝美华'],
      ['春晖社区楼道灯坏了。老街坊岑秀云反映，周五前', '岑秀云'],
    ] as const)
      expect(read(text).raiser, text).toBe(raiser);
  });

  it('asks rather than take a word of the matter for a name after such a description', () => {
    // A guard, not a new behaviour (asked before too): 食堂|卫生 and 幼儿园收|费太高 have the shape of a description and a
    // name, and the first draft of the rule read them so (the generator's tuned parts showed it).
    for (const text of ['春晖社区 食堂卫生 菜里有虫 周五前', '春晖社区 幼儿园收费太高，想问有没有补助 周五前']) {
      const draft = read(text);
      expect(draft.raiser, text).toBeUndefined();
      expect(missingOf(draft), text).toBe('raiser');
    }
  });
});

describe('a matter only announced, with the member’s own aside', () => {
  it('asks for the matter when the person only said there is one and the member only noted it', () => {
    // Before: the aside was read as the matter (其他) and nothing was asked.
    for (const text of [
      '春晖社区 邝美华刚刚打电话来找我说有个事情要反映，帮我先记个工单，周五前回她',
      '春晖社区 岑秀云在楼下拉到我说了半天，我先记一下她的名字，周五前回她',
      '春晖社区 邝美华来居委会找我，让我给记一下。周五前回她话。',
      '民情工单\n反映人：岑秀云\n地点：春晖社区\n时限：周五前\n问题：（当时在开会没听清，待补充）',
    ]) {
      const draft = read(text);
      expect(draft.content, text).toBeUndefined();
      expect(missingOf(draft), text).toBe('content');
    }
  });
});

describe('the member’s day with someone sent or arranged', () => {
  it('reads 明天找人去修, 明天要安排人疏通, 明天安排, 明天再过去 as the promised day', () => {
    // Before: no day read, asked.
    for (const text of [
      '春晖社区 邝美华说化粪池满了 明天找人去抽',
      '春晖社区 邝美华说下水道堵了，明天要安排人疏通',
      '春晖社区 邝美华说下水道堵了，明天安排',
      '春晖社区 邝美华说下水道又堵了，明天再过去',
    ])
      expect(read(text).due, text).toBe('2026-03-05');
  });

  // Once a guard that a tentative look is no promise; jinlan, guiying and majun wrote 明天我去看一下 as one, and since
  // tickets24: a look said for a day is the day the member follows it up (see plannedDay in clauses.ts).
  it('reads a look said tentatively (明天去看看) as the day it is followed up', () => {
    expect(read('春晖社区 邝美华说下水道堵了 明天去看看').due).toBe('2026-03-05');
  });
});

describe('the second batch of round-17 classes', () => {
  it('simplifies a 繁體 message with one character whose simplified form is of another length (嗰)', () => {
    // Before: the whole message left in 繁體, no place, no person, no 当场解决.
    const draft = read('今朝落區，春暉社區第2網格邝美華話佢嗰條巷啲路燈壞咗，我即刻叫電工換咗，已經當場解決');
    expect(draft.place).toBe('春暉社區第2網格');
    expect(draft.raiser).toBe('邝美華');
    expect(draft.onSpot).toBe(true);
  });

  it('reads 网格 after a place’s name, then a colon, as the place, not as a label before the person', () => {
    // Before: place 岑秀云投诉…, the person's words read as a place.
    const draft = read('春晖社区第3网格：岑秀云投诉楼上装修天天砸墙，月底前');
    expect(draft.place).toBe('春晖社区第3网格');
    expect(draft.raiser).toBe('岑秀云');
  });

  it('reads a date with its weekday in brackets before 前 as the date', () => {
    // Before: no date (the bracket between the date and 前).
    expect(read('春晖社区 邝美华说电梯老是停 3月12号（下周四）前要修好').due).toBe('2026-03-12');
  });

  it('does not read 返乡, 回乡 or 老乡 before a name as a township', () => {
    // Before: place 浙江回乡.
    const draft = read('浙江回乡的岑福林（青山村塘边屯）想报名技能培训，周五前');
    expect(draft.place).toBe('青山村塘边屯');
    expect(draft.raiser).toBe('岑福林');
  });

  it('reads a form’s measure line (措施：明天我去…对接) and going with someone that day as the promised day', () => {
    // Before: no day read.
    expect(read('反映人：岑秀云\n地点：春晖社区\n情况：孙子不肯上学\n措施：明天我去学校对接老师').due).toBe('2026-03-05');
    expect(read('春晖社区 邝美华和邻居为车位吵起来了，明天我跟网格员一块去调解').due).toBe('2026-03-05');
    expect(read('春晖社区 邝美华说楼下饮水机坏了，明天我去找物业对接').due).toBe('2026-03-05');
  });

  it('reads the one the member met (碰到X，她说…) as the person', () => {
    // Before: no raiser (asked).
    expect(read('今天在菜场碰到岑秀云，她说她家的低保年审材料不会填，春晖社区的，周五前').raiser).toBe('岑秀云');
  });

  it('reads a county town before a community as no part of its name (县城X社区)', () => {
    // Before: place 县城春晖社区.
    expect(read('搬迁点走访（县城春晖社区）：搬迁户岑秀云反映想找份活干，周五前').place).toBe('春晖社区');
  });

  it('reads the holder after a trade and 的 (交给环卫的老X), and 明天一早 after a post and a name', () => {
    // Before: no holder; no day.
    expect(read('春晖社区 邝美华说垃圾没人收，交给保洁的老岑处理，3天内').holder).toBe('老岑');
    const early = read('春晖社区垃圾没人收，邝美华反映的。已叫社区保洁员韦春生明天一早去清。');
    expect(early.holder).toBe('韦春生');
    expect(early.due).toBe('2026-03-05');
  });

  it('never reads a verb of saying as the start of a name (X，Y村的 反映想…)', () => {
    // Before: raiser 反映想签个, a name made of the person's words.
    expect(read('民情工单：岑阿姨，青山村的 反映想签个家庭医生 明天').raiser).toBe('岑阿姨');
  });
});

describe('the third batch of round-17 classes', () => {
  it('reads Hui surnames (海, 锁, 纳, 撒) as surnames, and not 海边 or 锁门', () => {
    // Before: no raiser (asked).
    expect(read('杨庄村 纳秀芳反映渠里有人倒垃圾 3天内').raiser).toBe('纳秀芳');
    expect(read('移民新村撒明礼阿舅问医保咋交 周五前').raiser).toBe('撒明礼');
    // A guard (passed before): a word starting with the character is no name.
    expect(read('渔港社区 海边的护栏坏了 有人反映 3天内').raiser).toBeUndefined();
  });

  it('reads a form’s name field without a kin word after a full name (姓名：X某大姐), as free text does', () => {
    // Before: 岑秀云大姐.
    expect(read('姓名：岑秀云大姐\n地点：春晖社区\n问题：路灯坏了\n时限：周五前').raiser).toBe('岑秀云');
  });

  it('reads the one who phoned the member (X call我, X打电话叫我) or worries (X好担心) as the person', () => {
    // Before: no raiser (asked).
    expect(read('春晖社区第2网格水管爆了，邝美华call我，明天要找人来修').raiser).toBe('邝美华');
    expect(read('春晖社区第2网格两户为晾衣位吵架，岑秀云打电话叫我上去，周五前').raiser).toBe('岑秀云');
    expect(read('春晖社区楼下老鼠多，街坊岑秀云好担心孩子，月底前').raiser).toBe('岑秀云');
  });

  it('reads the holder named by office, name and post (物业管理处X经理)', () => {
    // Before: holder 物业.
    expect(read('春晖社区 岑秀云说楼道老鼠多 交给物业管理处邝建国经理跟进 月底前').holder).toBe('邝建国');
  });

  it('asks for the matter when the person only called again or stopped the member about something urgent', () => {
    // Before: the words were read as the matter.
    for (const text of [
      '春晖社区的岑秀云又打电话来了。说那个事还没办。周五前回她',
      '春晖社区邝美华头先喺楼下叫住我，话有件事好急，我未记低系咩事，周五前',
    ]) {
      const draft = read(text);
      expect(draft.content, text).toBeUndefined();
      expect(missingOf(draft), text).toBe('content');
    }
  });

  it('reads 老旧小区 said first as the kind of estate, and the community after it as the place', () => {
    // Before: place 老旧小区.
    expect(read('老旧小区加装电梯的事 春晖社区的岑秀云说方案没公示 月底前').place).toBe('春晖社区');
  });

  it('gives a 繁體 matter back as typed when a field was taken out of its middle', () => {
    // A guard: it passed at 43a4a7a only because nothing of the message was simplified (so nothing was read); with the
    // character-by-character simplification alone the matter came back half simplified (楼梯灯).
    const draft = read('今日巡樓，春暉社區第2網格邝美華話佢嗰棟樓梯燈壞咗，我即刻叫物業換咗，已經當場解決，記低備查');
    expect(draft.content).toContain('樓梯燈');
  });

  it('reads a body contacted, then a pause and the day it comes (已联系X站，明天来拉), as the promised day', () => {
    // Before: no day read.
    expect(read('春晖社区垃圾池满了，邝美华反映的。已联系镇环卫站，明天来拉，我跟进。').due).toBe('2026-03-05');
  });
});

describe('wrong people left after the three batches', () => {
  it('reads the full name when the alias in brackets is what the phone is said to be of (X某（X伯）…X伯电话…)', () => {
    // Before: raiser 邝伯, the alias, from 邝伯电话.
    const draft = read('春晖社区第3网格长乐街8号邝国华（邝伯）反映，楼顶的批荡掉下来了。邝伯电话13802230000。3天内');
    expect(draft.raiser).toBe('邝国华');
    expect(draft.phone).toBe('13802230000');
  });

  it('reads a labelled name whose brackets hold a place and more (X某（Y屯村民，电话…）) as the name alone', () => {
    // Before: raiser 岑福林村民.
    const draft = read('反映人：岑福林（塘边屯村民，电话13877600000）\n地点：青山村塘边屯\n问题：屯里的路断了\n时限：周五前');
    expect(draft.raiser).toBe('岑福林');
    expect(draft.phone).toBe('13877600000');
    expect(draft.place).toBe('青山村塘边屯');
  });
});

describe('households not named', () => {
  it('asks who when only some households are said (有几户人家的路坏了), never reading the matter as a name', () => {
    // Before: raiser 路坏了 (路 is a surname's character, and a name was allowed to end in 了).
    for (const text of ['石桥村 有几户人家的路坏了 周五前', '石桥村有几户的路坏了 周五前']) {
      const draft = read(text);
      expect(draft.raiser, text).toBeUndefined();
      expect(missingOf(draft), text).toBe('raiser');
    }
  });
});

describe('the round-17 generator parts', () => {
  // ROUND17, seed 1, 3000: 43a4a7a (before these rules) read 29.9% whole, after 98.4%; the half kept apart
  // (ROUND17_FRESH), never fixed against, 23.9% → 64.3%.
  it('reads most generated round-17 messages whole', () => {
    const items = generateTickets(300, 7, ROUND17);
    const whole = items.filter((item) => Object.values(judgeGenerated(item).fields).every(Boolean)).length;
    expect(whole / items.length).toBeGreaterThan(0.9);
  });
});
