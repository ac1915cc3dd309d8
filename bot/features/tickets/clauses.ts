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

/** The clauses of a text with their roles. */
export function roledClausesOf(text: string, words: RoleWords = {}): RoledClause[] {
  return clausesOf(text).map((clause, position) => ({ ...clause, role: roleOf(clause, position, words) }));
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
