import { withoutCourtesy } from '../text/courtesy';
import { DOMAIN_WORDS } from '../text/domain-words';
import { homophoneReader } from '../text/homophones';
import { normalizeInput } from '../text/normalize';
import { HAN_DIGITS } from '../text/numerals';
import { OPEN_ALTERNATIVE } from '../text/open-alternative';
import { readChatShorthand } from '../text/pinyin-initials';
import { readSpoken } from '../text/spoken';
import { joinSpacedWords } from './clauses';
import { withoutClosingPleas } from './closing-pleas';
import { loadFacts } from './facts';
import { removalAsDissolution } from './removed-branch';

/**
 * A question as the fact layer compares it: normalised (繁体, full width), without emoji, flags and other
 * decoration, and with the domain's common typos read as meant. "🇨🇳党费🙂怎么交？" and "党费怎么交" are one question.
 */

/**
 * Misspellings seen in members' questions: homophones typed by pinyin input (民主评义, 积级分子, 党废) and
 * near-shapes (枝部). Each maps to the domain word; only whole misspelt words are listed, never single characters.
 */
export const DOMAIN_TYPOS: Record<string, string> = {
  民主评义: '民主评议',
  民主平议: '民主评议',
  民主评意: '民主评议',
  积级分子: '积极分子',
  积机分子: '积极分子',
  极极分子: '积极分子',
  枝部: '支部',
  // 之 for 支 (same sound) before the words a 支部 is named in.
  之部委员: '支部委员',
  之部书记: '支部书记',
  之部大会: '支部大会',
  党之部: '党支部',
  支布: '支部',
  党支布: '党支部',
  党废: '党费',
  党肺: '党费',
  党小祖: '党小组',
  预备其: '预备期',
  预被党员: '预备党员',
  预备党圆: '预备党员',
  转证: '转正',
  介招人: '介绍人',
  介少人: '介绍人',
  支委汇: '支委会',
  组织生活汇: '组织生活会',
  三会一科: '三会一课',
  留党查看: '留党察看',
  流动党圆: '流动党员',
  入党申情: '入党申请',
  主题党曰: '主题党日',
  党令: '党龄',
  发展对像: '发展对象',
  谈心谈化: '谈心谈话',
  换界: '换届',
  // Homophones and variant spellings common in members' typing (份子 for 分子, 藉 for 籍, 侯 for 候).
  积极份子: '积极分子',
  党藉: '党籍',
  处份: '处分',
  // The Japanese form 処 of 处, which some input methods give for 處 (処分, 処理); the 繁体 conversion leaves it.
  処分: '处分',
  処理: '处理',
  処置: '处置',
  侯选人: '候选人',
  // 性 for 姓 (same sound) in the order of names on a ballot; 技术 for 基数 (near sound) in the base of 党费.
  性氏笔画: '姓氏笔画',
  党费的技术: '党费的基数',
  党费技术: '党费基数',
  计算技术: '计算基数',
  陪养: '培养',
  撤消: '撤销',
  // 待遇 typed by sound (证书撤了待预还有吗).
  待预: '待遇',
  代遇: '待遇',
  书纪: '书记',
  记律: '纪律',
  党记: '党纪',
  考查: '考察',
  党小组汇: '党小组会',
  党员大汇: '党员大会',
  正审: '政审',
  // 察 for 查 (same sound) in the reviews a member or a 党务 worker passes: 资格审察, 政治审察.
  资格审察: '资格审查',
  政治审察: '政治审查',
  // 冶 for 治 (one stroke apart, a scan's or a hurried typist's look-alike) in 政治审查, with or without 察 for 查.
  政冶审察: '政治审查',
  政冶审查: '政治审查',
  政冶: '政治',
  // 予 for 预 and 仁 for 人 (same sound), typed by pinyin input.
  予备: '预备',
  预背: '预备',
  // 各 for 备: a scan's look-alike.
  预各党员: '预备党员',
  介绍仁: '介绍人',
  // More homophones of the domain's words typed by pinyin input.
  申述: '申诉',
  入党宣示: '入党宣誓',
  宣示仪式: '宣誓仪式',
  誓辞: '誓词',
  志原书: '志愿书',
  申情书: '申请书',
  党张: '党章',
  表绝: '表决',
  转证正: '转正',
  党飞: '党费',
  // 事 for 式 (same sound but the tone) in 正式党员, which pinyin input offers first (正事 is a word of its own).
  正事党员: '正式党员',
  党领: '党龄',
  // Pinyin-input homophones of 记 and 时 in the words members ask about most (书记, 学时), and 该 for 改 in 改组.
  书计: '书记',
  学实: '学时',
  // 学识 (learning) is never counted: a number of 学识 is a number of 学时.
  多少学识: '多少学时',
  好多学识: '好多学时',
  几个学识: '几个学时',
  被该组: '被改组',
  // 辨 for 辩 (same sound, near shape), 糸 for 系 (the radical typed for the character), 太 for 态 (same sound).
  申辨: '申辩',
  联糸: '联系',
  种形太: '种形态',
  // 词 for 次 (same sound in many accents) after a verb of holding and a count: 开一词, 开几词, 交几词.
  开一词: '开一次',
  开几词: '开几次',
  开两词: '开两次',
  搞一词: '搞一次',
  搞几词: '搞几次',
  交几词: '交几次',
  交一词: '交一次',
  // 列 for 例 (same sound) in the names of the rules members look up.
  处分条列: '处分条例',
  工作条列: '工作条例',
  // 廷 for 延 (near shape, one stroke apart) in 延长, and 常 for 长 (same sound in many accents) in 多长时间.
  廷长: '延长',
  // 常 for 长 in 延长 too (不合格能不能延常), 被 for 备 in 预备期 (as in 预被党员), 机 for 基 in the 党费's 基数 and 里 for
  // 例 in 比例: the same sounds in many accents.
  延常: '延长',
  预被期: '预备期',
  党费机数: '党费基数',
  收入比里: '收入比例',
  按比里: '按比例',
  多常时间: '多长时间',
  多常时候: '多长时候',
  // Homophones typed by pinyin input for the words of a member's own case: 令 for 龄 and 随 or 碎 for 岁 (the age
  // asked of joining: 年令, 几随), 清 or 晴 for 请 (申清书), 鸡 for 基 (the 党费's 鸡数), 档 for 党 (档员), 被 for 备
  // (预被), 专 or 挣 for 转 and 正 (专正, 转挣). None of them is a word of its own.
  年令: '年龄',
  几随: '几岁',
  几碎: '几岁',
  周随: '周岁',
  申清: '申请',
  申晴: '申请',
  伸请: '申请',
  申情: '申请',
  鸡数: '基数',
  计算积数: '计算基数',
  党费积数: '党费基数',
  工资机数: '工资基数',
  缴费机数: '缴费基数',
  档员: '党员',
  // 修 for 休 (same sound) and 体 for 休 (one stroke apart) in 退休: read as in service, a retired member's 党费 would be
  // worked at the in-service rate (退修费5000 is a pension, 0.5%).
  退修: '退休',
  退体: '退休',
  预被: '预备',
  专正: '转正',
  转挣: '转正',
  // Not a typo but the everyday short form: 支书 (村支书, 老支书) is the 支部书记 the facts name; read as the full
  // word, so every rule on the 书记 answers it (支书得有几年党龄, 支书能不能兼村主任).
  支书: '支部书记',
  // The everyday short form of 组织生活会 (年底开组生会), read as the full word as 支书 is.
  组生会: '组织生活会',
};

const TYPO_PATTERN = new RegExp(Object.keys(DOMAIN_TYPOS).join('|'), 'g');

/** Emoji, pictographs, regional-indicator flags, variation selectors and joiners: decoration, never meaning. */
const DECORATION = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u{FE0E}|\u{FE0F}|\u{200D}|\u{20E3}|[\u{1F3FB}-\u{1F3FF}]/gu;

/** Removes emoji and decoration; a space stands where they separated words. */
export function stripDecoration(text: string): string {
  return text
    .replace(DECORATION, ' ')
    .replace(/[~～★☆♥♡❤✨…]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Decoration typed inside a word or a phrase ("支🙏委会", "党小组😊会谁主持", "民主评~~议"): between two characters
 * it goes without a trace, since a space there would cut the word in two; elsewhere it goes as stripDecoration takes it.
 */
const HAN_CHAR = '[\\u4e00-\\u9fff]';
const INSIDE = new RegExp(`(?<=${HAN_CHAR})(?:${DECORATION.source}|[~～★☆♥♡❤✨])+(?=${HAN_CHAR})`, 'gu');

function withoutDecoration(text: string): string {
  return stripDecoration(text.replace(INSIDE, ''));
}

/**
 * 觉 for 党, a scan's look-alike, in the words 党 starts (觉龄, 觉员, 在觉内): never after a character 觉 ends a word
 * with (自觉, 感觉, 不觉), nor before what follows 觉 in a word of its own (觉得, 觉悟, 感觉员工, 费用).
 */
const SCANNED_PARTY = /(?<![自感知发睡警察视听味直错幻不先])觉(?=龄|员(?!工)|章|籍|费(?![用劲时力事])|内[^心容])/g;

/**
 * 原 for 员 (same sound) in 党员 where what follows is what a member has or does (党原有几项权利, 党原的义务, 党原要交党费):
 * not 入党原因, 党原则, 党原来 (other words), which the homophone reader leaves for the real word 原有 it sees.
 */
const MEMBER_TYPED_ORIGIN = /(?<!入)党原(?=有|的|要|应|能|可以|享有|权|义务|交|[，,。？?\s]|$)/g;

/** Reads the domain's common typos as the words meant. */
export function fixDomainTypos(text: string): string {
  return text
    .replace(TYPO_PATTERN, (typo) => DOMAIN_TYPOS[typo]!)
    .replace(SCANNED_PARTY, '党')
    .replace(MEMBER_TYPED_ORIGIN, '党员')
    .replace(DUES_LOOKALIKE, '党费');
}

/**
 * 贵 for 费 (the same 贝 under a like top, a slip of handwriting input or a scan): 党贵 is 党费, except where 贵 is
 * the word it is (入党贵在真心, 党贵于…).
 */
const DUES_LOOKALIKE = /(?<!入)党贵(?![在于])/g;

/** "政审都审些什么", "会上要说些什么": 些 between a verb and 什么 asks what 审什么 asks. */
const VERB_SOME_WHAT = /([审查做干学讲说问管办交写带考谈评看有括备])些(?=什么)/g;

/** Dialect and colloquial spellings of "where / which side" read as 哪里, as the facts' wordings spell it. */
const WHERE = /哪边|哪头|哪儿|哪块|哪搭|啥地方|什么地方/g;

/** "每个月", "每个季度", "每一年" as the facts spell them: 每月, 每季度, 每年. */
const EVERY = /每(?:个|一个?)(月|季度|星期|周|年)/g;

/**
 * 权力 (power) typed for 权利 (rights) where a member's rights are meant: "预备党员少了哪几项权力"; 全力 (same sound but
 * the tone) too, where the rights are counted, listed or compared ("党员的全力有哪些", "正式党员全力一样吗"), never in
 * 全力以赴 or 全力支持. A space typed between the count and the word ("有几项 权力") is no clause between them.
 */
const MEMBER_POWER =
  /(党员|几项|哪几项|哪些|八项|享有|有什么)(的)?(?:(?<=项)[，,])?(?:权力|全力(?=有哪|有什么|有几|是什么|是哪|包括|一样|相同|不同|区别|差别|[吗呢么？?，,。\s]|$))/g;

/** An approximate number (二十几个, 十几名, 几十个, 好几年) says how many, it does not ask: read as 余/数. */
const ABOUT = /([一二三四五六七八九十百千好])几(?=[个名位人年天])|几(?=十[个名位人年天])/g;

const ENGLISH: Array<[RegExp, string]> = [
  // English typed among the Chinese by younger members: the asked property in English, courtesy dropped.
  [/(?<![a-z])(?:whole\s+)?(?:process|procedure|steps)(?![a-z])/g, '流程'],
  [/(?<![a-z])(?:pls|plz|please|thx|thanks)(?![a-z])/g, ' '],
];

/**
 * Dialect words (the shared table, knowledge/text/spoken.ts) and pinyin initials read as the plain words
 * (matching only, never shown).
 */
export function plainDialect(text: string): string {
  // Initials first (knowledge/text/pinyin-initials.ts, with the net slang that only decorates): a dialect word may
  // need the word they stand for after it (最多能有好多dy).
  let out = readChatShorthand(text);
  for (const [re, to] of ENGLISH) out = out.replace(re, to);
  return readSpoken(out);
}

/** 一 to 三十一 written in Chinese (七, 十, 十二, 二十, 三十一) as a number. */
function hanSmall(text: string): number {
  if (!text.includes('十')) return Number(HAN_DIGITS[text] ?? Number.NaN);
  const [tens, ones] = text.split('十');
  return (tens ? Number(HAN_DIGITS[tens!]) : 1) * 10 + (ones ? Number(HAN_DIGITS[ones]) : 0);
}

/**
 * A day written in Chinese numerals ("一九七五年七月一号", "二〇二五年三月十日") in digits, as the date rules read
 * days: 1975年7月1日. Only a full year of four digits starts one, so "三年" or "七一" stay as they are.
 */
const HAN_DATE = /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})[日号])?/g;

export function arabicDates(text: string): string {
  return text.replace(HAN_DATE, (all, y: string, m: string, d: string | undefined) => {
    const year = [...y].map((c) => HAN_DIGITS[c]).join('');
    const month = hanSmall(m);
    const day = d ? hanSmall(d) : undefined;
    if (!(month >= 1 && month <= 12) || (day !== undefined && !(day >= 1 && day <= 31))) return all;
    return `${year}年${month}月${day !== undefined ? `${day}日` : ''}`;
  });
}

/**
 * Verb-object words that speech splits with a measure word (离合词): 聚个餐, 旅个游, 开个会, 请个假, 投了个票. Read
 * whole, as the facts spell them. A fact of the language, not of any writer: the list is the common ones.
 */
const SEPARABLE = [
  '聚餐',
  '旅游',
  '开会',
  '请假',
  '投票',
  '入党',
  '转正',
  '谈话',
  '签字',
  '表态',
  '发言',
  '宣誓',
  '考试',
  '上课',
  '讲课',
  '报名',
  '报到',
  '出差',
  '吃饭',
  '见面',
  '打卡',
  '拍照',
  '罚款',
];
// 了 alone splits them too: 罚了款, 请了假, 开了会.
const SPLIT_WORD = new RegExp(`([${SEPARABLE.map((w) => w[0]).join('')}])(?:了个?|个)([${SEPARABLE.map((w) => w[1]).join('')}])`, 'g');
const SEPARABLE_SET = new Set(SEPARABLE);

function joinSplitWords(text: string): string {
  return text.replace(SPLIT_WORD, (m, a: string, b: string) => (SEPARABLE_SET.has(a + b) ? a + b : m));
}

/**
 * Clauses in the middle or at the end of a question that only ask politely to be told or say what the answer is
 * for: "请教一下", "麻烦您列一列", "麻烦您说得细一点", "我好提前准备", "以便起草请示". They ask nothing; their words
 * (提前, 起草) would only be read as what is asked.
 */
const ASIDE_CLAUSE = new RegExp(
  `(?<=^|[，,。？?！!；;])(?:${[
    '(?:我)?(?:想)?(?:请教|咨询|请问|问问|问)(?:一下|下|您|你)?',
    '麻烦(?:您|你)?了?',
    '(?:请|麻烦)?(?:您|你)?(?:给|帮)?(?:我|我们)?(?:列一列|列一下|列下|说得?细一?点|说详细点|详细说说|细说一下|讲得?细一?点)(?:吧|哈)?',
    '(?:请|麻烦)?(?:您|你)?(?:给|帮)?(?:我|我们|大家)?(?:说说|讲讲|说一说|讲一讲)(?:规定|政策|这个规定)?(?:是)?(?:怎么样的|什么样的|咋样的|怎么说的)?',
    '(?:我|我们)好(?:提前|早点|早些|心里有数|准备|安排|回复|答复|汇报|写|报)[^，,。？?！!；;]{0,10}',
    '(?:以便|便于|好让我)[^，,。？?！!；;]{1,12}',
    // The asker reporting to whoever reads ("…说要上告，报告一下，他能找谁"): no question of 报告.
    '(?:向您|跟您|给您)?(?:报告|汇报)(?:一下|下)',
  ].join('|')})(?=[，,。？?！!；;]|$)[，,。？?！!；;]*`,
  'g',
);

/** "请教一下转正要走哪些程序": a courtesy opening a clause after the context. */
const CLAUSE_OPENER = /(?<=[，,。？?！!；;])(?:我)?(?:想)?(?:(?:请教|咨询)(?:一下|下)|请问(?:一下)?)(?=[\u4e00-\u9fff]{4})/g;

/** A question without its aside clauses, kept whole when nothing would be left. */
function withoutAsides(text: string): string {
  const out = text
    .replace(ASIDE_CLAUSE, '')
    .replace(CLAUSE_OPENER, '')
    .replace(/^[，,。；;]+|[，,；;]+$/g, '');
  return out.length >= 4 ? out : text;
}

/** 那 typed for 哪 where a clause ends asking which ones ("评的等次有那几个", "分那几种"): not "那几个党员" (those). */
const WHICH_TYPED_THAT = /(有|是|分|包括|包含|分为|分成)那几(?=[个种项类条步样档等](?:[？?，,。!！\s]|$))/g;

/**
 * "这几年", "前几天": which years or days, told, not asked; "没几年", "冇几天": not many, told as well, and so are
 * "来不了几个人", "到不了几个": few can come, said of a meeting, not asked how many.
 */
const TOLD_FEW = /([这那前近头没冇]|没有|不了|不出|不到)几(?=[年天个月次人名位])/g;
/**
 * "会也没来几次", "活动没参加过几回": a thing hardly ever done, told of someone (没 + what one does at a meeting + 几次),
 * not asked how often.
 */
const TOLD_SELDOM = /((?:没|没有|冇)(?:来|去|到|参加|参会|开|露面|露过面|回来|回|过)过?)几(?=[次回趟])/g;
/** "分给几个支委讲", "给社区几个想入党的讲一下": the people told or taught are several, not asked how many. */
const TOLD_TO_FEW =
  /((?:分|交)?给(?:[\u4e00-\u9fff]{1,4}?)?)几(?=[个名位][^，,。？?!！\s]{0,12}(?:讲|说|听|学|上课|培训))(?![^，,。？?!！]*(?:吗|呢|[？?]))/g;

/** "叫他孙子替他把票投了", "让别人帮着投": a vote cast for someone, as the facts spell it (代投). */
const PROXY_VOTE = /(?:替|帮|代替|帮着)(?:他|她|我|别人|人家)?(?:把票)?投(?:票|了|一下)?(?!资|诉|入|标)/g;

/** "同一次会议": the same meeting, not how often one is held. */
const SAME_ONE = /同一次/g;

/** "哪一项纪律", "哪一个会": 哪 and its measure word, as the facts spell them (哪项, 哪个). */
const WHICH_ONE = /哪一(?=[项个种条类级次])/g;

/** "谁来管", "谁来批", "谁来选": who does it, as 谁管, 谁批, 谁选 (the facts' wordings). */
const WHO_COMES = /谁来(?=管|批|定|收|审|负责|决定|主持|召集|发|选)/g;

/**
 * "由哪里讨论", "由哪个组织批准": the body that decides, asked as a place. Before a verb of deciding it asks who, as
 * 由谁 does; "在哪里讨论" and "去哪里批" (a place, an office) keep their words.
 */
const WHICH_BODY = /由哪(?:里|个(?:组织|部门|单位|机构)?)(?=讨论|决定|批准|审批|通过|审查|研究|负责|认定|表决|同意)/g;

/**
 * Homophone typos of the domain's words and of every fact's subject words (入挡 for 入党, 才料 for 材料): the facts
 * name what members ask about, so their words are the ones members mistype. Built on first use: the facts are read
 * from disk once.
 */
let readTypos: ((text: string) => string) | undefined;
function readFactHomophones(text: string): string {
  readTypos ??= homophoneReader(
    DOMAIN_WORDS,
    loadFacts()
      .flatMap((f) => f.must.flat())
      .filter((w) => w.length >= 2 && w.length <= 6 && /^[\u4e00-\u9fff]+$/.test(w)),
  );
  return readTypos(text);
}

/**
 * Correction tried and failed, told (教育了还不改, 批评过几次仍然没转变, 谈了好几次话照样不改, 说了几回都不改): the 屡教不改 of the
 * rules, not a question about 教育 itself; read as the rule's word, so the education facts are not its neighbours.
 */
const STILL_UNCHANGED =
  /(?:教育|批评|帮教|帮助|谈话|谈了[好几两三]*次话?|说|讲|劝|提醒)(?:了|过|后|以后)?(?:[好几两三]*[次回遍])?[，,]?(?:他|她)?(?:还是|还|仍然|仍|依然|照样|照旧|也|都)(?:不|没有?)(?:改正|悔改|转变|改)/g;

/**
 * A 处分 taken up with a higher body, said as going to law (他能往哪告, 去哪儿告状): the rules' 申诉; the time it
 * takes (告着的时候, 上告期间) is the 申诉期间. 告诉, 告知, 告别 are other words.
 */
const APPEAL_WHERE = /(?:往|去|到|向|找)(?:哪里|哪|谁)(?:去)?(?:上告|告状|告)(?![诉知别示])/g;
const APPEALING = /(?:告着|在告|上告|告状)(?:的)?(?:时候|期间|那段时间|这段时间)/g;

/**
 * Whether a thing can be done, asked with the verb's complement both ways (保得住保不住, 还保不保得住, 开得成开不成):
 * 能不能 with the verb and its complement, as the kind rules and the facts' wordings read it. 是不是得, 要不要得, 该不该得
 * before a verb ("是不是得政审") ask whether one has to: 得 there is the asker's must, no complement.
 */
const CAN_BOTH_WAYS = /([\u4e00-\u9fff])得([\u4e00-\u9fff])\1不\2|([^是要该\P{Script=Han}])不\3得([\u4e00-\u9fff])/gu;

/**
 * An age told as a bare number (才十七, 刚满十六, 还不到18): years of age, as the age rule's 岁 reads it. Only teens
 * near eighteen, and never a count of something (才十七个人, 才16名党员).
 */
const BARE_AGE = /(才|刚|刚满|满|不到|还不到|未满|只有)(十[五六七八九]|1[5-9])(?![\d岁周年月天个名人号日万元块位次条项分%])/g;

/** The form in which questions are matched against facts: normalised, undecorated, typos read, lower case. */
/**
 * A teen number after a word that tells how old someone is now (今年十七, 已经十六, 都十七了), in a question whose
 * topic is age (joining, 申请书, 成年: eighteen is the age of joining): years of age too. Elsewhere 今年 is followed by
 * the year's counts, and no age is read.
 */
/**
 * A verb with a complement of completeness before what is asked ("要写齐些什么", "得填全哪些", "备齐啥"): what must be
 * written, filled in or brought, as the verb alone asks it ("写些什么").
 */
const ASKED_IN_FULL = /([写记填备带交报])(?:齐全|齐|全|完整)(?=(?:些|点)?(?:什么|啥|咩|哪些|哪几))/g;

/**
 * Exemption asked with nothing named, at the end of what is asked ("每月0.2元都吃力，能不能免交"): a member's one
 * payment by rule is the 党费, so with no fee, tax or insurance named at all it is the 党费 that is let off.
 */
const BARE_EXEMPTION = /(免交)(?=吗|么|不|呢|[，,。？?]|$)/g;
const NAMES_A_PAYMENT = /费|税|保险|公积金|社保|医保|房租|贷款/;

/**
 * What a member pays asked with nothing named ("月收入3000以下交多少比例", "自愿一次多交1000元以上，归哪里管"): the share
 * asked of a pay, or a sum paid over, with no fee, tax or insurance named at all, is the 党费, as for 免交. Only these
 * two ways of asking, and only of a text that speaks of the Party (党员, 老党员): "交什么材料", "交给谁", and a bare
 * "工资5000交多少比例" (a tax, an insurance?) keep their words.
 */
const BARE_SHARE = /交(?=(?:多少|什么|啥|几)(?:比例|个点)|百分之几)/g;
const BARE_SUM_OVER = /多交(?:了)?(?=[\d一二两三四五六七八九十百千万]+(?:元|块|万))/g;
const paysDues = (text: string) => /党/.test(text) && !NAMES_A_PAYMENT.test(text);

/**
 * A body followed by a bare 选 that ends what is asked or offers the other body ("书记是大会选还是支委会选", "支部选
 * 吗"): the body elects, as the facts say it (选举). 候选, 挑选, 选票 are other words.
 */
const BODY_ELECTS = /([会部委组])选(?=还是|[吗呢么？?，,。！!\s]|$)/g;

/**
 * Two bodies, each with a bare 定, offered one against the other ("处分是支部大会定还是基层党委定"): which body decides,
 * as the facts say it (决定). Only where both sides are a body deciding: "小组长是支部定还是党员自己推" asks how a post
 * is filled, and 规定, 约定, 确定, 一定 have no body before 定.
 */
const BODY_DECIDES = /([会部委组级])定还是([^，,。？?！!；;\s]{1,12}?[会部委组级])定(?=[的呢吗么啊呀？?，,。！!；;\s]|$)/g;

/**
 * Whether someone may do a thing, asked after the verb ("我讲行不行", "他当中不中", "我来开可以不"): 能 before the
 * verb, as the facts' wordings ask it ("我能讲吗", "能讲"). Only after a person who would do it, so "这样交行不行"
 * (whether a way is allowed) keeps its words.
 */
const DOER_MAY =
  /([我你他她])(来)?([讲上开当做办交转选批定签发管带主持召集])(?:行不行|可不可以|可以不|可以吗|行吗|能行吗|能行不|行不)(?=$|[吗呢啊？?，,。！!\s])/g;

/**
 * A trip said by its kind (一日游, 两日游, 春游, 秋游, 郊游, 出游, 周边游, 自驾游): travel, as the facts' wordings say
 * it (旅游). 旅游 itself, 游泳, 游戏 and 游行 are other words and keep theirs, and so does 外出 (外出游玩 is away from home).
 */
const TRIP = /(?:[一二两三四五\d]日游|[春秋郊]游|(?<!外)出游|周边游|自驾游)(?![泳戏行])/g;

/**
 * How a person in a post came to be in it, asked in everyday words (支部委员是咋来的, 书记怎么出来的): how the post is
 * filled, the rules' 产生.
 */
const HOW_COME_ABOUT =
  /(?<=(?:委员|支委|书记|候选人|组长|代表|监票人|计票人|班子)[^，,。？?！!\s]{0,4})(?:怎么|如何)(?:来的|出来的|选出来的|弄出来的|定出来的|产生出来的)/g;

/**
 * The parents named as speakers name them (他爸他妈, 他爹他娘, 晋语 and 陕北 他大他妈, 爹妈): 父母, as the rules say. Read
 * before the homophones, which would take 大 for another word.
 */
const PARENTS = /(?:[他她你我]|自己)?(?:爸|爹|大|父亲)(?:和|跟|与|、)?(?:[他她你我])(?:妈|娘|母亲)|爹妈|爹娘|爸妈/g;

/**
 * An object put first and its verb negated after it (义务不履行, 党费也不交, 组织生活从来不参加): the verb and its object in
 * the order the rules and the facts say them (不履行义务, 不交党费, 不参加组织生活).
 */
const OBJECT_FIRST: Array<[RegExp, string]> = [
  [/义务(?:也|都|一直|从来|根本)?(不|没有?)(履行|尽)/g, '$1$2义务'],
  [/党费(?:也|都|一直|从来|根本)?(不|没有?)(交纳|缴纳|交|缴)/g, '$1$2党费'],
  [/组织生活(?:也|都|一直|从来|根本)?(不|没有?)(参加|过)/g, '$1$2组织生活'],
];

/**
 * 啥 or 什么 before a thing that is then denied (啥义务也不履行, 什么会都不参加, 任何活动都没来): none at all, told, not
 * asked; the thing stays, the question word goes.
 */
const NONE_AT_ALL = /(?:啥|什么|任何)(?=[\u4e00-\u9fff]{1,4}(?:也|都)(?:不|没))/g;

function objectsInPlace(text: string): string {
  let out = text.replace(NONE_AT_ALL, '');
  for (const [re, to] of OBJECT_FIRST) out = out.replace(re, to);
  return out;
}

/**
 * Everyday verbs for what a rule says of a thing, read as the rule's own words: whether a meeting or a vote 作数 (算数,
 * 有效), whether a certificate 管一辈子 (终身有效), whether one thing 顶了 another (顶替), a member who wants to 退掉 or
 * 不想当了 (退党), a case sent up to 上头 or 上面 (上级), a job left by 跳槽 (换工作). A fact of the language, not of any
 * writer: the common ones.
 */
const EVERYDAY_RULE_WORDS: Array<[RegExp, string]> = [
  // 作数 (才作数, 作不作数, 不作数): valid, as 有效. 作数学 is other words.
  [/作(?:不作)?数(?!学|字|据)/g, '有效'],
  // 管一辈子, 管终身, 一辈子有效: valid for life, as the rules say what is not (终身有效).
  [/(?:管|用)(?:一辈子|终身|终生|到老)|一辈子(?:都)?(?:有效|管用|能用)/g, '终身有效'],
  // 把X顶了, 把X全顶掉, 拿它顶了: X replaced, as 顶替. 顶嘴, 顶用, 顶多, 顶住, 顶上去 are other words.
  [/(?<=[把拿用][^，,。？?！!；;]{0,14}?)([全都])?顶(?=了|掉)/g, '$1顶替'],
  // 取消他资格, 取消她的资格: the 取消资格 of the rules.
  [/取消(?:他|她|其)的?资格/g, '取消资格'],
  // 不想当(党员)了, 不想干了 said of a member, and 退掉 closing what is said: asking to leave the Party (退党).
  [/(?:不想|不愿意?|不打算)(?:再)?(?:当|做)(?:这个)?(?:党员)?了/g, '要求退党'],
  [/(?<!把)退掉(?=[”"」’'，,。？?！!；;\s]|$)/g, '退党'],
  // 报上头, 报上面 (and 上头批): the 上级 of the rules.
  [/(?<=报|报给|报到|交给)上(?:头|面)(?!的人)|上(?:头|面)(?=批|审批|批准|同意)/g, '上级'],
  // 跳槽 (跳了槽, 跳槽去别的厂): a change of employer, as the rules say it (工作单位变动, 换工作).
  [/跳(?:了)?槽/g, '换工作'],
  // 预备期满还不够条件要延长的, 她的预备期我们想延长: the 预备期 and its extension said apart in one clause, the verb
  // closing it, are the 延长预备期 of the rules. "预备期能延长多久" (what follows asks of the extension) keeps its words.
  [/(?<=预备期[^，,。？?！!；;\s]{1,12}?)(?<!预备期)(延长|延期)(?=(?:的话|的|了)?(?:[，,。？?！!；;\s]|$))/g, '延长预备期'],
  // 不想选他, 不愿意投给这个人 in a vote: the vote against the candidate, as the rules say it (投不赞成票), so whether one
  // may then write another name is the rule on a vote against. 投资, 投诉, 投入, 投标 are other words.
  [/(?:不想|不愿意?|不打算)(?:选|投(?!资|诉|入|标)(?:给)?)(?:他|她|这个人|那个人|这个候选人|那个候选人|这人|那人)/g, '投不赞成票'],
  // 什么办 (么子办, 啥子办 read as 什么 first): what to do, as 怎么办; 什么办法, 什么办公, 什么办理 keep theirs.
  [/什么办(?![法公理事])/g, '怎么办'],
];

/** Money or a thing bought named: 退掉 is its refund or return there ("多交的党费要退掉吗"), not leaving the Party. */
const RETURNED_THING = /费|钱|款|票|单|货|房|课|群|会员|报名/;

/** A post named: 不想当了 is giving up that post there ("这个组长我不想当了"), not leaving the Party. */
const POST = /书记|委员|组长|介绍人|联系人|代表|主任|干部|监票|计票|班长|队长|会长|网格员|管理员/;

/** Whether a rewrite of EVERYDAY_RULE_WORDS reads leaving the Party where the text is about something else. */
function notLeaving(to: string, text: string): boolean {
  if (to === '退党') return RETURNED_THING.test(text);
  return to === '要求退党' && POST.test(text) && !/不想(?:再)?(?:当|做)(?:这个)?党员/.test(text);
}

function everydayRuleWords(text: string): string {
  let out = text;
  for (const [re, to] of EVERYDAY_RULE_WORDS) if (!notLeaving(to, out)) out = out.replace(re, to);
  return out;
}

const NOW_AGE = /(今年|已经|都)(十[五六七八九]|1[5-9])(?![\d岁周年月天个名人号日万元块位次条项分%届批期])/g;
const AGE_TOPIC = /入党|申请书|申请|年龄|成年|多大/;

export function cleanQuestion(text: string): string {
  const plainWords = plainDialect(withoutDecoration(normalizeInput(text)).toLowerCase());
  // Read again once words typed apart are joined: "多少 辰光 开 一趟" holds 多少辰光 and 开一趟 only then.
  const joined = everydayRuleWords(joinSplitWords(readSpoken(joinSpacedWords(plainWords))));
  // Courtesy goes after the typos and homophones are read, so 请问 and 谢谢 typed wrong go too.
  return (
    removalAsDissolution(
      withoutClosingPleas(
        withoutAsides(withoutCourtesy(readFactHomophones(fixDomainTypos(arabicDates(objectsInPlace(joined.replace(PARENTS, '父母'))))))),
      ),
    )
      .replace(WHERE, '哪里')
      .replace(VERB_SOME_WHAT, '$1')
      .replace(BARE_AGE, '$1$2岁')
      .replace(ASKED_IN_FULL, '$1')
      .replace(HOW_COME_ABOUT, '怎么产生的')
      .replace(BARE_EXEMPTION, (m, verb: string, _at: number, all: string) => (NAMES_A_PAYMENT.test(all) ? m : `${verb}党费`))
      .replace(BARE_SHARE, (m, _at: number, all: string) => (paysDues(all) ? '交党费' : m))
      .replace(BARE_SUM_OVER, (m, _at: number, all: string) => (paysDues(all) ? '多交党费' : m))
      .replace(NOW_AGE, (m, now: string, n: string, _at: number, all: string) => (AGE_TOPIC.test(all) ? `${now}${n}岁` : m))
      .replace(CAN_BOTH_WAYS, (_m, a?: string, b?: string, c?: string, d?: string) => `能不能${a ?? c}${b ?? d}`)
      .replace(BODY_ELECTS, '$1选举')
      .replace(BODY_DECIDES, '$1决定还是$2决定')
      .replace(TRIP, '旅游')
      .replace(DOER_MAY, (_m, who: string, come: string | undefined, verb: string) => `${who}${come ?? ''}能${verb}吗`)
      .replace(APPEAL_WHERE, '向哪里申诉')
      .replace(APPEALING, '申诉期间')
      .replace(STILL_UNCHANGED, '屡教不改')
      .replace(WHICH_TYPED_THAT, '$1哪几')
      .replace(TOLD_FEW, '$1数')
      .replace(TOLD_SELDOM, '$1数')
      .replace(TOLD_TO_FEW, '$1数')
      .replace(WHICH_ONE, '哪')
      .replace(SAME_ONE, '同次')
      .replace(PROXY_VOTE, '代投')
      .replace(WHO_COMES, '谁')
      .replace(WHICH_BODY, '由谁')
      .replace(EVERY, '每$1')
      // 好几年, 好几个同事: several, as 数年 (a count told, not asked).
      .replace(ABOUT, (_m, n: string | undefined) => (n === '好' ? '数' : n ? `${n}余` : '数'))
      .replace(MEMBER_POWER, '$1$2权利')
      .replace(OPEN_ALTERNATIVE, '吗')
      .toLowerCase()
  );
}
