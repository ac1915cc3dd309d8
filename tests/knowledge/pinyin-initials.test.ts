import { describe, expect, it } from 'vitest';
import { isInDomain, isOutOfScope } from '../../bot/features/ask/scope';
import { cleanQuestion, expandPinyinInitials, fixDomainTypos, readChatShorthand, rewriteEveryday, withoutChatSlang } from '../../knowledge';
import { everydayAsk } from '../helpers/everyday-ask';

/**
 * pinyin1 (issue 22): chat shorthand on the ask path. Pinyin initials of the domain's words read only as whole ASCII
 * tokens, decorating net slang taken away, homophone typos of the words of a member's own case read as meant, and a
 * level on a game or a delivery platform declined, not answered with the certificate's levels. Sentences written for
 * this test, none taken from an eval set or the generator's tables.
 */

describe('pinyin initials of the domain words', () => {
  it.each([
    ['我们dfei是按季度收吗', '我们党费是按季度收吗'],
    ['DY每个月都得交DF吗', '党员每个月都得交党费吗'],
    ['Dy转正以后怎么算', '党员转正以后怎么算'],
    ['zbwyh和zwh是一回事吗', '支部委员会和支委会是一回事吗'],
    ['ztdr能放周末吗', '主题党日能放周末吗'],
    ['rdsqs手写还是打印', '入党申请书手写还是打印'],
    ['ybq能延长几次', '预备期能延长几次'],
    ['他受了yzjg还能当zbsj吗', '他受了严重警告还能当支部书记吗'],
    ['zb2024年换的届', '支部2024年换的届'],
    ['zb sj谁来选', '支部书记谁来选'],
    ['去年没参加dxzh和mzpy会咋样', '去年没参加党小组会和民主评议会咋样'],
    ['dangyuan能不能兼职', '党员能不能兼职'],
  ])('%s', (typed, read) => {
    expect(expandPinyinInitials(typed)).toBe(read);
  });

  it.each([
    // English words, app names and office abbreviations: no entry, or letters inside a longer word.
    ['开会用的PPT发群里了 OK吗', '开会用的PPT发群里了 OK吗'],
    ['QQ群和微信app都发了通知', 'QQ群和微信app都发了通知'],
    ['学习资料在dynamic那个文件夹', '学习资料在dynamic那个文件夹'],
    ['zbx和dyy是谁', 'zbx和dyy是谁'],
    // Web and mail addresses keep every letter.
    ['通知在 https://zb.example.org/dy/list 上', '通知在 https://zb.example.org/dy/list 上'],
    ['材料发到 dy@example.com 行不', '材料发到 dy@example.com 行不'],
    ['网站是 www.zb.cn', '网站是 www.zb.cn'],
    // dy said of 抖音 and zb of 直播.
    ['我在dy上刷到一个视频', '我在dy上刷到一个视频'],
    ['晚上看zb到十二点', '晚上看zb到十二点'],
    ['进了个zb间买东西', '进了个zb间买东西'],
    // df alone with nothing of paying around it.
    ['df那边回消息了没', 'df那边回消息了没'],
  ])('not read: %s', (typed, kept) => {
    expect(expandPinyinInitials(typed)).toBe(kept);
  });

  it('df is the 党费 where the text speaks of paying it', () => {
    expect(expandPinyinInitials('退休了df还按比例扣吗')).toBe('退休了党费还按比例扣吗');
  });
});

describe('net slang that only decorates', () => {
  it.each([
    ['救命 我们支部三个月没开会了', '我们支部三个月没开会了'],
    ['绝了我连誓词都背不全', '我连誓词都背不全'],
    ['家人们 预备期能缩短吗', '预备期能缩短吗'],
    ['党费到底交给谁 栓Q', '党费到底交给谁'],
    ['这个规定yyds 可是谁来批啊', '这个规定 可是谁来批啊'],
    ['哈哈哈哈 我又忘了交党费', '我又忘了交党费'],
  ])('%s', (typed, read) => {
    expect(withoutChatSlang(typed)).toBe(read);
  });

  it.each(['他拒绝了 支部怎么处理', '救命钱能不能从党费里出', '家人们都反对我入党怎么办', '活动名叫绝了吗'])(
    'kept where it is a word of the question: %s',
    (typed) => {
      expect(withoutChatSlang(typed)).toBe(typed);
    },
  );

  it('line breaks stay, so a pasted question keeps its options apart', () => {
    expect(withoutChatSlang('救命 这题选啥\nA.三个月\nB.六个月')).toBe('这题选啥\nA.三个月\nB.六个月');
  });

  it('slang and initials together', () => {
    expect(readChatShorthand('救命 zb的dfei谁在管')).toBe('支部的党费谁在管');
  });
});

describe('homophone typos of a member’s own case', () => {
  it.each([
    ['我妹年令还差两个月', '年龄'],
    ['满几随可以写申请', '几岁'],
    ['几碎能入党', '几岁'],
    ['党费的鸡数包括奖金吗', '基数'],
  ])('%s', (typed, word) => {
    expect(cleanQuestion(typed)).toContain(word);
  });

  // The 党费 calculator and the paste reader read the typo table alone (no homophone reader there).
  it.each([
    ['申清书要写多少字', '申请书'],
    ['伸请表在哪领', '申请表'],
    ['档员外出打工组织关系放哪里', '党员'],
    ['他还是预被的', '预备'],
    ['明年专正要准备什么', '转正'],
    ['工资机数怎么定', '工资基数'],
  ])('in the typo table: %s', (typed, word) => {
    expect(fixDomainTypos(typed)).toContain(word);
  });

  it('the handbook search reads them too', () => {
    expect(rewriteEveryday('申清书年令')).toContain('申请');
    expect(rewriteEveryday('申清书年令')).toContain('年龄');
    expect(rewriteEveryday('党费鸡数')).toContain('基数');
  });

  it('a real word holding the same characters keeps its own', () => {
    expect(cleanQuestion('计算机数量够不够')).toContain('计算机数量');
    expect(rewriteEveryday('计算机数量够不够')).toContain('计算机数量');
  });
});

describe('a level on a game or a platform is not the certificate’s', () => {
  it.each(['饿了么骑手等级怎么升', '会员等级多久升一次', '王者段位掉了咋办', '周末想冲个王者'])('declined: %s', (q) => {
    expect(isOutOfScope(q)).toBe(true);
  });

  it.each(['持证上岗证书的等级怎么升', '证书分几个等级'])('the certificate’s levels stay in scope: %s', (q) => {
    expect(isOutOfScope(q)).toBe(false);
  });

  it('initials alone put a question in the domain', () => {
    expect(isInDomain('dfei交给谁')).toBe(true);
    expect(isInDomain('ybdy能投票不')).toBe(true);
  });
});

describe('through the everyday eval’s own path', () => {
  const ask = everydayAsk();

  it('a student member’s dfei goes to the 党费 calculator', async () => {
    const reply = await ask('学生dy每月dfei交多少');
    expect(reply.kind).toBe('dues');
    expect(reply.answer).toContain('0.2');
  });

  it('dfei asked with nothing else of the Party is in scope and answered', async () => {
    const reply = await ask('dfei按税前算还是税后算');
    expect(reply.kind).toBe('handbook');
    expect(reply.answer).toContain('税后');
  });

  it('zzsh asked alone reaches the rule on meetings', async () => {
    const reply = await ask('zzsh多久开一次');
    expect(reply.kind).toBe('handbook');
  });

  it('a platform level asked is declined, not answered with 持证上岗 levels', async () => {
    const reply = await ask('饿了么骑手等级怎么升啊');
    expect(reply.kind).toBe('declined');
    expect(reply.answer).not.toContain('持证上岗');
  });

  it('slang alone is noise, not a question', async () => {
    const reply = await ask('绝了 yyds');
    expect(reply.kind).toBe('chitchat');
  });
});
