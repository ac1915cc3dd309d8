import { plainNumerals } from '../text/numerals';
import { escapeRegExp } from '../text/regexp';
import { alsoAsked } from './also-asked';
import { plainYesNoForms } from './yes-no-forms';

/**
 * Yes-or-no questions answered with the verdict first (facts32). A question that asks whether (能不能, 可不可以, 行不行,
 * 算不算, 是不是, 要不要, 用不用, 会不会, 有没有, …吗, and the regional 中不中, 得不得, 要得不, 阔以不) is answered by
 * the verdict in the asker's own word (能/不能, 可以/不可以, 行/不行, 算/不算, 要/不用, 是/不是 …) and then the fact,
 * when the fact settles it; when the fact states a rule whose condition the asker did not give, by what it depends on.
 *
 * Read over every fact, not question by question:
 *  - the question's reading ({@link readYesNo}): the family of the modal asked (may, must, counts, is, will, has), the
 *    asker's own word for it, whether what is asked is the thing not done (可以不交吗 asks about not paying), and
 *    the thing asked (the words after the modal);
 *  - the fact's polarity for that thing ({@link factPolarity}): the fact's own opening verdict (要。, 不能。), or the
 *    modal its sentence puts before the thing asked (不能投票, 应当转, 不计入党龄), and whether that clause is a
 *    rule on a condition (…的, 不满…, 以上的) the question does not tell, or a general rule with an exception after
 *    it (特殊情况经…同意, 确需…);
 *  - no verdict where it is not settled: the fact's opening written for another family, a short verb of a long thing,
 *    the clause before the modal naming a thing of the other polarity, a case told against a conditional rule.
 */

export type YesNoFamily = 'may' | 'must' | 'counts' | 'is' | 'will' | 'has';
/** A fact's family: "是的。" says yes to whatever was asked of it. */
export type FactFamily = YesNoFamily | 'any';

export interface YesNoAsk {
  family: YesNoFamily;
  /** The asker's own modal word, normalised (能, 可以, 行, 要, 需要, 用, 算, 是, 会, 有 …). */
  word: string;
  /** What is asked is the thing not done: 可以不交吗, 能不能不参加. */
  negated: boolean;
  /** The words after the modal, without the question's closing words. */
  thing: string;
  /** What the asking clause says before the modal, where the thing follows it ("举手表决能参加吗"). */
  before?: string;
}

/** The asker's modal word, read as the plain one and its family. */
const MODALS: Array<[RegExp, string, YesNoFamily]> = [
  [/^(?:可以|阔以|可)$/, '可以', 'may'],
  [/^(?:能|能够)$/, '能', 'may'],
  [/^(?:行|中|得|要得|准|让|许|成)$/, '行', 'may'],
  [/^(?:需要|需)$/, '需要', 'must'],
  [/^(?:要|得要|必须|该|应该)$/, '要', 'must'],
  [/^用$/, '用', 'must'],
  [/^算$/, '算', 'counts'],
  [/^(?:是|属于)$/, '是', 'is'],
  [/^会$/, '会', 'will'],
  [/^有$/, '有', 'has'],
];

function modalOf(spelt: string): { word: string; family: YesNoFamily } | undefined {
  for (const [re, word, family] of MODALS) if (re.test(spelt)) return { word, family };
  return undefined;
}

/** The verdict words for each family, yes and no, by the asker's own word. */
const VERDICT: Record<string, [string, string]> = {
  可以: ['可以', '不可以'],
  能: ['能', '不能'],
  行: ['行', '不行'],
  需要: ['需要', '不需要'],
  要: ['要', '不用'],
  用: ['要', '不用'],
  算: ['算', '不算'],
  是: ['是', '不是'],
  会: ['会', '不会'],
  有: ['有', '没有'],
};

/** A modal asked both ways (能不能, 中不中, 有没有, 需不需要, 阔不阔以). */
const A_NOT_A =
  /可不可以|阔不阔以|需不需要|应不应该|属不属于|能不能够|要得不|(能|可以|阔以|行|中|得|准|让|许|成|要|用|算|是|会|有|该)(?:不|没)\1/;
/** A modal closing the question with 吗/不 (可以吗, 阔以不, 行不, 能行吗): the thing is what comes before it. */
const CLOSING_MODAL = /(能行|能够|能|可以|阔以|行|中|要得|准|要|需要|用|得|算|是|会|有)(?:吗|么|嘛|伐|不|没)$/;
/** A modal that stands before the thing asked in a question closing with 吗/不 (能事后补写吗, 要政审吗). */
const MODAL_BEFORE = /能够|能|可以|阔以|准|需要|要|用|得|必须|应该|该|算|是|会|有|属于/g;
/** A modal character that is part of another word there: 会议, 大会, 要求, 有关, 计算, 能力, 用于 … */
const NOT_MODAL = (text: string, at: number, spelt: string) =>
  (spelt === '会' &&
    (/^[议上前后中里场员费长计所堂期]/.test(text.slice(at + 1)) || /[大开党例全机社协学工三总班晚年委代]$/.test(text.slice(0, at)))) ||
  (spelt === '要' && /^[求点件]/.test(text.slice(at + 1))) ||
  (spelt === '有' && /^[关些的时人个]/.test(text.slice(at + 1))) ||
  (spelt === '算' && /[计清结预]$/.test(text.slice(0, at))) ||
  (spelt === '能' && /^力/.test(text.slice(at + 1))) ||
  // 用来 and 用作 say what a thing is used for ("党旗能用来做广告吗" asks 能).
  (spelt === '用' && /^[于途来作]/.test(text.slice(at + 1))) ||
  (spelt === '用' && /[使费作费运]$/.test(text.slice(0, at))) ||
  // After another modal 用 is the verb it asks of ("能用党徽揽客吗", "可以用在广告上吗").
  (spelt === '用' && /(?:能|可以|阔以|能够|可|准|得|许)$/.test(text.slice(0, at))) ||
  (spelt === '是' && /[就还也都总但可要只正倒]$/.test(text.slice(0, at))) ||
  (spelt === '得' && /[获取记觉值懂晓]$/.test(text.slice(0, at))) ||
  (spelt === '该' && /^[党支单同]/.test(text.slice(at + 1))) ||
  (spelt === '准' && (/[批标核水基精校瞄]$/.test(text.slice(0, at)) || /^[确时备则]/.test(text.slice(at + 1)))) ||
  (spelt === '行' && /[执进举实运施发旅履银飞平流试暂推可同另]$/.test(text.slice(0, at))) ||
  (spelt === '中' && /[其集空期心高初当途之]$/.test(text.slice(0, at)));

/** The modal nearest the end, then the thing, then a closing 吗/不: 会议记录能事后补写吗 asks 能 of 事后补写. */
function modalThenClose(last: string): YesNoAsk | undefined {
  const close = /(?:吗|么|嘛|伐|不|没)$/.exec(last);
  if (!close) return undefined;
  const body = last.slice(0, close.index);
  let found: { at: number; spelt: string } | undefined;
  for (const m of body.matchAll(MODAL_BEFORE)) {
    if (m.index + m[0].length >= body.length) continue;
    if (NOT_MODAL(body, m.index, m[0])) continue;
    // "分段累进算的吗": a modal with only 的 after it is the thing's verb; the modal is the one before.
    if (/^的/.test(body.slice(m.index + m[0].length))) continue;
    found = { at: m.index, spelt: m[0] };
  }
  if (!found) return undefined;
  // 得 before a thing asks whether one has to (得交吗); closing a question it asks whether one may (去得不).
  const modal = modalOf(found.spelt === '得' ? '要' : found.spelt);
  return modal ? { ...reading(modal, body.slice(found.at + found.spelt.length)), before: body.slice(0, found.at) } : undefined;
}

/** The closing words of a question: marks and particles. */
const CLOSE = /[？?！!。，,\s]+$|(?:啊|呀|呢|哇|哈|撒|哦|咯|嘞|咧)+$/g;
const stripClose = (s: string) =>
  s
    .replace(CLOSE, '')
    .replace(CLOSE, '')
    .replace(/^[，,\s]+/, '');

/** How the thing asked reads negated: 不交, 没参加, 免交, 不用交. */
const NEGATED_THING = /^(?:不用|不必|不|没|免|别)/;

/** The asker's word for a modal asked both ways or closing: 阔以 and 阔不阔以 are 可以, 需不需要 需要. */
function spokenModal(spelt: string): { word: string; family: YesNoFamily } | undefined {
  if (/^阔/.test(spelt)) return modalOf('可以');
  if (/^可/.test(spelt)) return modalOf('可以');
  if (/^需/.test(spelt)) return modalOf('需要');
  if (/^应/.test(spelt)) return modalOf('应该');
  if (/^属/.test(spelt)) return modalOf('是');
  if (/^要得/.test(spelt)) return modalOf('要得');
  if (/^能行/.test(spelt)) return modalOf('行');
  if (/^能够/.test(spelt)) return modalOf('能');
  return modalOf(spelt.slice(0, 1));
}

const reading = (modal: { word: string; family: YesNoFamily }, thing: string): YesNoAsk => ({
  ...modal,
  negated: NEGATED_THING.test(thing),
  thing: thing.replace(NEGATED_THING, ''),
});

/** A thing said before the modal closing the question, negated inside it: "失职失责不问责行不行" asks of 不问责. */
const NEGATED_BEFORE = /(?:^|[^不没])(?:不用|不必|不|没|免)(?![是同少多到足满但仅论管知])([\u4e00-\u9fff]{1,10})$/;

function readingBefore(modal: { word: string; family: YesNoFamily }, before: string): YesNoAsk {
  const negated = NEGATED_BEFORE.exec(before);
  return negated ? { ...modal, negated: true, thing: negated[1]! } : reading(modal, before);
}

/**
 * The yes-or-no reading of a question's asking clause, if it asks whether: the modal's family and word, the thing
 * asked and whether it is asked not done. Questions asking for content (几, 多少, 什么, 谁, 怎么, 哪) are no yes-or-no,
 * nor are choices (还是).
 */
export function readYesNo(asking: string): YesNoAsk | undefined {
  // An aside in brackets ("（南京话 就是能不能的意思）") asks nothing.
  // Ways of asking whether said in another spelling (是否可以, 能投票还是不能, 不交，有没有问题): read as the reader's.
  const text = plainYesNoForms(stripClose(spacesAsCommas(asking.replace(/[（(][^）)]*[）)]/g, '').trim())));
  const clauses = text.split(/[，,。；;！!？?]/).filter((c) => c.length > 0);
  // The last clause that asks whether: "可以延长预备期么，延长多久" asks whether first, then how long.
  for (let i = clauses.length - 1; i >= 0; i--) {
    const clause = clauses[i]!;
    if (CONTENT.test(clause)) continue;
    const read = readClause(clause, i > 0 ? clauses[i - 1]! : '');
    if (read) return read;
  }
  return undefined;
}

/** A piece typed before a space that goes on into the next: an A-not-A or a modal waiting for its thing ("能不能 投票"). */
const GOES_ON =
  /(?:([\u4e00-\u9fff])[不没]\1|可不可以|阔不阔以|需不需要|(?:能|可以|要|需要|得|该|应该|必须|用)|(?:能|可|要|需|得|该|用|行|是|算|会|有)[不没])$/;

/**
 * Spaces read: one between two pieces of three characters or more is a comma ("申请书必须手写不 得写够多少字" asks whether,
 * then how many: run together, 不得 would read as a modal and the whether be lost in the 多少), unless the piece before
 * goes on into the next ("能不能 投票选举", "要不 要交"); any other space is between words ("预备党员能不能 投票").
 */
function spacesAsCommas(text: string): string {
  const pieces = text.split(/\s+/);
  let out = pieces[0] ?? '';
  for (let i = 1; i < pieces.length; i++) {
    const before = pieces[i - 1]!;
    const after = pieces[i]!;
    const clause = before.length >= 3 && after.length >= 3 && !GOES_ON.test(before);
    out += (clause ? '，' : '') + after;
  }
  return out;
}

/** Words that ask for content, not whether: a clause holding one is no yes-or-no. */
const CONTENT = /几|多少|什么|啥|谁|怎么|咋|哪|多久|多长|还是|为何|为什么|如何|是否|好多/;

/**
 * A question that asks for content (几, 多少, 谁 …) and nowhere whether: "政审要审到几代人" holds 要 as a modal of
 * the thing asked, not as 要不要, so a bare "要。" opening the answer would put a verdict on a question of how many.
 */
export function asksOnlyContent(asking: string): boolean {
  return CONTENT.test(asking) && !readYesNo(asking);
}

function readClause(last: string, earlier: string): YesNoAsk | undefined {
  // 交党费行不行, 这样阔以不, 交党费可以吗: the modal closes the question, the thing is said before it.
  const both = A_NOT_A.exec(last);
  if (both && both.index + both[0].length === last.length) {
    const before = last.slice(0, both.index);
    // "还执行不" read as 执行不行 asks no whether one may.
    if (NOT_MODAL(last, both.index, both[0].slice(0, 1))) return undefined;
    const modal = spokenModal(both[0]);
    if (!modal || (before.length === 0 && CONTENT.test(earlier))) return undefined;
    return readingBefore(modal, before.length > 0 ? before : earlier);
  }
  const closing = CLOSING_MODAL.exec(last);
  if (closing && closing.index + closing[0].length === last.length && !NOT_MODAL(last, closing.index, closing[1]!)) {
    const before = last.slice(0, closing.index).replace(/(?:还|也|就)$/, '');
    const modal = spokenModal(closing[1]!);
    if (!modal || (before.length === 0 && CONTENT.test(earlier))) return undefined;
    return readingBefore(modal, before.length > 0 ? before : earlier);
  }
  // 能不能来会上申辩, 需不需要补交: the modal asked both ways, the thing after it.
  if (both) {
    const modal = spokenModal(both[0]);
    return modal ? { ...reading(modal, last.slice(both.index + both[0].length)), before: last.slice(0, both.index) } : undefined;
  }
  return modalThenClose(last);
}

export type Polarity = 'yes' | 'no';

export interface FactPolarity {
  polarity: Polarity;
  /** The family of the fact's own modal: a must-fact answers may-questions asked negated (可以不交吗 → 不可以). */
  family: FactFamily;
  /** Read from the fact's opening verdict, whose thing is the fact's own question, not found in the sentence. */
  opening?: boolean;
  /** The exception a general rule makes after it ("特殊情况经党支部同意，可以按季度交纳"). */
  exception?: string;
  /** The condition the rule holds on, when the clause is a rule on a condition the question may not give. */
  condition?: string;
}

/** A fact sentence opening with its verdict: the word, its polarity and family. */
const OPENING: Array<[RegExp, Polarity, FactFamily]> = [
  [/^(?:不能|不可以|不行|不得)[^。，]{0,6}[。，]/, 'no', 'may'],
  [/^(?:能|可以|行)[。，]/, 'yes', 'may'],
  [/^(?:不用|不需要|不要|无需)[^。，]{0,4}[。，]/, 'no', 'must'],
  [/^(?:要|需要|必须|要转|要参加)[。，]/, 'yes', 'must'],
  [/^(?:不是|不算|不属于)[。，]/, 'no', 'is'],
  [/^(?:算|一样)[。，]/, 'yes', 'is'],
  [/^(?:是的|是)[。，]/, 'yes', 'any'],
];

/** The fact's own opening verdict, if it opens with one. */
export function openingVerdict(answer: string): { polarity: Polarity; family: FactFamily; spelt: string } | undefined {
  for (const [re, polarity, family] of OPENING) {
    const m = re.exec(answer);
    if (m) return { polarity, family, spelt: m[0] };
  }
  return undefined;
}

/** The modal a fact's sentence puts before a thing, as the window before the thing ends. */
const FACT_MODALS: Array<[RegExp, Polarity, YesNoFamily]> = [
  [/(?:不能|不得|不可以|不准|禁止|严禁|不允许|不宜|无权)(?:再|直接|自行|随意|单独|擅自|另行|用于|以)?$/, 'no', 'may'],
  [/(?:不用|不需要|无需|不必|免于|不再)$/, 'no', 'must'],
  [/(?:不计入|不算|不属于|不是|不予)$/, 'no', 'is'],
  [/(?:没有|无)$/, 'no', 'has'],
  [/(?:应当|应|必须|须|需要|都要|还要|仍要|也要|要|都得|仍然要|一律)(?:及时|按期|按时|主动|如实|先|再|直接|都|同样)?$/, 'yes', 'must'],
  [/(?:可以|能够|能|有权|允许|可)(?:直接|另行|适当|随时)?$/, 'yes', 'may'],
  [/(?:计入|算作|算|属于|视为)$/, 'yes', 'is'],
];

/**
 * A sentence that is a rule on a condition: "不满十八岁的不能申请入党", "有正式党员7人以上的党支部应当设立", "离开…
 * 六个月以上…的党员算流动党员". The condition is the words of the sentence before the thing, up to the 的 that ends it.
 */
const CONDITION_MARK =
  /以上|以下|年满|不满|不足|满[\d一二两三四五六七八九十半]|超过|未经|因故|无正当理由|有正当理由|情节|特殊情况|经批准|如果|若/;

function conditionOf(sentenceBefore: string): string | undefined {
  if (!CONDITION_MARK.test(sentenceBefore)) return undefined;
  const cut = sentenceBefore.lastIndexOf('的');
  const said = (cut > 0 ? sentenceBefore.slice(0, cut + 1) : sentenceBefore)
    .replace(/^[，,；;：:\s]+/, '')
    .replace(MODAL_END, '')
    .replace(/[，,、：:]+$/, '');
  if (said.length < 2) return undefined;
  return clauseCut(said);
}

/** How long a condition is said in full before it is cut (at a clause's end, never inside one). */
const CONDITION_LENGTH = 40;

/**
 * A long condition cut after its last whole clause within the length, marked as cut; one clause is given whole,
 * however long: cut inside, it would end mid-word ("…党员因外出务工、经商等原因，离开户籍所…").
 */
function clauseCut(said: string): string {
  if (said.length <= CONDITION_LENGTH) return said;
  const clauses = said.match(/[^，,；;、]+[，,；;、]?/g) ?? [said];
  let kept = '';
  for (const clause of clauses) {
    if (kept.length > 0 && kept.length + clause.length > CONDITION_LENGTH) break;
    kept += clause;
  }
  return kept.length < said.length ? `${kept.replace(/[，,；;、]+$/, '')}…` : said;
}

/** A modal ending a condition's words ("持中级满一年可"): the verdict is said after it, not twice. */
const MODAL_END = /(?:应当|应|必须|须|需要|要|可以|能够|能|可|不能|不得|不可以)$/;

/**
 * A general rule with an exception said after it in the sentence: "一般应按月交纳党费；特殊情况经党支部同意，可以按
 * 季度交纳", "应按期换届；确需延期…报上级党组织批准". The exception is what the yes-or-no depends on.
 */
const EXCEPTION = /(?:特殊情况|确需|确有|除非)[^。；;]{0,30}|经[^，,。；;]{1,10}(?:同意|批准)[^。；;]{0,20}/;

function exceptionAfter(sentenceAfter: string): string | undefined {
  const m = EXCEPTION.exec(sentenceAfter.split('。')[0]!);
  return m ? m[0].replace(/[，,、：:]+$/, '') : undefined;
}

/** How far before the thing a fact's modal may stand (不能投票, 应当及时转移). */
const WINDOW = 8;
/** How far it may stand with who approves, or when, between it and the thing. */
const WIDE_WINDOW = 24;
/** A body the thing is done through or to (经上级党组织, 向组织部门, 报县委), or a time it is done within (在15个工作日内). */
const ADVERBIAL = /(?:(?:经|向|跟|给|报)[\u4e00-\u9fff]{1,10}|(?:在|于)[\d\u4e00-\u9fff]{1,10}?(?:内|前|之前|以前))$/;

/** The clause before the thing with the bodies and times right before it read past; undefined where none stands there. */
function pastAdverbials(clause: string): string | undefined {
  let text = clause;
  for (let m = ADVERBIAL.exec(text); m && m.index > 0; m = ADVERBIAL.exec(text)) text = text.slice(0, m.index);
  return text === clause ? undefined : text;
}

/**
 * The fact's polarity for the thing asked: its opening verdict when the family agrees; otherwise the modal its
 * sentence puts right before the thing (found by the thing's longest head the sentence spells, two characters at
 * least), with the condition of that clause if it is a rule on one.
 */
export function factPolarity(answer: string, ask: YesNoAsk): FactPolarity | undefined {
  const opening = openingVerdict(answer);
  if (opening && opening.family !== 'any') return { polarity: opening.polarity, family: opening.family, opening: true };
  // "是的。" says yes to the question the fact was written for: the sentence's own modal says which ("都要交纳").
  if (opening) {
    const said = modalBefore(answer.slice(opening.spelt.length), ask);
    return said && said.polarity === opening.polarity && !said.condition ? said : { polarity: opening.polarity, family: 'any' };
  }
  return modalBefore(answer, ask);
}

/** The modal the sentence puts right before the thing asked, with its condition if the sentence is a rule on one. */
function modalBefore(answer: string, ask: YesNoAsk, loose = false, spelled = false): FactPolarity | undefined {
  const thing = ask.thing.replace(/^(?:再|直接|自己|单独|一起|继续|还|也|都|就)/, '');
  // The thing's heads (能投票吗 asks 投票), then its tails (预备党员投票中不中 says the subject before the thing),
  // the longer first.
  const spans: string[] = [];
  // A head of two characters of a long thing ("组织" of 组织大家去旅游) is any sentence's verb: not read.
  for (let k = Math.min(thing.length, 8); k >= 2; k--) {
    if (k > 2 || thing.length <= 4) spans.push(thing.slice(0, k));
    spans.push(thing.slice(thing.length - k));
  }
  for (const head of spans) {
    // A tail asks of the thing with what the question says before it: that must be said in the sentence too
    // ("延迟换届" is not the 换届 a sentence says must be on time).
    const at = thing.lastIndexOf(head);
    const modifier = at > 0 && !thing.startsWith(head) ? thing.slice(Math.max(0, at - 2), at) : '';
    if (!loose && modifier.length === 2 && !answer.includes(modifier)) continue;
    let from = answer.indexOf(head);
    while (from >= 0) {
      const before = answer.slice(Math.max(0, from - WINDOW), from);
      // The clause the thing stands in: a modal of another clause says nothing of it.
      const near = before.split(/[，,。；;：:、]/).pop()!;
      // The modal before who approves or when ("须经上级党组织批准", "要在15个工作日内向组织部门报备"): read past them.
      const past = pastAdverbials(
        answer
          .slice(Math.max(0, from - WIDE_WINDOW), from)
          .split(/[，,。；;：:、]/)
          .pop()!,
      );
      for (const [re, polarity, family] of FACT_MODALS) {
        const clauseBefore = re.test(near) || past === undefined ? near : past;
        const m = re.exec(clauseBefore);
        if (!m) continue;
        // A yes-modal negated before it (不按收入比例) says no such thing.
        if (polarity === 'yes' && /[不没未无非]$/.test(clauseBefore.slice(0, m.index))) break;
        const condition = conditionOf(
          answer
            .slice(0, from)
            .split(/[。；;]/)
            .pop()!,
        );
        const exception = condition ? undefined : exceptionAfter(answer.slice(from));
        return { polarity, family, ...(condition ? { condition } : {}), ...(exception ? { exception } : {}) };
      }
      from = answer.indexOf(head, from + 1);
    }
  }
  // The verb of the thing with one character more in the sentence: 交党费 is said 交纳党费, 转关系 转移关系.
  if (thing.length >= 3) {
    const spread = new RegExp(`${escapeRegExp(thing[0]!)}[\\u4e00-\\u9fff]${escapeRegExp(thing.slice(1, 3))}`).exec(answer);
    if (spread) return modalBefore(answer, { ...ask, thing: spread[0] });
  }
  // The thing said short (设支委会), the sentence saying it in full (设立支部委员会): read in full once.
  const full = spelledOut(thing);
  if (!spelled && full !== thing) return modalBefore(answer, { ...ask, thing: full }, loose, true);
  return undefined;
}

/**
 * Verb-object shortenings of everyday speech and the written form facts use: the verb (设 = 设立, 开 = 召开, 建 =
 * 建立) and the body named short (支委会 = 支部委员会). Only a verb at the head of the thing, and not already spelt long.
 */
const SHORT_VERBS: Array<[RegExp, string]> = [
  [/^设(?![立置])/, '设立'],
  [/^开(?![展除始])/, '召开'],
  [/^建(?![立设议])/, '建立'],
  [/^成(?=支部|党支部|党小组)/, '成立'],
];
const SHORT_NOUNS: Array<[RegExp, string]> = [
  [/支委会/g, '支部委员会'],
  [/党代会/g, '党员代表大会'],
  [/支委(?![会员])/g, '支部委员'],
  // 在会上发言 is what the rules call 发表意见.
  [/发言/g, '发表意见'],
];

function spelledOut(thing: string): string {
  let full = thing;
  for (const [re, long] of SHORT_VERBS) full = full.replace(re, long);
  for (const [re, long] of SHORT_NOUNS) full = full.replace(re, long);
  return full;
}

/** Whether the question says the condition's own words (its last clause, without the closing 的, four characters or more). */
function conditionTold(condition: string, question: string): boolean {
  const core = condition
    .replace(/…$/, '')
    .replace(/的$/, '')
    .split(/[，,、]/)
    .pop()!;
  return core.length >= 4 && question.includes(core);
}

/** A told situation or figure in the question that may meet a rule's condition: then the rule is not left open. */
const TELLS_CASE = /\d|[一二两三四五六七八九十]+(?:个|名|人|岁|年|月)|岁|已经|刚|才|了/;

/**
 * The reply to a yes-or-no question: the verdict in the asker's own word, then the fact (its own opening verdict left
 * out where it is another word); or, when the fact's rule holds on a condition the question does not tell, what it
 * depends on. Undefined when the question asks no whether, the answer already opens with the verdict asked, or the
 * fact does not settle it either way.
 */
export function withVerdict(question: string, answer: string, sentence: string = answer, whole: string = question): string | undefined {
  const ask = readYesNo(question);
  if (!ask) return undefined;
  // An answer worked on the case that says what it depends on (defined-case.ts): no verdict of its own before it.
  if (/^要看/.test(answer)) return undefined;
  if (fullMembersOnly(ask, answer)) return `${VERDICT[ask.word]?.[1] ?? '不能'}。${stripOpening(answer)}`;
  // The fact's own opening, where the reply left it out as answering another question ("要。" before "行不行"), still
  // says one must: asked whether one may NOT, that settles it (不行). Asked whether one may, it is left out as before.
  const fact = factPolarity(ask.negated ? sentence : answer, ask);
  if (!fact) return byOneself(ask, answer) ?? notDirectly(ask, answer) ?? reportStated(ask, answer);
  // What the clause says before the modal, read as the thing, of the opposite polarity in the sentence ("举手表决能
  // 参加吗": 可以参加会议, but 表决…不能投票): the fact does not settle which is asked.
  if (ask.before && !openingVerdict(sentence)) {
    const other = modalBefore(answer, { ...ask, thing: ask.before }, true);
    if (other && other.polarity !== fact.polarity) return undefined;
  }
  const words = VERDICT[ask.word];
  if (!words) return undefined;
  let yes: boolean | undefined;
  if (ask.negated) {
    // 可以不交吗 / 能不能不参加 / 要不要不…: not doing a thing one must is not allowed; not doing one that need not be
    // done is. A fact that only allows or forbids says nothing of not doing it.
    // "是的。" said yes to whether one must; before a question whether one may not it would mislead: left out.
    if (fact.family === 'any') return stripOpening(answer);
    if (fact.family !== 'must') return undefined;
    if (ask.family === 'may') yes = fact.polarity === 'no';
    else return undefined;
  } else if (
    fact.family === 'any' ||
    ask.family === fact.family ||
    (ask.family === 'counts' && fact.family === 'is') ||
    (ask.family === 'is' && fact.family === 'counts')
  ) {
    yes = fact.polarity === 'yes';
  } else if (fact.opening) {
    // An opening verdict answers the family it was written for; of another family, its thing may be another
    // ("考过了就能拿证吗" is not "要。……还要审查"). Kept before the question asked it would answer that one
    // ("申请书必须手写吗" is not "不可以。", said of applying by word of mouth): the rule is given without it.
    const plain = stripOpening(answer);
    return plain === answer ? undefined : plain;
  } else if (ask.family === 'may' && fact.family === 'must') {
    // What one must do one may; what one need not do one still may: only the first settles it.
    if (fact.polarity !== 'yes') return undefined;
    yes = true;
  } else if (ask.family === 'must' && fact.family === 'may') {
    // What one may not do one need not (and must not); what one may do one need not do: only the first.
    if (fact.polarity !== 'no') return undefined;
    return `不能。${stripOpening(answer)}`;
  } else if ((ask.family === 'is' || ask.family === 'counts') && (fact.family === 'must' || fact.family === 'may')) {
    return undefined;
  } else if (ask.family === 'has' && fact.family === 'has') {
    yes = fact.polarity === 'yes';
  } else return undefined;
  // The rule's condition told in the question ("不满十八岁能申请入党吗"): the rule settles it as it says.
  // The story around the asking words tells the case too ("正式党员2个，…能不能成立支部"); so does an answer worked on
  // it ("按你说的…").
  const told = fact.condition && conditionTold(fact.condition, whole);
  const worked = answer !== sentence && !sentence.endsWith(answer);
  if (fact.condition && !told && !worked && !TELLS_CASE.test(plainNumerals(whole)))
    return `要看情况：${fact.condition}，${yes ? words[0] : words[1]}。${answer}`;
  if (fact.condition && !told) return undefined;
  // A general rule with an exception: the general verdict and the exception, for the asker to see which is theirs.
  if (fact.exception) return worked ? undefined : `要看情况：一般${yes ? words[0] : words[1]}；${fact.exception}。${answer}`;
  const verdict = yes ? `${words[0]}${reportAsked(ask)}` : words[1];
  // The answer opens with the verdict already, in its own words ("要参加。" to 需要参加吗): kept as it is.
  const own = openingVerdict(answer);
  if (own && (own.polarity === 'yes') === yes && stripOpening(answer) === answer) return undefined;
  return `${verdict}。${alsoAsked(whole, answer)}${stripOpening(answer)}`;
}

/** A report or approval asked whether one must (要不要报备, 是否需要报上级批准). */
const REPORT = /(?:报备|备案|报批|批准|审批)$/;

/**
 * The report or approval said with the verdict where that is what was asked ("要报备。", "需要报上级批准。"): a bare
 * "要。" leaves the asker to find which of the fact's steps it answers.
 */
function reportAsked(ask: YesNoAsk): string {
  if (ask.family !== 'must' || ask.negated) return '';
  const m = REPORT.exec(ask.thing);
  if (!m) return '';
  // Who it goes to said with it (报上级批准, 上级党委批准) is kept; through whom (跟组织部报备) is left to the fact.
  return !/^(?:跟|向|给|和|同|找)/.test(ask.thing) && ask.thing.length <= 8 ? ask.thing : m[0];
}

/**
 * "选出后报上级党组织批准", "由支部党员大会讨论决定，报…批准": a step of the procedure said without a modal is still
 * one that must be taken. Asked whether the report or approval is needed, the fact that states it so says 需要; one that
 * says it is not (备案（不是批准）, 无需报批) is not read here: no body but who it goes to stands between 报 and the verb.
 */
function reportStated(ask: YesNoAsk, answer: string): string | undefined {
  if (ask.family !== 'must' || ask.negated) return undefined;
  const verb = REPORT.exec(ask.thing)?.[0];
  if (!verb) return undefined;
  const stated = new RegExp(`(?<![不无免])报[^，,。；;（）()不无非]{0,12}${verb}`).test(answer);
  return stated ? `${VERDICT[ask.word]?.[0] ?? '要'}${reportAsked(ask)}。${stripOpening(answer)}` : undefined;
}

/** A fact giving a role to full members only: "指定两名正式党员作…", "由正式党员担任…". */
const FULL_MEMBERS_TAKE = /正式党员(?:作|担任|当|充任)/;
/** Asked whether one may take a role (当, 做, 担任 …). */
const TAKES_ROLE = /^(?:来|去)?(?:当|做|担任|作|充当)/;

/**
 * "…培养联系人配几个，预备党员能当吗": the fact gives the role to 正式党员 and never names 预备党员; asked whether a
 * 预备党员 may take it, the fact settles it as no. A fact that names 预备党员 itself says what holds for them.
 */
function fullMembersOnly(ask: YesNoAsk, answer: string): boolean {
  return (
    ask.family === 'may' &&
    !ask.negated &&
    `${ask.before ?? ''}${ask.thing}`.includes('预备党员') &&
    TAKES_ROLE.test(ask.thing.replace(/^.*预备党员/, '')) &&
    FULL_MEMBERS_TAKE.test(answer) &&
    !answer.includes('预备党员')
  );
}

/** Asked whether one must do it oneself (要不要自己写申请, 需要本人去递吗): the thing's doer and its noun. */
const ONESELF = /^(?:自己|本人|亲自|自个儿?)/;
/** A fact's clause in which the person themself must do something: 本人要提出…, 本人应当…, 须本人…. */
const ONESELF_MUST = /本人(?:要|应当|应|必须|须|需要)|(?:要|应当|必须|须)由?本人/;

/**
 * "转正要不要自己写申请": the fact names no modal before 写申请, but a clause of it says the person themself must do
 * a thing of the same noun (本人要提出书面转正申请): 要. The noun is the thing's last two characters; a clause that
 * names it without 本人 and a modal says nothing of who does it.
 */
function byOneself(ask: YesNoAsk, answer: string): string | undefined {
  if (ask.family !== 'must' || ask.negated || !ONESELF.test(ask.thing)) return undefined;
  const noun = ask.thing.replace(ONESELF, '').slice(-2);
  if (noun.length < 2) return undefined;
  const clause = answer.split(/[，,。；;]/).find((c) => c.includes(noun) && ONESELF_MUST.test(c));
  return clause ? `${VERDICT[ask.word]?.[0] ?? '要'}。${stripOpening(answer)}` : undefined;
}

/** Asked whether one may do a thing straight away (能不能直接除名, 可以直接开除吗): past whoever decides it. */
const DIRECTLY = /^(?:直接|径直|马上就?|立马)/;
/** Someone the thing is done to, said before its verb (把他, 将其): not part of the verb. */
const DONE_TO = /^(?:把|将)[\u4e00-\u9fff]{1,4}?(?=[\u4e00-\u9fff]{2,4}$)/;
/** A fact's words naming who decides or approves a thing: 由支部大会决定, 报上级党组织批准, 经…同意. */
const DECIDED_BY =
  /由[^，,。；;]{1,12}(?:决定|讨论|研究|批准|审批|作出)|报[^，,。；;]{0,10}(?:批准|审批)|经[^，,。；;]{1,12}(?:同意|批准|通过|讨论)/g;

/**
 * "…两年没回来也没交党费，能不能直接把他除名": the fact says how the thing is done (由支部大会决定除名，报上级党组织
 * 批准) and never that it may be done directly; asked whether one may do it straight away, the answer is that one may
 * not: it is done through whoever decides it. The thing's verb is the longest ending of it that the fact says, next
 * to the words naming who decides.
 */
function notDirectly(ask: YesNoAsk, answer: string): string | undefined {
  if (ask.family !== 'may' || ask.negated || !DIRECTLY.test(ask.thing) || answer.includes('直接')) return undefined;
  const thing = ask.thing.replace(DIRECTLY, '').replace(DONE_TO, '');
  let verb: string | undefined;
  for (let k = Math.min(thing.length, 4); k >= 2 && !verb; k--) if (answer.includes(thing.slice(-k))) verb = thing.slice(-k);
  if (!verb) return undefined;
  const decided = [...answer.matchAll(DECIDED_BY)].some((m) =>
    answer.slice(Math.max(0, m.index - 8), m.index + m[0].length + verb.length + 2).includes(verb),
  );
  return decided ? `${VERDICT[ask.word]?.[1] ?? '不能'}直接${verb}。${stripOpening(answer)}` : undefined;
}

/** The fact's own bare opening verdict ("要。", "是的，"), left out when the verdict asked is said before it. */
function stripOpening(answer: string): string {
  return answer.replace(/^(?:要|不要|能|不能|可以|不可以|是的|是|不是|不用|不需要|需要|一样|算|不算|行|不行)[。，]/, '');
}
