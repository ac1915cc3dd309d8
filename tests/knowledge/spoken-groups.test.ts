import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTicket } from '../../bot/features/tickets/parse';
import { normalizeInput, readSpoken, readSpokenKeepingLength } from '../../knowledge';
import { rowMatches, SPOKEN_ROWS } from '../../knowledge/text/spoken';

/**
 * The dialect groups the table of spoken words (knowledge/text/spoken.ts) came to cover in its second round: 客家,
 * 闽东 and more 闽南, 赣, 晋, 江淮, 云贵, 北京, 胶辽, 中原, 西北, the gaps of 粤 and 吴, and slips of voice input. Every
 * sentence here was written for this test from general knowledge of the dialects, none taken from an eval set.
 */
const root = join(import.meta.dirname, '../..');

/** The groups added in that round: every row of theirs is new. */
const NEW_GROUPS = ['hakka', 'mindong', 'gan', 'jin', 'jianghuai', 'yungui', 'beijing', 'jiaoliao', 'zhongyuan', 'northwest'];

describe('plain Mandarin is left alone', () => {
  // Safety check 1: each row run alone (longer rows cannot hide it) over the handbook's lines, the facts' answers and
  // questions and the built-in bank's rows. A hit is a guard to fix, never a text to change.
  it('no row of the table rewrites anything the handbook, the facts or the bank say', () => {
    const texts = domainTexts().map((t) => normalizeInput(t).toLowerCase());
    const hits = SPOKEN_ROWS.flatMap((row) =>
      texts.flatMap((t) => rowMatches(row, t).map((m) => `${row.group} ${row.spelt}: ${m} in ${t.slice(0, 40)}`)),
    );
    expect(texts.length).toBeGreaterThan(1500);
    expect(hits).toEqual([]);
  });

  // The handbook is short: jieba's dictionary holds the Mandarin words these spellings could sit inside (山雨欲来,
  // 丁汝昌, 咖哩, 渠系). A new group's row may match a dictionary entry only when the entry is the dialect word itself.
  it('no new group rewrites a word of the Mandarin dictionary other than its own dialect words', () => {
    const dictionary = readFileSync(join(root, 'node_modules/@node-rs/jieba/dict.txt'), 'utf8')
      .split('\n')
      .map((line) => line.split(' '))
      .filter(([, freq]) => Number(freq) >= 3)
      .map(([word]) => word!);
    // The dialect words themselves, and entries where the reading is the meaning (classical 汝 is 你, 甭想 is 不用想,
    // 哩 closing 唐僧哩 is 呢).
    const dialectWords = new Set(['厓', '毋', '吂', '伓', '忒', '多早晚', '倍儿', '这么着', '干么', '哩', '阿会喃', '哪样', '仨月']);
    const sameMeaning = new Set(['汝', '甭', '忒楞楞', '山砠水厓', '唐僧哩', '夏风哩']);
    const hits = SPOKEN_ROWS.filter((row) => NEW_GROUPS.includes(row.group)).flatMap((row) =>
      dictionary
        // A plain spelling can only match inside a word that holds it (the look is far cheaper than the regex).
        .filter((w) => (row.pattern ? true : w.includes(row.spelt)) && !dialectWords.has(w))
        .filter((w) => !sameMeaning.has(row.spelt) && !sameMeaning.has(w) && rowMatches(row, w).length > 0)
        .map((w) => `${row.spelt}: ${w}`),
    );
    expect(hits).toEqual([]);
  });

  it.each([
    '天涯海角',
    '职业生涯要规划',
    '宁缺毋滥',
    '毋庸置疑',
    '水渠道路',
    '渠系配套',
    '价格是多少',
    '资格是什么',
    '哪样都行',
    '哪点不对',
    '哪块地',
    '按照规定',
    '不照顾',
    '克服困难',
    '攻克难关',
    '千克',
    '他克扣工资',
    '取得行政许可',
    '集中吗',
    '不介意',
    '阿拉善盟',
    '阿达尔',
    '阿们',
    '一样般配',
    '什么个情况',
    '什么事',
    '为什么得这样',
    '什么人',
    '还没做呢',
    '年底时',
    '平安怎么过',
    '给予表彰',
    '予以批评',
    '山雨欲来',
    '洪厝村',
    '阮书记',
    '咖哩饭',
    '拨打电话',
    '拨款到位',
    '俚语',
    '做毛衣',
    '汝州市',
    '丁汝昌',
    '解不下来',
    '这搭配',
    '哪阵风',
    '十几时辰',
  ])('leaves %s', (text) => {
    expect(readSpoken(text)).toBe(text);
  });
});

describe('the new groups read as Mandarin', () => {
  it.each([
    // 客家
    ['𠊎个党费几时交', '我个党费什么时候交'],
    ['厓兜支部三会一课几久开一次', '我们支部三会一课多久开一次'],
    ['佢吂转正，爱毋爱交党费', '他还没转正，要不要交党费'],
    ['涯系预备党员，有冇表决权', '我是预备党员，有没有表决权'],
    ['毋知组织关系样般转', '不知道组织关系怎么转'],
    ['么人批准转正', '谁批准转正'],
    // 闽南, 潮汕
    ['党费底时交', '党费什么时候交'],
    ['伊的组织关系安怎转', '他的组织关系怎么转'],
    ['组织关系做呢转', '组织关系怎么转'],
    ['伊敢有交党费', '他有没有交党费'],
    ['转正叨位办', '转正哪里办'],
    ['𣍐使代交党费', '不可以代交党费'],
    // 闽东
    ['底侬批准转正', '谁批准转正'],
    ['党费张样交', '党费怎样交'],
    ['三会一课几侬到会', '三会一课几个人到会'],
    // 赣
    ['党费么里时候交', '党费什么时候交'],
    ['组织关系何里转', '组织关系怎么转'],
    ['渠冒交党费', '他没交党费'],
    // 晋
    ['党费甚会儿交', '党费什么时候交'],
    ['组织关系兀搭办', '组织关系那里办'],
    // 江淮
    ['预备党员阿有表决权', '预备党员有没有表决权'],
    ['党费多晚交', '党费什么时候交'],
    ['组织关系哪块办', '组织关系哪里办'],
    ['支委会么事时候开', '支委会什么时候开'],
    // 云贵
    ['预备期满了咋个整', '预备期满了怎么办'],
    ['你格要交党费', '你要不要交党费'],
    ['党费哪阵交', '党费什么时候交'],
    ['组织关系哪点办', '组织关系哪里办'],
    ['要克镇上交党费', '要去镇上交党费'],
    ['这个支书板扎', '这个支书很好'],
    // 北京
    ['党费多咱交', '党费什么时候交'],
    ['甭交党费', '不用交党费'],
    // 胶辽, 中原, 西北
    ['党费啥前儿交', '党费什么时候交'],
    ['知不道组织关系咋着转', '不知道组织关系怎么转'],
    ['党费按月交中不', '党费按月交行不行'],
    ['党费啥时交', '党费什么时候交'],
    ['组织关系阿么转', '组织关系怎么转'],
    ['支部党员大会么有开', '支部党员大会没有开'],
    // 粤, 吴 gaps
    ['党费几时交', '党费什么时候交'],
    ['党费使唔使交', '党费需不需要交'],
    ['党费交咗未', '党费交了没有'],
    ['党费哪哼交', '党费怎么交'],
    ['俚的组织关系哪能转', '他的组织关系怎么转'],
    // any "when" before 开一次 asks how often
    ['党小组会几时开一次', '党小组会多久开一次'],
    ['党小组会多咱开一回', '党小组会多久开一次'],
    // voice input
    ['党费怎摸交', '党费怎么交'],
    ['咋们支部党费咋么交', '我们支部党费怎么交'],
  ])('reads %s as %s', (typed, plain) => {
    expect(readSpoken(typed)).toBe(plain);
  });

  it('keeps the length for the 民情 parser, with a short reading where the Mandarin is longer', () => {
    for (const typed of ['佢吂转正', '党费交咗未', '几侬到会', '甭等了', '伲支部', '做毛未转正']) {
      expect(readSpokenKeepingLength(typed)).toHaveLength(typed.length);
    }
    expect(readSpokenKeepingLength('佢吂转正')).toBe('他未转正');
    expect(readSpokenKeepingLength('𣍐使代交')).toBe('不可以代交');
  });
});

describe('民情 records in the new groups', () => {
  const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

  it('reads 闽南 予 and 吴 拨 opening a clause as who is to handle it, the name given as typed', () => {
    expect(read('民情工单 洪厝村 阿水伯讲伊厝顶漏水 予林志明去看 下礼拜一前')).toMatchObject({
      place: '洪厝村',
      raiser: '阿水伯',
      holder: '林志明',
    });
    expect(read('民情工单 坂头村 阿福伯讲路灯𣍐光 予陈建华去看 后日前')).toMatchObject({ raiser: '阿福伯', holder: '陈建华' });
    expect(read('民情工单 城南社区 张阿姨讲水管漏水 拨王建国处理 三天里向')).toMatchObject({
      place: '城南社区',
      raiser: '张阿姨',
      holder: '王建国',
    });
  });

  it('gives the matter back as typed in 客家, 云贵 and 北京 words', () => {
    const hakka = read('民情工单 黄屋村 刘伯话佢屋下水管爆咗 吂曾修好 交畀张伟跟进 礼拜五前');
    expect(hakka).toMatchObject({ place: '黄屋村', raiser: '刘伯', holder: '张伟' });
    expect(hakka.content).toContain('吂曾修好');
    expect(read('民情工单 西街社区 李大妈说楼道灯坏了甭等了 交给王刚 今天').content).toContain('甭等了');
  });
});

/** The handbook's lines, the facts' answers and questions (not their paraphrases, written in dialect on purpose), the bank. */
function domainTexts(): string[] {
  const texts: string[] = [];
  const dir = (d: string) => join(root, 'knowledge', d);
  for (const f of readdirSync(dir('handbook'))) texts.push(...readFileSync(join(dir('handbook'), f), 'utf8').split(/\n|。/));
  for (const f of readdirSync(dir('facts')).filter((n) => n.endsWith('.jsonl')))
    for (const line of readFileSync(join(dir('facts'), f), 'utf8')
      .split('\n')
      .filter(Boolean)) {
      const fact = JSON.parse(line) as { q: string; a: string };
      texts.push(...fact.a.split('。'), fact.q);
    }
  for (const f of readdirSync(dir('questions')).filter((n) => n.endsWith('.csv')))
    texts.push(...readFileSync(join(dir('questions'), f), 'utf8').split('\n'));
  return texts.filter((t) => t.trim());
}
