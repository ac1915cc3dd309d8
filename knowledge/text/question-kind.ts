/**
 * What kind of fact a question asks for, recognised from its wording, and what a sentence stating that fact
 * looks like. "三会一课多久开一次" asks for a frequency, so the answer is the sentence or list with "每月1次",
 * not the definition that shares most of its words.
 */
export type QuestionKind =
  | 'difference'
  | 'condition'
  | 'when'
  | 'frequency'
  | 'duration'
  | 'age'
  | 'count'
  | 'who'
  | 'steps'
  | 'may'
  | 'definition'
  | 'appearance'
  | 'amount'
  | 'items';

interface KindRule {
  kind: QuestionKind;
  /** The question asks for this kind of fact. */
  ask: RegExp;
  /** A sentence that states such a fact. */
  states: RegExp;
  /** A sentence that names the fact outright ("一般程序是", "任职条件："): counts twice. */
  strong?: RegExp;
  /** A sentence that gives the value itself ("每年至少召开两次", not "定期"): what retrieval looks for. */
  value?: RegExp;
}

const NUM = '[\\d一二三四五六七八九十两半]';

/**
 * Days counted in 日 rather than 天 ("几多日之内要报", "多少日内"): how many days, as 几天 asks. Never a day of the
 * month (5月几日), these days (这几日, 前几日) or a date (日子, 日期).
 */
export const DAYS_ASKED = '(?<![月这那前近])(?:几|多少)个?(?:工作)?日(?![子期])';

export const KIND_RULES: KindRule[] = [
  {
    kind: 'when',
    // "从头算还是接着算": started over or carried on, not from which day (从头, 从新, 从零 name no day).
    ask: /什么时候|何时|哪天|哪一?年|从(?![头新零]).{0,6}(?:起|开始|算)|多会儿|什么时间|哪个时候|哪段时间|几月份|哪个月份?|哪个季度|什么季度/,
    states: /之日|起(?:计算|算|交纳)|期满|届满|之前|之后|以后|以前/,
  },
  {
    kind: 'frequency',
    // "是一个月一回还是仨月一回": a choice between two frequencies asks how often, as 几次 does.
    ask: /多久.{0,4}(?:一次|开|搞|举行|召开|上|讲|评|谈|交)|多长时间.{0,4}一次|几次|频次|多常|几回|隔多久|一年.{0,3}几|每(?:年|月|季度).{0,2}几|多久一次|召开\s*次|(?:月|年|季度|周)[一两二三四五六七八九十\d](?:次|回|趟)还是|还是[^，,。？?]{0,6}(?:月|年|季度|周)[一两二三四五六七八九十\d](?:次|回|趟)/,
    states: new RegExp(`每(?:年|季度|个?月|周|半年)|${NUM}+次|随时|定期|按期|按月`),
    value: new RegExp(`每(?:年|季度|个?月|周|半年)|${NUM}+次`),
  },
  {
    kind: 'duration',
    // "一届是三年还是五年": a choice between two spans asks how long, as 几年 does.
    ask: new RegExp(
      `多久|多长时间|多长|期限|几年|几个月|几天|${DAYS_ASKED}|几个?小时|多少小时|多少分钟|最长|最短|多少年|多少天|任期|影响期|察看期|${NUM}+(?:年|个月|天)还是${NUM}+(?:年|个月|天)`,
    ),
    states: new RegExp(`${NUM}+(?:年|个月|天|个工作日|日)|年半|不超过|最长|不少于|每届|期限`),
    value: new RegExp(`${NUM}+(?:年|个月|天|个工作日|日)|年半`),
  },
  // 年纪大, 岁数大 describe someone old; they do not ask how old. Nor does 年纪念 (光荣在党50年纪念章): 年 then 纪念.
  { kind: 'age', ask: /年龄|年满|岁(?!数大|数偏大)|年纪(?!大|轻|小|偏大|念)/, states: /岁/ },
  {
    kind: 'count',
    ask: /几[个种类项名档人条位级等票](?!月)|多少[人名个种项条位票]|人数|几(?=[？?]?$)|多少票|(?:多少|几)(?:个|名)?(?:正式)?党员/,
    states: new RegExp(`${NUM}+(?:个|种|类|项|名|档|人|条|位|级|等|分之)|半数|以上|以下`),
  },
  {
    kind: 'who',
    // "村里管还是打工那边管", "支书说了算还是报镇上": which of two bodies manages or decides asks who.
    ask: /谁|管还是|(?:说了算|拍板|做主|作主)还是|还是[^，,。？?]{0,12}(?:说了算|拍板|做主|作主)|哪(?:个|几个|些|一个)(?:组织|部门|机构|单位|机关)|哪一级|哪级|由哪|由.{0,6}(?:决定|批准|审批)|什么(?:人|部门)|(?<!是(?:一?个)?)什么(?:机构|组织)/,
    states: /由|负责|批准|审批|决定|召集|主持|选举产生|担任|指定|备案/,
  },
  {
    kind: 'condition',
    ask: /条件|资格(?!审查)|什么样的人|哪些人(?:可以|能)|谁(?:可以|能)(?:申请|当|担任)/,
    states: /条件|资格|具备|具有|年满|须|应当/,
    strong: /条件[：:是]/,
  },
  {
    kind: 'steps',
    // "给什么处分", "该受啥处理": which measure is taken asks how the case is dealt with, as 怎么处分 does.
    // "先搞什么后搞什么": the order of what is done asks the steps.
    // "报上级是批准还是备案": a choice between two ways of reporting asks which step is taken, as 怎么报 does.
    ask: /程序|步骤|流程|手续|环节|几步|哪些步|怎么(?!样|回事|算|说|理解|看)|如何(?!理解)|咋(?!样)|[给受予该](?:个|予)?(?:什么|啥)(?:样的?)?(?:处分|处理|处置)|(?:批准|备案|审批|报备)还是(?:报|要|只)?(?:批准|备案|审批|报备)|先[\u4e00-\u9fff]{0,2}(?:什么|啥|哪)[\u4e00-\u9fff]{0,3}[后再]/,
    states: /程序|步骤|先|再|然后|报.{0,8}(?:批准|备案)|经|通过|办理|[：:]$/,
    strong: /程序|步骤|流程/,
  },
  {
    kind: 'may',
    // The last alternative is any A-not-A question (计不计入, 交不交, 参加不参加).
    // "党籍还能保留不", "能投票不": a verb with 不 ending the question asks whether, as 吗 does; so does 么
    // ending it (党籍还保得住么), never in 什么, 怎么, 那么, 要么.
    // "是乡里直接任命的不": 是…的 then 不 ending the question asks whether it is so, as 是不是 does.
    // "没人收回去吧", "不用再考了吧": a negation before a closing 吧 asks to be told whether it is so (是…吧 often only
    // confirms what is described: 是红底黄字的那个吧). "…同意了就行了吧": whether that is enough, asked to be confirmed.
    ask: /能不能|可不可以|是否|能否|可以.{0,10}吗|能.{0,10}吗|有没有|行不行|算不算|会不会|要不要|需不需要|用不用|吗[？?]?$|(?<![什怎那这多要])么[？?]?$|([\u4e00-\u9fff]{1,2})不\1|(?:能|可以|要|得|算|用|该|行)[\u4e00-\u9fff]{0,6}不[哦噻撒哈嘛啊呀]?[？?]?$|是[\u4e00-\u9fff]{1,10}的不[？?]?$|(?:没有?|不|莫)[\u4e00-\u9fff]{0,8}吧[？?]?$|(?<![怎什干])(?:能|可以)[\u4e00-\u9fff]{0,10}嘛[？?]?$|就(?:行|可以|成|算数|够)了?吧[？?]?$/,
    states: /可以|不能|不得|没有|有权|不属于|属于|不是|不计入|不交纳|同样|相同|不再|仍然/,
  },
  // "党支部是个什么组织": what kind of body a thing is asks what it is, not who.
  {
    kind: 'definition',
    ask: /是什么|什么是|指什么|指的是|什么意思|啥是|是啥|哪几个|怎么理解|是(?:一?个)?什么(?:样的?)?(?:组织|机构)/,
    states: /是|指|即|包括/,
  },
  // "是啥色的", "嘎色的" (江淮): a colour asked by 色 alone, as 颜色 asks.
  { kind: 'appearance', ask: /样式|图案|样子|颜色|(?:什么|啥|甚|嘎|哪种|哪个)色/, states: /红|金黄|图案|样式|组合|组成/ },
  { kind: 'amount', ask: /多少钱|交多少|比例|多少元|百分之|(?<!坚持)标准/, states: /%|元/ },
  // The items of an enumeration: the answer is the whole list, never its first two lines.
  // "等级越高，薪酬系数越高" states how levels differ as well as "不同" does.
  {
    kind: 'difference',
    // "X跟Y是一码事么", "是不是一回事", "一个意思不": whether two things are the same asks how they differ.
    ask: /区别|不同|差别|一样吗|异同|分清|一码事|一回事|一个意思|是不是一样|一样(?:不|么|嘛|没)[？?]?$/,
    states: /不同|区别|而|则|与.{1,12}(?:不同|相同)|越(?:高|低|多|少|大|小|长|短).{1,10}越(?:高|低|多|少|大|小|长|短)/,
  },
  {
    kind: 'items',
    // The order of the items asked ("从轻到重怎么排", "排一下") is the list in its order.
    // What money goes on ("都能花在啥上", "用在哪些地方"): the list of its uses, though 地方 is no place there.
    ask: /有哪些|有哪几|是哪些|(?:^|[^从由在])哪些(?!人|部门|地方|情况下)|哪几[个种项类条]|包括(?:什么|哪)|有什么(?!区别|不同)|有啥|几种|几项|几类|几个阶段|分别|都有|主要内容|[从由](?:轻到重|重到轻|低到高|高到低)|怎么排(?!班|队)|排(?:个|一下)?序|排一下|(?:花|用|使)[在到](?:哪|啥|什么)/,
    states: /[：:]$|[（(]\d[）)]|；|、[^。]*(?:和|、)/,
  },
];

/** Duration asked outright, not only named by a noun (任期, 影响期 …). */
const ASKS_DURATION = new RegExp(`多久|多长|几年|几个月|几天|${DAYS_ASKED}|最长|最短|多少年|多少天`);

/** A frequency named in a yes-or-no question. */
const NAMES_FREQUENCY =
  /每(?:个)?(?:年|季度|月|周|星期|半年)都|每(?:个)?(?:年|季度|月|周|星期|半年)(?:一次|一回|开|搞|交|召开|举行|都)|[一每](?:年|月|季度)一(?:次|回)|一个月一/;

/** Asking whether someone may serve in a post. */
const SERVE = /(?:能|可以|可不可以|能不能|够格|有资格)(?:当|担任|做|兼任)/;

/**
 * A claim heard, asked whether it is true ("有人讲今年可以突击发展几个，是不是真的", "听说党费能少交，真的假的"): what
 * is asked is whether the claim holds; the figures and question words inside it are the claim's, not asked.
 */
export const CHECKS_CLAIM = /(?:是不是真的|是真的吗|是真的不|真的吗|真的假的|是真是假|是否属实|属实吗)[哦啊呀吧呢嘛么？?。！!\s]*$/;

/**
 * A question that ends asking which of the claims told is right ("社区说5年一届，我们3年一届，哪个对", "谁说得对"): it
 * asks the kind of value the claims state (how long, how often, how much), not who (谁说得对 asks no person).
 */
const WHICH_CLAIM_RIGHT =
  /(?:哪个|哪一个|哪种|哪样|谁|哪边)(?:说的|说得|讲的|讲得|的说法)?(?:才|是)?(?:对|正确|准确)[啊呀呢吗嘛哦的？?！!。\s]*$/;
const CLAIMED_VALUES: ReadonlyArray<readonly [QuestionKind, RegExp]> = [
  ['duration', new RegExp(`${NUM}+\\s*(?:年|个月|天)|半年`)],
  ['frequency', new RegExp(`每(?:年|季度|个?月|周|半年)|${NUM}+次`)],
  ['amount', /\d\s*[%％]|\d\s*元|百分之/],
];

/**
 * 几 before a measure word in a question of whether a few will do ("几个支委同意就可以了吗", "几个人签字就行不"): some of
 * them, said as the condition (就) of the whether asked; no count is asked.
 */
const SOME_WILL_DO = /几(?:个|名|位)[^，,。？?几多]{1,8}就[^，,。？?]{0,6}(?:吗|么|不|吧)[哦啊呀嘛]?[？?]?$/;

/** The kinds a question asks for (often several: "留党察看最长多久" is a duration). */
export function questionKinds(question: string): QuestionKind[] {
  const kinds = KIND_RULES.filter((r) => r.ask.test(question)).map((r) => r.kind);
  if (WHICH_CLAIM_RIGHT.test(question)) {
    const claimed = CLAIMED_VALUES.filter(([, re]) => re.test(question.replace(WHICH_CLAIM_RIGHT, ''))).map(([kind]) => kind);
    if (claimed.length > 0) return [...kinds.filter((k) => k !== 'who' && !claimed.includes(k)), ...claimed];
  }
  if (CHECKS_CLAIM.test(question) && !kinds.includes('may')) kinds.push('may');
  // "是不是每个月都要开", "一年一次吗": whether a thing is done this often is answered by how often it is done.
  if (kinds.includes('may') && !kinds.includes('frequency') && NAMES_FREQUENCY.test(question)) kinds.push('frequency');
  // "我能当不", "预备党员可以当介绍人吗": whether someone may serve is answered by who serves and on what condition.
  if (kinds.includes('may') && SERVE.test(question)) for (const k of ['who', 'condition'] as const) if (!kinds.includes(k)) kinds.push(k);
  // "影响期从哪天算" asks when it starts: the noun 影响期 alone does not make it a question of how long.
  if (kinds.includes('when') && kinds.includes('duration') && !ASKS_DURATION.test(question)) return kinds.filter((k) => k !== 'duration');
  if (kinds.includes('may') && SOME_WILL_DO.test(question)) return kinds.filter((k) => k !== 'count');
  return kinds;
}

const PEOPLE = ['名', '人', '位'];

const UNITS: Record<string, string> = {
  级: '级|等级|等',
  等: '级|等级|等',
  种: '种|类',
  类: '种|类',
  项: '项|条|方面',
  条: '条|项',
  名: '名|人',
  人: '名|人',
  位: '名|人|位',
  档: '档',
};

/**
 * The counted unit of a "how many" question ("分几级" → 级): a sentence answers it with a number of that unit,
 * not with any number ("一项管理制度" does not say how many levels there are).
 */
export function countUnit(question: string): RegExp | undefined {
  const unit = /几(?:个)?([级等种类项条名人位档])|多少([种类项条名人位档])/.exec(question);
  const key = unit?.[1] ?? unit?.[2];
  if (!key) return undefined;
  // "多少人到会" is answered by a share as often as by a head count: 半数以上, 三分之二以上.
  const share = PEOPLE.includes(key) ? '|半数|多数|分之' : '';
  return new RegExp(`${NUM}+(?:个)?(?:${UNITS[key]})${share}`);
}

/** Whether a sentence gives the value of one of the asked kinds (a number of times, years …), see {@link KindRule.value}. */
export function statesValue(sentence: string, kinds: QuestionKind[], unit?: RegExp): boolean {
  return KIND_RULES.some(
    (rule) => kinds.includes(rule.kind) && (rule.kind === 'count' && unit ? unit : (rule.value ?? rule.states)).test(sentence),
  );
}

/** How many of the asked kinds a sentence states. */
export function statesKinds(sentence: string, kinds: QuestionKind[], unit?: RegExp): number {
  let n = 0;
  for (const rule of KIND_RULES) {
    if (!kinds.includes(rule.kind)) continue;
    if (!(rule.kind === 'count' && unit ? unit.test(sentence) : rule.states.test(sentence))) continue;
    n += rule.strong?.test(sentence) ? 2 : 1;
  }
  return n;
}
