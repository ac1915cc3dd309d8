/**
 * What the handbook is for. Questions about the weather, films, cooking or prices are declined politely and
 * never become knowledge gaps; neither do quiz letters, emoji or punctuation typed into the chat.
 */
import { asksSomething, cleanQuestion, type FactIndex, matchParts } from '../../../knowledge';

/** Words that place a question in Party work: such a question is answered, or recorded as a gap. */
const DOMAIN = new RegExp(
  [
    '党',
    '支部',
    '支委',
    '入党',
    '黨',
    '团员',
    '组织关系',
    '组织生活',
    '三会一课',
    '书记',
    '支书',
    '委员',
    '积极分子',
    '发展对象',
    '政审',
    '政治审查',
    '培养联系人',
    '志愿书',
    '预备',
    '转正',
    '介绍人',
    '处分',
    '纪律',
    '违纪',
    '执纪',
    '从轻',
    '减轻处分',
    '从重',
    '加重处分',
    '纪委',
    '留党察看',
    '除名',
    '选举',
    '选票',
    '写票',
    '投票',
    '监票',
    '计票',
    '候选人',
    '换届',
    '任期',
    '表决',
    '民主评议',
    '谈心',
    '主题党日',
    '组织部',
    '持证',
    '拿证',
    '考证',
    '上岗',
    '党务',
    '开会',
    '会议',
    '认证',
    '证书',
    '题库',
    '宣誓',
    '誓词',
    '流动',
    '党课',
    '党小组',
    '党费',
    '会议记录',
    '台账',
    '申诉',
    '组织生活会',
    // A pay after tax with a rate asked ("税后正好10000，是按1.5%还是2%", "交百分之一还是一点五"): the 党费 calculator's
    // question.
    '税[前后].{0,24}(?:\\d(?:\\.\\d+)?\\s*[%％]|百分之(?![几多]))',
  ].join('|'),
);

/** Everyday topics outside Party work. */
const OUT_OF_SCOPE = new RegExp(
  [
    '天气',
    '下雨',
    '降雨',
    '降水',
    '暴雨',
    '台风',
    '降温',
    '下雪',
    '气温',
    '温度',
    '刮风',
    '雾霾',
    '电影',
    '电视剧',
    '综艺',
    '明星',
    '追剧',
    '好看的剧',
    '歌曲',
    '唱歌',
    '小说',
    '做菜',
    '菜谱',
    '怎么做.{0,4}(?:菜|饭|肉|鱼|汤|面|饺子|蛋糕)',
    '红烧',
    '炒菜',
    '炖',
    '烤',
    '食谱',
    '好吃',
    '餐厅',
    '外卖',
    '奶茶',
    '咖啡',
    '价格',
    '多少钱',
    '房价',
    '油价',
    '金价',
    '股票',
    '股市',
    '基金',
    '比特币',
    '彩票',
    '汇率',
    '打折',
    '优惠券',
    '手机',
    'iphone',
    '电脑',
    '足球',
    '篮球',
    'nba',
    '世界杯',
    '比赛',
    '游戏',
    '王者荣耀',
    // A level or rank on a game, an app or a platform (骑手等级, 会员等级, 段位, 冲王者): not the 持证上岗 certificate's
    // levels, which are always named with the certificate (DOMAIN: 持证, 证书).
    '段位',
    '上分',
    '(?:冲|上|打到|冲到|升到)(?:个)?(?:王者|星耀)',
    '(?:骑手|会员|账号|账户|vip|平台|美团|饿了么|淘宝|抖音|快手|微信|qq|京东|拼多多|滴滴|花呗|芝麻|游戏|角色|英雄|粉丝|主播)(?:的)?(?:等级|级别|星级)',
    '旅游',
    '景点',
    '机票',
    '火车票',
    '高铁票',
    '酒店',
    '签证',
    '减肥',
    '感冒',
    '发烧',
    '头疼',
    '医院挂号',
    '星座',
    '运势',
    '算命',
    '笑话',
    '讲个故事',
    '写首诗',
    '翻译',
    '英语',
    '数学题',
    '几点了',
    '今天几号',
    '星期几',
    '快递',
    '导航',
    '怎么走到',
    '宠物',
    '猫',
    '狗',
    '养花',
    '化妆',
    '口红',
    '衣服',
    '穿搭',
    '车',
    '驾照',
    // Practical matters of one's trade or home: a professional licence kept up (执业证书 renewed, 延续注册), a machine
    // kept running (its oil, filters, servicing), a calendar app set up. The 持证上岗 certificate is named as such
    // (DOMAIN: 持证, 上岗), never as a 执业 licence.
    '执业(?:证书|证|资格|医师|药师|护士)',
    '(?:延续|变更|首次|重新)注册',
    '机油',
    '液压油',
    '润滑油',
    '齿轮油',
    '刹车油',
    '防冻液',
    '滤芯',
    '墨盒',
    '硒鼓',
    '保养',
    '(?:日历|日程|闹钟)[^，,。？?]{0,24}(?:设置|设定|怎么设|咋设)',
    '(?:设置|设定)[^，,。？?]{0,12}(?:日历|日程|闹钟)',
  ].join('|'),
  'i',
);

/**
 * The practical matters above, which hold a word of Party work in their own names: 证书 in 执业证书, 会议 in a calendar's
 * 会议提醒. In a clause that asks of such a matter these words are the matter's, not the Party's.
 */
const PRACTICAL =
  /执业(?:证书|证|资格)|(?:延续|变更|首次|重新)注册|(?:日历|日程|闹钟)[^，,。？?]{0,24}(?:设置|设定|怎么设|咋设)|(?:设置|设定)[^，,。？?]{0,12}(?:日历|日程|闹钟)/i;
/** The Party words a practical matter's own name may hold (PRACTICAL). */
const NAMED_IN_PRACTICAL = /证书|会议|开会|认证/g;

/** Whether a clause speaks of Party work, leaving out the Party words that only name a practical matter it asks of. */
const partyClause = (clause: string) => DOMAIN.test(PRACTICAL.test(clause) ? clause.replace(NAMED_IN_PRACTICAL, '') : clause);

/**
 * Whether a question is about Party work, read as the fact layer reads it: a mention of the bot (@党务助手) is
 * courtesy, not a Party word, and pinyin initials (fzdx, dy) and domain typos (党废) are the words meant.
 */
export function isInDomain(text: string): boolean {
  const clean = cleanQuestion(text);
  return DOMAIN.test(clean) || (RATE_ON_INCOME.test(clean) && !OTHER_PAYMENT.test(clean));
}

/**
 * An income with the rate paid on it asked ("养老金一个月4800，交百分之几"): with no other payment named, that is the
 * 党费's rate, the one share of an income a member pays by rule.
 */
const RATE_ON_INCOME =
  /(?:工资|薪水|薪资|月薪|收入|退休金|退休费|养老金)[^。？?]{0,24}(?:交|缴|扣)[^。？?]{0,6}(?:百分之几|几个点|多少比例|什么比例|啥比例|百分比)/;
/** Payments other than the 党费 taken from an income: 社保, 公积金, taxes, rent. */
const OTHER_PAYMENT = /社保|医保|公积金|保险|个税|税率|所得税|房租|物业|会费|团费/;

/**
 * Whether a question is about Party work, in DOMAIN's words or in the handbook's own terms: a question a fact is
 * matched on (its subject and asked words agreeing, whoever it is asked of) speaks of what the handbook covers though
 * it holds no DOMAIN word ("讨海的后生可以突击发展几个，是不是真的": 突击发展). Not answered by that fact here, it is
 * a gap to record, not a question to decline.
 */
export function isPartyWork(text: string, facts: FactIndex): boolean {
  return isInDomain(text) || matchParts(facts, text, { weak: true, anySubject: true }).length > 0;
}

/** The weather asked about. */
const WEATHER = /天气|下雨|降雨|降水|暴雨|下雪|台风|气温|降温|刮风/;

/** Whether an event is held as planned, asked after the weather. */
const RIDES_ON_WEATHER = /改期|改天|延期|推迟|取消|照常|还开不开|还搞不搞|要不要改/;
/**
 * A price asked of a payment ("每次要交多少钱", "一个季度缴多少钱"): where the question names the 党费 in another
 * clause, that payment is the 党费, not a price in a shop.
 */
/** A pay or pension told with a figure, then a rate asked of it (交百分之一, 交1%还是1.5%, 交几个点). */
const DUES_RATE_ON_PAY =
  /(?:税后|到手|工资|退休金|养老金|退休费)[^，,。？?]{0,6}[\d零一二两三四五六七八九十百千万]+[^？?]*交(?:百分之|\d+(?:\.\d+)?\s*[%％]|几个点)/;
const PAYS_DUES = /(?:交|缴|交纳|缴纳)[^，,。？?]{0,3}多少钱/;
const NAMES_DUES = /党费|黨費/;

/** A question about something else entirely: declined, not a gap. */
export function isOutOfScope(raw: string): boolean {
  // "@党务助手 杭州这周末会下雨吗": the mention names the bot; what is asked is the weather.
  const text = cleanQuestion(raw);
  if (!OUT_OF_SCOPE.test(text)) return false;
  // "税后工资刚好5000 交百分之一还是一点五 一个月多少钱": a pay and the rate on it asked is the 党费, named or not.
  if (DUES_RATE_ON_PAY.test(text)) return false;
  // The text is cleaned once: its clauses are tested as they stand (cleaning again would read it twice).
  if (!partyClause(text)) return true;
  // Party words only in what the asker tells, not in what is asked ("明天武汉会下雨吗？我们打算搞户外主题党日"):
  // the question is still about the weather. Every clause that asks must be off the domain and on such a topic.
  // Spaces part clauses too where the weather is asked ("明天那边下不下雨 要去开会"), typed without punctuation;
  // not elsewhere: "经支部同意按季度交 一次交多少钱" asks the 党费 in its last piece.
  const breaks = WEATHER.test(text) ? /[，,。？?！!；;\n\s]+/ : /[，,。？?！!；;\n]+/;
  const clauses = text.split(breaks).filter((c) => c.trim());
  const asking = clauses.filter(asksSomething);
  const offTopic = asking.filter(
    (c) =>
      !partyClause(c) &&
      OUT_OF_SCOPE.test(c) &&
      !(PAYS_DUES.test(c) && NAMES_DUES.test(text) && !OUT_OF_SCOPE.test(c.replace(PAYS_DUES, ''))),
  );
  // "明天会不会下雨？户外主题党日要不要改期": whether an event goes ahead in that weather rides on the weather
  // asked, which the branch decides; no rule answers it.
  return offTopic.length > 0 && asking.every((c) => offTopic.includes(c) || RIDES_ON_WEATHER.test(c));
}

/**
 * Input that is not a question at all: quiz letters ("B", "AC", "选C", "答案是D"), emoji, punctuation,
 * digits alone. Such input never becomes a gap.
 */
export function isNoise(text: string): boolean {
  const t = text.trim().replace(/\s+/g, '');
  if (!t) return true;
  if (/^(?:选|答案是?|我选|应该是)?[a-f](?:[、,，]?[a-f]){0,5}[。.!！?？]*$/i.test(t)) return true;
  if (/^(?:对|错|√|×|x|正确|错误|是|否)[。.!！]*$/i.test(t)) return true;
  // Nothing a question could be made of: no Han character and no Latin word of 3 or more letters.
  return !/\p{Script=Han}/u.test(t) && !/[a-z]{3,}/i.test(t);
}
