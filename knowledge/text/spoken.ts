import { plainNumerals } from './numerals';

/**
 * One table of dialect and colloquial spellings of the function words and question words (who, what, when, where,
 * how, how many, how long, can, have, not, we, he, this, give, finish…), read as the Mandarin the handbook, the facts
 * and the parsers use. Questions come from members all over China: "伊的组织关系哪能办" (沪语), "党费咋个交" (川渝),
 * "转正咋整" (东北), "俺村中不中" (河南), "么子时候" (湘), "佢几耐交一次" (粤语) all ask what the plain wording asks.
 *
 * Each row is a spelling that cannot mean anything else in a question about Party work or in a 民情 record; where a
 * spelling is also a Mandarin word or part of one, a guard (the text around it) says where it is the dialect word.
 * Longer spellings are read first (点样 before 点, 阿拉 before a lone 拉), so a row never breaks a longer one.
 *
 * Used by the fact layer (knowledge/facts/clean.ts), the paste reader (knowledge/questions/paste-noise.ts) and the
 * 民情 recording parser (bot/features/tickets/spoken.ts), which needs every rewrite to keep the text's length: a row
 * whose reading is longer gives a `short` one for that, or is left out there.
 */

type Group =
  | 'yue' // 粤语
  | 'wu' // 沪语 and other Wu
  | 'sw' // 西南官话: 川渝, 贵州, 湖北
  | 'ne' // 东北
  | 'north' // 河南, 山东, 天津, 西北, 关中 and northern speech at large
  | 'xiang' // 湘
  | 'min' // 闽南, 闽东
  | 'tw' // 台湾-style words
  | 'net'; // net slang and voice input

interface Row {
  /** The spelling as typed (simplified: the text is simplified before it is read). */
  spelt: string;
  /** The Mandarin read for it; `$1` for a captured character when `pattern` is given. */
  to: string;
  group: Group;
  /** Text that must stand right before (a lookbehind's source). */
  before?: string;
  /** Text that must not stand right before. */
  notBefore?: string;
  /** Text that must follow (a lookahead's source). */
  after?: string;
  /** Text that must not follow. */
  notAfter?: string;
  /** A reading as long as the spelling, for readers that keep the length (when `to` is longer). */
  short?: string;
  /** A whole pattern instead of `spelt` and its guards (X唔X). */
  pattern?: RegExp;
}

const HAN = '\\u4e00-\\u9fff';

const ROWS: Row[] = [
  // —— 粤语 ——
  { spelt: '可唔可以', to: '可不可以', group: 'yue' },
  { spelt: '得唔得', to: '行不行', group: 'yue' },
  { spelt: '系唔系', to: '是不是', group: 'yue' },
  { spelt: '系咪', to: '是不是', group: 'yue' },
  { spelt: '系边个', to: '是谁', group: 'yue' },
  // 系 is 是 only before a Cantonese question word (系咩, 系边个); 关系, 系统, 联系 keep it.
  { spelt: '系', to: '是', group: 'yue', after: '咩|边个|乜|边度|几时|点' },
  { spelt: '边啲', to: '哪些', group: 'yue' },
  { spelt: '边间', to: '哪个', group: 'yue' },
  // 仲 is 还 before a verb (仲要, 仲有, 仲未); 仲裁 keeps it.
  { spelt: '仲', to: '还', group: 'yue', after: '要|有|未|系|可以|能|得|使|需' },
  { spelt: '啱唔啱', to: '对不对', group: 'yue' },
  // 要唔要, 交唔交: the Cantonese A-not-A question.
  { spelt: 'X唔X', to: '$1不$1', group: 'yue', pattern: /([\u4e00-\u9fff])唔\1/g },
  // 唔使 (唔驶, 唔洗) is "need not": 不用, not 不 + 使.
  { spelt: '唔使', to: '不用', group: 'yue' },
  { spelt: '唔驶', to: '不用', group: 'yue' },
  { spelt: '唔洗', to: '不用', group: 'yue' },
  // 系 (係) as the copula after a modal or adverb (只可以系半年, 应该系错, 都系正式党员); 系统, 系上, 系好 keep it.
  {
    spelt: '系',
    to: '是',
    group: 'yue',
    before: '(?:可以|应该|应当|就|都|也|仲|唔|不|即|真|先|唯一)',
    notAfter: '统|列|数|着|上|好|紧|住|带|鞋|铃|紧',
  },
  { spelt: '点样', to: '怎么', group: 'yue' },
  { spelt: '点办', to: '怎么', group: 'yue' },
  { spelt: '点解', to: '为什么', group: 'yue' },
  // 点 before a verb is "how"; after 轻, 快, 少, 早, 一 it is Mandarin "a bit" (轻点处理).
  { spelt: '点', to: '怎么', group: 'yue', notBefore: '[轻快慢重少多好早晚一有差]', after: '计|算|处理|交|转|搞|做' },
  { spelt: '乜嘢', to: '什么', group: 'yue' },
  { spelt: '咩嘢', to: '什么', group: 'yue' },
  { spelt: '做乜', to: '干什么', group: 'yue' },
  { spelt: '边个', to: '谁', group: 'yue' },
  { spelt: '边度', to: '哪里', group: 'yue' },
  { spelt: '边处', to: '哪里', group: 'yue' },
  { spelt: '几耐', to: '多久', group: 'yue' },
  { spelt: '几多', to: '多少', group: 'yue' },
  { spelt: '依家', to: '现在', group: 'yue' },
  { spelt: '而家', to: '现在', group: 'yue' },
  { spelt: '我哋', to: '我们', group: 'yue' },
  { spelt: '我地', to: '我们', group: 'yue', notAfter: '方|区|址|点|图|里|上|下' },
  { spelt: '佢哋', to: '他们', group: 'yue' },
  { spelt: '哋', to: '们', group: 'yue', before: '[我你]' },
  { spelt: '屋企', to: '家里', group: 'yue' },
  { spelt: '佢', to: '他', group: 'yue' },
  { spelt: '嘅', to: '的', group: 'yue' },
  { spelt: '咗', to: '了', group: 'yue' },
  { spelt: '冇', to: '没有', short: '没', group: 'yue' },
  { spelt: '畀', to: '给', group: 'yue' },
  { spelt: '俾', to: '给', group: 'yue' },
  { spelt: '攞', to: '拿', group: 'yue' },
  { spelt: '嚟', to: '来', group: 'yue' },
  { spelt: '喺', to: '在', group: 'yue' },
  { spelt: '咩', to: '什么', group: 'yue' },
  { spelt: '啲', to: '些', group: 'yue' },
  { spelt: '睇', to: '看', group: 'yue' },
  { spelt: '揾', to: '找', group: 'yue' },
  { spelt: '搵', to: '找', group: 'yue' },
  { spelt: '唔', to: '不', group: 'yue' },
  // 呢 before a measure word is "this" (呢个, 呢啲, 呢度); the Mandarin particle ends a clause.
  { spelt: '呢', to: '这', group: 'yue', after: '个|啲|度|排|几|两|位|单|件|次|间|条|栋|边|种|头' },
  // —— 沪语 and Wu ——
  { spelt: '啥辰光', to: '什么时候', group: 'wu' },
  { spelt: '勿晓得', to: '不知道', group: 'wu' },
  { spelt: '屋里厢', to: '家里面', group: 'wu' },
  { spelt: '哪能', to: '怎么', group: 'wu' },
  { spelt: '啥人', to: '谁', group: 'wu', notAfter: '都|也' },
  { spelt: '多少辰光', to: '多久', group: 'wu' },
  { spelt: '几化辰光', to: '多久', group: 'wu' },
  { spelt: '辰光', to: '时候', group: 'wu' },
  // 辰光 typed apart from 多少 ("多少 辰光") is read as 时候 before the words are joined.
  { spelt: '多少时候', to: '多久', group: 'wu' },
  // Not the start of a Mongolian or Arabic name (阿拉善, 阿拉坦, 阿拉腾, 阿拉斯加).
  // 江淮 and 吴: 阿 before a verb asks it as A-not-A (他们阿能投票, 阿是还按原来工资算, 阿要报上去).
  { spelt: '阿是', to: '是不是', group: 'wu', notAfter: '穴' },
  { spelt: '阿能', to: '能不能', group: 'wu' },
  { spelt: '阿要', to: '要不要', group: 'wu' },
  { spelt: '阿可以', to: '可不可以', group: 'wu' },
  { spelt: '阿拉', to: '我们', group: 'wu', notAfter: '伯|善|斯加|丁|木图|坦|腾' },
  { spelt: '伊拉', to: '他们', group: 'wu', notAfter: '克' },
  { spelt: '几钿', to: '多少钱', group: 'wu' },
  { spelt: '物事', to: '东西', group: 'wu' },
  { spelt: '事体', to: '事情', group: 'wu' },
  { spelt: '今朝', to: '今天', group: 'wu' },
  { spelt: '明朝', to: '明天', group: 'wu' },
  { spelt: '交拨', to: '交给', group: 'wu' },
  { spelt: '吵相骂', to: '吵架', group: 'wu' },
  // 三天里向, 两个礼拜里向: within.
  { spelt: '里向', to: '以内', group: 'wu', before: '[天周月日号拜期]' },
  // 伊 as he or she: before a verb or 的 (伊讲, 伊的组织关系), or as the object of one (帮伊, 回复伊); never in a
  // name (伊宁, 伊犁, 伊朗, 伊斯兰).
  {
    spelt: '伊',
    to: '他',
    group: 'wu',
    notBefore: `[${HAN}]`,
    after: '讲|话|说|屋里|家|想|要|也|就|还|老|勿|不|的|是|在|能|已经|没|无|个',
  },
  { spelt: '伊', to: '他', group: 'wu', before: '[给帮陪叫让请告诉知回复答覆问拨同跟搭排找等喊教送]', notAfter: '朗|犁|斯|利|拉|甸|宁|春' },
  { spelt: '侬', to: '你', group: 'wu' },
  // 好 before a verb in a question ending on 伐 is "may" (党费好拿来补助伐, 好勿收伐); 好伐 alone is 好吗.
  {
    spelt: '好',
    to: '可以',
    group: 'wu',
    notBefore: '[很太真最更挺蛮不要只正刚友爱良美安问叫看你您侬说讲也还就才]',
    after: `\\s*(?:勿|不)?\\s*[${HAN}][^？?]*伐[？?！!。\\s]*$`,
  },
  { spelt: '覅', to: '不要', short: '别', group: 'wu' },
  { spelt: '勿', to: '不', group: 'wu', notBefore: '请|切|务' },
  { spelt: '搿', to: '这', group: 'wu' },
  // 伐 ends a question (好勿收伐, 算脱党伐): 吗. Never 采伐, 砍伐, 讨伐, 步伐, 征伐.
  { spelt: '伐', to: '吗', group: 'wu', notBefore: '[采砍讨步征杀北挞攻滥]', after: '[？?！!，,。.\\s]|$' },
  // 趟 after a meeting's or a lesson's number counts times (一个月开一趟): 次; 去一趟 is a trip.
  { spelt: '趟', to: '次', group: 'north', before: '(?:开|召开|搞|学|上|交)[一两二三四五六七八九十几每多]' },
  // 回 the same way (一个月开一回, 一年交几回): times, as the facts spell it; 回来, 回复 are never after a number.
  { spelt: '回', to: '次', group: 'north', before: '(?:开|召开|搞|学|上|交|讲|评)[一两二三四五六七八九十几每多]' },
  // 批 alone, said for approving after the body or a modal (报上面批, 党委批不用, 要批吗): 批准. 谁批 is asked as
  // it is; 成批, 一批, 批评, 批复 are other words.
  {
    spelt: '批',
    to: '批准',
    group: 'north',
    before: '上面|上级|党委|党组织|组织|领导|镇里|乡里|街道|要|用|得|去|给',
    after: '不|吗|呢|了|[，,。？?！!\\s]|$',
  },
  // —— 西南官话 (川渝, 贵州, 湖北) ——
  { spelt: '咋个办', to: '怎么办', group: 'sw' },
  { spelt: '晓不得', to: '不知道', group: 'sw' },
  { spelt: '啥子', to: '什么', group: 'sw' },
  { spelt: '咋个', to: '怎么', group: 'sw' },
  { spelt: '咋子', to: '怎么', group: 'sw' },
  { spelt: '啷个', to: '怎么', group: 'sw' },
  { spelt: '么样', to: '怎样', group: 'sw', notBefore: '[什这那怎要多]' },
  { spelt: '莫得', to: '没有', group: 'sw' },
  // 得不得 ending a question asks whether it may be done (印到瓶子上卖得不得, 我主持得不得): 行不行. Before a verb
  // (得不得交) it is the asker's 要不要, read by the fact layer's need words.
  { spelt: '得不得', to: '行不行', group: 'sw', after: '[？?！!，,。\\s吗呢哦嘛]|$' },
  // 要得 says OK only where the sentence or question ends on it (要得不, 要得吗); 要得到, 要得票 are Mandarin.
  { spelt: '要得', to: '可以', group: 'sw', after: '[？?！!，,。\\s吗不哈撒哦]|$' },
  // 哪个 right before a verb of deciding asks who (处分是哪个定的, 哪个批); 哪个支部, 哪个月 keep their noun.
  { spelt: '哪个', to: '谁', group: 'sw', after: '定|批|决定|说了算|拍板|审批|负责|主持|召集|签字|签' },
  // 哪个 ending a question after a verb of handing or turning to asks who (申请书交给哪个, 该找哪个); 哪个支部 keeps its noun.
  { spelt: '哪个', to: '谁', group: 'sw', before: '交给|递给|给|找|问|归|向|跟|报给', after: '[？?！!，,。\\s啊哦呢嘛哈撒]|$' },
  // 哪个来 before a verb asks who will do it (哪个来搞, 哪个来牵头): 哪个 with a noun after it (哪个来的) does not.
  { spelt: '哪个', to: '谁', group: 'sw', after: '来(?![的了自])[\\u4e00-\\u9fff]' },
  // 哪几样 asks which things, as 哪些 (哪几样事, 负责哪几样): 样 is never a noun of its own there.
  { spelt: '哪几样', to: '哪些', group: 'sw' },
  // 好久 asks how long only where a question goes on (出去好久算, 好久一次), never in 好久没交 (for a long time).
  // 好久考一回, 好久搞一次: a verb then 一回/一次 after it asks how often.
  // It also ends a clause typed with a space or comma after it (最长察看好久 察看期间…), unless 没/不 follows.
  {
    spelt: '好久',
    to: '多久',
    group: 'sw',
    after: '[算才能可要开交一？?]|$|之内|以内|内[要能得批办]|[\\u4e00-\\u9fff]一[次回趟]|[\\s，,。](?![没不未])',
  },
  // 好多 asks how many only after 要, 至少… (要好多人赞成), never in 好多人不交 (many people).
  { spelt: '好多', to: '多少', group: 'sw', before: '至少|最少|起码|最多|要|得|需要|有', after: '[人票个名]|党员' },
  // 到会好多人才算数, 培训好多学时: after a verb of attending or studying, a count asked (好多人来了 tells one).
  { spelt: '好多', to: '多少', group: 'sw', before: '到会|到场|参会|出席|培训|学习|学', after: '[人个名]|学时|学识|课时|小时' },
  // 有好多条, 分好多步 ending the question: how many items (有好多条规定 going on tells many).
  { spelt: '好多', to: '多少', group: 'sw', before: '有|分|包括|包含|一共|总共|共', after: '[条项种步类](?:[？?吗呢啊哦嘛啦，,。\\s]|$)' },
  // 要搞够好多学时, 凑够好多人: how many make enough.
  { spelt: '好多', to: '多少', group: 'sw', before: '够', after: '[人个名票]|学时|学识|课时|小时' },
  // 让不让 (is it allowed): asked as 能不能.
  { spelt: '让不让', to: '能不能', group: 'north' },
  // 多常时间 (北方口语, and 常 typed for 长 by pinyin input): how long.
  { spelt: '多常', to: '多长', group: 'north', notAfter: '见|用|有' },
  // —— 湘 ——
  { spelt: '么子', to: '什么', group: 'xiang' },
  { spelt: '冒得', to: '没有', group: 'xiang' },
  { spelt: '何解', to: '为什么', group: 'xiang' },
  { spelt: '咯样', to: '怎样', group: 'xiang' },
  // 湘, 赣: 咯 after a pronoun is 的 (他咯党籍, 我咯组织关系); 咯 ending a sentence is a particle.
  { spelt: '咯', to: '的', group: 'xiang', before: '[我你他她俺伊们]', notAfter: '[？?！!，,。\\s]|$' },
  // —— 东北 ——
  { spelt: '咋整', to: '怎么办', group: 'ne' },
  { spelt: '嘎哈', to: '干什么', group: 'ne' },
  { spelt: '干哈', to: '干什么', group: 'ne' },
  { spelt: '嘎啥', to: '干什么', group: 'ne' },
  { spelt: '哪嘎达', to: '哪里', group: 'ne' },
  { spelt: '哪旮旯', to: '哪里', group: 'ne' },
  // —— 河南, 山东, 天津, 西北, 关中 ——
  { spelt: '中不中', to: '行不行', group: 'north' },
  // 不中 ends a clause or says "if not" (不中的话咋弄); 打不中, 考不中, 猜不中 are Mandarin.
  { spelt: '不中', to: '不行', group: 'north', notBefore: '[打考猜射选投命看说]', after: '的话|了|[，,。？?！!\\s]|$' },
  { spelt: '弄啥嘞', to: '干什么', group: 'north' },
  { spelt: '弄啥', to: '干什么', group: 'north' },
  { spelt: '俺们', to: '我们', group: 'north' },
  { spelt: '俺', to: '我', group: 'north' },
  // 恁 before a body one belongs to is "your"; before 多, 大, 长, 久 it is "so".
  { spelt: '恁', to: '你们', group: 'north', after: '支部|村|单位|社区|家|那|这|俩|几个|公司' },
  { spelt: '恁', to: '那么', group: 'north', after: '[多大长久早晚]' },
  { spelt: '木有', to: '没有', group: 'north' },
  { spelt: '多会儿', to: '什么时候', group: 'north' },
  { spelt: '哪会儿', to: '什么时候', group: 'north' },
  // 天津: 介 for 这 (介个, 介事儿), never in 介绍, 介入, 简介; 嘛 for 什么 only before a noun it asks about.
  { spelt: '介', to: '这', group: 'north', notBefore: '[简媒中评推有]', after: '个|么|事|会儿|样' },
  { spelt: '为嘛', to: '为什么', group: 'north' },
  { spelt: '干嘛', to: '干什么', group: 'north' },
  { spelt: '嘛', to: '什么', group: 'north', notBefore: '[是对好行就的了呗]', after: '事|时候|时间|东西|意思|叫|样' },
  // 嘛 ending a question that a question mark closes (党费一定要每个月交嘛？): 吗, as 伐 is; 就是嘛, 好嘛, 对嘛 state.
  { spelt: '嘛', to: '吗', group: 'tw', notBefore: '[是对好行就的了呗干为这那啥]', after: '\\s*[？?]' },
  // 关中, 西北: 额 for 我 (额是村支书), never 金额, 名额, 额度; 嫑 for 不要; 阿门 (兰州) for 怎么.
  // Only where 我 would stand alone (额是村支书, ，额一年…) or as an object (给额, 让额): a Han character before it
  // is too often a word's (金额, 名额, 足额, 营业额).
  // Nor the start of a Mongolian name or word (额尔敦, 额日和木, 额吉 for mother).
  { spelt: '额', to: '我', group: 'north', notBefore: `[${HAN}]`, notAfter: '[度外头定满尔日吉]' },
  { spelt: '额', to: '我', group: 'north', before: '[给让叫跟和帮问找]', notAfter: '[度外头定满尔日吉]' },
  { spelt: '嫑', to: '不要', short: '别', group: 'north' },
  { spelt: '阿门', to: '怎么', group: 'north' },
  // 晋语 and 陕北: 甚 asks what (甚颜色, 记些甚, 给甚处分, 做甚); the written 甚 of 甚至, 甚少, 不甚, 过甚 is "very".
  {
    spelt: '甚',
    to: '什么',
    short: '啥',
    group: 'north',
    notBefore: '[不过太尤颇较欺愈益]',
    notAfter: '至|为|好|少|多|大|微|远|嚣|于|密|深|佳|感|久|广|众|是|而|或|矣|么',
  },
  // A modal with 不 closing a question (能行不, 行不, 可以不; 要得不 is read as 可以不 above): northern and 西南
  // speech asks yes or no so, as 行不行 and 可不可以 do. Only at the end of a clause: 可以不交 is "may skip paying".
  { spelt: '能行不', to: '行不行', group: 'north', after: '[，,。？?！!\\s]|$' },
  { spelt: '行不', to: '行不行', group: 'north', notBefore: '[行能]', after: '[，,。？?！!\\s]|$' },
  { spelt: '可以不', to: '可不可以', group: 'north', after: '[，,。？?！!\\s]|$' },
  // 晋语 and 北方: 单另 is 单独 (单另成立个支部, 单另交).
  { spelt: '单另', to: '单独', group: 'north' },
  { spelt: '咋', to: '怎么', group: 'north' },
  { spelt: '啥', to: '什么', group: 'north' },
  // —— 闽南, 闽东 ——
  // 有影无 (有影冇): is it so, as 真的吗 asks.
  { spelt: '有影无', to: '真的吗', group: 'min' },
  { spelt: '有影冇', to: '真的吗', group: 'min' },
  { spelt: '啥物', to: '什么', group: 'min' },
  { spelt: '按怎', to: '怎么', group: 'min' },
  { spelt: '佗位', to: '哪里', group: 'min' },
  // 底个 asks who or which one (由底个负责): never after 到 or 彻 (到底个人, 彻底个).
  { spelt: '底个', to: '谁', group: 'min', notBefore: '[到彻]' },
  // 无 for 没有 only between a person and a verb (伊无交, 我无去); 无记名, 无正当理由 are Mandarin.
  { spelt: '无', to: '没有', short: '没', group: 'min', before: '[我你他她伊阮咱]', after: '[交去来参缴做办收]' },
  { spelt: '袂', to: '不会', short: '不', group: 'min', notBefore: '[联分]' },
  // 能无能, 是无是 (海南, 闽南): the A-not-A question with 无 for 不.
  { spelt: 'X无X', to: '$1不$1', group: 'min', pattern: /([能会是要可用算有])无\1/g },
  // 无 ending a clause asks as 吗 does (开无, 还用无, 一样无, 还算党员无); 毫无, 全无, 并无, 有无 are Mandarin words.
  {
    spelt: '无',
    to: '吗',
    group: 'min',
    before: `[${HAN}]`,
    notBefore: '[虚全毫有并别一绝皆尚若本从莫空]',
    after: '[？?！!，,。；;\\s]|$',
  },
  // —— 台湾-style words ——
  { spelt: '资讯系统', to: '信息系统', group: 'tw' },
  { spelt: '网路', to: '网络', group: 'tw' },
  { spelt: '帐号', to: '账号', group: 'tw' },
  { spelt: '登入', to: '登录', group: 'tw' },
  { spelt: '简讯', to: '短信', group: 'tw' },
  // —— net slang and voice input ——
  // Voice input that spells out the punctuation it was told ("好多学时 逗号 我们书记…"): the mark, not the word.
  { spelt: '逗号', to: '，', group: 'net' },
  { spelt: '句号', to: '。', group: 'net' },
  { spelt: '问号', to: '？', group: 'net' },
  { spelt: '神马', to: '什么', group: 'net' },
  { spelt: '肿么', to: '怎么', group: 'net' },
  { spelt: '为毛', to: '为什么', group: 'net' },
  { spelt: '酱紫', to: '这样', group: 'net' },
];

interface Compiled {
  re: RegExp;
  to: string;
  short?: string;
  length: number;
  /**
   * The spelling, where the row's regex can match only where it stands: most rows are absent from most texts, and a
   * look for the plain string is far cheaper than running the regex (the fact layer reads every question twice).
   */
  literal?: string;
}

function compile(row: Row): Compiled {
  if (row.pattern) return { re: row.pattern, to: row.to, short: row.short, length: 3 };
  const parts = [
    row.before ? `(?<=${row.before})` : '',
    row.notBefore ? `(?<!${row.notBefore})` : '',
    row.spelt,
    row.after ? `(?=${row.after})` : '',
    row.notAfter ? `(?!${row.notAfter})` : '',
  ];
  const literal = /[\\^$.*+?()[\]{}|]/.test(row.spelt) ? undefined : row.spelt;
  return { re: new RegExp(parts.join(''), 'g'), to: row.to, short: row.short, length: row.spelt.length, literal };
}

/** Longest spelling first; a stable sort keeps the table's order among spellings of one length. */
const COMPILED: Compiled[] = ROWS.map(compile).sort((a, b) => b.length - a.length);

/** The table's spellings by group, for tests and for readers that want one region's words. */
export const SPOKEN_ROWS: ReadonlyArray<Readonly<Row>> = ROWS;

/** The reading of one match: `$1` in `to` becomes the first capture (the replace callback's args after the match). */
function reading(to: string, args: unknown[]): string {
  if (!to.includes('$')) return to;
  // The callback's arguments after the match are the captures, then the offset and the whole text.
  const captures = args.slice(
    0,
    args.findIndex((a) => typeof a === 'number'),
  );
  return to.replace(/\$(\d)/g, (_m, n: string) => String(captures[Number(n) - 1] ?? ''));
}

/** Dialect and colloquial spellings read as the plain Mandarin words (for matching; the length may change). */
export function readSpoken(text: string): string {
  let out = plainNumerals(text);
  for (const { re, to, literal } of COMPILED)
    if (literal === undefined || out.includes(literal)) out = out.replace(re, (_m, ...args: unknown[]) => reading(to, args));
  return out;
}

/**
 * The same reading with every rewrite as long as what it replaces, so a parser can give a field back as it was
 * typed: a reading of another length uses its `short` form when that is as long, or the spelling is left as typed
 * (padding would put gaps inside the words a parser reads, 吵相骂 → " 吵架").
 */
export function readSpokenKeepingLength(text: string): string {
  let out = plainNumerals(text);
  for (const { re, to, short, literal } of COMPILED) {
    if (literal !== undefined && !out.includes(literal)) continue;
    out = out.replace(re, (m: string, ...args: unknown[]) => {
      const read = reading(to, args);
      if (read.length === m.length) return read;
      return short && short.length === m.length ? short : m;
    });
  }
  return out;
}
