import { CHECKS_CLAIM, DAYS_ASKED, type QuestionKind, questionKinds } from '../text/question-kind';

/**
 * Precision guards of the fact layer: a wrong fact is worse than a refusal, so a fact whose subject words are
 * all in the question still does not answer it when
 *  - the question is about another body (团支部, 村委会, 党总支, 中央纪委 …) the fact never names;
 *  - the fact's subject word is only part of a longer term that names something else ("入党" in "入党介绍人",
 *    "支部大会" in "团支部大会", "党员" in "党员大会");
 *  - the question asks for a value (how often, how long, how many, when, how much, who) that the fact's answer
 *    sentence does not state ("党课讲多长时间" is not answered by how often 党课 are held).
 * The passage answer, or an honest "not found", takes over.
 */

/**
 * Bodies outside a Party branch's own organisation, or above it, whose rules the handbook's branch facts do not
 * give: a question naming one is answered only by a fact whose own wording names it too. The 第一书记 sent to a
 * village (and the 驻村工作队) is posted from above: a branch committee's term is not theirs.
 */
const OTHER_BODIES =
  /共青团|团支部|团委|团员|入团|团费|团组织|少先队|工会|妇联|村务监督委员会|村监委会?|村委会?|村民委员会|居委会|居民委员会|村民代表|职工代表|人大代表|人民代表大会|全国人大|人大常委|政协|民主党派|党组(?!织)|党委会|党委委员会|党总支|总支部?|纪委|监委|中央委员会|中央纪委|中纪委|中央军委|军委|全国代表大会|代表大会|党代会|党代表|第一书记|驻村工作队/g;

/** The bodies a question names (longest spelling first, as the pattern lists them). */
export function namedBodies(question: string): string[] {
  return [...new Set(question.match(OTHER_BODIES) ?? [])];
}

/** Spellings of one body that a fact's text may use instead ("村委会" for "村民委员会"). */
const BODY_ALIASES: Record<string, string[]> = {
  村委: ['村委会', '村民委员会'],
  村委会: ['村民委员会'],
  村民委员会: ['村委会'],
  居委会: ['居民委员会'],
  居民委员会: ['居委会'],
  总支: ['总支部'],
  总支部: ['总支'],
  党总支: ['总支部', '总支'],
  党代会: ['代表大会'],
  代表大会: ['党代会'],
  全国代表大会: ['全国党代会'],
  中纪委: ['中央纪委'],
  中央纪委: ['中纪委'],
  // 纪委 and 监委 are what everyone calls the 纪检监察机关 (the 持证上岗 review by 纪检监察机关和公安部门).
  纪委: ['纪检监察'],
  监委: ['纪检监察'],
};

/** Whether a fact's own text names every body the question names. */
export function namesBodies(factText: string, bodies: readonly string[]): boolean {
  return bodies.every((b) => factText.includes(b) || (BODY_ALIASES[b] ?? []).some((a) => factText.includes(a)));
}

/**
 * Life events and circumstances the handbook's rules do not address — a death, going abroad, marriage and
 * divorce, a lost document, relatives' own affairs, the form of a paper (how many characters, what paper), doing
 * something online, consequences outside the Party (a job, an exam): a
 * question naming one is answered only by a text that names it too (any word of its group). "党员去国外留学组织
 * 关系怎么转" is not answered by the rule on moving within the country, nor "党员家属犯罪" by the member's own.
 */
const TEMPORARY = ['工期', '项目部', '培训班', '临时党支部', '临时党组织', '临时支部'];
/**
 * Situations that matter only to some rules: a temporary setting changes whether an organisation is set up, not
 * how its members pay the 党费 ("项目部的党员常年在外，党费能按季度交吗" is the rule for every member).
 */
/**
 * Pay besides the pension or the wage (返聘工资, 兼职收入, 稿费): the 党费 base names the 离退休费 or the wage only, and
 * the handbook never says whether such pay is added to it. It matters only to a rule of the base or its rates ("返聘的
 * 退休党员还要交党费吗" is the rule that every member pays).
 */
const OTHER_PAY = ['返聘工资', '返聘的工资', '返聘那部分', '返聘收入', '兼职收入', '兼职工资', '第二份工资', '稿费', '劳务费'];
const ONLY_FOR = new Map<string[], RegExp>([
  [TEMPORARY, /成立|设立|组建|建立|撤销|临时/],
  [OTHER_PAY, /基数|%|比例/],
]);
const SITUATION_GROUPS: string[][] = [
  ['去世', '逝世', '过世', '病故', '病逝', '死亡', '身故'],
  ['出国', '国外', '境外', '海外', '移民'],
  ['离婚'],
  ['结婚'],
  // Lost and to be replaced ("纪念章找不着了，能补发吗"): the rules say who is given a thing, not whether it is given again.
  ['丢了', '丢失', '遗失', '弄丢', '补办', '补发', '搞丢'],
  ['家属', '亲属', '配偶'],
  // How a paper is written out (its length, its form, by hand): the rules say only that it is in writing.
  ['字数', '多少字', '几个字', '几百字', '什么纸', '格式', '模板', '范文', '字体', '手写', '几页', '多少页'],
  // Done online: only a text that speaks of doing it online answers whether it may be.
  ['线上', '网上', '网络', '远程', '视频'],
  // Consequences outside the Party (a job, an exam, the army): the 处分 rules speak of Party posts only.
  ['找工作', '就业', '求职', '考公', '考研', '升学', '参军', '当兵'],
  // A setting that lasts only a while (a project with its 工期, a training course): the rules for a standing
  // branch (正式党员3人以上成立党支部) do not say whether a temporary organisation is set up there.
  TEMPORARY,
  // A member under 留党察看 has lost the rights to vote, elect and be elected: a rule on how members vote or
  // elect does not say whether such a member may.
  ['留党察看', '察看期'],
  OTHER_PAY,
];
const SITUATIONS = new RegExp(SITUATION_GROUPS.flat().join('|'), 'g');
/**
 * 移民 of a resettlement at home (生态移民, 水库移民, 移民新区, 移民村, 移民搬迁), common in the countryside, is no
 * going abroad: the members live in a new place in the same county, and the standing rules are theirs.
 */
const RESETTLED = /(?:生态|扶贫|水库|库区|搬迁|易地)移民|移民(?=新区|新村|村|点|区|小区|社区|搬迁|安置|乡|镇)/g;

/**
 * 线上 of a production line (线上有个女工, 我们线上的小李, 生产线上): where people work in a factory, not done online. Only
 * before the people on it, or after the line named (产线上, 流水线上).
 */
const ON_THE_LINE =
  /(?:生产|流水|装配|产|车间)线上|(?<![网在])线上(?=有一?[个名位][\u4e00-\u9fff]{0,3}(?:工|员|师傅|同事|女孩|男孩|小伙|姑娘|组长|班长|党员|积极分子)|的?[\u4e00-\u9fff]{0,3}(?:工人|女工|员工|工友|同事|师傅|女孩|男孩|小伙|姑娘|组长|班长))/g;

/** The situations a question names, as the groups they belong to. */
export function namedSituations(question: string): string[][] {
  const found = new Set(question.replace(RESETTLED, '搬迁').replace(ON_THE_LINE, '产线').match(SITUATIONS) ?? []);
  return SITUATION_GROUPS.filter((group) => group.some((w) => found.has(w)));
}

/** Whether a text names every situation the question names (any word of each group). */
export function namesSituations(text: string, situations: readonly string[][]): boolean {
  return situations.every((group) => group.some((w) => text.includes(w)) || ONLY_FOR.get(group)?.test(text) === false);
}

/**
 * Terms that contain a shorter subject word but name something else. With every fact's subject words, they make
 * the lexicon against which an occurrence is checked: "入党" inside "入党介绍人" is not the act of joining.
 */
export const COMPOUND_TERMS = [
  '入党介绍人',
  '入党积极分子',
  '入党申请人',
  '入党申请书',
  '入党志愿书',
  '入党誓词',
  '入党宣誓',
  '党员大会',
  '党员代表大会',
  '党员领导干部',
  '预备党员',
  '正式党员',
  '流动党员',
  '农民党员',
  '学生党员',
  '退休党员',
  '党小组长',
  '党小组组长',
  '支部书记',
  '党委书记',
  '副书记',
  // The 第一书记 sent to a village is posted by a higher level, not a branch's elected 书记.
  '第一书记',
  '团支部',
  '党总支',
  '总支部',
  '党委会',
  '代表大会',
  // A 书记's yearly report on Party building (述职评议考核) is not the 民主评议 of members.
  '述职评议',
  // An order from the lightest to the heaviest (处分从轻到重怎么排) is not 从轻处分, the choice within a range.
  '从轻到重',
  '由轻到重',
  '由轻至重',
  '从重到轻',
  '由重到轻',
];

/**
 * A longer term that is only the word with a wish or intent before it ("想入党", "要入党" of 入党): the asker's wish to do
 * the thing, not another thing, so a fact on 入党 answers "几个人想入党，要多大才能写申请".
 */
const WISH = /^(?:想|要|想要|愿意|打算|准备)$/;
const wishFor = (longer: string, word: string) => longer.endsWith(word) && WISH.test(longer.slice(0, -word.length));

/** For each lexicon word, the longer lexicon words that contain it ("入党" → 入党介绍人, 入党积极分子 …). */
export function superterms(lexicon: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const word of lexicon)
    out.set(
      word,
      lexicon.filter(
        (w) =>
          w.length > word.length &&
          w.includes(word) &&
          !ASPECT_OF.test(w.replace(word, '')) &&
          w !== `${FULL_NAME}${word}` &&
          !wishFor(w, word),
      ),
    );
  return out;
}

/**
 * The prefix of a term's full name ("入党积极分子" for 积极分子, "入党介绍人" for 介绍人): the full name is the same
 * thing, so a fact worded with the short name answers a question using the full one.
 */
const FULL_NAME = '入党';

/**
 * What a longer term adds when it only names an aspect of the word ("培训时间", "会议次数"): the same thing, not
 * another one, so "培训" inside "培训时间" is still 培训.
 */
const ASPECT_OF = /^(?:时间|时长|次数|人数|要求|内容|情况|程序|方式|期限|标准|规定)$/;

/**
 * Whether the question holds the word outside every longer term that the fact does not itself use: "入党介绍人要
 * 什么条件" does not hold "入党" for the fact on who may join, whose wording never says 入党介绍人.
 */
export function holdsFree(question: string, word: string, longer: readonly string[] | undefined, factText: string): boolean {
  const foreign = (longer ?? []).filter((w) => !factText.includes(w) && question.includes(w));
  if (foreign.length === 0) return question.includes(word);
  let at = question.indexOf(word);
  while (at >= 0) {
    const end = at + word.length;
    const inside = foreign.some((term) => {
      // Every place the longer term covers this occurrence of the word.
      for (let s = question.indexOf(term); s >= 0; s = question.indexOf(term, s + 1)) if (s <= at && s + term.length >= end) return true;
      return false;
    });
    if (!inside) return true;
    at = question.indexOf(word, at + 1);
  }
  return false;
}

const NUM = '[\\d一二两三四五六七八九十百千半]';

/**
 * What an answer sentence looks like when it states a value of each kind. Broader than the passage rules
 * (question-kind.ts) on purpose: a fact's own sentence is short and written for the question, so the test is
 * only whether it gives a value of the asked kind at all.
 */
const STATES: Partial<Record<QuestionKind, RegExp>> = {
  frequency: new RegExp(`每(?:年|季度|个?月|周|半年|届|五年)|${NUM}+次|随时|定期|按期|按月|按季度|一年一`),
  duration: new RegExp(`${NUM}+(?:个)?(?:年|月|天|日|工作日|学时|周|小时)|年半|半年|不超过|最长|最短|不少于|期限|期满|届满|为止|之日`),
  count: new RegExp(`${NUM}+(?:个|种|类|项|名|档|人|条|位|级|等|分之|步|阶段)|半数|过半|多数|以上|以下|不超过|不少于`),
  age: /岁/,
  when: new RegExp(
    `每(?:年|季度|个?月|周)|按月|按季度|由.{0,8}(?:确定|决定|规定)|之日|自.{0,12}起|起(?:计算|算|交纳|施行|生效)|期满|届满|之前|之后|以后|以前|第.季度|${NUM}+(?:年|月|日|号)|当月|(?:日|天|月|年)内|之内`,
  ),
  amount: /%|元|比例|基数|数额|档/,
};
/** An answer saying the value is not fixed by the handbook's sources but left to local rules or notices. */
export const LEFT_OPEN = /(?:时长|时限|天数|分数线|金额|系数|标准)[^。；]{0,24}(?:由当地|以当地|以本地|以当年通知)/;

/**
 * The asker's own place or year ("今年", "明年", "我市", "我们县", "2026年度"): a value asked of it is the one in force
 * there and then. A year followed by a month is a day of the story ("2025年3月调来的"), not the year asked of.
 */
const HERE_AND_NOW =
  /今年|明年|本年度?|(?:19|20)\d{2}\s*年(?!\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月)度?|本(?:市|县|区|省|地)|我(?:市|县|区|省)|(?:我们|咱们?|俺们?)(?:县|市|区|省|这里|这边|当地|这)/;

/**
 * Whether a question asks for a value the fact's sentence says is left to local rules or the year's notice (its
 * answer matches {@link LEFT_OPEN}) for the asker's own place or year: "今年持证上岗考试几月份考", "我市2026年度…合格
 * 分数线是多少". The handbook does not know that value; the fact says where it is found, and the reply says it does
 * not know rather than pass the pointer off as the answer. A question for the value in general ("认证考试的合格分数线
 * 是多少") is answered by the fact: the rule is that it is set locally.
 */
export function asksLocalValue(answer: string, question: string, asks: boolean): boolean {
  return asks && LEFT_OPEN.test(answer) && HERE_AND_NOW.test(question);
}

/** A day asked for ("几号"): a day of the month, a date, or who fixes the day; "每月" alone is no day. */
const STATES_DATE = new RegExp(`${NUM}+\\s*[日号]|之日|由.{0,8}(?:确定|决定|规定)|哪一天|固定`);

/** A question that asks how often, outright: the answer must give a frequency, not a length of time. */
const ASKS_FREQUENCY =
  /(?:多久|多长时间|几个月|几周|几天|几年|隔多|每(?:年|季度|个?月))[^，,。？?]{0,6}(?:一次|一回)|几次|几回|频次|频率|多常/;
/** Asking for a day of the month or a date, which the passage rules do not read as "when". */
const ASKS_DATE = /几号|哪一天|哪天|几月几|几点|哪个月|什么日子/;

/** A lead time ("提前多久报告"): a length of time, not how often. */
const ASKS_LEAD_TIME = /提前(?:多久|多长|几天|多少天)|(?:多久|几天|多少天)(?:之前|以前|前)/;
/** How long, asked outright. */
/** A span told as passed, after a verb done ("拘留了几日", "培养了几个月"): a few days, not how many. */
const SPAN_TOLD = /了几(?:个)?(?:日|天|周|星期|月|年)(?![^，,。？?]*(?:多久|多长|几天|几个月|几年))/;
const ASKS_DURATION = new RegExp(
  `多久|多长|几年|几个月|几天|${DAYS_ASKED}|几周|几个?小时|多少小时|多少分钟|最长|最短|多少年|多少天|多少个月|期限|时限|任期|影响期`,
);
/** How old, asked outright. */
const ASKS_AGE = /年龄|岁(?!数大|数偏大)|多大|(?<![\d一二三四五六七八九十百])年纪(?!大|轻|小|偏大)/;
/** In what case, not on what date. */
const ASKS_CASE = /什么时候(?:要|需要|应当|应该|必须|可以|才|能)|什么情况/;

/** Asks which ones ("少了哪几项权利"): the list, not a number. */
const ASKS_WHICH = /哪几|哪些/;

/** The value kinds a question asks for, as far as a fact's answer sentence must state one of them. */
export type AskedKind = QuestionKind | 'date' | 'score';

/**
 * Points asked ("占多少分", "合格分数线", "评分细则"): an answer must give points or say who sets them; no rule of
 * the handbook scores anything, so a definition of the thing scored does not answer.
 */
const ASKS_SCORE = /(?:多少|几)分(?![之钟期别类])|分数线|分值|打分|评分|计分|扣几分|扣多少/;
const STATES_SCORE = /\d+\s*分(?![之钟期别类])/;

export function askedValueKinds(question: string, kinds: QuestionKind[] = questionKinds(question)): AskedKind[] {
  // "有效期是多少天？我记得是三个月，对吗": the last clause checks a value the asker remembers, it does not make the
  // question a yes-or-no one; the value asked before it is still what an answer must state.
  // "…可以突击发展几个，是不是真的": a claim heard is checked; its 几个 is the claim's figure, whether it holds is asked.
  if (CHECKS_CLAIM.test(question)) return [];
  const checked = CONFIRM_TAIL.exec(question);
  if (checked && checked.index > 0) {
    const asked = question.slice(0, checked.index);
    const value = askedValueKinds(asked);
    if (value.length > 0) return value;
  }
  if (ASKS_SCORE.test(question)) return ['score'];
  if (ASKS_LEAD_TIME.test(question)) return ['duration'];
  if (ASKS_DATE.test(question)) return ['date'];
  if (ASKS_FREQUENCY.test(question)) return ['frequency'];
  // "什么时候要划分党小组" asks in what case, which a condition answers as well as a date.
  if (ASKS_CASE.test(question)) return [];
  // A yes-or-no question asks whether, not for a value ("察看期间要交党费吗", "能不能几个月攒一起交"); but one
  // clause asking whether beside another asking how long or how often ("公示几天，算不算节假日") still asks that.
  if (kinds.includes('may')) {
    const pieces = question.split(/[，,。？?！!；;\s]+/).filter(Boolean);
    // "拘留了几日，要不要处分": a span told after a verb done (了几日, a few days) is the story's, not asked.
    const timed = pieces.filter(
      (p) => !questionKinds(p).includes('may') && !SPAN_TOLD.test(p) && (ASKS_DURATION.test(p) || ASKS_FREQUENCY.test(p)),
    );
    return timed.length > 0 && timed.length < pieces.length ? [...new Set(timed.flatMap((p) => askedValueKinds(p)))] : [];
  }
  return kinds.filter(
    (k) =>
      k in STATES &&
      // "哪几项", "哪些": a list answers which ones without counting them.
      (k !== 'count' || !ASKS_WHICH.test(question)) &&
      // Only named, not asked: "察看期间" names a period, "50年纪念章" holds 年纪.
      (k !== 'duration' || ASKS_DURATION.test(question)) &&
      (k !== 'age' || ASKS_AGE.test(question)),
  );
}

/** A last clause that checks a remembered value ("我记得是三个月，对吗", "是不是半年"). */
const CONFIRM_TAIL =
  /[，,。？?\s]+(?:(?:我记得|记得|好像|听说|印象中|我以为)?[^，,。？?]{0,12}[，,]?(?:对吗|对不对|是吗|没错吧|对吧|是不是)|(?:是不是|是否|还是)[^，,。？?]{1,12}(?:吗|啊|呢)?)[？?]?$/;

/** The question asks for an upper bound (最多, 上限) or a lower one (最少, 起码), which a fact must state as such. */
const ASKS_MOST = /最多|上限|最高|至多|顶多|最长|不能超过|不得超过|最晚/;
const ASKS_LEAST = /最少|至少|起码|最低|下限|最短|最早/;
const STATES_MOST = /最多|不超过|不得超过|以内|以下|最长|最高|上限|至多|以前|之前|内|不限/;
const STATES_LEAST = /至少|不少于|以上|最少|最短|起码|下限|满|超过|过半|内不得/;

export type Bound = 'most' | 'least';

/** The bound a question asks for, if one only. */
export function askedBound(question: string): Bound | undefined {
  const most = ASKS_MOST.test(question);
  const least = ASKS_LEAST.test(question);
  return most === least ? undefined : most ? 'most' : 'least';
}

/** What a fact's answer sentence states: the kinds of value and the bounds. Worked out once per fact. */
export interface Stated {
  kinds: Set<AskedKind>;
  bounds: Set<Bound>;
}

export function statedBy(answer: string): Stated {
  const kinds = new Set<AskedKind>();
  for (const [kind, re] of Object.entries(STATES) as Array<[QuestionKind, RegExp]>) if (re.test(answer)) kinds.add(kind);
  // "考试时长…由当地组织部门在考试通知中明确": that the value is left to local rules is the answer to a question for it.
  if (LEFT_OPEN.test(answer)) for (const kind of Object.keys(STATES) as QuestionKind[]) kinds.add(kind);
  if (STATES_DATE.test(answer)) kinds.add('date');
  if (STATES_SCORE.test(answer) || LEFT_OPEN.test(answer)) kinds.add('score');
  const bounds = new Set<Bound>();
  if (STATES_MOST.test(answer)) bounds.add('most');
  if (STATES_LEAST.test(answer)) bounds.add('least');
  return { kinds, bounds };
}

/**
 * Whether a fact's answer gives what is asked: a value of one of the asked kinds (any, when none is asked) and
 * the bound asked for ("支委会最多几个人" is not answered by "半数以上到会").
 */
export function givesAsked(stated: Stated, asked: readonly AskedKind[], bound: Bound | undefined): boolean {
  if (asked.length > 0 && !asked.some((k) => stated.kinds.has(k))) return false;
  return !bound || stated.bounds.has(bound);
}

/**
 * Subjects that stand against each other within one topic: 在职 and 离退休 (or the members who pay a fixed amount),
 * 转正 and 接收, a 支部 and a 党委, paying 党费 and spending it. A fact whose answer sentence speaks of one side only
 * does not answer a question that names only the other: "退休党员党费基数按什么算" is not answered by the base of
 * 在职党员, "转正后还要报上级批准吗" not by how long the 上级党委 has to approve a 接收, "党委委员最多几个" not by the
 * size of a 支部委员会, "党费能拿来给困难党员买米吗" not by who may pay less. The neighbouring fact of the same
 * topic is the commonest wrong answer; another fact, the passage or a refusal answers instead.
 */
interface Contrast {
  sides: readonly [RegExp, RegExp];
  /** The contrast holds only for questions on this topic. */
  topic?: RegExp;
}

const CONTRASTS: readonly Contrast[] = [
  // 在职党员 as the members a rule is for ("在职党员按…", "在职党员以…"), not as the rule another one follows
  // ("参照在职党员的比例" is the rule for the self-employed).
  {
    sides: [/在职党员(?:按|以)|^在职|上班的/, /退休|离休|养老金|退了|农民|牧民|渔民|农牧民|学生|下岗|失业|低保|没有收入|无收入/],
    topic: /党费|基数/,
  },
  { sides: [/转正|转为正式/, /接收/] },
  // The members of a committee: a 支部's (支委) or a 党委's. A 党委 named as the level that approves (镇党委批) is
  // the 上级党组织 of the branch rules, not this.
  { sides: [/支部委员|支委/, /党委[(（][^)）]*[)）]委员|党委委员|党委班子/] },
  { sides: [/交|缴/, /拿出来|拿出|拿来|用来|用于|用在|使用|花在|花钱|开支|支出|买/], topic: /党费/ },
  // The 持证上岗 scheme's review (资格审查) and the 政审 of someone joining the Party share 审查 and 不合格.
  { sides: [/持证|证书|上岗|认证|拿证|题库|党务工作者|考试/, /入党|发展对象|积极分子|预备党员|发展党员/] },
];

/** For each contrast, the sides a text names: 1 the first, 2 the second, 3 both, 0 neither. */
export function contrastSides(text: string, question = false): number[] {
  return CONTRASTS.map(({ sides, topic }) =>
    question && topic && !topic.test(text) ? 0 : (sides[0].test(text) ? 1 : 0) | (sides[1].test(text) ? 2 : 0),
  );
}

/** Whether the question names only one side of a contrast of which the answer names only the other (from {@link contrastSides}). */
export function sidesContrasted(question: readonly number[], answer: readonly number[]): boolean {
  return question.some((q, i) => (q === 1 && answer[i] === 2) || (q === 2 && answer[i] === 1));
}

/** Whether a question names only one side of a contrast of which the fact's answer sentence names only the other. */
export function contrasted(question: string, answer: string): boolean {
  return sidesContrasted(contrastSides(question, true), contrastSides(answer));
}

/**
 * Asking what papers to hand in or where to hand them ("要准备哪些材料", "找谁申请", "报到哪里"): a rule on who
 * qualifies ("党龄达到50周年…的党员可获颁") or how a thing is counted says neither; only a text that speaks of the
 * papers, the application or where it goes answers. (材料 alone is no such question: "写材料用" tells why one asks.)
 */
const ASKS_PAPERS =
  /(?:哪些|什么|啥子?|哪几样|么子)(?:样的)?(?:材料|证明)|(?:找谁|向谁|跟谁|到哪|去哪|往哪)[^，,。？?]{0,3}(?:申请|申报|报)|(?:申报|报|交)到哪/;
const SAYS_PAPERS = /材料|手续|证明|申请|申报|报送|报上级|报县|报乡|报镇|报请|交给|交到|递交|提交/;

export const asksForPapers = (question: string): boolean => ASKS_PAPERS.test(question);
export const saysPapers = (text: string): boolean => SAYS_PAPERS.test(text);
