import { chineseNumber } from '../text/numerals';
import { BRANCH_SIZE } from './branch-size';
import { GROUP_DECIDES } from './group-decides';
import { SANCTION_WITHOUT_POST } from './sanction-without-post';
import { toldNegationsPlain } from './told-negation';

/**
 * Rules read by their conditions (issue 22): a stranger rarely asks a fact's question; they tell what happened — who,
 * what they did or what was done, how long or how many — and ask what to do or whether it counts. Matched on wording,
 * such a story finds the neighbouring fact that shares its words ("党费咋上缴" → who manages the 党费) or none. Here
 * each rule with a condition and a consequence states the condition as its parts — the subject, the event, a told
 * quantity in a range, and what the ask must be about — and a story that meets every part selects that rule.
 *
 * The parts are written from the handbook's own terms of the rule (and the everyday words for them), not from any
 * writer's sentence. The first rule whose conditions are all met is taken: the more specific rules come first.
 */

export interface RuleConditions {
  /** The fact (knowledge/facts/*.jsonl) that states the rule. */
  fact: string;
  /** Every pattern must be told somewhere in the question (subject and event). */
  told: RegExp[];
  /** Said in the story or the ask, either ("发展对象问要不要交党费，咋办": the 党费 is in what he asks). */
  named?: RegExp[];
  /** Told anywhere, any of these means another rule's case (劝退 is not 退党 asked for). */
  not?: RegExp;
  /** A quantity the story tells, read by its pattern, must lie in the range (both ends included). */
  quantity?: { read: (question: string) => number | undefined; min?: number; max?: number };
  /** What the asking words must be about; absent: any ask of what to do, whether it is allowed or counts. */
  asks?: RegExp;
  /**
   * Things the ask may name that the rule settles though its fact never says them: a meeting short of its quorum
   * decides nothing, so "作出的决定算不算数" is asked of the quorum rule. Read by the match's guards only, so the
   * fact's own wording (and what it matches on its own) stays as it is.
   */
  settles?: readonly string[];
}

/** A number in digits or everyday Chinese (17, 十七, 两). */
function numberOf(raw: string | undefined): number | undefined {
  if (!raw) return undefined;
  return /^\d+$/.test(raw) ? Number(raw) : chineseNumber(raw);
}

const NUM = '(\\d+|[一二两三四五六七八九十]{1,3})';

/** Someone's age told ("17岁", "十七周岁", "才十七"). */
const AGE_RE = [new RegExp(`${NUM}\\s*周?岁`), new RegExp(`(?:才|刚满|只有|今年)${NUM}(?![个年月天日号点])`)];
/** A count of 正式党员 told ("只有2个正式党员", "正式党员5名"), not the 预备党员 beside them. */
// "党员正式的有4个": the members' count said with 正式 after 党员.
const FORMAL_RE = [
  new RegExp(`${NUM}\\s*(?:个|名|位)\\s*正式党员`),
  new RegExp(`正式党员[^，,。\\d一二两三四五六七八九十]{0,4}${NUM}`),
  new RegExp(`党员(?:里|中|当中)?正式的?(?:有|是|就|只有)?\\s*${NUM}`),
];
/** A count of members told ("现在有81个了", "党员到了66人", "五十八个党员"). */
const MEMBERS_RE = [
  new RegExp(`党员[^，,。\\d]{0,8}?(?:有|到了|到|达到|涨到)\\s*${NUM}\\s*(?:个|名|人|位)?`),
  new RegExp(`(?:有|到了|涨到|达到)\\s*${NUM}\\s*(?:个|名|位)?\\s*党员`),
  new RegExp(`(?:现在|已经|目前)有\\s*${NUM}\\s*(?:个|名|人|位)`),
  new RegExp(`${NUM}\\s*(?:个|名|位)(?:多)?\\s*党员`),
];
/**
 * "党员都五十几个了", "党员一共六十来人": the count right after the members, a word of degree between; 余, 多 and 几
 * after a round number say more than it (五十几个 is over 50).
 */
const MEMBERS_ABOUT = new RegExp(`党员(?:都|已经|已|总共|一共|共|快)\\s*${NUM}\\s*(余|多|几|来)?\\s*(?:个|名|人|位)`);
/** The number the first of the patterns that matches reads (its first group). */
const firstNumber = (res: readonly RegExp[]) => (q: string) => {
  for (const re of res) {
    const n = numberOf(re.exec(q)?.[1]);
    if (n !== undefined) return n;
  }
  return undefined;
};
const AGE = firstNumber(AGE_RE);
const FORMAL_MEMBERS = firstNumber(FORMAL_RE);
const MEMBERS = (q: string) => {
  const about = MEMBERS_ABOUT.exec(q);
  const n = numberOf(about?.[1]);
  if (n !== undefined) return about![2] && about![2] !== '来' ? n + 1 : n;
  return firstNumber(MEMBERS_RE)(q);
};
/** An amount of money told in thousands ("2万元", "3千块", "5000元"). */
const YUAN = (q: string) => {
  const m = /(\d+|[一二两三四五六七八九十]{1,3})\s*(万|千)/.exec(q);
  if (m) return (numberOf(m[1]) ?? 0) * (m[2] === '万' ? 10000 : 1000);
  return numberOf(/(\d{3,})\s*(?:元|块)?/.exec(q)?.[1]);
};
/** Months told ("才培养了8个月", "半年"). */
const MONTHS_RE = new RegExp(`${NUM}\\s*个(?:多)?月`);
const MONTHS = (q: string) => (/半年/.test(q) ? 6 : numberOf(MONTHS_RE.exec(q)?.[1]));
const YEARS_RE = new RegExp(`${NUM}\\s*年(?:多|了|来)`);
/** A span told in months or years ("8个多月", "大半年", "2年多", "从去年到现在"), in months. */
const SPAN = (q: string) => {
  const years = numberOf(YEARS_RE.exec(q)?.[1]);
  if (years !== undefined) return 12 * years;
  if (/大半年|一年多|年多|从去年/.test(q)) return 7;
  if (/数年|好几年|几年|多年|好些年/.test(q)) return 24;
  return MONTHS(q);
};

/** Seats to fill at an election ("应选委员5名", "要选5个支委", "选五名委员"), not members counted. */
const SEATS_TOLD = new RegExp(
  `(?:应选|要选|选出?)[^，,。\\d一二两三四五六七八九十]{0,4}${NUM}\\s*(?:个|名|位)|${NUM}\\s*(?:个|名|位)(?:支委|委员)`,
);

/** Asking about the money of 党费: how much, how it is counted. */
const ASKS_HOW_MUCH =
  /交多少|缴多少|多少钱|多少党费|咋算|怎么算|怎么计算|怎么定|比例|标准|交几|该缴多少|该交多少|百分之几|几个点|按什么算|按啥算|按什么交|按啥交/;
/** Asking whether one may, or what to do: the generic ask of a story. */
const ASKS_MAY_OR_DO =
  /行不行|行吗|可以不|可以吗|能不能|能否|中不中|合不合|符合|对吗|正常|咋办|怎么办|(?:咋|怎么|如何|什么|啥|干什么|做什么)(?:处理|处置)|怎么弄|咋弄|怎么搞|咋整|(?:能|可以|要|算)[^，,]{0,8}(?:不|吗|么)$/;

/** Told as without a reason given, or out of reach: what makes a long absence 自行脱党 rather than leave. */
const NO_REASON =
  /没来|没参加|没去|没(?:说|个说法|理由)|讲不出|不理|联系不上|电话不通|失联|人影不见|找不着|不来|不参加|没交|不交|不缴|没缴|拖了/;

/** Fewer than half told ("不够一半", "半数都不到", "没过半"): short of a quorum of 半数以上. */
export const SHORT_OF_HALF = /(?:不够|不到|不足|没过|没到|没有|未过|未到|不过|没)(?:一半|半数|过半)|(?:一半|半数)(?:都)?(?:不到|不够|不足)/;

/** What a meeting decides: a quorum rule settles whether it stands. */
const DECIDED = ['决定', '决议', '定的事', '定下'];

/** Asking what comes next after a stage the story names ("下一步是啥", "接下来干啥", "然后呢"): that stage's next step. */
const ASKS_NEXT = /下一步|接下来|接着(?:该|要|干|做|是|怎么)|然后(?:呢|该|要|干|做|是|怎么)|往下(?:该|要|怎么|走)|下面(?:该|要|干|做|怎么)/;

/** The rules, specific before general. */
export const RULE_CONDITIONS: readonly RuleConditions[] = [
  // A 党小组 told as deciding what only the 支部大会 decides (group-decides.ts).
  ...GROUP_DECIDES,
  // A 撤销党内职务 due to one holding no post (sanction-without-post.ts).
  ...SANCTION_WITHOUT_POST,
  // Head counts at a meeting: the quorum of the body told.
  // "只来了2个", "只来得了2个", "到了3个".
  // "只来了两个", "到了3个"; 一半 is a share, not a count.
  {
    fact: 'life.committee.quorum',
    told: [/支委|委员/, /(?:来|到)(?:得?了)?\s*(?:\d|[一二两三四五六七八九十](?!半))/],
    not: /选举|换届|改选/,
    asks: /开|算数|有效|作数/,
    settles: DECIDED,
  },
  // Seats to fill told ("应选委员5名", "要选5个支委"), asked how many candidates: the margin rule, not the quorum.
  {
    fact: 'branch.election.margin',
    told: [/选举|换届|改选|选/, SEATS_TOLD],
    asks: /候选|差额|提几|报几|提多少|报多少/,
  },
  {
    fact: 'branch.election.quorum',
    told: [/选举|换届|改选|选[^，,。]{0,4}(?:支委|委员)/, /\d+\s*(?:人|个|名|位)[^。]{0,16}?\d/],
    // "候选人最少要报几个" asks of candidates (the margin), though it holds 选.
    asks: /(?<!候)选|有效|算数|作数/,
    // "还用不用设支委会，还是就选个书记": whether a committee is set at all (its threshold), the 选 an option of that.
    not: /设(?:立|个)?(?:支委会?|支部委员会|委员会)/,
  },
  // An election some cannot come to, asked how many must be there: the quorum rule, with no count to work on.
  {
    fact: 'branch.election.quorum',
    told: [/选举|换届|改选/, /来不了|来不成|到不了|缺席|请假|没来|不来|到不齐|来不齐|凑不齐/],
    asks: /多少人|好多人|几多人|几个人|几成|作数|算数|有效/,
  },
  // Fewer than half of them there, told as a share: the quorum of the body told, whatever was decided.
  {
    fact: 'life.committee.quorum',
    told: [/支委|委员/, SHORT_OF_HALF],
    not: /选举|换届|改选/,
    asks: /开|算数|作数|有效|决定|通过/,
    settles: DECIDED,
  },
  {
    fact: 'life.voting.rule',
    told: [/党员大会|支部大会|表决/, SHORT_OF_HALF],
    not: /选举|换届|改选/,
    asks: /表决|算数|作数|有效|通过|决定|决议/,
    settles: DECIDED,
  },
  { fact: 'life.voting.rule', told: [/党员大会|支部大会|表决/, /\d+\s*(?:人|个|名|位)[^。]{0,16}?\d/], asks: /表决|算数|有效|通过/ },
  // Sentenced for a crime, or punished short of one (治安处罚, 拘留).
  {
    fact: 'discipline.minor-offence',
    told: [
      /拘留|拘了|罚款|罚了款|治安|吸毒|嫖娼|赌博|派出所/,
      /不够|够不上|没构成|未构成|不构成|没到刑事|(?<![有是算])(?:没有?|未)被?判|不到判刑|(?<![有是算])(?:没有?|未|不算|不是)(?:犯罪|犯法)/,
    ],
  },
  {
    fact: 'discipline.crime',
    told: [/判了|判刑|判处|徒刑|被判/],
    not: /不够判|(?<![有是算])(?:没有?|未)被?判|缓刑期满/,
    asks: /党籍|党内|处分|处理|留|开除/,
  },
  // Away for work and not at the branch's activities: a 流动党员, unless told as out of reach or not paying.
  {
    fact: 'member.mobile.who',
    told: [/打工|务工|做生意|经商|外出|出去|去外/],
    // Who manages them asked too ("算了流动党员以后归村里管还是打工那地方管") is a second question, not this case's.
    // Whose vote counts (写了书面意见…这票算不算) asks of the vote, not of what kind of member they are.
    not: /党费|联系不上|电话不通|失联|没(?:说|个说法|理由)|讲不出|不理|人影不见|找不着|归[^，,。]{0,12}管|谁管|哪里管|哪边管|票|表决|书面意见/,
    // Whether the case counts (算不算流动党员, 这种算啥), not who manages such members (算了…以后 tells it counts).
    asks: /算(?!了)|是不是|属于|哪类/,
  },
  // A 预备党员 told as failing in duties (no meetings, no dues, doing badly) with no length told: the probation decides
  // (延长 or 取消), not the six months of 自行脱党 that are never told.
  {
    fact: 'member.probation.outcomes',
    // 回不来, 赶不来: others away on the day of a meeting, not the 预备党员 failing to come.
    told: [
      /预备党员|预备期/,
      /表现(?:不好|差|不行|一般|莫得好|不咋)|(?<![回赶过])不来|没来|不参加|不交|没交|不缴|不履行|不像样|不够格|不合格/,
    ],
    not: /个月|半年|脱党|违纪|处分|违法|犯罪|犯法|察看|积极分子|发展对象/,
  },
  // The branch not minded to pass the 转正 as it stands ("预备期到了…不想直接给她转正，还能怎么办"), wherever it is said:
  // the other outcomes of a 预备期 and who decides them.
  {
    fact: 'member.probation.outcomes',
    told: [/预备党员|预备期/],
    named: [/不想[^，,。\s]{0,6}转正|暂缓转正|先不(?:给|让)?[^，,。\s]{0,3}转正/],
    not: /个月|半年|脱党|违纪|处分|违法|犯罪|犯法|察看|积极分子|发展对象/,
    asks: /怎么办|咋办|咋整|办法|还能|怎么处理|咋处理|怎么弄|行不行|可以吗|能不能/,
  },
  // A long absence without reason, told in months or years: 自行脱党; the 党费 rule where the unpaid dues are told.
  {
    fact: 'dues.lapse',
    told: [/党费[^，,。]{0,8}(?:没交|不交|欠|拖|没缴|不缴)|(?:没交|不交|没缴|欠交|拖欠)[^，,。]{0,3}党费/],
    // Dues and meetings both missed (没交党费也没过组织生活): the general 自行脱党 rule, which names both.
    not: /流动|困难|生病|住院|留党察看|免交|少交|组织生活|开会|参加活动/,
    quantity: { read: SPAN, min: 3, max: 600 },
  },
  {
    fact: 'member.lapse',
    told: [/组织生活|活动|开会|党费|会/, NO_REASON],
    not: /流动|困难|生病|住院|留党察看|限期|整改|教育/,
    // Short of six months the rule still decides the case (not yet): it is what is asked about.
    quantity: { read: SPAN, min: 3, max: 600 },
  },
  { fact: 'member.unqualified', told: [/限期|期限|教育|谈话|整改|谈了|屡教/, /不改|老样子|没转变|照旧|不起作用|还是/] },
  { fact: 'discipline.watch.extend', told: [/察看/, /期满|到期|满了/, /没改|不行|不改|还是|够不上|没改正|不够/] },
  // 处分 during a 留党察看, then the other 处分 rules.
  { fact: 'discipline.watch.again', told: [/察看/, /又[^，,。]{0,10}(?:违纪|违反|犯|纪律|处分|问题)/] },
  { fact: 'discipline.watch.rights', told: [/留党察看|察看期/], asks: /投票|选举|表决|当选/ },
  // 吃 and 背 a 处分 are how it is said in many places ("又吃了一个严重警告"), as 挨 is.
  {
    fact: 'discipline.influence.overlap',
    // Given one by the branch ("又要给严重警告", "又给了个警告") as much as received.
    told: [/处分|警告/, /又[^，,。]{0,8}(?:受|挨|被|领|吃|背|给)[^，,。]{0,6}(?:处分|警告)/],
    asks: /影响/,
  },
  {
    fact: 'discipline.effects',
    told: [/(?:受|挨|领|给|背|吃)[^，,。]{0,6}(?:警告|处分)|撤销[^，,。]{0,3}党内职务|党内职务[^，,。]{0,3}撤/],
    asks: /影响|提拔|多久|多长|几年/,
  },
  // Someone under a 处分 put up for a post ("受了警告…大家想选他当组织委员，可以吗", "…老板想让他当支委"): the 影响期's
  // bar on posts. Put up by anyone (让, 叫, 安排, 推 him to be a 委员 or 书记) as by a vote.
  {
    fact: 'discipline.effects',
    told: [
      /(?:受|挨|领|给|背|吃)[^，,。]{0,6}(?:警告|处分)/,
      /选[^，,。]{0,6}(?:当|做|任)|[让叫安排][^，,。]{0,3}当|提拔|提干|担任|补选|当选|任命|升职|提职|(?:让|叫|安排|推荐?|提)[^，,。\s]{0,4}(?:当|做|任|兼|补)[^，,。\s]{0,4}(?:委员|支委|书记|组长)/,
    ],
    not: /察看|开除/,
  },
  {
    fact: 'discipline.appeal',
    told: [/处分|处理决定|警告|撤销|察看|开除/, /不服|不公|冤|不认可|不满意|有意见/],
    asks: /找谁|说理|告|申诉|反映|途径|上级|哪里|咋办|怎么办/,
  },
  {
    fact: 'discipline.probationary',
    told: [/预备党员/, /违纪|违反[^，,。]{0,4}(?:纪律|党纪)|违犯|犯了?[^，,。]{0,4}(?:纪律|错误?)|误事/],
  },
  { fact: 'life.voting.detained', told: [/留置|逮捕/] },
  // Membership: asking to leave, the 预备期 and the 党龄.
  { fact: 'member.withdrawal', told: [/退党|不想当党员/], not: /劝/ },
  {
    fact: 'branch.secretary.seniority',
    told: [/书记/, /党龄|转正|入党/, /才|不到|没几个月|只有/],
    not: /调走|调岗|离职|新来/,
  },
  { fact: 'member.party-age.extended', told: [/预备期[^，,。]{0,6}(?:延长|延了)|延长预备期/], asks: /党龄/ },
  { fact: 'member.party-age', told: [/入党|预备|转正|申请书|宣誓/], not: /书记|察看|处分/, asks: /党龄/ },
  {
    fact: 'member.probation.date',
    told: [/预备期|期满|到期/, /才|晚|拖|过了/],
    asks: /(?:转正|正式党员)[^，,。]{0,6}(?:哪天|哪一天|时间|日期|起算|算起)|哪天转|算哪天/,
  },
  // A branch not minded to pass a 转正 at the 预备期's end ("支部不想给他转正", "大家不同意转正"), asked what else it may
  // do: the three outcomes (转正, 延长预备期, 取消资格), each decided by the 支部大会 — not the steps of a 转正.
  {
    fact: 'member.probation.outcomes',
    // A 转正 held back is one at the 预备期's end: the clause that says so is the story, whatever was told before it.
    told: [/(?:不想|不同意|不愿意?|不打算|不给|不让|不能|不好|暂缓|先不|没法)[^，,。]{0,5}(?:转正|转为正式)/],
    asks: /怎么办|咋办|咋整|怎么处理|咋处理|还能|可以怎么|有什么办法|有啥办法|怎么弄/,
  },
  {
    fact: 'member.probation.extend',
    told: [/预备/, /满|到期|到了|届满|一年了/, /不够|不太够|再看|继续考察|转不了|达不到|不具备|意见不少|不合格/],
  },
  {
    fact: 'member.rights.probationary',
    told: [/预备党员/],
    not: /察看|介绍人|发展对象|接收|预备党员[^，,。]{0,2}[\d一二两三四五六七八九十]|[\d一二两三四五六七八九十]\s*(?:个|名|位)预备党员/,
    // Whether the probationer may vote, not how many votes a decision needs.
    asks: /(?:能|可以|可不可以)[^，,]{0,6}(?:投票|表决|选举)|(?:表决|选举|投票)权/,
  },
  { fact: 'member.age', told: [/入党|申请/], quantity: { read: AGE, max: 17 } },
  // Developing members.
  { fact: 'develop.introducers', told: [/介绍人/, /预备党员|预备期|察看|没恢复|未恢复/] },
  { fact: 'develop.candidate.vetting', told: [/发展对象|接收/, /政审|政治审查/, /没|未|还没|不合格/] },
  { fact: 'develop.candidate.training', told: [/发展对象/, /培训/, /没|未|缺|错过|请假/] },
  { fact: 'develop.activist.length', told: [/积极分子/, /培养|考察|确定/], quantity: { read: MONTHS, max: 11 }, asks: /发展/ },
  // A stage told done, asked what comes next: 积极分子 a year on are put forward as 发展对象 by the 支委会; a 申请书
  // handed in is followed by the talk within a month.
  {
    fact: 'develop.candidate.who',
    told: [/积极分子/, /(?:满|够|过|超过|到)了?(?:一|1)年|一年(?:多|了|以上|到了)/],
    asks: ASKS_NEXT,
  },
  { fact: 'develop.application.talk', told: [/申请书|入党申请/, /(?:交|递|送|报)(?:了|上去|过去)|写好了|递交|提交/], asks: ASKS_NEXT },
  {
    fact: 'develop.admission.approval',
    told: [
      /(?:支部大会|党员大会|表决)[^。]{0,12}(?:通过|接收)|接收预备党员|预备党员/,
      /没批|未批|还没[^，,。]{0,4}(?:批|审批)|批复[^，,。]{0,4}没|没审批/,
    ],
  },
  { fact: 'develop.application.talk', told: [/入党申请/, /(?:没|未)[^，,。]{0,4}(?:谈|找|联系)|没动静/] },
  // Someone who works or studies away from home wants to join, asked where the 申请书 goes (home or the workplace):
  // the rule on where one applies.
  {
    fact: 'develop.application.where',
    told: [/打工|务工|上班|上学|读书|念书|工作|在外/, /入党|申请书/],
    not: /组织关系|党费|流动党员|转正|预备党员/,
    asks: /哪|还是往|还是在|还是交|还是递|还是给|向谁|给谁|交给/,
  },
  // Branches: head counts select the rule (fewer than 3, 3 to 6, more than 50), then terms and elections.
  { fact: 'branch.setup.min', told: [/正式党员/], quantity: { read: FORMAL_MEMBERS, max: 2 }, asks: /支部|成立|建/ },
  // A unit in a 联合支部 with 3 正式党员 or more, asking whether it may set up its own ("…能自己成立个支部不 还是一直挂在
  // 联合支部"): the rule of 3, worked on its count, not the 联合支部's own.
  {
    fact: 'branch.setup.min',
    told: [/正式/],
    named: [/联合(?:党)?支部/],
    quantity: { read: FORMAL_MEMBERS, min: 3 },
    asks: /成立|组建|建立|单独建|自己建/,
    // Its sentence names the 联合党支部 in full; the ask may say 联合支部.
    settles: ['联合支部'],
  },
  // A committee the story already says is not set (没设支委会) is not asked whether to set one: what such a branch does is.
  {
    fact: 'branch.committee.threshold',
    told: [/正式党员/],
    not: /(?:没|未)有?(?:设立?|成立|建立?)?(?:支委会?|支部委员会|委员会)/,
    quantity: { read: FORMAL_MEMBERS, min: 3, max: 6 },
    asks: /支委|委员会/,
  },
  // 正式党员 told over the size of one branch (branch-size.ts).
  ...BRANCH_SIZE,
  {
    fact: 'branch.setup.max',
    told: [/支部|党员/],
    quantity: { read: MEMBERS, min: 51, max: 500 },
    not: /正式党员|表决|选举/,
    asks: /支部|处理|办|拆|分|设|总支|改成|批/,
  },
  // An election told with as many candidates as seats (候选人就提五个, 等额), asked whether that will do: the margin rule.
  {
    fact: 'branch.election.margin',
    told: [/选|换届|改选/, /候选人[^，,。]{0,8}(?:[\d一二两三四五六七八九十]|一样|刚好|正好)|等额/],
  },
  { fact: 'branch.term.delay', told: [/换届|任期|届满|改选/, /推迟|延后|往后|拖一拖|缓一缓|延期|晚点|提前/] },

  // 党费: how much by whose income, then who pays at all, and the large sums.
  // No fixed income told, asked whether one need not pay at all: every member pays (有无固定收入).
  {
    fact: 'dues.duty',
    told: [/没有?固定(?:的)?收入|固定收入[^，,。]{0,2}没有?|打散工|打零工|收入不固定/],
    not: /困难|交不起|生病|住院|受灾|低保|救济/,
    asks: /不用交|不交|用不用交|要不要交|还交|还要交|还得交|免交?/,
  },
  // Those already on the fixed 0.2 元 (低保, 救济, 五保) asking to pay nothing: the rule written for them.
  {
    fact: 'dues.exemption.low',
    told: [/低保|救济|抚恤|五保|下岗|失业/, /免|交不起|困难|减/],
    asks: /免|减|少交|不交|交不起|同意|批|说了算|定|可以了|行了|就行|就算|算数|点头/,
  },
  { fact: 'dues.exemption', told: [/困难|没收入|交不起|生病|住院|受灾|遭了灾/], asks: /免|减|少交|不交|交不起|党费咋办|党费怎么/ },
  // The 免交 asked for in the story, then who grants it ("支部开会同意了是不是就可以了", "书记点头就行吗").
  {
    fact: 'dues.exemption',
    told: [/免交|减免|少交|免了|不交了|交不起/],
    asks: /同意|批|说了算|定|可以了|行了|就行|就算|算数|点头/,
  },
  { fact: 'dues.activist', told: [/积极分子|发展对象/], named: [/党费/] },
  {
    fact: 'dues.probationary',
    told: [/预备党员|接收/],
    not: /退休|工资|收入|困难/,
    asks: /党费[^，,]{0,6}(?:什么时候|何时|哪天|开始|现在|从)|从[^，,]{0,6}交党费/,
  },
  {
    fact: 'dues.large',
    told: [/党费/, /一次|一下子|多交|多缴|自愿/],
    quantity: { read: YUAN, min: 1000, max: 10000000 },
    not: /工资|月薪|收入|退休|养老金/,
    asks: /./,
    // A sum that goes whole to the centre pays for none of the branch's own activities, whichever the ask names
    // ("这钱能留在支部搞主题党日吗"): the rule settles it.
    settles: ['主题党日', '党日活动', '党课', '组织生活', '三会一课', '党员活动室', '学习资料'],
  },
  {
    fact: 'dues.retired',
    told: [/退休|离休|养老金|退休金|退休费/],
    // An income of one's own besides (开了个小卖部, 收入不固定) is reckoned another way.
    not: /不固定|经营|个体|开了|做生意|小卖部|开店/,
    asks: ASKS_HOW_MUCH,
  },
  // An income without a monthly pay (个体, a shop, a stall): the last quarter's average net income.
  {
    fact: 'dues.base.self-employed',
    told: [/个体|做生意|做买卖|经营|摆摊|小卖部|开[^，,。]{0,4}(?:店|馆|超市|铺|厂|饭馆)|收入不固定|挣[^，,。]{0,4}不固定|没(?:有)?工资条/],
    not: /退休|离休|养老金|学生|低保/,
    asks: ASKS_HOW_MUCH,
  },
  // Farming, fishing, herding told as the work ("养紫菜海带的", "打鱼的", "放羊的"): the 农民党员's fixed sum.
  {
    fact: 'dues.fixed',
    told: [
      /农民|务农|种地|种田|种菜|种果|果农|菜农|茶农|学生|下岗|失业|低保|救济|渔民|牧民|打鱼|捕鱼|讨海|放牧|放羊|养殖|养(?:鱼|虾|蟹|猪|鸡|鸭|牛|羊|蜂|紫菜|海带|蚝|贝)/,
    ],
    asks: ASKS_HOW_MUCH,
  },
  { fact: 'dues.rates', told: [/工资|月薪|到手|税后|收入/], quantity: { read: YUAN, min: 100, max: 1000000 }, asks: ASKS_HOW_MUCH },
  // Moves and changes of staff.
  {
    fact: 'member.transfer',
    told: [/调到|调往|调去|换到|搬到|搬去|跳槽|调动|去了外省|去了外地/],
    // Not yet a member (积极分子, 发展对象): their papers move, not a 组织关系.
    not: /流动|打工|务工|经商|做生意|书记|委员|干事|积极分子|发展对象|申请人/,
    asks: /组织关系|关系|咋处理|怎么处理|咋办|怎么办/,
  },
  // Whether to report the change, or how long one has for it ("有时间限制没有"): the 报备 rule.
  {
    fact: 'cert.filing',
    told: [/书记|委员|干事|支委|党务/, /调走|调岗|离职|换了|新来|补了|调整|接手/],
    asks: /报|时间限制|期限|时限|多久|几天|多长时间/,
  },
  // The year of the last election told ("2021年换届选的"), asked whether the term is up: the term rule, worked on the year.
  {
    fact: 'branch.term',
    told: [/(?:19|20)\d{2}\s*年[^，,。]{0,8}(?:换届|换的届|选的|选举|选出|改选)/],
    asks: /该换|该选|该改选|到期|到届|届满|满了|换不换|要换|得换|换了[吗没不]/,
  },
  { fact: 'member.education.elderly', told: [/年纪大|八十|九十|腿脚|卧床|行动不便|身体不好|年老体弱/, /学习/] },
];

/** Whether a rule's conditions are all met by the question (its asking words `asking`). */
function meets(rule: RuleConditions, question: string, story: string, asking: string): boolean {
  // The subject and event are told in the story, not only asked about: "书记要几年党龄" tells nothing.
  if (!rule.told.every((re) => re.test(story))) return false;
  if (rule.named && !rule.named.every((re) => re.test(question))) return false;
  if (rule.not?.test(question)) return false;
  if (rule.asks ? !rule.asks.test(asking) : !ASKS_MAY_OR_DO.test(asking) && !/算不算|算什么|算啥|认定|定性|要不要|要.*不$/.test(asking))
    return false;
  if (rule.quantity) {
    const n = rule.quantity.read(question);
    if (n === undefined) return false;
    if (rule.quantity.min !== undefined && n < rule.quantity.min) return false;
    if (rule.quantity.max !== undefined && n > rule.quantity.max) return false;
  }
  return true;
}

/**
 * A claim someone made, told as the message's last clause: who said it (书记说, 有人讲, 他们觉得) and that it is enough
 * or fine (就行, 就可以, 没问题), asking nothing itself (no 吗, 呢, 对不对).
 */
const CLAIM_TOLD =
  /^[^？?吗呢]{0,6}?(?:说|讲|认为|觉得|说的是|讲的是)(?![^？?]*(?:吗|呢|对不对|对不|是不是|行不行|算不算))[^？?]{0,16}(?:就行|就可以|就够|就成|就中|就算|就好|也行|没问题|没得问题)[了啊呀嘛哦吧的]*$/;

/**
 * A closing whether that names nothing ("要得不", "行不行", "这样可以吗"): it asks of what the clause before it proposes
 * ("想选个支委会出来，要得不"), which is read with it for what the rule must be asked of.
 */
const BARE_WHETHER = /^(?:这样|这个|那|这)?(?:可不可以|可以吗|可以不|行不行|行吗|行不|中不中|成不成|能行吗|好不好)[啊呀哦嘛吧撒噻]*$/;

/**
 * The rule whose conditions a told situation meets: the story (the words before the asking clause) with the ask.
 * Undefined for a question that tells nothing before it asks, or whose story meets no rule's conditions; with the
 * fact, the asking words it was read with.
 */
export function ruleMet(question: string, asking: string): { fact: string; ask: string; settles: readonly string[] } | undefined {
  // Every clause read as asking ("到期了还是老样子" holds 还是): the last clause is the ask, the rest the story.
  const clauses = question.split(/[，,。；;\s]/).filter((c) => c.trim());
  if (clauses.length < 2) return undefined;
  // Someone's claim told after the ask ("这算通过了没 书记说过半了就行") is what the asker doubts, not what is asked.
  while (asking === question && clauses.length > 2 && CLAIM_TOLD.test(clauses.at(-1)!)) clauses.pop();
  const ask = asking === question ? clauses.at(-1)! : asking;
  // The asking words may be read without the spaces the question was typed with ("能开始选不 急急急"): found by their
  // first words.
  const head = ask.split(/[，,\s]/)[0]!;
  const at = question.lastIndexOf(head);
  const story = question.slice(0, Math.max(0, at >= 0 ? at : question.lastIndexOf(head.slice(0, 4))));
  if (story.length < 4) return undefined;
  const asked = ask.replace(/[？?！!\s]+$/, '');
  const [told, said] = [toldNegationsPlain(question), toldNegationsPlain(story)];
  // "没有来过", "打不通": the negations told in full, read as the short forms the conditions are written in.
  // A bare whether is read with the clause it asks of only for a rule worked on a count told (正式党员6个…想选个支委会
  // 出来，要得不): the clause's other words (选) would meet rules that need more than the words to hold.
  const before = BARE_WHETHER.test(asked) ? clauses.at(-2) : undefined;
  const rule =
    RULE_CONDITIONS.find((r) => meets(r, told, said, asked)) ??
    (before ? RULE_CONDITIONS.find((r) => r.quantity && meets(r, told, said, `${before}，${asked}`)) : undefined);
  return rule ? { fact: rule.fact, ask: asked, settles: rule.settles ?? [] } : undefined;
}
