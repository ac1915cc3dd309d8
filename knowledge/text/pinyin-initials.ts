/**
 * Chat shorthand on the ask path: pinyin initials typed for the words of Party work (dy 党员, zb 支部, dfei 党费,
 * zzsh 组织生活, rdsqs 入党申请书), and net slang that only decorates a question (绝了, 救命, yyds, 家人们, 栓Q), taken
 * away as emoji are. Members who type fast on a phone (riders, workers, students) write both; the rules and the
 * facts spell the words out.
 *
 * An initialism is read only as a whole run of ASCII letters with no letter on either side (dy党费, DY, zb2023 are
 * read; dyn, ok, app, QQ, PPT and every English word are not), never inside a web address or a mail address
 * (zb.example.com, dy@qq.com), and only from this table of the domain's words: letters of no entry stay as typed.
 */

interface Initialism {
  /** The letters, lower case. */
  letters: string;
  /** The word meant. */
  word: string;
  /**
   * Whether the letters mean the word only where the text around them speaks of it: the text with the initials read
   * and the offsets of the letters in the original.
   */
  when?: (text: string, start: number, end: number) => boolean;
}

/** Words around df that say it is the 党费 (a Party word, or paying an amount): df alone is too short to be sure of. */
const DUES_CONTEXT = /党|支部|交|缴|扣|工资|收入|退休金|税|元|块|多少钱|比例|基数|标准|[咋怎]么算/;

/**
 * dy is also 抖音 and zb 直播 in net slang: not read where what follows or precedes is said of an app or a stream
 * (dy上刷到, dy号, dy直播, 看zb, zb间, zb带货).
 */
const APP_AFTER = /^\s*(?:上(?:刷|看|搜|发)|里(?:刷|看)|号|视频|直播|主播|博主|粉丝|账号|极速版|app)/i;
const STREAM_AFTER = /^\s*(?:间|带货|回放|平台|主播)/;
const STREAM_BEFORE = /(?:看|刷|开了?个?|上)\s*$/;

/**
 * The domain's initialisms, written from the handbook's terms. Common in real chats (members' groups, the questions
 * members send): dy, zb, sj, df/dfei, dydh, zbsj, shyk, zzsh, ybdy, jjfz, fzdx, rdsqs, ztdr, zwh. The others are
 * rarer but spell no other common word: a reader of them costs nothing where they are not typed.
 * Left out on purpose: dk (贷款 more than 党课), zz (转正, 政治, 自主…), dl (道理, 代理), rd (研发), dh (电话), jsr (接收人).
 */
const TABLE: Initialism[] = [
  // Members and their stages
  { letters: 'dy', word: '党员', when: (t, _s, e) => !APP_AFTER.test(t.slice(e)) },
  { letters: 'zsdy', word: '正式党员' },
  { letters: 'ybdy', word: '预备党员' },
  { letters: 'ybq', word: '预备期' },
  { letters: 'lddy', word: '流动党员' },
  { letters: 'fzdy', word: '发展党员' },
  { letters: 'rdjjfz', word: '入党积极分子' },
  { letters: 'jjfz', word: '积极分子' },
  { letters: 'fzdx', word: '发展对象' },
  { letters: 'rdsqr', word: '入党申请人' },
  { letters: 'rdsqs', word: '入党申请书' },
  { letters: 'rdzys', word: '入党志愿书' },
  { letters: 'rdjsr', word: '入党介绍人' },
  { letters: 'pylxr', word: '培养联系人' },
  { letters: 'sxhb', word: '思想汇报' },
  // Organisations and offices
  {
    letters: 'zb',
    word: '支部',
    when: (t, s, e) => !STREAM_AFTER.test(t.slice(e)) && !STREAM_BEFORE.test(t.slice(0, s)),
  },
  { letters: 'dzb', word: '党支部' },
  { letters: 'dzz', word: '党组织' },
  { letters: 'dxz', word: '党小组' },
  { letters: 'dxzz', word: '党小组长' },
  { letters: 'sj', word: '书记' },
  { letters: 'zbsj', word: '支部书记' },
  { letters: 'zwh', word: '支委会' },
  { letters: 'zbwyh', word: '支部委员会' },
  // Life of the branch
  { letters: 'shyk', word: '三会一课' },
  { letters: 'dydh', word: '党员大会' },
  { letters: 'zbdh', word: '支部大会' },
  { letters: 'zbdydh', word: '支部党员大会' },
  { letters: 'dxzh', word: '党小组会' },
  { letters: 'zzsh', word: '组织生活' },
  { letters: 'zzshh', word: '组织生活会' },
  { letters: 'mzshh', word: '民主生活会' },
  { letters: 'ztdr', word: '主题党日' },
  { letters: 'mzpy', word: '民主评议' },
  { letters: 'mzpydy', word: '民主评议党员' },
  { letters: 'txth', word: '谈心谈话' },
  { letters: 'zzgx', word: '组织关系' },
  { letters: 'zzgxzj', word: '组织关系转接' },
  // Dues: df only where the text speaks of paying (df is also many a brand and a file); dfei and the pinyin in full
  // always.
  { letters: 'df', word: '党费', when: (t) => DUES_CONTEXT.test(t) },
  { letters: 'dfei', word: '党费' },
  { letters: 'dangfei', word: '党费' },
  // Discipline
  { letters: 'jlcf', word: '纪律处分' },
  { letters: 'yzjg', word: '严重警告' },
  { letters: 'ldck', word: '留党察看' },
  { letters: 'kcdj', word: '开除党籍' },
  // The pinyin in full, typed with the input method switched off.
  { letters: 'dangyuan', word: '党员' },
  { letters: 'zhibu', word: '支部' },
  { letters: 'rudang', word: '入党' },
];

const BY_LETTERS = new Map(TABLE.map((i) => [i.letters, i]));

/** The initialisms known, lower case, with the words meant (for tests and the docs). */
export const PINYIN_INITIALS: ReadonlyMap<string, string> = new Map(TABLE.map((i) => [i.letters, i.word]));

/**
 * Web and mail addresses: a run of address characters holding "://", "www.", an @ between letters or a dot between
 * two letters or digits (zb.gov.cn). Their letters are never initials.
 */
const ADDRESS = /[A-Za-z0-9][A-Za-z0-9._~:/?#@!$&'*+,;=%-]*(?:[/@]|\.[A-Za-z0-9])[A-Za-z0-9._~:/?#@!$&'*+,;=%-]*/g;
const IS_ADDRESS = /:\/\/|www\.|[A-Za-z0-9]@[A-Za-z0-9]|[A-Za-z0-9]\.[A-Za-z]/i;

/** The spans of web and mail addresses in the text. */
function addressSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(ADDRESS)) if (IS_ADDRESS.test(m[0])) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** "zb sj": 支部 and 书记 typed apart, one word. */
const BRANCH_SECRETARY_APART = /(?<![A-Za-z])zb\s+sj(?![A-Za-z])/gi;

/** The text with the domain's pinyin initials read as the words meant; any other letters stay as typed. */
export function expandPinyinInitials(text: string): string {
  if (!/[A-Za-z]/.test(text)) return text;
  const source = text.replace(BRANCH_SECRETARY_APART, 'zbsj');
  const addresses = addressSpans(source);
  let out = '';
  let last = 0;
  for (const m of source.matchAll(/[A-Za-z]+/g)) {
    const start = m.index;
    const end = start + m[0].length;
    const entry = BY_LETTERS.get(m[0].toLowerCase());
    if (!entry || addresses.some(([s, e]) => start >= s && end <= e)) continue;
    if (entry.when && !entry.when(source, start, end)) continue;
    out += source.slice(last, start) + entry.word;
    last = end;
  }
  return last === 0 ? source : out + source.slice(last);
}

/**
 * Net slang that only decorates: an exclamation (绝了, 救命, 栓Q, 破防了), an address to everyone (家人们, 姐妹们), a
 * laugh (哈哈哈, xswl, hhh) or praise (yyds, 绝绝子). Each is read only where it stands as a piece of its own: at the
 * start, the end, or between pauses, so 拒绝了, 救命钱, 家人们都同意 keep their words.
 */
const PAUSE = '(?:^|(?<=[\\s，,。.！!？?；;：:~～…、]))';
const PAUSE_AFTER = '(?=$|[\\s，,。.！!？?；;：:~～…、])';
/** Slang that may run straight into the question after it (绝了我也忘了, 救命这咋办): a left edge is enough. */
const OPENING_SLANG = ['绝了', '绝绝子', '救命(?!钱|稻草|恩|药|车|的)', '家人们谁懂啊?', '谁懂啊', '好家伙', '无语子', '我真的会谢'];
/** Slang that must stand between pauses (家人们 is the family too, 离谱 may be said of a rule). */
const STANDING_SLANG = [
  '家人们',
  '姐妹们',
  '集美们',
  '兄弟们',
  '栓[qQ]',
  '芭比[qQ]了?',
  '破防了',
  '绝了',
  '救命',
  '蚌埠住了',
  '笑死',
  '离大谱',
  '麻了',
  '啊这',
  '无语',
  '裂开',
  '哈{3,}',
  '呜{2,}',
];
/** Latin slang: whole ASCII tokens only. */
const LATIN_SLANG = /(?<![A-Za-z0-9])(?:yyds|xswl|awsl|nsdd|yysy|u1s1|emm+|h{3,}|233+|orz)(?![A-Za-z0-9])/gi;

const SLANG = new RegExp(
  `${PAUSE}(?:${OPENING_SLANG.join('|')})|${PAUSE}(?:${STANDING_SLANG.join('|')})${PAUSE_AFTER}|${LATIN_SLANG.source}`,
  'gi',
);

/**
 * The text without decorating net slang; a space stands where it was, and nothing is left where nothing else was.
 * Line breaks stay (a pasted exam question keeps its options apart).
 */
export function withoutChatSlang(text: string): string {
  const out = text.replace(SLANG, ' ');
  return out === text
    ? text
    : out
        .replace(/[^\S\n]+/g, ' ')
        .replace(/^ +| +$/gm, '')
        .trim();
}

/** Chat shorthand read: slang taken away, then initials read as the words meant. */
export function readChatShorthand(text: string): string {
  return expandPinyinInitials(withoutChatSlang(text));
}
