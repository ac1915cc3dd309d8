import { describe, expect, it } from 'vitest';
import { missingOf, parseTicket } from '../../../bot/features/tickets/parse';

// Wednesday 2026-03-04, 10:00 Beijing time. None of these messages is in an eval set: each checks one general rule
// (a dialect word, a name form, a holder phrasing, a deadline shape) with wording of our own.
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('the 民情工单 parser on Guanzhong and Shandong speech', () => {
  it('reads 夜来/夜儿个 (yesterday) and 克 (去) around the place and the holder, and drops 俺/额 left by the holder', () => {
    const draft = read('民情工单 夜来克北岭村拉呱 张大娘说她家院墙塌了一块 俺让赵永刚克看看 后儿个给她回话');
    expect(draft).toMatchObject({ place: '北岭村', raiser: '张大娘', holder: '赵永刚', due: '2026-03-06' });
    expect(draft.content).toBe('她家院墙塌了一块');
    expect(read('民情工单 夜儿个到东坡村 刘婶说水管冻裂了 额让孙立军克修 明儿个弄好').place).toBe('东坡村');
    expect(read('民情工单 夜儿个到东坡村 刘婶说水管冻裂了 额让孙立军克修 明儿个弄好').holder).toBe('孙立军');
    // 克 inside its own words stays: 千克, 克服.
    expect(read('民情工单 东坡村 刘婶说买的化肥少了五千克 明天给回话').content).toContain('五千克');
  });

  it('takes 赶明儿 (some day) as no date at all, and asks', () => {
    const someday = read('民情工单 东庄村 李大爷 说机井坏了 赶明儿给他回话');
    expect(someday.due).toBeUndefined();
    expect(missingOf(someday)).toBe('due');
  });

  it('reads surnames common in the north (闫, 于, 侯, 邱, 鞠, 蔺) as names', () => {
    expect(read('民情工单 新河社区 闫桂兰反映楼道堆满杂物 周五前').raiser).toBe('闫桂兰');
    expect(read('民情工单 新河社区 于秀英说楼道堆满杂物 周五前').raiser).toBe('于秀英');
    expect(read('民情工单 长乐社区 侯大爷 楼道堆满杂物 周五前').raiser).toBe('侯大爷');
    expect(read('民情工单 长乐社区 低保户蔺大娘说低保卡丢了 让鞠红梅补办 周五前')).toMatchObject({
      raiser: '蔺大娘',
      holder: '鞠红梅',
    });
  });
});

describe('the 民情工单 parser on Cantonese words', () => {
  it('reads 呢个礼拜, 月尾, 交畀, 冇电/冇热水 (基础设施)', () => {
    expect(read('民情工单 第3网格 阿珍话宿舍冇电 交畀阿伟跟进 呢个礼拜五前')).toMatchObject({
      raiser: '阿珍',
      holder: '阿伟',
      due: '2026-03-06',
      category: '基础设施',
    });
    expect(read('民情工单 第3网格 陈姐话宿舍冇热水 月尾前搞掂')).toMatchObject({ due: '2026-03-31', category: '基础设施' });
  });
});

describe('the 民情工单 parser on deadline phrases', () => {
  it('reads receipt numerals (叁天内, 伍个工作日内) without touching the surnames 陆 and 伍', () => {
    expect(read('民情工单 石桥村 陆大爷 说低保卡丢了 叁天内补办')).toMatchObject({ raiser: '陆大爷', due: '2026-03-07' });
    expect(read('民情工单 石桥村 伍大姐 说低保卡丢了 伍个工作日内')).toMatchObject({ raiser: '伍大姐', due: '2026-03-11' });
  });

  it('reads 截止/最迟/ddl as promise words, and 下下周一 as the Monday after next', () => {
    expect(read('民情工单 新河社区 闫桂兰反映楼道堆满杂物 ddl 3.10').due).toBe('2026-03-10');
    expect(read('民情工单 新河社区 于秀英说楼道堆满杂物 最迟下周一').due).toBe('2026-03-09');
    expect(read('民情工单 新河社区 于秀英说楼道堆满杂物 截止3月12日').due).toBe('2026-03-12');
    expect(read('民情工单 新河社区 侯大爷 楼道堆满杂物 下下周一前').due).toBe('2026-03-16');
    expect(read('民情工单 新河社区 侯大爷 楼道堆满杂物 明晚前').due).toBe('2026-03-05');
    // A date written 3.10 said alone at the end is the promise; 3.5 inside the matter is not.
    expect(read('民情工单 沙坝村 罗奶奶 电表箱烧了 3.10').due).toBe('2026-03-10');
    expect(read('民情工单 沙坝村 罗奶奶 说化肥发了3.5').due).toBeUndefined();
    // A span with the work finished in it (三天办结), 3个工作日 alone at the end; not 坏了三天解决不了.
    expect(read('民情工单 幸福村 王大爷 路灯坏了 三天办结').due).toBe('2026-03-07');
    expect(read('民情工单 幸福村 王大爷 路灯坏了 3个工作日').due).toBe('2026-03-09');
    expect(read('民情工单 幸福村 王大爷 路灯坏了三天解决不了').due).toBeUndefined();
  });

  it('reads a day with the work promised after it (必须清完, 给王大爷回话, 把路灯修好, 弄), never a plan or work done', () => {
    const must = read('民情工单 长乐社区 邱阿姨 说垃圾站没人清 让鞠红梅明天必须清完');
    expect(must).toMatchObject({ holder: '鞠红梅', due: '2026-03-05' });
    expect(must.content).toBe('垃圾站没人清');
    expect(read('民情工单 长乐社区 邱阿姨 说路灯不亮 后天给邱阿姨回话').due).toBe('2026-03-06');
    expect(read('民情工单 长乐社区 邱阿姨 说路灯不亮 明天把路灯修好').due).toBe('2026-03-05');
    expect(read('民情工单 长乐社区 邱阿姨 说路灯不亮 让小刘明天弄').due).toBe('2026-03-05');
    expect(read('民情工单 长乐社区 邱阿姨 说路灯不亮 明天修好了').due).toBeUndefined();
    // Once no promise; since tickets24: a look said for a day is the day the member follows it up (see plannedDay in clauses.ts).
    expect(read('民情工单 长乐社区 邱阿姨 说路灯不亮 交给沈晓燕 明天去看看').due).toBe('2026-03-05');
    // What the person plans on a day (儿子明天要调回来, 明天把孙子送到学校) is no promise.
    expect(read('民情工单 幸福村 王大爷 说儿子明天要调回来 没人接 周五前').due).toBe('2026-03-06');
    expect(read('民情工单 幸福村 王大爷 说明天把孙子送到学校 没人接').due).toBeUndefined();
  });
});

describe('the 民情工单 parser on holders', () => {
  it('reads a holder after a unit or a post (派出所老李, 村医张红, 卫生站小杨) and a 负责： label', () => {
    expect(read('民情工单 长青社区 黄姐 说楼道灯坏了 交给派出所老李 周五前').holder).toBe('老李');
    expect(read('民情工单 马庄村 马大爷 高血压药吃完了 交给村医张红 三天内').holder).toBe('张红');
    expect(read('民情工单 长青社区 黄姐 想约康复 交给卫生站小杨').holder).toBe('小杨');
    const form = read('民情工单\n长青社区\n反映人 黄姐\n楼道灯坏了\n负责：周丽\n5天内');
    expect(form.holder).toBe('周丽');
    expect(form.content).toBe('楼道灯坏了');
  });

  it('reads 让X with time words before the errand (今天下午就联系), 让X和Y一起, 让X找人, and leaves no 一下 behind', () => {
    expect(read('民情工单 马庄村 李婶 说孩子上学没人接 让王强今天下午就联系学校 明天给回话').holder).toBe('王强');
    expect(read('民情工单 马庄村 李婶 宅基地被占了 让刘军和调解员一起调解 下周五前').holder).toBe('刘军');
    expect(read('民情工单 马庄村 李婶 村道有个大坑 让韩勇找人填上 周五前').holder).toBe('韩勇');
    const bare = read('民情工单 马庄村 李婶 电话13912345678 让小王跟进一下 明天给回话');
    expect(bare.holder).toBe('小王');
    expect(bare.content).toBeUndefined();
    expect(missingOf(bare)).toBe('content');
  });

  it('reads pinyin initials typed for a post (wgy 网格员) before the holder', () => {
    expect(read('民情工单 长乐社区 邱阿姨 楼上漏水 让wgy小李跟进 本周内').holder).toBe('小李');
  });
});

describe('the 民情工单 parser on who raised it', () => {
  it('reads the person named after 反映的是, after a floor or room (3楼老周, 502室的黄姐)', () => {
    expect(read('民情工单 长青社区楼顶漏水 反映的是3楼老周 周五前').raiser).toBe('老周');
    expect(read('民情工单 长青社区 502室的黄姐 说楼道灯坏了 周五前').raiser).toBe('黄姐');
    expect(read('民情工单 长青社区3号楼2单元刘婶反映楼道灯坏了 周五前').raiser).toBe('刘婶');
  });

  it('reads kin forms: X家嫂子, a child’s kin through the child (小磊他奶), a man by birth order and his kin (张老三媳妇)', () => {
    expect(read('民情工单 马庄村 马家嫂子说她家院墙塌了 三天内').raiser).toBe('马家嫂子');
    expect(read('民情工单 马庄村 小磊他奶 说孩子上学没人接 明天给回话').raiser).toBe('小磊他奶');
    expect(read('民情工单 马庄村 张老三媳妇来找我 宅基地被人占了 下周五前').raiser).toBe('张老三媳妇');
  });

  it('reads the person a phone was written after as the raiser, but not someone to contact', () => {
    const owner = read('民情工单 王庄村 养殖场太臭 隔壁孙大姐(电话:13912345678)意见很大 让张军协调 周五前');
    expect(owner).toMatchObject({ raiser: '孙大姐', phone: '13912345678' });
    expect(owner.content).not.toContain('孙大姐');
    expect(read('民情工单 王庄村 刘建华（13912345678）说水渠堵了 周五前').raiser).toBe('刘建华');
    const contact = read('民情工单 王庄村 养殖场太臭 联系王主任 13912345678 周五前');
    expect(contact.raiser).toBeUndefined();
    expect(missingOf(contact)).toBe('raiser');
  });

  it('takes no place word as a name (路口那个井盖)', () => {
    const spot = read('当场解决 第9网格路口那个井盖松了 已经垫好了');
    expect(spot.raiser).toBeUndefined();
    expect(missingOf(spot)).toBe('raiser');
  });
});

describe('the 民情工单 parser on places and the matter', () => {
  it('keeps a grid as the place when an estate word follows it (第5网格小区门口)', () => {
    expect(read('民情工单 第5网格小区门口那个路灯不亮 让小赵去看看 周五前').place).toBe('第5网格');
  });

  it('drops the day of the visit written first (12.8, 3月4日) and asks for the matter when that is all', () => {
    expect(read('民情工单 12.8 王庄村 李婶 说低保没到账 周五前').content).toBe('低保没到账');
    const dateOnly = read('民情工单 3月4日 王庄村 李婶 电话13912345678 周五前给回话');
    expect(dateOnly.content).toBeUndefined();
    expect(missingOf(dateOnly)).toBe('content');
  });

  it('asks for the matter when the member says it was not caught (没听清, 回头再问)', () => {
    const lost = read('民情工单 王庄村 李婶 拉着我说了一堆 没听清 回头再问');
    expect(lost.content).toBeUndefined();
    expect(missingOf(lost)).toBe('content');
    // A matter said with it is still the matter.
    expect(read('民情工单 王庄村 李婶 说路灯坏了 具体哪盏没听清 周五前').content).toContain('路灯');
  });
});

describe('the 民情工单 parser on factory dorms and Cantonese names', () => {
  it('reads a holder after a unit or a post as 梁sir or 阿X, and an office (教育办) apart from the person in it', () => {
    expect(read('民情工单 盐步社区 阿芬话厂里拖咗两个月人工未出粮 交畀劳动保障站梁sir跟进 下礼拜三前')).toMatchObject({
      raiser: '阿芬',
      holder: '梁sir',
      category: '就业社保',
    });
    expect(read('民情工单 良教村 张姨 隔篱屋装修好嘈 叫网格员阿辉去睇下 呢个礼拜内').holder).toBe('阿辉');
    expect(read('民情工单 沙头村 何伯 问个孙仔读书学位点搞 交畀教育办阿琳 下个礼拜五之前').holder).toBe('阿琳');
  });

  it('reads 阿X then 被 as the person, a +86 number, and a town said before the village out of the matter', () => {
    expect(read('民情工单 松岗社区 工友阿强被机器压伤手 老细唔肯赔 三日内回复').raiser).toBe('阿强');
    const abroad = read('民情工单 东二社区 黄生 +86 138 2222 3333 话渠塞咗水浸到屋企 月尾前');
    expect(abroad.phone).toBe('13822223333');
    expect(abroad.content).not.toContain('86');
    const town = read('民情工单 乐从镇 良教村 张姨 话装修好嘈 呢个礼拜内');
    expect(town.place).toBe('良教村');
    expect(town.content).not.toContain('乐从');
  });
});

describe('the 民情工单 parser on Shandong voice input', () => {
  it('reads a phone dictated in groups (幺三五 六五三九 八八七六) and 下下个礼拜一', () => {
    const draft = read('民情工单 西高都社区 孙大娘 低保的钱还没到 电话幺三五 六五三九 八八七六 下下个礼拜一之前');
    expect(draft).toMatchObject({ phone: '13565398876', due: '2026-03-16' });
    expect(draft.content).toBe('低保的钱还没到');
  });

  it('takes 俺让 and the errand 去调解调解 out with the holder; reads an office (镇上住建办) and 驻村工作队张队长', () => {
    const draft = read('民情工单 王家庄村 王大娘说她家的麦地叫人家给占了 俺让村会计刘洪亮去调解调解 下个礼拜三以前给个说法');
    expect(draft).toMatchObject({ holder: '刘洪亮', due: '2026-03-11', content: '她家的麦地叫人家给占了' });
    expect(read('民情工单 石门村 王老汉家里房子漏雨 确实是危房 交给镇上住建办 月底以前').holder).toBe('住建办');
    expect(read('民情工单 红星村 龙大哥 说组上的路烂得很 让驻村工作队张队长对接 月底前').holder).toBe('张队长');
    expect(read('民情工单 珠海路社区 罗大姐 化粪池冒出来了 让物业王经理尽快处理 3/7前').holder).toBe('王经理');
  });
});

describe('the 民情工单 parser on Guizhou places and net slang', () => {
  it('reads a resettlement site (安置点) as the place, and drops net slang and 一哈 from the matter', () => {
    const draft = read('民情工单 青岩镇 龙井安置点 王孃孃 说屋头水管爆了 家人们谁懂啊 @陈老师 跟进一哈 ddl周五');
    expect(draft).toMatchObject({ place: '龙井安置点', raiser: '王孃孃', holder: '陈老师', due: '2026-03-06' });
    expect(draft.content).toBe('屋头水管爆了');
    expect(read('民情工单 新仁村 张幺妹 反映她家低保被取消了 破防了 yyds 交给民政办小吴 3.10前').content).toBe('她家低保被取消了');
  });
});

describe('the 民情工单 parser asking rather than guessing', () => {
  it('takes no holder from what the person did (他让孙子帮忙), and 孙子 is never a name', () => {
    const draft = read('民情工单 幸福村 王大爷 说他让孙子帮忙交电费 孙子不会弄 周五前');
    expect(draft.holder).toBeUndefined();
    expect(draft.raiser).toBe('王大爷');
  });

  it('takes a person called by kin doing something (王大爷去办低保) as the raiser, never the holder', () => {
    const draft = read('民情工单 幸福村 王大爷去办低保被拒了 周五前');
    expect(draft.holder).toBeUndefined();
    expect(draft.raiser).toBe('王大爷');
    // Handed over in words, a kin-named member holds it (交俾司法所黄姐).
    expect(read('民情工单 松岗社区 阿强 话老细唔肯赔 交俾司法所黄姐 三日内回复').holder).toBe('黄姐');
  });

  it('reads 转交通警大队 as handed to the traffic police, not to 通警大队', () => {
    expect(read('民情工单 幸福村 王老师反映学校门口没有红绿灯 转交通警大队 两周内').holder).toBe('交通警大队');
  });

  it('reads 匿名 said in the message as the dialogue’s answer 匿名群众', () => {
    const draft = read('民情工单 东街社区 匿名群众反映楼下烧烤摊油烟大 本周内');
    expect(draft).toMatchObject({ raiser: '匿名群众', content: '楼下烧烤摊油烟大' });
    expect(missingOf(draft)).toBeUndefined();
  });

  it('reads a local number said to be a phone (电话 8123456) and 微信同号 with the number', () => {
    expect(read('民情工单 红星村 陈大妈 电话 8123456 下水道堵了 周五前')).toMatchObject({ phone: '8123456', content: '下水道堵了' });
    expect(read('民情工单 红星村 陈大妈 VX同号13812345678 下水道堵了 周五前')).toMatchObject({
      phone: '13812345678',
      content: '下水道堵了',
    });
    // A number alone, not said to be a phone, is no phone.
    expect(read('民情工单 红星村 陈大妈 家里8123456元存款被骗 周五前').phone).toBeUndefined();
  });

  it('reads a deadline typed with a gap inside it (周五 前)', () => {
    expect(read('民情工单 幸福村 王大爷 说 自家 低保 被 取消 了 周五 前').due).toBe('2026-03-06');
  });
});

describe('the 民情工单 parser on forms and templates', () => {
  it('reads place labels (所属村居, 所在网格), a person after 群众：, and 完成时限/时间节点/办结期限 with nothing left behind', () => {
    const dorm = read(
      '【民情工单】\n姓名：阿芬\n所属村居：盐步社区\n联系方式：13800138000\n诉求：宿舍冇热水\n跟进人：梁sir\n完成时限：3月10日前',
    );
    expect(dorm).toMatchObject({ raiser: '阿芬', place: '盐步社区', holder: '梁sir', due: '2026-03-10', content: '宿舍冇热水' });
    const grid = read('民情工单 所在网格：第3网格 群众：吴婶 诉求：医保报销不会弄 办理人：小田 时间节点：本周五');
    expect(grid).toMatchObject({ raiser: '吴婶', place: '第3网格', holder: '小田', due: '2026-03-06', content: '医保报销不会弄' });
  });

  it('keeps the person and place a label gave, even when the matter starts with a surname (麦地被占)', () => {
    const draft = read('民情工单\n反映人：王大娘（王家庄村）\n反映问题：麦地被占\n责任人：刘洪亮\n办结期限：下周三');
    expect(draft).toMatchObject({ raiser: '王大娘', place: '王家庄村', content: '麦地被占', due: '2026-03-11' });
  });

  it('reads 落实人X and a category named alone with 类', () => {
    expect(read('民情工单 光明村 李四 村口桥栏杆断了 落实人王五 20号之前')).toMatchObject({ holder: '王五', content: '村口桥栏杆断了' });
    const named = read('民情工单 光明村 李四 村里小卖部卖过期食品 环境类 王五跟进 20号之前');
    expect(named).toMatchObject({ category: '环境', categoryGiven: true });
    expect(named.content).not.toContain('环境类');
  });
});

describe('the 民情工单 parser on category words of other regions', () => {
  it('guesses from Cantonese, Shandong and Guizhou words (渗水, 水浸, 吃水, 滑坡, 垮, 找工/辞退, 补习, 对骂, 押金, 蚊)', () => {
    const category = (matter: string) => read(`民情工单 幸福村 王大爷 ${matter} 周五前`).category;
    expect(category('话天花渗水')).toBe('基础设施');
    expect(category('话屋企水浸')).toBe('基础设施');
    expect(category('说吃水困难')).toBe('基础设施');
    expect(category('说后山滑坡')).toBe('基础设施');
    expect(category('说院墙垮了')).toBe('基础设施');
    expect(category('话个仔想揾工')).toBe('就业社保');
    expect(category('说厂里辞退不给补偿')).toBe('就业社保');
    expect(category('说小朋友补习没人理')).toBe('教育');
    expect(category('说俩人在街上对骂')).toBe('矛盾纠纷');
    expect(category('说房东不退押金')).toBe('矛盾纠纷');
    expect(category('话宿舍好多蚊')).toBe('环境');
  });
});

describe('the 民情工单 parser on dictated messages', () => {
  it('reads 今天下班前/明天天黑前 as that day, the command and 跟进 as voice input writes them (明情工单, 根进)', () => {
    const draft = read('民情工单 涑河社区的张大爷打电话来说楼后面的垃圾好几天没人拉了 让物业的刘经理去处理 今天下班前给回话');
    expect(draft).toMatchObject({ raiser: '张大爷', holder: '刘经理', due: '2026-03-04' });
    expect(draft.content).toBe('楼后面的垃圾好几天没人拉了');
    expect(read('民情工单 东庄村 王大娘 说低保停了 明天天黑前').due).toBe('2026-03-05');
    const homophones = read('明情工单 东王庄村 王大娘 说她家低保停了 让李主任根进 三天内');
    expect(homophones).toMatchObject({ holder: '李主任', content: '她家低保停了' });
    expect(read('民情工单 东王庄村 王大娘 说她家低保停了 让网格园小孙跟近 三天内').holder).toBe('小孙');
  });

  it('takes the recorder said as 这事俺负责/我这边跟进 as no holder, and the matter pointed at (这个事) out of the name', () => {
    for (const said of ['这事俺负责', '我这边跟进']) {
      const draft = read(`民情工单 东王庄村 王大娘说她家低保停了 ${said} 三天内`);
      expect(draft.holder).toBeUndefined();
      expect(draft.content).toBe('她家低保停了');
    }
    expect(read('民情工单 东王庄村 王大娘说她家低保停了 这个事李主任负责 三天内').holder).toBe('李主任');
    const form = read('民情工单 幸福村 王大爷 路灯坏了 责任人：我 周五前');
    expect(form.holder).toBeUndefined();
    expect(form.content).toBe('路灯坏了');
  });

  it('reads a post then a name at a phrase start with the work (村会计张红核实), and a name then 去核实', () => {
    expect(read('民情工单 东王庄村 王大娘说她家低保停了 村会计张红核实 三天内').holder).toBe('张红');
    expect(read('民情工单 东王庄村 王大娘说她家低保停了 张红去核实 三天内').holder).toBe('张红');
  });
});

describe('the 民情工单 parser on what was solved on the spot', () => {
  it('reads 当场教会了, 当时就给她弄利索了, 现场给她讲清楚了, 当场给换好了 as solved there', () => {
    for (const done of ['当场教会了', '当时就给她弄利索了', '现场给她讲清楚了', '当场给换好了']) {
      const draft = read(`民情工单 东关社区 李大娘 问养老金认证咋弄 ${done}`);
      expect(draft.onSpot).toBe(true);
      expect(missingOf(draft)).toBeUndefined();
    }
  });

  it('takes 无需跟进 as nobody to hold it, never a holder named 无需', () => {
    const draft = read('民情工单 东关社区 李大娘 问养老金认证咋弄 当场答复 无需跟进');
    expect(draft.holder).toBeUndefined();
    expect(draft.onSpot).toBe(true);
  });
});

describe('the 民情工单 parser on village and surname forms of Shandong, Guizhou and Guangdong', () => {
  it('reads villages named 疃/坪 without 村, and the surnames 班, 冼 with 姑娘 whole', () => {
    expect(read('民情工单 西疃 于大娘 说她家的麦地叫人占了 三天内')).toMatchObject({ place: '西疃', raiser: '于大娘' });
    expect(read('民情工单 茶园坪 班大哥 说组上的路垮了 月底前')).toMatchObject({ place: '茶园坪', raiser: '班大哥' });
    expect(read('民情工单 和顺村 冼姑娘 话宿舍冇热水 听日').raiser).toBe('冼姑娘');
    // 班主任 is a post, not a person named 班主任.
    expect(read('民情工单 和顺村 班主任反映学生上学路上没有路灯 月底前').raiser).toBeUndefined();
  });
});

describe('the 民情工单 parser on pauses voice input writes as commas', () => {
  it('reads a label or promise word followed by a comma (负责人，陆佳，deadline，3月10号; 电话，138…; 3.4，东岗村)', () => {
    const draft = read('民情工单 北桥新村 韩师傅 水管漏水 负责人，陆佳，deadline，3月10号');
    expect(draft).toMatchObject({ holder: '陆佳', due: '2026-03-10', content: '水管漏水' });
    expect(read('民情工单 北桥新村，韩师傅，电话，13812345678，水管漏水，周五前')).toMatchObject({
      phone: '13812345678',
      content: '水管漏水',
    });
    const dated = read('民情工单 3.4，东岗村，孙大爷，电话13572280913，让张海涛跟进，明个回话');
    expect(dated.content).toBeUndefined();
    expect(missingOf(dated)).toBe('content');
  });

  it('takes no date from a promise word followed by a comma and no date (保证，我们会尽力)', () => {
    const draft = read('民情工单 北桥新村 韩师傅 水管漏水 保证，我们会尽力');
    expect(draft.due).toBeUndefined();
    expect(draft.dueProblem).toBeUndefined();
    expect(missingOf(draft)).toBe('due');
  });
});

describe('the 民情工单 parser on run-on dictation (no gaps at all)', () => {
  it('reads a holder glued after the matter (…差点动手韩立新负责, …臭得很小周负责) where the surname starts', () => {
    const draft = read('民情工单 第二网格郭长顺说他兄弟垒院墙占了他家宅基地弟兄俩吵的不可开交差点动手韩立新负责调解月底前');
    expect(draft).toMatchObject({ raiser: '郭长顺', holder: '韩立新', due: '2026-03-31' });
    expect(read('民情工单 第5网格那边垃圾桶好几天没人收臭得很苍蝇到处飞小周负责明天之内清走').holder).toBe('小周');
    expect(read('民情工单 柳庄村柳二叔跟柳三叔为了老宅基地吵翻了王书记负责调解十天内').holder).toBe('王书记');
  });

  it('reads no holder when the glued name cannot be told (修路周强: 路周强 or 周强?) nor a clause taken up to 负责', () => {
    expect(read('民情工单 马庄村 李大爷 村口修路周强负责 月底前').holder).toBeUndefined();
    // A body named by what it is (志愿者, 网格小组, 村两委班子) still holds it.
    expect(read('民情工单 幸福村 王大爷 院子里杂草多 交给志愿者 周五前').holder).toBe('志愿者');
    expect(read('民情工单 幸福村 王大爷 院子里杂草多 由村两委班子负责 周五前').holder).toBe('村两委班子');
    expect(read('民情工单 苏伯 第10网格 想申请家庭病床 两周内落实李嘉欣负责').holder).toBe('李嘉欣');
  });

  it('reads 一下下周一 as 一下 then 下周一 (not the Monday after next), and a kin name glued after the clause before 来找', () => {
    expect(read('民情工单 沙湾社区罗姐说娃娃读一年级的事 喊我帮她问一哈下周一前给她回话').due).toBe('2026-03-09');
    expect(read('民情工单 东坡村韦家兄弟俩为老人赡养的事闹得不可开交韦老大媳妇来找我哭了一场 月底前').raiser).toBe('韦老大媳妇');
    expect(read('民情工单 南庄村梁婆户口本上名字错了一个字 一周内办好').raiser).toBe('梁婆');
  });

  it('keeps a place free of what is glued before 第N网格 or after 社区 (苏伯第10网格, 东湖社区小区里头), and a form label glued after it', () => {
    expect(read('民情工单 苏伯第10网格 想申请家庭病床 两周内').place).toBe('第10网格');
    expect(read('民情工单 东湖社区小区里头的健身器材坏了好几样 本周五前报修').place).toBe('东湖社区');
    expect(read('民情工单 高老汉 地点：红星村反映：村头小桥栏杆断了 负责人魏东时限本月底')).toMatchObject({
      place: '红星村',
      holder: '魏东',
      due: '2026-03-31',
    });
    expect(read('民情工单 阳光小区7栋业主孙先生 物业收费不透明 月底前').place).toBe('阳光小区7栋');
    expect(read('民情工单 李婶新民社区话对面大排档油烟好大 周五前')).toMatchObject({ place: '新民社区', raiser: '李婶' });
    expect(read('民情工单 黄姑山村 王大爷 路灯坏了 周五前').place).toBe('黄姑山村');
  });
});

describe('the 民情工单 parser on young cadres’ shorthand', () => {
  it('reads a day before ddl/截止 (周五ddl, 3.10截止), keycap digits (3️⃣天内) and pinyin posts (wgz, sj)', () => {
    const ddl = read('民情工单 龙井安置点 王孃孃 屋头水管爆了 让wgz小罗跟进 周五ddl');
    expect(ddl).toMatchObject({ holder: '小罗', due: '2026-03-06', content: '屋头水管爆了' });
    expect(read('民情工单 龙井安置点 王孃孃 屋头水管爆了 3.10截止')).toMatchObject({ due: '2026-03-10', content: '屋头水管爆了' });
    expect(read('民情工单 龙井安置点 王孃孃 屋头水管爆了 张sj跟进 3️⃣天内')).toMatchObject({ holder: '张书记', due: '2026-03-07' });
  });

  it('reads a landline with its area code in brackets, and 呢两日 (these two days) as no date', () => {
    const draft = read('民情工单 和顺村 陈生 (0757)85123456 话宿舍冇热水 呢两日');
    expect(draft.phone).toBe('0757-85123456');
    expect(draft.due).toBeUndefined();
    expect(missingOf(draft)).toBe('due');
  });
});

describe('the 民情工单 parser on names and places written with marks', () => {
  it('reads places and names hidden as XX/××/王XX, and a name in quotes', () => {
    expect(read('民情工单 XX社区 王XX 反映楼道灯坏了 周五前')).toMatchObject({ place: 'XX社区', raiser: '王XX' });
    expect(read('民情工单 xx镇××村 张某某 说低保停了 周五前')).toMatchObject({ place: '××村', raiser: '张某某' });
    expect(read('民情工单 幸福村 “王大爷” 说低保停了 周五前').raiser).toBe('王大爷');
  });

  it('reads a building-unit-room written with dashes (3-2-502) before the name, and no person named 王姓', () => {
    expect(read('民情工单 幸福社区3-2-502 王大爷 低保停了 周五前')).toMatchObject({ place: '幸福社区', raiser: '王大爷' });
    const surnameOnly = read('民情工单 幸福村 王姓村民 说低保停了 周五前');
    expect(surnameOnly.raiser).toBeUndefined();
    expect(missingOf(surnameOnly)).toBe('raiser');
  });
});

describe('the 民情工单 parser on factory parks and Cantonese wording', () => {
  it('reads an industrial park (工业区, 工业园) as the place, never as a district above one; 拖粮 as wages', () => {
    expect(read('民情工单 联和工业区 阿芳 话宿舍冇热水 听日')).toMatchObject({ place: '联和工业区', raiser: '阿芳' });
    expect(read('民情工单 联和工业园宿舍 黄仔 话厂里拖粮两个月 交俾劳动站跟进 下礼拜一前')).toMatchObject({
      place: '联和工业园',
      raiser: '黄仔',
      category: '就业社保',
    });
  });

  it('takes a word ending like a place said just before the place (桂城 东二社区) as no person', () => {
    const draft = read('民情工单 桂城 东二社区 佢哋栋楼部电梯成日坏 交俾物业跟进 三日内');
    expect(draft.raiser).toBeUndefined();
    expect(missingOf(draft)).toBe('raiser');
    // A kin name there is the person (苏伯 第10网格).
    expect(read('民情工单 苏伯 第10网格 想申请家庭病床 两周内').raiser).toBe('苏伯');
  });

  it('reads 即刻搵咗师傅整好咗 (done at once, someone called) as solved, but not 马上修好 (a promise)', () => {
    expect(read('民情工单 东二社区 李生 话屋企水管爆咗 即刻搵咗师傅整好咗').onSpot).toBe(true);
    expect(read('民情工单 东二社区 李生 话屋企水管爆咗 马上修好').onSpot).toBeFalsy();
  });
});

describe('the 民情工单 parser on dictated Shandong messages with commas', () => {
  it('reads a holder after two posts (村里的会计刘洪亮) sent 过去, and a town then the village after a comma', () => {
    const visit = read(
      '民情工单，今天头午俺去了朱保镇后疃村，碰着了王大娘，她说她家老房子屋顶漏雨了，俺让村里的会计刘洪亮明天过去看看，这个礼拜五以前给俺个准信。',
    );
    expect(visit).toMatchObject({ place: '后疃村', raiser: '王大娘', holder: '刘洪亮', due: '2026-03-06' });
    const town = read('民情工单，沂南县依汶镇，东辛庄村，李老三，说他儿子的工钱让老板给扣下了，让镇上劳动保障所对接一下，月底之前。');
    expect(town).toMatchObject({ place: '东辛庄村', raiser: '李老三', holder: '劳动保障所', due: '2026-03-31' });
  });

  it('reads a phone dictated in groups with commas (幺三九，五三九二，八八七六), and 让X给问问 without the 给', () => {
    const draft = read(
      '民情工单，考棚社区的张大爷，电话幺三九，五三九二，八八七六，他说楼下烧烤摊子吵到半夜，让包村干部吕娜给问问，三天之内给个回话。',
    );
    expect(draft).toMatchObject({ phone: '13953928876', raiser: '张大爷', holder: '吕娜', due: '2026-03-07' });
  });
});

describe('the 民情工单 parser on a young cadre’s own templates', () => {
  it('reads informal labels (村：, 人：, 事：, 谁跟：, 啥时候：) and an English day between the holder and the errand', () => {
    const form = read('民情工单 【入户走访】村：沙坝村 人：罗奶奶 事：电表箱烧了 谁跟：小杨 啥时候：明天');
    expect(form).toMatchObject({ place: '沙坝村', raiser: '罗奶奶', holder: '小杨', due: '2026-03-05', content: '电表箱烧了' });
    const english = read('民情工单 沙坝村3组 罗奶奶 说屋头的电表箱烧了 让村电工小杨today去看 明天之前搞定');
    expect(english).toMatchObject({ holder: '小杨', due: '2026-03-05', content: '屋头的电表箱烧了' });
  });

  it('takes a resettlement site named only by its kind (易地扶贫搬迁安置点) as no name, and reads the estate after it', () => {
    expect(read('民情工单 易地扶贫搬迁安置点 幸福家园小区 罗奶奶 说电梯坏了 周五前').place).toBe('幸福家园小区');
  });

  it('reads 已经手把手教会了 as solved on the spot', () => {
    expect(read('民情工单 沙坝村 罗奶奶 反映医保缴费小程序不会用 已经手把手教会了').onSpot).toBe(true);
  });
});

describe('the 民情工单 parser on more of the same classes', () => {
  it('reads 转<unit>调解, 让<unit>的<post>给看看, 后个/今个 said alone, and 搞掂咗 as the last words as solved', () => {
    expect(read('民情工单 华口社区 冯伯 话天花渗水 两家嗌咗几次 转司法所调解 两个礼拜内').holder).toBe('司法所');
    const station = read('民情工单 大王庄村 王大娘 说她家大棚让风给刮倒了 让农业站的孙站长给看看 后个给回话');
    expect(station).toMatchObject({ holder: '孙站长', due: '2026-03-06' });
    expect(read('民情工单 大王庄村 王大娘 说大棚塌了 今个给回话').due).toBe('2026-03-04');
    expect(read('民情工单 华口社区 冯伯 话屋企天花渗水 搞掂咗').onSpot).toBe(true);
    // Solved before and broken again is not solved now.
    expect(read('民情工单 华口社区 冯伯 话屋企天花渗水 上次搞掂咗 又漏了').onSpot).toBeFalsy();
  });

  it('guesses 环境 for burning in Cantonese (烧嘢, 烟好大)', () => {
    expect(read('民情工单 华口社区 阿梅 话宿舍楼下成日有人烧嘢 烟好大 听日之内').category).toBe('环境');
  });
});

describe('the 民情工单 parser on commas where dictation pauses inside a field', () => {
  it('reads a mobile number dictated 3-4-4 with commas (138，8012，3456) and an @-mention with a comma before the verb', () => {
    const draft = read('民情工单 第3网格，王孃孃，说楼道路灯坏了，电话138，8012，3456，本周五前');
    expect(draft).toMatchObject({ phone: '13880123456', content: '楼道路灯坏了' });
    expect(read('民情工单 秀文路小区，许家姆妈讲小囡放学没人管。@唐静，侬先了解下情况').holder).toBe('唐静');
  });
});

describe('the 民情工单 parser on names told inside the matter', () => {
  it('takes no holder from what someone is in charge of (负责的那片果园, 负责不到位, 是X负责修的)', () => {
    for (const said of ['说他儿子王强负责的那片果园没人管了', '说村里的路灯是高明负责修的 现在又坏了', '说物业经理张强负责不到位']) {
      expect(read(`民情工单 幸福村 王大爷 ${said} 周五前`).holder).toBeUndefined();
    }
  });

  it('takes no holder nor raiser from 叫 with a gap after it (狗天天叫 李四…)', () => {
    const draft = read('民情工单 幸福村 王大爷 说隔壁李四家的狗天天叫 李四13812345678 周五前');
    expect(draft).toMatchObject({ raiser: '王大爷', phone: '13812345678' });
    expect(draft.holder).toBeUndefined();
  });
});
