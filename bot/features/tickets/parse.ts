import { type DeadlineResult, parseDeadline } from '../../scheduler/parse/deadline';

/** The categories of the seed system, in the order people see them. */
export const CATEGORIES = ['基础设施', '就业社保', '医疗', '教育', '矛盾纠纷', '环境', '其他'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Words that point to a category; the one with most hits wins, ties in {@link CATEGORIES} order. */
const CATEGORY_WORDS: Record<Exclude<Category, '其他'>, RegExp> = {
  基础设施:
    /路灯|灯不亮|道路|修路|路面|路坏|坑洼|桥|水管|自来水|停水|供水|水压|停电|供电|电线|电压|排水|下水道|井盖|涵洞|网络|信号|宽带|燃气|公厕|厕所|围墙|危房|漏水|设施|健身器材|护栏|台阶|电梯|监控|停车/g,
  就业社保:
    /就业|找工作|找活|失业|社保|养老保险|养老金|退休金|低保|五保|特困|工资|欠薪|工钱|补贴|补助|救助|技能培训|用工|务工|招工|创业|贷款|参保|残疾人证|困难户/g,
  医疗: /看病|就医|医院|医生|卫生室|卫生院|药|医保|住院|体检|疫苗|慢性病|慢病|护理|康复|家庭医生|报销医|病/g,
  教育: /上学|入学|学校|读书|教育|学费|幼儿园|辅导|校车|助学|学生|课|老师/g,
  矛盾纠纷: /纠纷|矛盾|吵架|争吵|争执|打架|邻里|宅基地|边界|地界|赡养|继承|分家|占用|侵占|调解|扯皮|不让|堵了路/g,
  环境: /垃圾|污水|臭|脏|卫生|环境|噪音|噪声|污染|河道|水沟|绿化|焚烧|烧秸秆|粪|蚊虫|苍蝇|清理|乱堆|乱放|油烟|杂草/g,
};

export function guessCategory(text: string): Category {
  let best: Category = '其他';
  let most = 0;
  for (const category of CATEGORIES) {
    if (category === '其他') continue;
    const hits = text.match(CATEGORY_WORDS[category])?.length ?? 0;
    if (hits > most) {
      best = category;
      most = hits;
    }
  }
  return best;
}

/** A category as people write it (基础设施类, 环境卫生, 纠纷), or undefined. */
export function categoryNamed(text: string): Category | undefined {
  const word = text.replace(/类$/, '').trim();
  if (!word) return undefined;
  const exact = CATEGORIES.find((c) => c === word);
  if (exact) return exact;
  const aliases: [RegExp, Category][] = [
    [/^(基建|设施|基础)/, '基础设施'],
    [/^(就业|社保|民生保障|社会保障)/, '就业社保'],
    [/^(医疗|卫生健康|看病|医保)/, '医疗'],
    [/^(教育|上学)/, '教育'],
    [/^(矛盾|纠纷|调解)/, '矛盾纠纷'],
    [/^(环境|环卫|生态)/, '环境'],
    [/^其它|^其他/, '其他'],
  ];
  return aliases.find(([pattern]) => pattern.test(word))?.[1];
}

/** What one recording message said; every field may be missing (the dialogue asks for it). */
export interface TicketDraft {
  raiser?: string;
  place?: string;
  phone?: string;
  content?: string;
  category?: Category;
  /** True when the category was named, not guessed. */
  categoryGiven?: boolean;
  /** A member or branch named as responsible (责任人 张三, 由第二党支部负责). */
  holder?: string;
  /** The promised date, or why the phrase could not be read. */
  due?: string;
  dueProblem?: string;
  /** 当场解决: solved while there, with what was done. */
  onSpot?: boolean;
}

export interface ParseContext {
  from: Date;
  zone: string;
}

const COMMAND = /^\/?(?:民情工单|记工单|登记工单|工单登记|新工单|ticket)(?:\s|[:：,，])*/i;
const SPOT = /^\/?(?:当场解决|现场解决|当场办结|spot)(?:\s|[:：,，])*/i;
const PHONE = /(?:(?:电话|手机|联系电话|联系方式|tel)[:：]?\s*)?(?<!\d)(1[3-9]\d{9})(?!\d)/i;
const PROMISE_WORD = /(承诺|保证|答应|限期|期限|时限|(?:争取|力争|要求)(?=在|于|[\d一二两三四五六七八九十本下这今明后月年周]))/;
const HOLDER =
  /^(?:责任人|负责人|承办人|经办人|由|交由|交给|转给|指派给?)[:：]?\s*(.+?)\s*(?:负责办理|负责|办理|处理|跟进|落实)?$|^(.{2,12}?)\s*(?:负责办理|负责)$/;
const CATEGORY = /^(?:类别|分类|类型)[:：]?\s*(\S+)$/;
/** The word between who and what: 王大爷 反映 路灯坏了. Kept verbs (要求, 希望) stay in the content. */
const SAYS = /(反映|反应|来电反映|来访反映|提出|提到|说|称|诉求|求助|投诉|咨询|希望|要求|建议|想|需要)/;
const DROPPED_VERBS = /^(反映|反应|来电反映|来访反映|提出|提到|说|称|诉求)[:：]?/;
const PLACE =
  /^(.{1,12}?(?:村|社区|网格|小区|街道|镇|乡|屯|片区|居委会|村委会)(?:\d{1,2}组|[一二三四五六七八九十]{1,3}组|\d{1,2}号楼|\d{1,2}栋)?)(.*)$/;
const PLACE_TOKEN = /(?:村|社区|网格|小区|街道|镇|乡|屯|片区|居委会|村委会|\d组|[一二三四五六七八九十]组|号楼|栋)$/;

/** Reads a recording message (with or without its command word) into a draft. */
export function parseTicket(message: string, context: ParseContext): TicketDraft {
  const draft: TicketDraft = {};
  let text = message.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (SPOT.test(text)) {
    draft.onSpot = true;
    text = text.replace(SPOT, '');
  } else text = text.replace(COMMAND, '');
  // The command word typed glued to a colon (民情工单：城关村…) leaves the colon in the arguments.
  text = text.replace(/^[:：,，\s]+/, '');

  const phone = PHONE.exec(text);
  if (phone) {
    draft.phone = phone[1];
    text = `${text.slice(0, phone.index)} ${text.slice(phone.index + phone[0].length)}`;
  }

  // 责任人 张三, 承诺 3天内, 类别 医疗: the label and its value are one clause.
  text = text.replace(/(责任人|负责人|承办人|经办人|交由|交给|转给|指派给?|类别|分类|承诺|保证|期限|时限)[:：]?\s+/g, '$1');
  // A promise glued to the content (路灯坏了承诺3天内办结) starts its own clause.
  text = text.replace(new RegExp(`(?<=\\S)${PROMISE_WORD.source}`, 'g'), ' $1');
  const clauses = text
    .split(/[，,。；;！!]|\s+/)
    .map((c) => c.trim())
    .filter(Boolean);
  const rest: string[] = [];
  for (const clause of clauses) {
    if (!draft.due && !draft.dueProblem && !draft.onSpot) {
      const deadline = readDeadline(clause, context);
      if (deadline) {
        if (deadline.ok) draft.due = deadline.date;
        else draft.dueProblem = deadline.reason;
        continue;
      }
    }
    const holder = HOLDER.exec(clause);
    if (holder && !draft.holder) {
      draft.holder = (holder[1] ?? holder[2])!.trim();
      continue;
    }
    const category = CATEGORY.exec(clause);
    if (category && categoryNamed(category[1]!)) {
      draft.category = categoryNamed(category[1]!);
      draft.categoryGiven = true;
      continue;
    }
    rest.push(clause);
  }
  readWhoAndWhat(rest, draft);
  if (draft.content && !draft.category) draft.category = guessCategory(draft.content);
  return draft;
}

/** The clause's promised date when it is one: it starts with a promise word or reads whole as a deadline. */
function readDeadline(clause: string, context: ParseContext): DeadlineResult | undefined {
  const promised = PROMISE_WORD.test(clause.slice(0, 4));
  const result = parseDeadline(clause, context);
  if (promised) return result;
  // Read from its beginning only (明天要下雨, 三天前就坏了): a deadline only when the date ends like one (…内协调).
  if (result.ok && (!result.rest || /(?:之前|以前|前|之内|以内|内|底|末)$/.test(clause.slice(0, clause.length - result.rest.length))))
    return result;
  // 月底前办结 / 3天内 without 承诺: only when the clause ends like a deadline (not 路灯坏了三天, 堆在家门前).
  if (
    /(?:天|日|号|周[一二三四五六日天]?|星期[一二三四五六日天]|月|底|末|年|工作日)(?:之前|以前|前|之内|以内|内)(?:办结|完成|解决|办好|答复|回复|处理好?)?$/.test(
      clause,
    )
  )
    return result;
  return undefined;
}

/** Who raised it and what, from the clauses left: `城关村 王大爷 反映 村口路灯坏了`. */
function readWhoAndWhat(clauses: string[], draft: TicketDraft): void {
  if (clauses.length === 0) return;
  const joined = clauses.join(' ');
  const says = SAYS.exec(joined);
  let who: string;
  let what: string;
  if (says && says.index > 0 && says.index <= 24) {
    who = joined.slice(0, says.index).trim();
    what = joined.slice(says.index).replace(DROPPED_VERBS, '').trim();
  } else {
    // No verb: place and name are the first short words, the rest is the matter.
    const words = [...clauses];
    const lead: string[] = [];
    while (words.length > 1 && lead.length < 2 && (PLACE_TOKEN.test(words[0]!) || isName(words[0]!))) lead.push(words.shift()!);
    who = lead.join(' ');
    what = words.join(' ');
  }
  const person = readWho(who);
  if (person.place) draft.place = person.place;
  if (person.name) draft.raiser = person.name;
  if (what) draft.content = what.replace(/^[:：]/, '').trim();
}

/** `城关村 王大爷`, `城关村王大爷`, `王大爷(城关村)`, `3网格 李阿姨` → place and name. */
export function readWho(text: string): { name?: string; place?: string } {
  const words = text
    .replace(/[()（）]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  let place: string | undefined;
  const names: string[] = [];
  for (const word of words) {
    if (!place && PLACE_TOKEN.test(word)) place = word;
    else if (!place && PLACE.test(word)) {
      const m = PLACE.exec(word)!;
      place = m[1];
      if (m[2]) names.push(m[2]);
    } else names.push(word);
  }
  const name = names.join('').replace(/^(的|村民|居民|群众)(?=.)/, '');
  return { ...(name ? { name } : {}), ...(place ? { place } : {}) };
}

/** A short word that reads like a person: 王大爷, 李阿姨, 张某, 老刘, 刘建国. */
function isName(word: string): boolean {
  return (
    /^(?:老|小)?[\u4e00-\u9fa5]{1,3}(?:大爷|大娘|大妈|阿姨|奶奶|爷爷|师傅|老师|大哥|大姐|嫂|叔|婶|伯|某某?|先生|女士)?$/.test(word) &&
    word.length <= 6
  );
}

/** 138****1234: the middle of a phone number hidden. */
export const maskPhone = (phone: string) => (phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****');

/** What the dialogue still needs before the 工单 can be recorded, in asking order. */
export function missingOf(draft: TicketDraft): 'content' | 'raiser' | 'due' | undefined {
  if (!draft.content) return 'content';
  if (!draft.raiser && !draft.place) return 'raiser';
  if (!draft.onSpot && !draft.due) return 'due';
  return undefined;
}
