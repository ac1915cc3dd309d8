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
  | 'net' // net slang and voice input
  | 'hakka' // 客家话
  | 'mindong' // 闽东: 福州话
  | 'gan' // 赣语
  | 'jin' // 晋语, 陕北
  | 'jianghuai' // 江淮官话: 南京, 扬州, 合肥, 安庆
  | 'yungui' // 云南, 贵州 (西南官话's own words there)
  | 'beijing' // 北京话
  | 'jiaoliao' // 胶辽: 胶东, 大连
  | 'zhongyuan' // 中原: 河南, 鲁西南, 关中东部
  | 'northwest'; // 西北: 兰州, 青海, 宁夏, 关中

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
  // 使唔使 asks whether one needs to (需不需要), 爱唔爱 (客家) whether one must (要不要): read before the general A-not-A
  // below, which would give 使不使, 爱不爱.
  { spelt: '使唔使', to: '需不需要', short: '要不要', group: 'yue' },
  { spelt: '爱唔爱', to: '要不要', group: 'hakka' },
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
  // 哪点办 is 云贵's where (哪点), never 哪 + 点办.
  { spelt: '点办', to: '怎么', group: 'yue', notBefore: '哪' },
  { spelt: '点解', to: '为什么', group: 'yue' },
  // 点 before a verb is "how"; after 轻, 快, 少, 早, 一 it is Mandarin "a bit" (轻点处理).
  { spelt: '点', to: '怎么', group: 'yue', notBefore: '[轻快慢重少多好早晚一有差哪]', after: '计|算|处理|交|转|搞|做' },
  { spelt: '乜嘢', to: '什么', group: 'yue' },
  // 滴 typed for 啲 after an adjective (处分能唔能轻滴, 快滴): "a bit", as 轻点 says; never 一滴, 点滴.
  { spelt: '滴', to: '点', group: 'yue', before: '[轻快慢重少多早晚]', after: '[？?！!，,。\\s啊呀呢吗]|$' },
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
  // 交咗未, 转正咗未: done yet.
  { spelt: '咗未', to: '了没有', short: '了没', group: 'yue' },
  { spelt: '咁样', to: '这样', group: 'yue' },
  { spelt: '咁', to: '这么', short: '这', group: 'yue' },
  // 乜 alone asks what (做乜, 乜事); 乜斜 is a written word.
  { spelt: '乜', to: '什么', short: '啥', group: 'yue', notAfter: '斜' },
  { spelt: '嘢', to: '东西', group: 'yue' },
  // 嗰 (that): the fact layer sees it simplified to 𠮶, read with 赣语 below; the 民情 parser keeps 嗰.
  { spelt: '嗰', to: '那', group: 'yue' },
  { spelt: '边位', to: '哪位', group: 'yue' },
  // 地 typed for 哋: 佢地, 你地 (你地址, 你地方 are Mandarin).
  { spelt: '佢地', to: '他们', group: 'yue' },
  { spelt: '你地', to: '你们', group: 'yue', notAfter: '方|区|址|点|图|里|上|下' },
  { spelt: '几钱', to: '多少钱', group: 'yue' },
  // Any dialect's "when" before a verb and 一次 (几时开一次, 多咱开一回, 啥时搞一趟) asks how often: 多久, as the facts
  // ask it. Read before each spelling's own row below, which would give 什么时候开一次.
  {
    spelt: 'when…一次',
    to: '多久',
    group: 'yue',
    pattern:
      /(?<![十一二三四五六七八九百千零好年月到彻心])(?:几时|底时|多咱|多早晚|多晚子?|啥时|啥前儿?|多前儿|甚会儿|啥会儿|哪阵子?|多会儿|哪会儿)(?=[\u4e00-\u9fff]{1,2}一[次回趟])/g,
  },
  // 几时 asks when in 粤, 客家 and 闽 alike; 十几时, 好几时 are counts.
  { spelt: '几时', to: '什么时候', group: 'yue', notBefore: '[十一二三四五六七八九百千零好]' },
  // 喺边, 去边 ending the question: where (边度 is read above); 在边上, 去边疆 go on with a noun.
  { spelt: '边', to: '哪里', group: 'yue', before: '[喺在去]', after: '[？?！!，,。\\s呀啊交转办开报找]|$' },
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
  // 桩 counts matters as 件 does (两桩事体, 一桩要警告) after a numeral or 这, 那, 哪, 每; 木桩, 桩基, 充电桩 are stakes.
  { spelt: '桩', to: '件', group: 'wu', before: '[一两二三四五六七八九几这那哪每各]' },
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
    after: '讲|话|说|屋里|家|想|要|也|就|还|老|勿|不|的|是|在|能|已经|没|无|个|有没有',
  },
  { spelt: '伊', to: '他', group: 'wu', before: '[给帮陪叫让请告诉知回复答覆问拨同跟搭排找等喊教送]', notAfter: '朗|犁|斯|利|拉|甸|宁|春' },
  { spelt: '侬', to: '你', group: 'wu' },
  // 伊 before 好 and the verb of a question closing on 伐 or 弗 (选举伊好投弗): he may.
  { spelt: '伊', to: '他', group: 'wu', notBefore: '[阿木]', after: `好\\s*[${HAN}][^？?]*[伐弗][？?！!。\\s]*$` },
  // 好 before a verb in a question ending on 伐 is "may" (党费好拿来补助伐, 好勿收伐); 好伐 alone is 好吗.
  {
    spelt: '好',
    to: '可以',
    group: 'wu',
    notBefore: '[很太真最更挺蛮不要只正刚友爱良美安问叫看你您侬说讲也还就才]',
    after: `\\s*(?:勿|不|弗)?\\s*[${HAN}][^？?]*[伐弗][？?！!。\\s]*$`,
  },
  // 弗 is 不 (好投弗, 弗晓得); never in a foreign name (弗兰克, 弗洛伊德, 弗吉尼亚) or 自愧弗如.
  { spelt: '弗', to: '不', group: 'wu', notAfter: '兰|洛|里|朗|如|吉|雷|莱|拉|罗|尼|利|林|格' },
  // 交关 (very, a lot): 交关想投票, 交关多人.
  { spelt: '交关', to: '非常', group: 'wu' },
  { spelt: '覅', to: '不要', short: '别', group: 'wu' },
  { spelt: '勿', to: '不', group: 'wu', notBefore: '请|切|务' },
  { spelt: '搿', to: '这', group: 'wu' },
  // 伐 ends a question (好勿收伐, 算脱党伐): 吗. Never 采伐, 砍伐, 讨伐, 步伐, 征伐.
  { spelt: '伐', to: '吗', group: 'wu', notBefore: '[采砍讨步征杀北挞攻滥]', after: '[？?！!，,。.\\s]|$' },
  // 苏州, 温州: 哪哼 (哪亨), 訾那 ask how; 啥个 what; 几化 how many.
  { spelt: '哪哼', to: '怎么', group: 'wu' },
  { spelt: '哪亨', to: '怎么', group: 'wu' },
  { spelt: '訾那', to: '怎么', group: 'wu' },
  { spelt: '啥个', to: '什么', group: 'wu' },
  { spelt: '几化', to: '多少', group: 'wu' },
  // 苏州 pronouns: 伲 (we), 倷 (you), 俚 (he) and their plurals in 笃; 俚语, 俚俗, 鄙俚 are written words.
  { spelt: '俚笃', to: '他们', group: 'wu' },
  { spelt: '倷笃', to: '你们', group: 'wu' },
  { spelt: '伲', to: '我们', short: '我', group: 'wu' },
  { spelt: '倷', to: '你', group: 'wu' },
  { spelt: '俚', to: '他', group: 'wu', notBefore: '[鄙粗村]', notAfter: '语|俗|曲|歌|谣|词|医|言|谚' },
  // 呒 (呒没, 呒啥): not have.
  { spelt: '呒没', to: '没有', group: 'wu' },
  { spelt: '呒', to: '没', group: 'wu' },
  // 拨 before a person is "give" (拨伊, 拨阿拉); 调拨, 划拨, 挑拨 and 拨款 are other words.
  { spelt: '拨', to: '给', group: 'wu', notBefore: '[划调下挑点撩]', after: '伊|侬|阿拉|我|伲|你|他|她|俚' },
  // 拨 opening a clause before who is to handle it (拨王建国处理): 让; 拨打, 拨款, 拨付 are Mandarin.
  {
    spelt: '拨',
    to: '让',
    group: 'wu',
    notBefore: `[${HAN}]`,
    notAfter: '打|款|付|通|号|出|给|开|动|弄|乱|正|转|冗|浪|云|亮|拉|备|回|入|交',
    after: `[${HAN}]{1,3}(?:处理|跟进|去|负责|看|办|联系|解决)`,
  },
  // 趟 after a meeting's or a lesson's number counts times (一个月开一趟): 次; 去一趟 is a trip.
  { spelt: '趟', to: '次', group: 'north', before: '(?:开|召开|搞|学|上|交)[一两二三四五六七八九十几每多]' },
  // 回 the same way (一个月开一回, 一年交几回): times, as the facts spell it; 回来, 回复 are never after a number.
  { spelt: '回', to: '次', group: 'north', before: '(?:开|召开|搞|学|上|交|讲|评)[一两二三四五六七八九十几每多]' },
  // 一个月一回, 仨月一趟, 一年两回: times in a span, said without the verb (是一个月一回还是仨月一回), ending the clause or
  // before 还是; 下周二回复, 周一回来 are a weekday and a verb.
  {
    spelt: '回',
    to: '次',
    group: 'north',
    before: '(?:月|年|季度|周|星期|礼拜)[一两二三四五六七八九十几]',
    after: '[？?！!，,。；;\\s吧啊呀呢吗哦嘛]|还是|$',
  },
  {
    spelt: '趟',
    to: '次',
    group: 'north',
    before: '(?:月|年|季度|周|星期|礼拜)[一两二三四五六七八九十几]',
    after: '[？?！!，,。；;\\s吧啊呀呢吗哦嘛]|还是|$',
  },
  // 啥时候儿, 多会儿 said with the 儿 of northern speech after 时候: the same when.
  { spelt: '时候儿', to: '时候', group: 'north' },
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
  // 有没得 asks as 有没有 (察看期间还有没得选举权); 没得 alone (= 没有) tells, and is left to the readers.
  { spelt: '有没得', to: '有没有', group: 'sw' },
  { spelt: '啥子', to: '什么', group: 'sw' },
  { spelt: '咋个', to: '怎么', group: 'sw' },
  { spelt: '咋子', to: '怎么', group: 'sw' },
  { spelt: '啷个', to: '怎么', group: 'sw' },
  { spelt: '么样', to: '怎样', group: 'sw', notBefore: '[什这那怎要多]' },
  // 么斯 asks what (武汉话: 给么斯处分, 搞么斯, 第一种是么斯); 怎么, 那么 and 为什么 before a 斯 are left alone.
  { spelt: '么斯', to: '什么', group: 'sw', notBefore: '[什这那怎要多干为]' },
  // 么 alone before a noun asks what (湖北, 江淮: 有么区别, 从么时候, 写些么东西); 怎么, 那么, 要么, 多么, 为什么 and a
  // closing 么 (= 吗: 算通过了么) are left alone.
  {
    spelt: '么',
    to: '什么',
    short: '啥',
    group: 'sw',
    notBefore: '[什这那怎要多干为么甚]',
    after: '时候|时间|区别|差别|不同|东西|意思|事|要求|条件|材料|内容|手续|标准|程序|规定|地方|情况|名堂|理由|原因|处分|用处|作用',
  },
  { spelt: '莫得', to: '没有', group: 'sw' },
  // 么 closing a question after 都 and a verb of what is done, covered or is (山东, 河南, 湖北: 六项纪律都是么, 政审都查么,
  // 支部都管么 ask what); after a pointed-at subject (这几个都是么) and in 都有么 (材料都有么) it may ask whether, and a
  // Mandarin closing 么 (= 吗) follows a statement, not 都 and the verb alone: those are left alone.
  {
    spelt: '么',
    to: '什么',
    short: '啥',
    group: 'north',
    before: '(?<![这那些个几俩][个些]?)都(?:是|包括|管|要查|查|审|干|做|学|讲|考|要求|需要|要)',
    after: '[？?！!，,。\\s啊呀哦呢嘛哈]|$',
  },
  // 得不得 ending a question asks whether it may be done (印到瓶子上卖得不得, 我主持得不得): 行不行. Before a verb
  // (得不得交) it is the asker's 要不要, read by the fact layer's need words.
  { spelt: '得不得', to: '行不行', group: 'sw', after: '[？?！!，,。\\s吗呢哦嘛]|$' },
  // 要得 says OK only where the sentence or question ends on it (要得不, 要得吗); 要得到, 要得票 are Mandarin.
  { spelt: '要得', to: '可以', group: 'sw', after: '[？?！!，,。\\s吗不哈撒哦]|$' },
  // 哪个 right before a verb of deciding asks who (处分是哪个定的, 哪个批); 哪个支部, 哪个月 keep their noun.
  { spelt: '哪个', to: '谁', group: 'sw', after: '定|批|决定|说了算|拍板|审批|负责|主持|召集|签字|签|在管|来管|管着' },
  // 哪个 ending a question after a verb of handing or turning to asks who (申请书交给哪个, 该找哪个); 哪个支部 keeps its noun.
  { spelt: '哪个', to: '谁', group: 'sw', before: '交给|递给|给|找|问|归|向|跟|报给', after: '[？?！!，,。\\s啊哦呢嘛哈撒]|$' },
  // 归哪个管, 由哪个负责: who manages it (归哪个单位 keeps its noun).
  { spelt: '哪个', to: '谁', group: 'sw', before: '归|由', after: '管|负责' },
  // 哪个来 before a verb asks who will do it (哪个来搞, 哪个来牵头): 哪个 with a noun after it (哪个来的) does not.
  { spelt: '哪个', to: '谁', group: 'sw', after: '来(?![的了自])[\\u4e00-\\u9fff]' },
  // 哪位 asks who, politely (哪位来搞, 交给哪位): 位 counts only persons. Before the person's own noun (哪位同志, 哪位
  // 书记) it asks which of them, and keeps it.
  { spelt: '哪位', to: '谁', group: 'north', notAfter: '同志|领导|老师|党员|委员|书记|干部|师傅|负责人|介绍人|联系人|成员' },
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
  // 好多岁 (满好多岁, 要好多岁): an age asked; 好多岁了 and 活了好多岁 tell one.
  { spelt: '好多', to: '多少', group: 'sw', notBefore: '[了过很]', after: '岁(?!了|数)' },
  // 满好多年, 够好多天: the span that must be reached, asked (满 and 够 before a figure ask for it).
  { spelt: '好多', to: '多少', group: 'sw', before: '[满够]', after: '(?:个)?(?:年|天|月|岁|学时|小时)' },
  // 要来好多人, 得到好多人: how many must come (来了好多人, 来好多人了 tell many).
  { spelt: '好多', to: '多少', group: 'sw', before: '(?:要|得|需要|须|至少要?|起码要?)(?:来|到)', after: '[人个名](?!了)' },
  // 到会好多人才算数, 培训好多学时: after a verb of attending or studying, a count asked (好多人来了 tells one).
  { spelt: '好多', to: '多少', group: 'sw', before: '到会|到场|参会|出席|培训|学习|学', after: '[人个名]|学时|学识|课时|小时' },
  // 有好多条, 分好多步 ending the question: how many items (有好多条规定 going on tells many). 走好多步: the steps a
  // procedure goes through (走了好多步 tells them done: 了 stands before 好多 there).
  {
    spelt: '好多',
    to: '多少',
    group: 'sw',
    before: '有|分|包括|包含|一共|总共|共|走',
    after: '[条项种步类](?:[？?吗呢啊哦嘛啦，,。\\s]|$)',
  },
  // 最少要提好多个, 至少得选好多人: a bound, then a verb of putting forward or electing, then the count asked.
  { spelt: '好多', to: '多少', group: 'sw', before: '(?:至少|最少|起码)[要得]?[提选推配设报]', after: '[人个名]' },
  // 要搞够好多学时, 凑够好多人: how many make enough.
  { spelt: '好多', to: '多少', group: 'sw', before: '够', after: '[人个名票]|学时|学识|课时|小时' },
  // 要好多天内报, 好多个工作日之内: a time limit asked (好多天没来 tells many days).
  { spelt: '好多', to: '多少', group: 'sw', before: '要|得|需要|在|限', after: '(?:个)?(?:天|工作日|日)(?:内|之内|以内)' },
  // 到底好多年, 一届好多年 ending the question: how many years (好多年没交 tells many years).
  { spelt: '好多', to: '多少', group: 'sw', before: '到底|究竟|一届|任期|是|要', after: '年(?:[？?吗呢啊哦嘛啦，,。\\s]|$)' },
  // 让不让 (is it allowed): asked as 能不能.
  { spelt: '让不让', to: '能不能', group: 'north' },
  // 多常时间 (北方口语, and 常 typed for 长 by pinyin input): how long.
  { spelt: '多常', to: '多长', group: 'north', notAfter: '见|用|有' },
  // —— 湘 ——
  // 么子 before a verb of doing (么子办, 么子搞, 么子交) or before 算 closing the clause (影响期么子算) asks how; 么子算违纪
  // (what counts as) and 么子时候 ask what.
  { spelt: '么子', to: '怎么', group: 'xiang', after: '办|搞|弄|整|交|转|算(?=[？?吗呢啊哦嘛咯啰，,。！!\\s]|$)' },
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
  // 整 as the verb of making (东北): 单整一个支部, 另整一个党小组 is setting one up (成立). Only before 一个 and a body:
  // 整个支部 (the whole branch) keeps its words.
  { spelt: '单整', to: '单独成立', group: 'ne', after: '一?个?(?:党)?(?:支部|小组|总支|联合支部)' },
  {
    spelt: '整',
    to: '成立',
    group: 'ne',
    before: '另|新|重新|再|要|想|能|可以|得|够|不够',
    after: '一个(?:党)?(?:支部|小组|总支|联合支部)',
  },
  // —— 河南, 山东, 天津, 西北, 关中 ——
  { spelt: '中不中', to: '行不行', group: 'north' },
  // 不中 ends a clause or says "if not" (不中的话咋弄); 打不中, 考不中, 猜不中 are Mandarin.
  { spelt: '不中', to: '不行', group: 'north', notBefore: '[打考猜射选投命看说]', after: '的话|了|[，,。？?！!\\s]|$' },
  { spelt: '弄啥嘞', to: '干什么', group: 'north' },
  { spelt: '弄啥', to: '干什么', group: 'north' },
  { spelt: '俺们', to: '我们', group: 'north' },
  // 自个儿, 自各儿: oneself (入党是自个儿写申请).
  { spelt: '自个儿', to: '自己', group: 'north' },
  { spelt: '自各儿', to: '自己', group: 'north' },
  { spelt: '自个', to: '自己', group: 'north' },
  // 一块(儿) before a verb is together (俩人一块表决, 一块转过去); 一块钱, 一块地 keep it.
  {
    spelt: '一块儿',
    to: '一起',
    group: 'north',
    after: '(?:举手|表决|投票|讨论|通过|交|转|开|参加|办|报|学习|入党|申请|写|宣誓|批|算)',
  },
  {
    spelt: '一块',
    to: '一起',
    group: 'north',
    after: '(?:举手|表决|投票|讨论|通过|交|转|开|参加|办|报|学习|入党|申请|写|宣誓|批|算)',
  },
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
  // 做么 (海南, 客家): what, as 做什么 asks it ("第一种形态具体是做么"); 叫做/看做 before 么 are Mandarin words.
  { spelt: '做么', to: '做什么', group: 'min', notBefore: '[叫看当称]' },
  { spelt: '佗位', to: '哪里', group: 'min' },
  // 底个 asks who or which one (由底个负责): never after 到 or 彻 (到底个人, 彻底个).
  { spelt: '底个', to: '谁', group: 'min', notBefore: '[到彻]' },
  // 无 for 没有 only between a person and a verb (伊无交, 我无去); 无记名, 无正当理由 are Mandarin.
  { spelt: '无', to: '没有', short: '没', group: 'min', before: '[我你他她伊阮咱]', after: '[交去来参缴做办收]' },
  { spelt: '袂', to: '不会', short: '不', group: 'min', notBefore: '[联分]' },
  // 闽南 and 潮汕, more: 啥侬 (who), 叨位/佗落/底块 (where), 安怎 (how), 时阵 (time), 底时 (when), 做呢 (how, 潮汕).
  { spelt: '啥侬', to: '谁', group: 'min' },
  { spelt: '别侬', to: '别人', group: 'min' },
  { spelt: '叨位', to: '哪里', group: 'min' },
  { spelt: '佗落', to: '哪里', group: 'min' },
  { spelt: '底块', to: '哪里', group: 'min', notBefore: '[到彻谷海井心年月]' },
  // Not the tail of 平安, 公安, 治安, 晚安, 问安 (平安怎么过).
  { spelt: '安怎', to: '怎么', group: 'min', notBefore: '[平公治晚早问心保]' },
  { spelt: '时阵', to: '时候', group: 'min' },
  // 底时 asks when; 年底时, 月底时, 到底 are Mandarin.
  { spelt: '底时', to: '什么时候', group: 'min', notBefore: '[年月到彻心谷井海眼湖河底季周期]' },
  // 做呢 before a verb asks how (做呢办, 做呢交); 还没做呢 ends a Mandarin clause.
  { spelt: '做呢', to: '怎么', group: 'min', after: '办|交|转|算|搞|写|弄|处理|申请|开|填|报|去|来|样' },
  // 𣍐 (beh, "will not, cannot") as 袂 is; 𣍐使, 袂使: may not. 会使 closing a question: may (会使无 asks it).
  { spelt: '𣍐使', to: '不可以', group: 'min' },
  { spelt: '袂使', to: '不可以', short: '不行', group: 'min', notBefore: '[联分]' },
  { spelt: '𣍐', to: '不会', group: 'min' },
  { spelt: '会使无', to: '可不可以', group: 'min', after: '[？?！!，,。\\s]|$' },
  { spelt: '会使袂', to: '可不可以', group: 'min', after: '[？?！!，,。\\s]|$' },
  { spelt: '会使', to: '可以', group: 'min', after: '[？?！!，,。\\s吗]|$' },
  // 厝 (house) only after a person (阮厝, 伊厝): 林厝, 洪厝村 and the like are places and keep it.
  { spelt: '厝边', to: '邻居', group: 'min', notAfter: '村|乡|镇|街|社' },
  { spelt: '厝', to: '家', group: 'min', before: '阮|伊|恁|咱|我|你|他|她|人', notAfter: '村|乡|镇|街|社|寮|埕' },
  // 阮 (we, I) opening a clause before what it owns or does (阮支部, 阮兜, 阮要); 阮 is also a surname (阮书记, 阮氏).
  {
    spelt: '阮',
    to: '我们',
    short: '我',
    group: 'min',
    notBefore: `[${HAN}]`,
    after: '兜|厝|支部|村(?!长|民|委)|社区|单位|遮|这|欲|要(?!求)|无|袂|也|都|拢|是',
  },
  // 予 (give) before a person (予伊, 予阮); 给予, 授予, 准予, 予以 are written words.
  { spelt: '予', to: '给', group: 'min', notBefore: '[给授赋准不免应特寄施付让赐赠取]', after: '伊|阮|我|你|他|她|恁|咱|侬' },
  // 予 opening a clause has someone do it (予林志明去看: 让林志明去看); 予以 is the written word.
  // 予备党员, 予计 are typos of 预: 予 is read so only before who does what (a name, then 去 or 处理).
  {
    spelt: '予',
    to: '让',
    group: 'min',
    notBefore: `[${HAN}]`,
    notAfter: '以|备',
    after: `[${HAN}]{1,3}(?:处理|跟进|去|负责|看|办|联系|解决)`,
  },
  // 欲 (want to) before a verb; 所欲, 欲望, 贪欲 are Mandarin.
  { spelt: '欲', to: '要', group: 'min', notBefore: '[所私贪情食性物色爱意随畅求雨]', after: '[交转去来办申入参缴报问开]' },
  { spelt: '囝仔', to: '孩子', group: 'min' },
  // 敢有 after a person asks whether (伊敢有交): 谁敢有意见 is not asked so.
  { spelt: '敢有', to: '有没有', group: 'min', before: '[伊阮恁咱你我他她]' },
  // —— 闽东 (福州话) ——
  // 侬 is a person here (底侬 who, 几侬 how many people), never 你 as in 沪语: the longer spellings are read first.
  { spelt: '底侬', to: '谁', group: 'mindong' },
  { spelt: '几侬', to: '几个人', short: '几人', group: 'mindong' },
  { spelt: '什乇', to: '什么', group: 'mindong' },
  { spelt: '做乇', to: '干什么', short: '干啥', group: 'mindong' },
  // 做毛 (why, what for); 做毛衣, 做毛笔 are Mandarin.
  { spelt: '做毛', to: '干什么', short: '干啥', group: 'mindong', notAfter: '[衣笔线料巾皮绒毯发边坯呢病]' },
  { spelt: '张样', to: '怎样', group: 'mindong', notAfter: '品|本|板|式|子|图|稿|书' },
  { spelt: '伓', to: '不', group: 'mindong' },
  // 汝 (you) opening a clause: inside one it is a given name's (丁汝昌, 周汝昌), and 汝州, 汝南, 汝阳 are places.
  { spelt: '汝', to: '你', group: 'mindong', notBefore: `[${HAN}]`, notAfter: '州|南|阳|城|河|宁|水' },
  // —— 客家话 ——
  { spelt: '𠊎兜', to: '我们', group: 'hakka' },
  { spelt: '厓兜', to: '我们', group: 'hakka' },
  { spelt: '涯兜', to: '我们', group: 'hakka', notBefore: '[天生无]' },
  { spelt: '佢兜', to: '他们', group: 'hakka' },
  // 冇使 (毋使) is "need not", as 唔使 is in 粤语: 不用, not 没有 + 使.
  { spelt: '冇使', to: '不用', group: 'hakka' },
  { spelt: '毋使', to: '不用', group: 'hakka' },
  { spelt: '你兜', to: '你们', group: 'hakka', notAfter: '里|着|圈|售|底|风|住|揽|子|兜|内' },
  { spelt: '𠊎', to: '我', group: 'hakka' },
  // 厓 and 涯 typed for 𠊎: 山厓; 天涯, 生涯, 无涯 keep theirs, and 涯 is 我 only before what 我 does or owns.
  { spelt: '厓', to: '我', group: 'hakka', notBefore: '[山悬崖]' },
  {
    spelt: '涯',
    to: '我',
    group: 'hakka',
    notBefore: '[天生无水边际海]',
    after: '系|是|个|的|唔|毋|冇|吂|也|都|就|想|要|爱|交|去|来|在|们|等|自家|今|已经|还',
  },
  // 系 after a person is the copula (佢系党员, 𠊎系支书; 佢 is read as 他 first); 他系上, 你系好, 我系统 are not.
  {
    spelt: '系',
    to: '是',
    group: 'hakka',
    before: '他|她|我|你|们|伊|𠊎|兜',
    notAfter: '统|列|数|着|上|好|紧|住|带|鞋|铃',
  },
  // 毋 (not): 毋使 need not, 毋知 not know; 毋庸, 毋须, 毋宁, 宁缺毋滥 are written words.
  { spelt: '爱毋爱', to: '要不要', group: 'hakka' },
  { spelt: 'X毋X', to: '$1不$1', group: 'hakka', pattern: /([\u4e00-\u9fff])毋\1/g },
  { spelt: '毋使', to: '不用', group: 'hakka' },
  { spelt: '毋系', to: '不是', group: 'hakka' },
  { spelt: '毋知', to: '不知道', short: '不知', group: 'hakka' },
  { spelt: '毋爱', to: '不要', group: 'hakka' },
  {
    spelt: '毋',
    to: '不',
    group: 'hakka',
    notBefore: '[缺务安恃滥]',
    notAfter: '庸|须|需|宁|忘|论|滥|得|乃|其|躁|燥|恐|为|务|望|翼|丘',
  },
  // 吂 (吂曾): not yet.
  { spelt: '吂曾', to: '还没', group: 'hakka' },
  { spelt: '吂', to: '还没', short: '未', group: 'hakka' },
  // 么个 (脉个, 乜个) what, 么人 who; 什么个, 这么个, 那么人 are Mandarin.
  { spelt: '么个', to: '什么', group: 'hakka', notBefore: '[什怎这那要多]' },
  { spelt: '脉个', to: '什么', group: 'hakka', notBefore: '[一山命动血经]' },
  { spelt: '乜个', to: '什么', group: 'hakka' },
  { spelt: '么人', to: '谁', group: 'hakka', notBefore: '[什怎这那要多]' },
  // 样般 (仰般) how; 一样般配, 同样般 are not asked.
  { spelt: '仰般', to: '怎么', group: 'hakka' },
  { spelt: '样般', to: '怎么', group: 'hakka', notBefore: '[一同这那怎多模花异么]' },
  { spelt: '几久', to: '多久', group: 'hakka', notBefore: '十' },
  { spelt: '奈位', to: '哪里', group: 'hakka', notBefore: '无' },
  // —— 赣语 ——
  // 么里 what, 何里 how (南昌); 什么里面, 如何里 are Mandarin.
  { spelt: '么里', to: '什么', group: 'gan', notBefore: '[什怎这那要多]' },
  { spelt: '何里', to: '怎么', group: 'gan', notBefore: '[如任奈为从]' },
  { spelt: '渠们', to: '他们', group: 'gan' },
  // 渠 (he) opening a clause before what a person does; 水渠, 渠道, 沟渠 (and a clause about a channel) keep it.
  {
    spelt: '渠',
    to: '他',
    group: 'gan',
    notBefore: `[${HAN}]`,
    after: '[讲话说想晓冒]|屋里|屋头|家里|冇|唔|不晓|是党员|是预备|是积极|的党|的组织|交党费|入党|转正',
    notAfter: '道',
  },
  // 湘, 赣: 冒 for 没 between a person and a verb (他冒交, 还冒转); 冒充, 冒领, 冒名 are other words.
  { spelt: '冒', to: '没', group: 'gan', before: '[我你他她渠佢伊还都也又]', after: '[交去来转参开缴办收报填写]' },
  // 𠮶 (this, that): 嗰 simplified arrives so too.
  { spelt: '𠮶', to: '那', group: 'gan' },
  // —— 晋语, 陕北 ——
  { spelt: '甚会儿', to: '什么时候', group: 'jin' },
  { spelt: '兀个', to: '那个', group: 'jin' },
  { spelt: '兀搭', to: '那里', group: 'jin' },
  { spelt: '兀家', to: '他', group: 'jin' },
  // 这搭, 哪搭 (here, where); 这搭配, 哪搭档 are Mandarin.
  { spelt: '这搭', to: '这里', group: 'jin', notAfter: '配|档|建|车|乘|上|起|伙' },
  { spelt: '哪搭', to: '哪里', group: 'jin', notAfter: '配|档|建|车|乘|上|起|伙' },
  // 解不下 (do not know); 绳子解不下来 is Mandarin.
  { spelt: '解不下', to: '不知道', group: 'jin', notAfter: '来|去|了' },
  // —— 江淮官话 ——
  // 阿 before a verb asks it as A-not-A (阿有, 阿会, 阿算, 阿晓得); 小阿会, 老阿有 would be names.
  { spelt: '阿晓得', to: '知不知道', group: 'jianghuai' },
  { spelt: '阿有', to: '有没有', group: 'jianghuai', notBefore: '[大小老]' },
  { spelt: '阿会', to: '会不会', group: 'jianghuai', notBefore: '[大小老]' },
  { spelt: '阿算', to: '算不算', group: 'jianghuai' },
  { spelt: '阿行', to: '行不行', group: 'jianghuai', notBefore: '[大小老]' },
  // 么事 what, 么得 not have (安庆, 扬州); 什么事, 为什么得 are Mandarin.
  { spelt: '么事', to: '什么', group: 'jianghuai', notBefore: '[什怎这那要多为]' },
  { spelt: '么得', to: '没有', group: 'jianghuai', notBefore: '[什怎这那要多为]' },
  // 哪块 (where, 南京) ending a question or before a verb; 哪块地, 哪块牌子 ask which piece.
  { spelt: '哪块儿', to: '哪里', group: 'jiaoliao' },
  { spelt: '哪块', to: '哪里', group: 'jianghuai', after: '[？?！!，,。\\s啊哦呢嘛]|$|[办交转找报问查开有去来]' },
  // 多晚 (子) asks when before a verb; 再多晚, 很多晚上 are other words.
  { spelt: '多晚子', to: '什么时候', group: 'jianghuai' },
  { spelt: '多晚', to: '什么时候', group: 'jianghuai', notBefore: '[再很太这那有许好]', after: '[交转开去来办报算能才]' },
  // 照不照, 不照 (行不行, 不行); 照不照相, 不照顾, 按照 are Mandarin.
  { spelt: '照不照', to: '行不行', group: 'jianghuai', notAfter: '相|片|顾|射|明|亮|镜|办|做|章' },
  { spelt: '不照', to: '不行', group: 'jianghuai', notBefore: '[按依参对关拍映遵]', after: '[？?！!，,。\\s]|$|的话' },
  // —— 云南, 贵州 ——
  { spelt: '整哪样', to: '干什么', group: 'yungui' },
  { spelt: '做哪样', to: '干什么', group: 'yungui' },
  { spelt: '为哪样', to: '为什么', group: 'yungui' },
  { spelt: '咋个整', to: '怎么办', group: 'yungui' },
  { spelt: '咋个弄', to: '怎么办', group: 'yungui' },
  // 哪样 asks what (交哪样材料); 哪样都行, 像哪样 are Mandarin's "whichever".
  { spelt: '哪样', to: '什么', group: 'yungui', notBefore: '[那这像同怎一]', notAfter: '都|也|比|更' },
  { spelt: '哪阵子', to: '什么时候', group: 'yungui' },
  { spelt: '哪阵', to: '什么时候', group: 'yungui', notAfter: '风' },
  // 哪点 (where) after a verb of going or being, or ending the question; 哪点不对 asks which point.
  { spelt: '哪点', to: '哪里', group: 'yungui', before: '[在去到从克来住]' },
  { spelt: '哪点', to: '哪里', group: 'yungui', after: '[？?！!，,。\\s啊哦呢嘛撒噻]|$|[交办报找开查]' },
  // 克 for 去 only between a person or a modal and where one goes or what one goes to do (要克镇上交, 我克问下);
  // 克服, 克扣, 千克, 攻克, 巧克力 never stand so.
  {
    spelt: '克',
    to: '去',
    group: 'yungui',
    before: '要|得|想|莫|没|不|冇|我|你|他|她|们|了|先|再|就|还|又|都|也|一起|赶紧',
    after: '[哪那这镇县乡村街社]|开|交|办|报|找|问|参加|领|补|转|看|整|搞|弄',
    notAfter: '服|隆|制|扣|星|拉|力|勤|罗|思|莱|斯|林|里|期|其|难|敌|己|复|格|什|米|数|分',
  },
  { spelt: '板扎', to: '很好', group: 'yungui' },
  // 得行 (can, OK), 得不得行 (行不行); 取得行政许可, 获得行业 go on with a noun.
  { spelt: '得不得行', to: '行不行', group: 'yungui' },
  { spelt: '得行不', to: '行不行', group: 'yungui', after: '[，,。？?！!\\s]|$' },
  {
    spelt: '得行',
    to: '可以',
    group: 'yungui',
    notBefore: '[取获赢博懂记显变觉难值晓求]',
    after: '[？?！!，,。\\s吗不哦噻撒哈嘛]|$',
  },
  // 格 (给) before a verb asks it (你格是党员, 格要交): 云南's A-not-A. Only after a person: 价格是, 资格是 state.
  { spelt: '格可以', to: '可不可以', group: 'yungui', before: '[你我他她们]' },
  { spelt: '格是', to: '是不是', group: 'yungui', before: '[你我他她们]' },
  { spelt: '格要', to: '要不要', group: 'yungui', before: '[你我他她们]' },
  { spelt: '格有', to: '有没有', group: 'yungui', before: '[你我他她们]' },
  { spelt: '格能', to: '能不能', group: 'yungui', before: '[你我他她们]' },
  { spelt: '给是', to: '是不是', group: 'yungui', before: '[你我他她们]' },
  // —— 北京话 ——
  { spelt: '甭', to: '不用', short: '别', group: 'beijing' },
  // Not in names spelt with it (斯忒藩, 阿尔忒, 忒修斯).
  { spelt: '忒', to: '太', group: 'beijing', notBefore: '[斯尔]', notAfter: '修|弥' },
  { spelt: '多早晚', to: '什么时候', group: 'beijing' },
  { spelt: '多咱', to: '什么时候', group: 'beijing' },
  { spelt: '倍儿', to: '特别', group: 'beijing', notBefore: '[加翻几双一两三]' },
  { spelt: '得嘞', to: '好的', group: 'beijing' },
  // 不介 (no need); 不介意, 不介入 are Mandarin.
  { spelt: '不介', to: '不用', group: 'beijing', notAfter: '意|入|绍|怀' },
  { spelt: '这么着', to: '这样', group: 'beijing' },
  // 俩 and 仨 are two and three of something ("俩正式党员", "就仨人"): counts the head-count readers take in digits' place.
  // Only before what is counted; 伎俩, and 他俩 said alone, keep theirs.
  { spelt: '俩', to: '两个', short: '两', group: 'beijing', notBefore: '伎', after: '正式|预备|党员|人|委员|支委|同志|支部' },
  { spelt: '仨', to: '三个', short: '三', group: 'beijing', after: '正式|预备|党员|人|委员|支委|同志|支部' },
  // 俩 and 仨 before a span (俩月, 仨月一回) and as a bare count told ending a clause (正式党员就俩, 只有仨): a number.
  { spelt: '俩', to: '两个', short: '两', group: 'beijing', notBefore: '伎', after: '月|年|礼拜|星期|季度|钟头' },
  { spelt: '仨', to: '三个', short: '三', group: 'beijing', after: '月|年|礼拜|星期|季度|钟头' },
  {
    spelt: '俩',
    to: '两个',
    short: '两',
    group: 'beijing',
    before: '就|只|才|只有|就剩|剩|一共|共|总共|就有|统共',
    after: '[？?！!，,。；;\\s吗呢啊哦嘛]|$',
  },
  {
    spelt: '仨',
    to: '三个',
    short: '三',
    group: 'beijing',
    before: '就|只|才|只有|就剩|剩|一共|共|总共|就有|统共',
    after: '[？?！!，,。；;\\s吗呢啊哦嘛]|$',
  },
  // —— 胶辽 (and 东北) ——
  { spelt: '啥前儿', to: '什么时候', group: 'jiaoliao' },
  { spelt: '多前儿', to: '什么时候', group: 'jiaoliao' },
  // 啥前 (when); 啥前提 asks what condition.
  { spelt: '啥前', to: '什么时候', group: 'jiaoliao', notAfter: '[面边途景提]' },
  { spelt: '知不道', to: '不知道', group: 'jiaoliao' },
  { spelt: '干么', to: '干什么', short: '干啥', group: 'jiaoliao', notBefore: '若' },
  { spelt: '咋着', to: '怎么', group: 'jiaoliao' },
  { spelt: '这嘎达', to: '这里', group: 'ne' },
  { spelt: '那嘎达', to: '那里', group: 'ne' },
  { spelt: '哪疙瘩', to: '哪里', group: 'ne' },
  { spelt: '咋地', to: '怎么样', group: 'ne' },
  // —— 中原 ——
  // 中不 and 中吗 after what is done (这样弄中不, 交中吗): 行不行; 集中吗, 命中吗 are Mandarin.
  { spelt: '中不', to: '行不行', group: 'zhongyuan', before: '[弄办交做搞样么这那]', after: '[，,。？?！!\\s]|$' },
  { spelt: '中吗', to: '行吗', group: 'zhongyuan', before: '[弄办交做搞样么这那]' },
  { spelt: '恁样', to: '这样', group: 'zhongyuan' },
  // 罢 after what is held or done, closed by 了 (会开罢了, 饭吃罢了, 考罢了): done, as 完; 只是走个过场罢了 (merely) has
  // no such verb before it.
  { spelt: '罢', to: '完', group: 'zhongyuan', before: '[开吃弄干忙考选学交办搞评]', after: '了' },
  // 嘞 after 真, 假, 对 closing a question (是真嘞不, 对嘞吧): 的.
  { spelt: '嘞', to: '的', group: 'zhongyuan', before: '[真假对]', after: '\\s*(?:不|吗|么|吧|[？?。]|$)' },
  // 哩 before a question mark (咋弄哩？): 呢. Closing a statement (在县一中念高二哩) it tells, as 呢 there would not;
  // 英哩, 公哩 are miles, 咖哩, 啫哩 food.
  { spelt: '哩', to: '呢', group: 'zhongyuan', notBefore: '[英公海千咖啫苏]', after: '\\s*[？?]' },
  // —— 西北: 兰州, 青海, 宁夏, 关中 ——
  // 阿么个 (兰州, 青海): how before a verb (阿么个办, 阿么个算), what kind of before a noun (是个阿么个组织).
  { spelt: '阿么个', to: '怎么', group: 'northwest', after: '[办弄搞整算交转处写走]' },
  { spelt: '阿么个', to: '什么', group: 'northwest' },
  { spelt: '阿么', to: '怎么', group: 'northwest' },
  // 阿们 (how) before a verb; 阿们 alone is Amen.
  { spelt: '阿们', to: '怎么', group: 'northwest', after: '[办交弄搞整算转做去来说开]' },
  // 阿达 (where) after a verb of going or being, or ending the question: 王阿达, 阿达尔, 阿达纳 are names.
  { spelt: '阿达', to: '哪里', group: 'northwest', before: '[在去到从住]' },
  { spelt: '阿达', to: '哪里', group: 'northwest', notBefore: `[${HAN}]`, after: '[？?！!，,。\\s哩呢嘛啊]|$' },
  { spelt: '阿搭', to: '哪里', group: 'northwest' },
  // 么有 (没有, also a slip of voice input); 什么有, 怎么有 are Mandarin.
  { spelt: '么有', to: '没有', group: 'northwest', notBefore: '[什怎这那要多为]' },
  { spelt: '没麻达', to: '没问题', group: 'northwest' },
  { spelt: '麻达', to: '问题', group: 'northwest' },
  // 咋弄 (what to do); 咋弄的, 咋弄成这样 ask how it happened.
  { spelt: '咋弄', to: '怎么办', group: 'northwest', notAfter: '的|成|得|了' },
  // 啥时 (when); 啥时候, 啥时间 are read by 啥.
  { spelt: '啥时', to: '什么时候', group: 'northwest', notAfter: '候|间|节|刻|辰|期' },
  { spelt: '啥会儿', to: '什么时候', group: 'northwest' },
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
  // Slips of voice and pinyin input for the question words: 咋们 (咱们; 咋 alone would give 怎么们), 咋么, 怎摸, 什莫.
  { spelt: '咋们', to: '我们', group: 'net', notAfter: '[交转办弄整搞算开]' },
  { spelt: '咋们', to: '怎么', group: 'net', after: '[交转办弄整搞算开]' },
  { spelt: '咋么', to: '怎么', group: 'net' },
  { spelt: '怎摸', to: '怎么', group: 'net' },
  { spelt: '怎莫', to: '怎么', group: 'net' },
  { spelt: '怎们', to: '怎么', group: 'net' },
  { spelt: '什莫', to: '什么', group: 'net' },
  // 甚么 (an older spelling of 什么) is left by 甚, which keeps 甚么 for 甚至么.
  { spelt: '甚么', to: '什么', group: 'net' },
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

/**
 * Where one row alone would rewrite a text (its matches, as typed), whatever the rest of the table does: the tests run
 * each row over the handbook, the facts and the bank, where plain Mandarin must be left as it is.
 */
export function rowMatches(row: Readonly<Row>, text: string): string[] {
  const { re } = compile(row);
  return [...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))].map((m) => m[0]);
}

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
