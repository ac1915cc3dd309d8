/**
 * A recording message read clause by clause. A writer pauses (a comma, a full stop, a gap, a line break, a form's
 * label) between the things a 工单 is made of: who raised it and where they live, what the matter is, how to reach
 * them, what the member did or handed on and by when, and how it ended. Each clause is given the role it plays, so a
 * field is read from a clause of its role: a place word in the member's step (已报镇水利站) is no place of the person,
 * a body the member reported it to holds the promise said right after it.
 */

export interface Clause {
  words: string;
  /** Where the clause starts in the text it was cut from. */
  index: number;
}

export type ClauseRole =
  /** The member's step: reporting, handing on, asking someone, arranging (已报镇水利站, 尽快跟镇农业站核对). */
  | 'step'
  /** A date promised, with who promised it and the work (镇生态环境所本周五前来取样, 派出所社区民警老陈说3天内去劝). */
  | 'promise'
  /** A number to reach the person (电话13907971234, 手机：139…). */
  | 'contact'
  /** Everything else: who raised it, where, and what the matter is. */
  | 'matter';

export interface RoledClause extends Clause {
  role: ClauseRole;
}

/** The clauses of a text, split where a writer pauses: punctuation, a gap, a line break, a label's colon. */
export function clausesOf(text: string): Clause[] {
  return [...text.matchAll(/[^\s，,。；;！!：:]+/g)].map((found) => ({ words: found[0], index: found.index }));
}

/**
 * The member's step, said at the start of its clause: reporting it up (已报镇水利站, 报了镇应急办, 我报给街道城建科),
 * handing it on (转给, 交给, 交由; not 转交, which 转交通警大队 shares), or taking it up with a body (尽快跟镇农业站核对, 已对接县人社局, 我去问镇里). The
 * member, 已/已经 and haste may come first. Not the person's own telling (报名, 报销, 报案 are the matter's words).
 */
const STEP_START =
  /^(?:(?:我|俺|咱)(?:们)?|已经?|先|再|就|也|又|尽快|马上|立即|立马|今天|明天)*(?:上报|报(?![名销案警价道告纸表废])(?:了|给|到)?|转(?:给|到)|交(?:给|由)|对接了?|(?:跟|和|与|同)(?=[\u4e00-\u9fa5]{1,10}?(?:核对|核实|对接|协调|沟通|联系|反映|说|讲))|(?:去|来)?问(?=镇|县|乡|街道|区))/;

/**
 * Whom the member's step reached (已报镇水利站 → 镇水利站, 已经报给城管中队了 → 城管中队, 尽快跟镇农业站核对 → 镇农业站),
 * or nothing when the clause is no step.
 */
export function stepTarget(words: string): string | undefined {
  const step = STEP_START.exec(words);
  if (!step) return undefined;
  const rest = words.slice(step[0].length).replace(/了$/, '');
  // 跟镇农业站核对: with 跟 the work follows whom; the step reached whom it names.
  const withWork = /^(.{1,10}?)(?:核对|核实|对接|协调|沟通|联系|反映|说|讲)/.exec(rest);
  return /(?:跟|和|与|同)$/.test(step[0]) ? withWork?.[1] : rest || undefined;
}

/** A clause that is a number to reach someone: a label and digits, or digits alone. */
const CONTACT = /^(?:(?:联系)?(?:电话|手机|座机|固话|联系方式)(?:号码|号)?(?:是|为)?)?[\d\s-]{7,}$/;

/** How a promise is told: the shape of a promised date (三天内, 周五前, 月底前), given by the parser that knows it. */
export interface RoleWords {
  promised?: RegExp;
  /** A day said by name (明天, 下周一), given by the parser that knows them: see {@link plannedDay}. */
  day?: RegExp;
}

/**
 * The role a clause plays (see {@link ClauseRole}); the first clause is the matter's opening whatever it starts with,
 * and so is a clause that says the person spoke (…反映, …讲的), where a date is the matter's (三天没人拉了).
 */
export function roleOf(clause: Clause, position: number, words: RoleWords = {}): ClauseRole {
  if (CONTACT.test(clause.words)) return 'contact';
  if (position === 0) return 'matter';
  if (STEP_START.test(clause.words)) return 'step';
  if (words.promised?.test(clause.words) && !SAID.test(clause.words)) return 'promise';
  return 'matter';
}
/** The person speaking, said in the clause (王婶反映, 李春生来说的): the clause is who raised it, not a promise. */
const SAID = /反映|反应|投诉|举报|来(?:说|讲)|找(?:我|俺)/;

/** The clauses of a text with their roles; a clause that plans the work on a day (see {@link plannedDay}) promises. */
export function roledClausesOf(text: string, words: RoleWords = {}): RoledClause[] {
  const plans = words.day ? plansOf(text, words.day) : [];
  return clausesOf(text).map((clause, position) => {
    const role = roleOf(clause, position, words);
    const planned = role === 'matter' && position > 0 && plans.some((plan) => clause.index >= plan.start && clause.index < plan.end);
    return { ...clause, role: planned ? 'promise' : role };
  });
}

/** A day ahead said for the work (see {@link plannedDay}): the day, where its clause's plan starts and ends in the text. */
export interface PlannedDay {
  day: string;
  /** Where the day is said, and where its clause starts and the plan ends. */
  at: number;
  start: number;
  end: number;
}

/**
 * What a follow-up is reminded on: the work said for a day ahead, by the member, someone they sent or arranged, or a
 * body (明天我去看一下, 明天再去他家, 后天 我 陪 去, 物业说明天给补上, 街道明天派车来抽, 热力公司的人明天上门查, 我约了物业
 * 和业委会下周三一块儿坐下来谈, 下周一来现场). Coming to look counts as much as doing the work: either is the day the
 * member follows it up. Not work said done (今天去看了, 已经来修过), a day gone by (昨天, 上周: no day ahead), what the
 * person does (他明天去医院, 王大爷说明天要去医院), nor soon without a day (尽快, 过几天: no day at all). The first such
 * clause of the text, or none.
 */
export function plannedDay(text: string, day: RegExp): PlannedDay | undefined {
  return plansOf(text, day)[0];
}

/** The work that makes a day a plan, somewhere after the day in its phrase (see {@link plannedDay}). */
const WORK_AHEAD = new RegExp(
  `^(?:上午|下午|中午|晚上|早上|一早)?(?!的)\\S{0,10}?(?:${[
    // Coming to look or to work (过去看, 上门查, 来清, 来抽): the coming and the work.
    // Not going to see a doctor or a show (去看病, 去看望: the person's own errand).
    // Coming to haul it away or dig it out (环卫说明天来拉, 后天来运, 来掏): the refuse or the silt taken.
    '(?:去|来|过去|过来|上门|到场)(?:看(?!病|医生|大夫|牙|望|戏|电影)|查|瞧|处理|修|清|抽|补|换|调解|协调|核实|核查|拉(?!肚子|货|客)|运|掏)',
    '看一下|看看|瞧瞧|查看|上门',
    // Someone sent by the body to come (说明天来人看, 后天来人): the coming is the work ahead, whoever is sent.
    '(?<![外出后往原])来人',
    // Going to the person or the site (再去他家, 去伊厝, 来现场), or the going said last (今天下午就来, 她家 去).
    '(?:去|来|到)(?:他|她|伊|佢)?(?:们)?(?:家|屋|厝|屋头|屋里|家里|现场)',
    // Not coming home (他儿子明天回来).
    '(?<!回)(?:去|来|过去|过来)$',
    // The work itself, someone sent, or the member going along (补上, 调整, 派车, 陪).
    '补上|补好|修|清|抽|换|锯|砍|挖|填|疏通|调整|处理|解决|调解|协调|核查|核实|整改|落实|派(?:人|车)|陪',
    // The crafts of mending and clearing (来焊, 去捞, 来砌, 来拧紧, 上门安装): the work, as 修 is.
    '焊|捞|砌|铺|拧|刷|粉刷|加固|安装|装上|更换|拆除|封堵|堵上|打扫|清扫|消杀|消毒|喷药|检修|维修|测量|量一下|检测',
    // Sitting down together to talk it out, as arranged (俩家坐一块唠唠, 坐下来谈).
    '坐下来|坐一块|坐到一起|碰头|见面|面谈|谈|聊|唠|商量',
    // Asking after it for the person (去学校问问, 问清楚回她), answering them, meeting on it (开会研究), giving back
    // what is owed (退给他), or starting the change (开始加量): each is the follow-up on that day.
    // 我明天打电话去县人社局问: the asking said as the clause's last word, after whom it is put to.
    '问问|问一下|问下|问清楚|(?<=去|到|找|打电话|\\S{2}(?:局|所|站|办|科|院|部))问$|打听|了解一下|回复|答复|回话|给(?:他|她|伊|佢)(?:们)?(?:回|答复|回复|办|弄|退|换|补)|开会|研究|退(?:给|还|钱)|开始',
    // Sending the person what they asked for (把招聘会的信息发给他, 把表送过去): 把 and the thing, however long its name.
    // Not 送到 a place: 明天把孙子送到学校 is what the person plans, no promise.
    '把\\S{1,14}?(?:发|送|转|拿|带)(?:给|过去|过来)(?:他|她|伊|佢)?',
    // Fetching or buying it for the person (去镇卫生院帮他拿, 去药店帮她买, 替他领): the member's errand for them.
    '(?:帮|替|给)(?:他|她|伊|佢)(?:们)?(?:拿|取|买|领|带|配|开|交|缴|续|补办|办)',
    // The same with the thing said before the sending (整理资料发给她, 打印好表格送给他): gathered, then sent to the person.
    '(?:整理|准备|打印|复印|找|查|问)\\S{0,8}?(?:发|送|转|寄|拿)给(?:他|她|伊|佢)(?:们)?',
  ].join('|')})`,
);
/** Work said done after the day (看了, 来修过, 已经): no follow-up ahead. */
const DONE = /已|了|过(?![去来])/;
/**
 * The person or their family as who acts (他明天去医院, 明天她要去, 他儿子明天回来): their own plan, not the follow-up.
 * Not whom the member goes with or to (跟他约好, 去他家).
 */
const PERSON_ACTS = /(?<![跟和同给找问帮陪带叫])(?:他|她|伊|佢)(?!们|家|屋|厝)/;
/** Today is ahead only when said still to come (今天下午就来, 今天再去): else it is when the visit was (今天上门走访). */
// Not the 会 of a meeting (今天恳谈会上, 今天开会时): when it was heard, not a promise.
const TODAY_AHEAD = /^(?:下午|晚上|傍晚)|^\S{0,6}?(?:就|再|(?<![谈开例班晚早大党])会(?!上(?!门)|议|里|后|场)|要|准备|打算)/;

function plansOf(text: string, day: RegExp): PlannedDay[] {
  const clauses = clausesOf(text);
  const plans: PlannedDay[] = [];
  for (const [at, clause] of clauses.entries()) {
    const found = new RegExp(day.source).exec(clause.words);
    if (!found) continue;
    const before = clause.words.slice(0, found.index);
    let after = clause.words.slice(found.index + found[0].length);
    let end = clause.index + clause.words.length;
    // Typed word by word (后天 我 陪 去, 明天 再 她家 去): the plan runs on over the gaps to the next pause.
    const wordwise = after.length <= 2;
    for (let next = at + 1; wordwise && next < clauses.length && next <= at + 4; next++) {
      if (!/^[ \t\u3000]+$/.test(text.slice(end, clauses[next]!.index))) break;
      after += clauses[next]!.words;
      end = clauses[next]!.index + clauses[next]!.words.length;
    }
    // 明儿就去锯了, 下周一就给换了: 就 … 了 after a day ahead says what will be done then, not what was.
    const soonDone = /^\S{0,4}?就\S{1,8}了$/.test(after) && !/已|过(?![去来])/.test(after);
    if (!WORK_AHEAD.test(after) || (DONE.test(after) && !soonDone) || /已$/.test(before)) continue;
    // Who acts is said before the day, in its clause or, typed word by word, as the word before it (她 明天 去).
    const previous = clauses[at - 1];
    const typedBefore =
      wordwise && !before && previous && /^[ \t\u3000]+$/.test(text.slice(previous.index + previous.words.length, clause.index));
    const subject = typedBefore ? previous.words : before;
    if (PERSON_ACTS.test(subject) || PERSON_ACTS.test(after.slice(0, 1))) continue;
    if (/^今/.test(found[0]) && !TODAY_AHEAD.test(after)) continue;
    plans.push({ day: found[0], at: clause.index + found.index, start: clause.index, end });
  }
  return plans;
}

/**
 * The text with the clauses of the given roles blanked out (each character a gap), so a search over it finds only
 * what the other clauses say, at the same index as in the text.
 */
export function withoutRoles(text: string, roles: readonly ClauseRole[], words: RoleWords = {}): string {
  const blanked = new Set(
    roledClausesOf(text, words)
      .filter((clause) => roles.includes(clause.role))
      .map((clause) => clause.index),
  );
  return withoutClauses(text, (clause) => blanked.has(clause.index));
}

/** The text with the clauses a test picks blanked out, as {@link withoutRoles} does by role. */
export function withoutClauses(text: string, drop: (clause: Clause) => boolean): string {
  let out = text;
  for (const clause of clausesOf(text)) {
    if (!drop(clause)) continue;
    out = out.slice(0, clause.index) + ' '.repeat(clause.words.length) + out.slice(clause.index + clause.words.length);
  }
  return out;
}
