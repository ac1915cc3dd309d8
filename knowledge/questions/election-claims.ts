import { alignable } from './cloze';
import { statementOf } from './false-statement';
import { NEGATIVE_CHOICE, parsePasted, truthOptions } from './paste';
import { hedgedChoice, pickSide, sectionLine } from './sorted-options';
import type { HandbookSuggestion } from './suggest';

/**
 * Statements on one topic the handbook states as rules (关于支部委员会选举，下列说法正确的有; also 减免党费 and 留党察看,
 * below): each option judged by the rule of the topic's section it speaks of. For the election: how votes are cast
 * (无记名, 姓氏笔画, 另选他人, 委托代投), when the meeting is valid (五分之四), the candidates' margin (20%), who is
 * elected (超过半数) and who counts the votes (监票人). An option no rule speaks of, or one it cannot tell true or
 * false, leaves the question unanswered.
 */

type Hedged = Extract<HandbookSuggestion, { kind: 'hedged' }>;

const SAYS_NO = /不能|不得|不可以|不可|不允许|不准|无权|不行/;
const SAYS_YES = /可以|能够?|允许|有权|也行/;

/** A rule on one point: whether an option speaking of it says it true (true), false (false) or neither (undefined). */
interface Rule {
  /** The handbook line's opening words (怎么投票：) that state it: the 依据. */
  line: string;
  judge(option: string, stem: string): boolean | undefined;
}

const ELECTION: Rule[] = [
  {
    // 未出席会议的党员不能委托他人代投 (writing a ballot for one who cannot write is another matter).
    line: '怎么投票',
    judge(o) {
      if (!/委托|代投|代为投票|代他投|替他投|帮他投|代替.{0,4}投/.test(o) || /代写|不能填写/.test(o)) return undefined;
      if (!/未出席|没有?出席|没来|没有?到|不到会|未到|缺席|因病|生病|住院|出差|外出|请假|不在/.test(o)) return undefined;
      // A 做法 told as done (出差的委托同事帮他投) is one said to be allowed.
      return SAYS_NO.test(o);
    },
  },
  {
    // 投不赞成票的可以另选他人，弃权的不能另选.
    line: '怎么投票',
    judge(o) {
      if (!/另选|另外选|另写/.test(o)) return undefined;
      const against = /不赞成|反对/.test(o);
      const abstains = /弃权/.test(o);
      if (against === abstains) return undefined;
      // A 做法 told as done (投了不赞成票，并另写上…) is one said to be allowed.
      return !SAYS_NO.test(o) === against;
    },
  },
  {
    // 一律无记名投票: a show of hands or an open vote is not.
    line: '怎么投票',
    judge(o) {
      if (/举手|鼓掌|口头|公开投票|记名投票(?<!无记名投票)/.test(o) && !/无记名/.test(o)) return SAYS_NO.test(o);
      if (!/无记名/.test(o)) return undefined;
      return !/可以不|不一定|也可以(?:举手|记名)|或(?:者)?(?:举手|记名|鼓掌)/.test(o) && !SAYS_NO.test(o);
    },
  },
  {
    line: '怎么投票',
    judge(o) {
      if (!/姓氏笔画/.test(o)) return undefined;
      return !/不按|不能按|不是按|不需要按/.test(o);
    },
  },
  {
    // 委员候选人的差额不少于应选人数的20% (应选5名，候选人至少6名).
    line: '候选人',
    judge(o, stem) {
      const seats = /应选(?:委员)?(\d+)名/.exec(`${stem}${o}`);
      const least = /候选人[^，,。；;]{0,6}(?:至少|最少|不少于|不得少于)(?:要|应|为|是)?(\d+)名/.exec(o);
      if (least && seats) return Number(least[1]) === Number(seats[1]) + Math.ceil(Number(seats[1]) * 0.2);
      if (!/差额/.test(o)) return undefined;
      const share = /(\d+)%/.exec(o);
      if (!share) return undefined;
      return Number(share[1]) === 20 && /不少于|不低于|至少|以上/.test(o);
    },
  },
  {
    // 有选举权的到会人数超过应到会人数的五分之四，会议有效.
    line: '是否有效',
    judge(o) {
      if (!/到会|出席/.test(o) || !/有效|才能进行|方可|能.{0,4}选举|开会/.test(o)) return undefined;
      // Numerals are read as digits (五分之四 → 5分之4).
      if (/5分之4|4\/5/.test(o)) return /超过|以上|多于/.test(o) && !/不超过|以下/.test(o);
      return /3分之2|2分之1|半数|1半|2\/3|1\/2|4分之3|3\/4/.test(o) ? false : undefined;
    },
  },
  {
    // 赞成票必须超过半数才能当选，恰好一半不能当选.
    line: '当选',
    judge(o) {
      if (!/赞成票|得票/.test(o) || !/当选/.test(o)) return undefined;
      const half = /恰好|刚好|正好|等于|达到|刚刚/.test(o) && /1半|半数/.test(o);
      if (half) return /不能|不得|不算|没有当选|不可以/.test(o);
      if (/超过(?:半数|1半)/.test(o)) return /才能|才可以|方可|始得|才算|才/.test(o) || !SAYS_NO.test(o);
      return undefined;
    },
  },
  {
    // 监票人从非候选人的党员中推选.
    line: '监票和计票',
    judge(o) {
      if (!/监票/.test(o)) return undefined;
      if (/非候选人|不是候选人|不能是候选人|候选人不能|候选人不得/.test(o)) return true;
      return /候选人/.test(o) && SAYS_YES.test(o) ? false : undefined;
    },
  },
];

/**
 * 减交、免交党费: asked by the member, agreed by the branch, approved by the 上一级党委 (the branch alone cannot); the
 * member still takes part in 组织生活 and keeps the duties; the full rate again once the hardship is over.
 */
const EXEMPTION: Rule[] = [
  {
    line: '生活确有困难的党员',
    judge(o) {
      if (/本人|自己/.test(o) && /提出|申请/.test(o) && !/支部|上级|党委/.test(o)) return !SAYS_NO.test(o);
      if (/上1级党委|上级党委|上级党组织/.test(o) && /批准|审批/.test(o)) return !/不用|不需要|无需|不必/.test(o);
      if (/支部/.test(o) && /即可|就可以|自行|不用再报|不用报|直接|说了算/.test(o)) return false;
      return undefined;
    },
  },
  {
    line: '需要注意的是',
    judge(o) {
      if (!/组织生活|义务|党员身份/.test(o)) return undefined;
      return /仍然?|还要|照样|继续|要参加|应当参加/.test(o) && !/不用|不必|可以不|无需/.test(o);
    },
  },
  {
    line: '困难情况发生变化',
    judge(o) {
      if (!/恢复|情况(?:改变|变化|好转)|不再困难/.test(o)) return undefined;
      return /恢复/.test(o) && !/不用|不必|无需|可以不/.test(o);
    },
  },
];

/**
 * 留党察看: one or two years, two at most; no vote, no election, no standing for election while it lasts; a Party
 * post held goes; 组织生活 and dues go on.
 */
const PROBATION_WATCH: Rule[] = [
  {
    line: '受留党察看处分的党员',
    judge(o) {
      if (/表决权|选举权|被选举权|投票|参加.{0,6}选举/.test(o)) return /没有|不能|不得|无权|不可以/.test(o);
      if (/党内职务|委员职务|书记职务|职务/.test(o)) return /撤销|撤掉|免去|不再担任/.test(o) && !/保留|不撤销|仍然担任/.test(o);
      return undefined;
    },
  },
  {
    line: '察看期间，党员仍然要',
    judge(o) {
      if (!/组织生活|党费|教育|监督/.test(o)) return undefined;
      return /仍然?|还要|照样|继续|要|应当/.test(o) && !/不用|不必|可以不|暂停|免/.test(o);
    },
  },
  {
    line: '留党察看是仅次于开除党籍的处分',
    judge(o) {
      if (!/期|最长|最多/.test(o) || !/年/.test(o)) return undefined;
      const years = /(?:最长|最多|不超过)[^，,。；;]{0,6}?(\d+)年/.exec(o);
      return years ? Number(years[1]) === 2 : undefined;
    },
  },
];

interface Topic {
  /** The stem speaks of it. */
  about: RegExp;
  section: string;
  rules: Rule[];
}

const TOPICS: Topic[] = [
  { about: /选举|换届|改选|投票|选票|选支委|选新/, section: 'branch.election', rules: ELECTION },
  { about: /(?:少交|免交|减交|减免|不交)党费|党费.{0,6}(?:少交|免交|减交|减免)/, section: 'dues.exemption', rules: EXEMPTION },
  { about: /留党察看/, section: 'discipline.probation-watch', rules: PROBATION_WATCH },
];

/** The 说法 or 做法 a stem asks about. */
const ASKS_SAYING = /说法|做法|表述|叙述|哪些|符合|正确|错误|有误|对的/;

const BLANK = /[（(]\s*[)）]|_{2,}/;
/** Whether the stem has exactly one blank, for an option to fill. */
const oneBlank = (stem: string) => (stem.match(new RegExp(BLANK.source, 'g')) ?? []).length === 1;

/** What one topic's rules say of an option: true, false, or undefined when none speaks of it or they disagree. */
export function truthOf(option: string, stem: string, rules: Rule[] = ELECTION): { truth: boolean; line: string } | undefined {
  const o = alignable(option);
  const said = rules.flatMap((r) => {
    const truth = r.judge(o, stem);
    return truth === undefined ? [] : [{ truth, line: r.line }];
  });
  if (said.length === 0 || said.some((s) => s.truth !== said[0]!.truth)) return undefined;
  return said[0];
}

export function suggestByElectionClaims(raw: string): Hedged | undefined {
  const pasted = parsePasted(raw);
  const { options } = pasted;
  const stem = alignable(pasted.stem);
  const asStatement = electionStatement(raw);
  if (asStatement) return asStatement;
  if (options.length < 3 || truthOptions(options)) return undefined;
  // Options that complete the stem's one blank (在察看期间（ ） A.没有表决权…) are statements once filled in.
  const completing = !ASKS_SAYING.test(stem) && oneBlank(stem);
  if (!ASKS_SAYING.test(stem) && !completing) return undefined;
  // The one topic the stem speaks of; a stem on two (留党察看期间能否参加选举) is left to the others.
  const topics = TOPICS.filter((t) => t.about.test(stem));
  if (topics.length !== 1) return undefined;
  const [topic] = topics as [Topic];
  const negative = NEGATIVE_CHOICE.test(pasted.stem) || /不正确|错误|有误|不符合|不对/.test(stem);
  const said = (o: string) => (completing ? stem.replace(BLANK, alignable(o)) : o);
  const judged = options.map((o) => truthOf(said(o), stem, topic.rules));
  if (judged.some((j) => j === undefined)) return undefined;
  const picked = pickSide(
    judged.map((j) => j!.truth),
    negative,
    pasted.declaredType,
  );
  if (!picked) return undefined;
  const line = judged[picked[0]!]!.line;
  const rule = sectionLine(topic.section, (l) => l.startsWith(line));
  return rule && hedgedChoice(options, picked, rule);
}

/**
 * A 判断 on one point of a topic's rules (候选人得票正好是到会人数的一半，可以当选): judged as an option of that topic
 * would be, the rule's line its 依据. Only a statement asked as one (a 判断 declared, 正确/错误 options, or its
 * closing ask, its mark after the whole sentence, or a bare sentence asking nothing), on one topic, that the rules speaking of it all judge alike.
 */
function electionStatement(raw: string): Hedged | undefined {
  const read = statementOf(raw);
  // A whole sentence with its mark after it (…可以当选。（ ）) is a 判断 as a paper prints one.
  const pasted = parsePasted(raw);
  const marked = /[。.]\s*[（(]\s*[)）]\s*$/.test(pasted.stem);
  // A sentence stating the rule, pasted bare with nothing to choose or fill (赞成票恰好一半也可以当选。), is one too;
  // not one that asks (要多少票才能当选).
  const bare = pasted.options.length === 0 && !/[（(]\s*[)）]|_{2,}|[?？吗]|多少|几|什么|怎么|哪/.test(pasted.stem);
  if (!read || !(read.asksTruth || marked || bare)) return undefined;
  const statement = alignable(read.statement.replace(/[（(]\s*[)）]/g, ''));
  const topics = TOPICS.filter((t) => t.about.test(statement));
  if (topics.length !== 1) return undefined;
  const [topic] = topics as [Topic];
  const judged = truthOf(statement, statement, topic.rules) ?? clauseByClause(statement, topic.rules);
  if (!judged) return undefined;
  const rule = sectionLine(topic.section, (l) => l.startsWith(judged.line));
  if (!rule) return undefined;
  const { truth } = read;
  return {
    kind: 'hedged',
    choice: truth ? ['ABCDEF'[judged.truth ? truth.true : truth.false]!] : [],
    answerTexts: [judged.truth ? '正确' : '错误'],
    sentence: rule.sentence,
    passage: rule.passage,
    basis: 'handbook',
  };
}

/**
 * A statement of two points parted by ；(投不赞成票的可以另选；弃权的不能另选), where one rule reads both and cannot
 * tell: each clause judged alone. True when every clause is, false when one is false and the others are true; each
 * clause must be read by some rule, or the statement is left.
 */
function clauseByClause(statement: string, rules: Rule[]): { truth: boolean; line: string } | undefined {
  const clauses = statement.split(/[；;]/).filter((c) => c.trim().length > 0);
  if (clauses.length < 2) return undefined;
  const judged = clauses.map((c) => truthOf(c, c, rules));
  if (judged.some((j) => j === undefined)) return undefined;
  const false_ = judged.find((j) => !j!.truth);
  return false_ ?? judged[0];
}
