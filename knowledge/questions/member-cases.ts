import { alignable } from './cloze';
import { NEGATIVE_CHOICE, parsePasted, truthOptions } from './paste';
import { fitsDeclaredType, type Hedged, hedgedChoice, sectionLine } from './sorted-options';

/**
 * Choice questions whose options are people or cases to sort by one rule the handbook states whole: who may be an
 * 入党介绍人 (a 正式党员; not a 预备党员, nor one under 留党察看 whose rights are not restored, nor anyone not yet a
 * member), and which cases count as 自行脱党 (no good reason, six months running, not taking part in 组织生活, not
 * paying dues or not doing the work the Party gives). Every option must be placed by the rule's own terms; one the
 * rule does not speak of (an option naming no person's standing, a case naming no time) leaves the question.
 */

const INTRODUCER = /介绍人/;
/** A stem asking who may not (不能担任, 不符合条件, 没有资格). */
const MAY_NOT = /不能|不可以|不可|不得|不符合|不具备|没有资格|无资格|不够格/;
const MAY = /可以|能够?|有资格|符合|具备|才能|才有/;

/** May the person be an 入党介绍人: false for one barred, true for a 正式党员 not barred, undefined when not told. */
function mayIntroduce(option: string): boolean | undefined {
  // Asides count here (党支部书记（正式党员）): what compares options drops them.
  const t = `${option} ${alignable(option)}`;
  if (/预备党员|预备期|还没转正|尚未转正|未转正/.test(t)) return false;
  if (/留党察看/.test(t)) return /已经?恢复|期满恢复/.test(t) ? undefined : false;
  if (/不是(?:正式)?党员|非党员|非正式党员/.test(t)) return false;
  // A 培养联系人 is a 正式党员 (the 发展对象 in 发展对象的培养联系人 is whom they look after).
  if (/正式党员|培养联系人/.test(t)) return true;
  if (/积极分子|发展对象|入党申请人|申请入党|群众|团员|团支部/.test(t)) return false;
  // One elected to a branch office is a 正式党员: a 预备党员 cannot be elected.
  if (/书记|支部委员|组织委员|宣传委员|纪检委员/.test(t)) return true;
  return undefined;
}

export function suggestByIntroducer(raw: string): Hedged | undefined {
  const pasted = parsePasted(raw);
  const { stem, options } = pasted;
  if (options.length < 3 || truthOptions(options) || !INTRODUCER.test(stem)) return undefined;
  // Asked about the introducer's standing (担任, 当, 资格, 条件), not what the introducer does (任务, 职责).
  if (!/担任|当|作|做|资格|条件|符合|可以|能/.test(stem) || /任务|职责|负责|要干|干啥|做什么|做哪些/.test(stem)) return undefined;
  const negative = MAY_NOT.test(stem) || NEGATIVE_CHOICE.test(stem);
  if (!negative && !MAY.test(stem)) return undefined;
  const may = options.map(mayIntroduce);
  if (may.some((m) => m === undefined)) return undefined;
  const picked = may.flatMap((m, i) => (m !== negative ? [i] : []));
  if (!fitsDeclaredType(pasted.declaredType, picked, options.length)) return undefined;
  const rule = sectionLine('develop.introducers', (line) => line.includes('正式党员作入党介绍人'));
  return rule && hedgedChoice(options, picked, rule);
}

const WITHDRAWAL = /脱党/;
/** The three acts the rule names. */
const ACTS =
  /组织生活|党小组会|党的会议|支部(?:的)?(?:活动|会议)|支部大会|党员大会|主题党日|党费|分配的(?:工作|任务|活)|分配给他的(?:工作|任务|活)|交给他的(?:工作|任务)/;
/** Tokens of taking part an app keeps (打卡, 签到, 积分, 点赞), which are not the 组织生活 they are kept for. */
const CHECK_IN = /打卡|签到|积分|点赞|转发|刷分|学习强国/;
const NO_REASON = /没有正当理由|无正当理由|没啥正当理由|没什么正当理由|说不出(?:正当)?理由|没有理由|无故|没有任何理由/;
const REASON = /因病|生病|住院|中风|治疗|请假|探亲|出差|公派|学习培训|服兵役|(?<![没无])有正当理由/;
const NUMBER: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

/** How many months a text says a case lasted (半年 = 6, 一年多 = 12, 两个星期 = 0.5), or undefined. */
function monthsIn(text: string): number | undefined {
  const t = alignable(text);
  if (/累计|合计|断断续续/.test(t)) return undefined;
  const month = /(\d{1,2}|十[一二]?|[一两二三四五六七八九])个多?月/.exec(t);
  if (month) return Number(month[1]) || NUMBER[month[1]!];
  if (/半年/.test(t)) return 6;
  // Years counted (一年多, 2年), not a date's year (2025年).
  const years = /(?<!\d)(\d{1,2})年/.exec(t);
  if (years) return Number(years[1]) * 12;
  if (/一年/.test(t)) return 12;
  if (/(?:\d|[一两二三四])(?:个)?(?:星期|周|天|日)/.test(t)) return 0.5;
  return undefined;
}

/** Whether a case is 自行脱党: true, false, or undefined when the case does not say enough. */
function leftTheParty(option: string, stem: string): boolean | undefined {
  const t = alignable(option);
  // The case's own words first (没有正当理由 in the case beats the stem's), then what the stem says of every case.
  const reason = NO_REASON.test(t) ? false : REASON.test(t) ? true : NO_REASON.test(stem) ? false : undefined;
  if (reason === true) return false;
  const months = monthsIn(t) ?? monthsIn(stem);
  if (months !== undefined && months < 6) return false;
  // Not one of the three acts (没去体检, 不参加志愿服务): the rule does not make it 脱党. Nor is an app's check-in or
  // score for a meeting (主题党日线上打卡, 学习积分) the meeting itself.
  if (!ACTS.test(t) || CHECK_IN.test(t)) return false;
  if (reason === undefined || months === undefined) return undefined;
  return true;
}

export function suggestByWithdrawal(raw: string): Hedged | undefined {
  const pasted = parsePasted(raw);
  const { options } = pasted;
  const stem = alignable(pasted.stem);
  if (options.length < 3 || truthOptions(options) || !WITHDRAWAL.test(stem) || !/认定|认为|算|属于|视为|按/.test(stem)) return undefined;
  const negative = NEGATIVE_CHOICE.test(pasted.stem) || /不能认定|不算|不属于|不应认定/.test(stem);
  const left = options.map((o) => leftTheParty(o, stem));
  // The options must be cases of the rule's acts: at least one of them named.
  if (!options.some((o) => ACTS.test(alignable(o)))) return undefined;
  if (left.some((l) => l === undefined)) return undefined;
  const picked = left.flatMap((l, i) => (l !== negative ? [i] : []));
  if (!fitsDeclaredType(pasted.declaredType, picked, options.length)) return undefined;
  const rule = sectionLine('member.withdrawal', (line) => line.includes('自行脱党的认定'));
  return rule && hedgedChoice(options, picked, rule);
}

const MOBILE = /流动党员|外出|打工|务工|经商|离开组织关系/;
/** Where the member's 组织关系 is (the 流出地, which manages) and where the member now works (the 流入地, which helps). */
const OUTFLOW = /流出地|原(?:党)?支部|原单位党组织|组织关系所在|老家|社区支部|村党支部|村支部|我们支部|本支部/;
const INFLOW = /流入地|当地|工作地|所在地|务工地|居住地/;
const THIRD_BODY = /党工委|党委|组织部|街道|乡镇|县委|市委/;

/**
 * Statements on 流动党员 (下列说法正确的有), or which person is one: each judged by the handbook's rules on them —
 * who counts (six months or more away from the branch holding one's 组织关系, not a short trip or visit), who manages
 * (the 流出地; the 流入地 helps), the 组织关系 (应转尽转, moved when the place is fixed and the stay long), and that
 * dues and 组织生活 go on. An option none of them speaks of leaves the question.
 */
export function mobileTruth(option: string, filled: string, stem: string): boolean | undefined {
  const o = alignable(option);
  const f = alignable(filled);
  const judged: boolean[] = [];
  // Who counts, from the option's own words: a definition, or a person's case in a stem asking who is one.
  const asksWho = /属于流动党员|算流动党员|是流动党员/.test(stem);
  const months = monthsIn(o);
  if (/离开/.test(o) && /(?:6个月|半年)以上/.test(o)) judged.push(true);
  else if ((/流动党员/.test(o) || asksWho) && /出差|探亲|轮岗|短期|旅游|开会|培训/.test(o) && (months === undefined || months < 6))
    judged.push(false);
  else if (asksWho && months !== undefined) judged.push(months >= 6 && /务工|打工|经商|工作|外出|学习|生活/.test(o));
  // Who manages, in the option or in the stem it fills: the party named before 负责; the 流入地 only helps.
  const manager = /([^，,。；;、]{0,12}?)(?:继续|主要|仍然?|要|应当?)?负责/.exec(f);
  if (manager) {
    const who = manager[1]!;
    if (/轮流|谁也|自己|本人|派出所|不负责|不管/.test(f) && !/不能|不得/.test(f)) judged.push(false);
    else if (OUTFLOW.test(who)) judged.push(!INFLOW.test(who) || /流出地/.test(who));
    else if (INFLOW.test(who)) judged.push(false);
    // A third body in charge (街道党工委, 县委组织部, 上级党委): neither the 流出地 nor the 流入地 the rule names.
    else if (THIRD_BODY.test(who)) judged.push(false);
  } else if (/流入地[^，,。；;]{0,8}协助/.test(f)) judged.push(true);
  // Left to the member alone (党员本人自行管理, 自己管自己): no 党组织 in charge.
  else if (/(?:本人|自己|自行)[^，,。；;]{0,4}管/.test(f)) judged.push(false);
  // 组织关系: moved where the place is fixed and the stay long (应转尽转); never left to wait or to the member.
  if (/组织关系/.test(o) && /转/.test(o)) {
    if (/应转尽转|(?:固定|稳定|具备条件)[^。；;]{0,16}(?:应当?|要|及时)[^。；;]{0,8}转/.test(o)) judged.push(true);
    else if (/不用|不需要|自己决定|满1年后|再考虑|随意/.test(o)) judged.push(false);
  }
  // Dues and 组织生活 go on while away.
  if (/党费/.test(o) && /暂停|先不交|不用交|不交|免交|回来再|补交|停交/.test(o)) judged.push(false);
  if (/组织生活|活动/.test(o) && /都可以不参加|可以不参加|不用参加|不参加也/.test(o)) judged.push(false);
  if (judged.length === 0 || judged.some((j) => j !== judged[0])) return undefined;
  return judged[0];
}

/**
 * The stem with the option in its blank; an option of as many words as the stem has blanks (流出地 流入地 for 由（ ）
 * 党组织负责，（ ）党组织协助) puts one word in each, in order.
 */
function filledWith(stem: string, option: string): string {
  const blanks = stem.match(/[（(]\s*[)）]/g) ?? [];
  const words = option.split(/[\s；;、，,]+/).filter((w) => w.length > 0);
  if (blanks.length > 1 && words.length === blanks.length) {
    let k = 0;
    return stem.replace(/[（(]\s*[)）]/g, () => words[k++]!);
  }
  return stem.replace(/[（(]\s*[)）]/, option);
}

export function suggestByMobileMember(raw: string): Hedged | undefined {
  const pasted = parsePasted(raw);
  const { options } = pasted;
  const stem = alignable(pasted.stem);
  if (options.length < 3 || truthOptions(options) || !MOBILE.test(stem)) return undefined;
  const negative = NEGATIVE_CHOICE.test(pasted.stem) || /不正确|错误|有误|不符合|不对/.test(stem);
  // A blank in the stem (主要由（ ）负责教育管理) is filled with each option; otherwise each option is a statement.
  const blank = /[（(]\s*[)）]/;
  const asks = blank.test(pasted.stem) && !/说法|做法|表述/.test(stem);
  const judged = options.map((o) => mobileTruth(o, asks ? filledWith(pasted.stem, o) : o, stem));
  if (judged.some((j) => j === undefined)) return undefined;
  const picked = judged.flatMap((j, i) => (j !== negative ? [i] : []));
  if (!fitsDeclaredType(pasted.declaredType, picked, options.length)) return undefined;
  const rule = sectionLine('member.mobile', (line) => line.includes('谁来管'));
  return rule && hedgedChoice(options, picked, rule);
}

const THREE_RIGHTS = /表决权|选举权|被选举权/;

/**
 * 预备党员的权利与正式党员相同，但没有表决权、选举权和被选举权, asked either way: which rights a 预备党员 lacks (但没有（）,
 * 除（）以外) among rights, or which members lack the three (没有表决权、选举权和被选举权的有) among people — a 预备党员
 * and one in 留党察看 do; a 正式党员 otherwise (one warned, one retired) does not — asked of the three or of one of
 * them (在支部党员大会上没有表决权的是). An option neither names leaves it.
 */
export function suggestByThreeRights(raw: string): Hedged | undefined {
  const pasted = parsePasted(raw);
  const { options } = pasted;
  const stem = alignable(pasted.stem);
  if (options.length < 3 || truthOptions(options)) return undefined;
  let placed: (boolean | undefined)[];
  if (/预备党员/.test(stem) && /没有|除.{0,6}以外|除.{0,6}外|不享有|不具有/.test(stem) && /权利|权/.test(stem)) {
    placed = options.map((o) => {
      const t = alignable(o);
      if (THREE_RIGHTS.test(t)) return t.replace(/表决权|被选举权|选举权|[、，,和及与\s]/g, '') === '' ? true : undefined;
      // The other rights the handbook lists, each of them a 预备党员's too (申辩 and 作证 as 辩护 is; 揭发, 检举).
      return /会议|文件|教育|培训|讨论|建议|倡议|批评|申诉|控告|辩护|申辩|作证|揭发|检举|知情|意见|请求/.test(t) ? false : undefined;
    });
  } else if (
    /(?:没有|无)[^，,。；;]{0,6}(?:表决权|选举权|被选举权)/.test(stem) &&
    /的有|的是|哪些|哪几/.test(stem) &&
    !/说法|做法|表述|正确|错误/.test(stem)
  ) {
    // One right asked alone (没有表决权的是) is asked of the same people: who lacks one of the three lacks all three.
    placed = options.map((o) => {
      const t = alignable(o);
      if (/预备党员|预备期/.test(t) || (/留党察看/.test(t) && !/期满|已经?恢复/.test(t))) return true;
      return /正式党员|警告|撤销党内职务|退休|离休|流动|老党员|党支部书记|委员/.test(t) ? false : undefined;
    });
  } else return undefined;
  if (placed.some((p) => p === undefined)) return undefined;
  const picked = placed.flatMap((p, i) => (p ? [i] : []));
  if (!fitsDeclaredType(pasted.declaredType, picked, options.length)) return undefined;
  const rule = sectionLine('member.rights', (line) => line.includes('预备党员的权利与正式党员相同'));
  return rule && hedgedChoice(options, picked, rule);
}
