/**
 * A sentence whose words are copied into an answer (a blank's fill, an option it states, a statement it proves)
 * must speak of the subject the question speaks of. Rules of the same words are stated of many subjects: the 党 is
 * the 先锋队, the 党员 the 先锋战士; the 党支部 is a 战斗堡垒, the 党小组 an 活动单位; the 入党积极分子 gets a
 * 培养联系人, the 发展对象 an 政治审查. A sentence that states the question's words of a rival subject (党员 where the
 * stem says 党, 党支部 where it says 党委, 预备党员 where it says 正式党员, 入党积极分子 where it says 发展对象) gives that
 * subject's value, however well every other word aligns: it is no basis for the answer.
 */
import { normalizeInput } from '../text/normalize';
import { alignable } from './cloze';
import { parsePasted } from './paste';
import type { PasteOutcome } from './suggest';

/**
 * The subjects rules are stated of, each with the ways it is written, longest first: a term inside a longer one is
 * the longer one (党员 in 党员大会, 党 in 党员, 支部 in 支部委员会). Words that hold a term's characters but name
 * an act or a thing (发展党员, 党组织, 党章) are read and set aside. `families` are what a subject is a rival within:
 * the persons among themselves (a 书记 is a person as much as a 发展对象), the bodies and their meetings among
 * themselves, the leaders among themselves; the 党 is both a body and what a 党员 belongs to. Which pairs are no
 * rivals after all (党员 and 预备党员, 党支部 and its 党员大会) is told by `rivals`.
 */
type Family = 'person' | 'body' | 'leader';
const TERMS: { name: string; pattern: string; families: Family[] }[] = [
  { name: '党委书记', pattern: '党委书记', families: ['leader', 'person'] },
  // 书记 alone is the branch's (书记召集主持党员大会).
  { name: '支部书记', pattern: '党支部书记|支部书记|(?<![委组])书记', families: ['leader', 'person'] },
  { name: '党小组组长', pattern: '党小组组长|党小组长', families: ['leader', 'person'] },
  { name: '支部委员', pattern: '支部委员(?!会)|支委(?!会)', families: ['leader', 'person'] },
  { name: '党委委员', pattern: '党委委员', families: ['leader', 'person'] },
  { name: '党员代表大会', pattern: '党员代表大会', families: ['body'] },
  { name: '党员大会', pattern: '支部党员大会|党员大会|支部大会', families: ['body'] },
  { name: '党小组会', pattern: '党小组会', families: ['body'] },
  { name: '党小组', pattern: '党小组', families: ['body'] },
  { name: '党总支', pattern: '党总支部委员会|总支部委员会|党总支部|党总支|总支部|总支', families: ['body'] },
  { name: '支部委员会', pattern: '党支部委员会|支部委员会|支委会', families: ['body'] },
  { name: '党支部', pattern: '党支部|支部', families: ['body'] },
  { name: '党委', pattern: '党的基层委员会|基层党委|基层委员会|党委', families: ['body'] },
  { name: '纪委', pattern: '纪律检查委员会|纪委', families: ['body'] },
  { name: '党组', pattern: '党组(?!织)', families: ['body'] },
  { name: '预备党员', pattern: '预备党员|预备期', families: ['person'] },
  { name: '正式党员', pattern: '正式党员', families: ['person'] },
  { name: '入党积极分子', pattern: '入党积极分子|积极分子', families: ['person'] },
  { name: '发展对象', pattern: '发展对象', families: ['person'] },
  { name: '入党申请人', pattern: '入党申请人|申请入党的人', families: ['person'] },
  { name: '流动党员', pattern: '流动党员', families: ['person'] },
  { name: '党员', pattern: '中国共产党党员|共产党员|党员', families: ['person'] },
  // The 党 itself: 中国共产党 (not a title's 中国共产党章程, set aside with the titles), 我们党, 全党, or 党 where a
  // clause starts and it does something (党是, 党必须) — 党的 is what it owns, not what a rule is about.
  {
    name: '党',
    pattern: '中国共产党|我们党|全党|(?<![\\u4e00-\\u9fff])党(?=是|必须|要|应当|坚持|始终|实行|以)',
    families: ['person', 'body'],
  },
  // Read and set aside, where no subject's words start: acts and things whose words hold a term.
  {
    name: '',
    pattern:
      '发展党员|党员身份|党员权利|党员义务|党组织|党的组织|党的基层组织|基层党组织|上级党组织|党章|党费|党课|党旗|党徽|党籍|党龄|党性|党内|党纪|党风|入党|党务|党建|党日|党政',
    families: [],
  },
];
const TERM = new RegExp(TERMS.map((t) => `(${t.pattern})`).join('|'), 'g');

/** The text with the answer's words taken out (as written, or as aligned). */
function withoutWords(text: string, leaveOut: readonly string[]): string {
  let t = text;
  for (const words of leaveOut) {
    for (const w of new Set([normalizeInput(words).toLowerCase(), alignable(words)])) if (w) t = t.split(w).join('\u0000');
  }
  return t;
}

/** The subjects a text names (titles in 《》 and the words given as the answer left out). */
export function subjectTermsOf(text: string, leaveOut: readonly string[] = []): Set<string> {
  let t = normalizeInput(text.replace(/《[^》]*》/g, '')).toLowerCase();
  t = withoutWords(t, leaveOut);
  const out = new Set<string>();
  for (const m of t.matchAll(TERM)) {
    const k = m.slice(1).findIndex((g) => g !== undefined);
    const name = TERMS[k]?.name;
    if (name) out.add(name);
  }
  return out;
}

/** The subject a text starts with (党小组长决定… → 党小组组长), if its very first words name one. */
export function leadingSubject(text: string): string | undefined {
  const t = normalizeInput(text).toLowerCase();
  for (const m of t.matchAll(TERM)) {
    if (m.index !== 0) return undefined;
    const name = TERMS[m.slice(1).findIndex((g) => g !== undefined)]?.name;
    return name || undefined;
  }
  return undefined;
}

/** Words a subject may be preceded by at the head of its clause (每名党员, 上级党委, 各级党组织). */
const HEAD_PREFIX = /^(?:[0-9a-z.、)）]*\s*)?(?:凡是?|每[名个位]?|各级?|所有|全体|任何|上级|基层|一个|该|其)?$/;

/**
 * What follows a subject a clause says something of (党小组是, 预备党员的权利, 党员大会一般每季度, 正式党员除了…以外):
 * not 对, 通过.
 */
const DEFINING = /^(?:是|不是|的|要|应当?|必须|享有|有|没有|一般|每|除)/;

/**
 * The subject a text opens with: the first named subject of its first clause naming one, when the clause starts
 * with it and says something of it (党小组是…, 预备党员的权利…, 规模：党支部党员人数…; not 支部大会通过接收的…). A clause that names its first subject later (普遍做法是党支部…,
 * 某村党支部…) has no head here: a case's or a rule's opening words are not read as its subject.
 */
export function headSubject(text: string, leaveOut: readonly string[] = []): string | undefined {
  let t = normalizeInput(text.replace(/《[^》]*》/g, '')).toLowerCase();
  t = withoutWords(t, leaveOut);
  for (const clause of t.split(/[，,：:；;。！!？?]/)) {
    for (const m of clause.matchAll(TERM)) {
      const name = TERMS[m.slice(1).findIndex((g) => g !== undefined)]?.name;
      if (!name) continue;
      const defines = DEFINING.test(clause.slice(m.index + m[0].length));
      return HEAD_PREFIX.test(clause.slice(0, m.index).trim()) && defines ? name : undefined;
    }
  }
  return undefined;
}

/**
 * The kinds of 党员: a rule on every 党员 is theirs too (接收党员 is 接收预备党员), and a rule on a kind is read for a
 * stem on 党员 as it has always been (a 党员 is a 预备党员 or a 正式党员 when asked of as admitted).
 */
const MEMBER_KINDS = new Set(['预备党员', '正式党员', '流动党员']);
/**
 * The 党员 who lead. A rule on every 党员 is theirs too, so a sentence on 党员 answers for them; but a rule on them is
 * theirs alone (书记和班子成员每年56学时, not every 党员's 32), so a sentence on them does not answer for 党员.
 */
const LEADING_MEMBERS = new Set(['支部书记', '党小组组长', '党委书记', '支部委员', '党委委员']);
/** A branch and its own meetings and committee, a group and its meeting: one speaks for the other (支部换届, 党员大会选举). */
const PART_OF = [
  ['党支部', '党员大会'],
  ['党支部', '支部委员会'],
  ['党小组', '党小组会'],
  ['党委', '党员代表大会'],
];

const FAMILIES: Family[] = ['person', 'body', 'leader'];
const familiesOf = (name: string) => TERMS.find((t) => t.name === name)?.families ?? [];

/** Whether a sentence on `said` is on another subject than the stem's `asked`: one way only for 党员 and its leaders. */
function rivals(asked: string, said: string): boolean {
  const [a, b] = [asked, said];
  if (a === b) return false;
  const fa = familiesOf(a);
  const fb = familiesOf(b);
  const shared = fa.filter((f) => fb.includes(f));
  if (shared.length === 0) return false;
  if (shared.length === 1 && shared[0] === 'person' && (a === '党员' || b === '党员') && (MEMBER_KINDS.has(a) || MEMBER_KINDS.has(b)))
    return false;
  // A leader asked of, a sentence on every 党员: theirs too.
  if (LEADING_MEMBERS.has(a) && b === '党员') return false;
  if (shared.length === 1 && shared[0] === 'body' && PART_OF.some(([x, y]) => (x === a && y === b) || (x === b && y === a))) return false;
  return true;
}

/**
 * Whether a piece of a sentence states the stem's words of a rival subject: of one kind of subject (persons, bodies,
 * leaders) the stem names some and the piece names only rivals of them, or a rival opens the piece where the stem's
 * subject opens the stem. A piece naming none of a kind leaves it to the sentence before; one naming the stem's
 * subject, or one standing for it (党员大会 for 党支部, 党员 for 预备党员), is on it. Subjects the options name are left
 * out on both sides (there the question asks which subject), and so are the answer's own words in the piece (转为正式党员
 * is the fill, not whom the rule is about).
 */
function pieceSwapped(
  asked: Set<string>,
  head: string | undefined,
  piece: string,
  leaveOut: readonly string[],
  offered: Set<string>,
): boolean {
  const said = [...subjectTermsOf(piece, leaveOut)].filter((s) => !offered.has(s));
  // The stem's opening subject, but another one opening the piece (党小组是党支部…划分的, for 党支部是…).
  const theirs = headSubject(piece, [...leaveOut, ...offered]);
  if (head && theirs && !offered.has(theirs) && rivals(head, theirs)) return true;
  // Of each kind (persons, bodies, leaders), the piece names only rivals of those the stem names (党员 for 党).
  return FAMILIES.some((family) => {
    const mine = [...asked].filter((s) => familiesOf(s).includes(family));
    const theirs = said.filter((s) => familiesOf(s).includes(family));
    return mine.length > 0 && theirs.length > 0 && mine.every((m) => theirs.every((t) => rivals(m, t)));
  });
}

/**
 * Whether a sentence is about another subject than the stem's in the sense above. With `answer` (a fill, an option's
 * words), only the pieces of the sentence (up to its 。or ；) that say those words are weighed, and the sentence is
 * refused when every one of them is swapped; without, the sentence as a whole.
 */
export function swappedSubject(stem: string, sentence: string, options: readonly string[] = [], answer: readonly string[] = []): boolean {
  const offered = new Set(options.flatMap((o) => [...subjectTermsOf(o)]));
  const asked = new Set([...subjectTermsOf(stem)].filter((s) => !offered.has(s)));
  if (asked.size === 0) return false;
  const words = answer.map(alignable).filter(Boolean);
  const pieces = sentence.split(/[。；;\n]/).filter((p) => alignable(p) && words.every((w) => alignable(p).includes(w)));
  const head = headSubject(stem, options);
  if (pieces.length === 0) return pieceSwapped(asked, head, sentence, answer, offered);
  return pieces.every((p) => pieceSwapped(asked, head, p, answer, offered));
}

/**
 * A suggestion whose 依据 states its words of a rival subject, whichever reading found it, given as no answer: the
 * fill, the options picked or the verdict are that subject's. A sum worked out is not copied from its sentence. The
 * bank's own question (kind bank) is the paste's, whatever its subject.
 */
export function withoutSwappedSubject(raw: string, outcome: PasteOutcome): PasteOutcome {
  const { stem, options } = parsePasted(raw);
  // A close bank question whose answer would carry over, stated of a rival subject (预备党员 for 正式党员): another rule.
  if (outcome.kind === 'similar')
    return swappedSubject(stem, outcome.question.stem, [...options, ...outcome.question.options]) ? { kind: 'abstain' } : outcome;
  if (outcome.kind !== 'hedged' || outcome.basis === 'calculation') return outcome;
  const verdict = outcome.answerTexts.every((t) => /^(?:正确|错误)$/.test(t));
  // A statement found false because a sentence says it of another subject (支委会 decides for 党员大会) is the reading
  // that finds it false; only one found true is thereby shown of no basis.
  if (verdict && outcome.answerTexts.includes('错误')) return outcome;
  const words = verdict ? [] : outcome.answerTexts;
  // Blanks filled each from a sentence of its own were each weighed as a clause pasted alone (clause-blanks.ts).
  if (outcome.more?.length) return outcome;
  const swapped = swappedSubject(stem, outcome.sentence, options, words);
  return swapped ? (outcome.passage ? { kind: 'abstain', passage: outcome.passage } : { kind: 'abstain' }) : outcome;
}
