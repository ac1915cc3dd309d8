import { normalizeInput } from '../text/normalize';
import type { QuestionTypeName, TemplateQuestion } from './template';

/**
 * A reviewer's screen over a question bank (built-in or imported): what makes a bank guessable or tiresome
 * rather than wrong. Pure: a list of questions in, figures and findings out; nothing is read or written.
 *
 * ```ts
 * const report = lintQuestions(loadBuiltinQuestions());
 * report.allButLast.share; // share of 多选 whose key is every option but the last
 * report.findings.filter((f) => f.kind === 'near-duplicate');
 * ```
 */

export type LintFindingKind =
  | 'key-skew'
  | 'all-but-last'
  | 'near-duplicate'
  | 'giveaway'
  | 'repeated-option'
  | 'throwaway'
  | 'missing-explanation'
  | 'missing-source';

export interface LintFinding {
  kind: LintFindingKind;
  /** The questions concerned (one, or a pair for near-duplicates, or many for a repeated option). */
  ids: string[];
  /** What a reviewer reads: one line, in Chinese. */
  message: string;
}

export interface LintOptions {
  /** Bigram similarity (Dice, 0–1) at or above which two questions count as near-duplicates; 0.75 by default. */
  nearDuplicate?: number;
  /** An option text used in at least this many questions is reported; 10 by default. */
  repeatedOption?: number;
  /** A single-choice key letter outside this share band is reported (with 20 or more 单选); [0.15, 0.35]. */
  keyBand?: [number, number];
  /** Distractors a reviewer flags as not worth reading; the built-in list by default. */
  throwaways?: readonly string[];
}

export interface LintReport {
  total: number;
  /** Per type: how often each key occurs (单选 letters; 多选 letters included in keys; 判断 正确/错误). */
  keys: Record<QuestionTypeName, Record<string, number>>;
  /** 多选 whose key is every option except the last one. */
  allButLast: { count: number; of: number; share: number };
  /** Questions that belong to at least one near-duplicate pair, and their share of the bank. */
  nearDuplicates: { pairs: number; questions: number; share: number };
  findings: LintFinding[];
}

/** The report's figures in words, as `dangwu questions lint` and the console's upload preview both show them. */
export function lintFigures(report: LintReport) {
  const percent = (n: number) => `${(n * 100).toFixed(1)}%`;
  const tally = (counts: Record<string, number>) =>
    Object.entries(counts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, n]) => `${k} ${n}`)
      .join('，') || '无';
  return {
    single: `单选答案：${tally(report.keys.单选)}`,
    multiple: `多选答案含各字母：${tally(report.keys.多选)}`,
    allButLast: `“除最后一项外全选”${report.allButLast.count}/${report.allButLast.of}（${percent(report.allButLast.share)}）`,
    judge: `判断答案：${tally(report.keys.判断)}`,
    nearDuplicates: `近似重复：${report.nearDuplicates.pairs} 对，涉及 ${report.nearDuplicates.questions} 题（${percent(report.nearDuplicates.share)}）`,
  };
}

/**
 * Distractors that no candidate would pick: they test nothing. Matched as substrings of an option, so keep
 * them specific (a word that has no place in a Party-affairs exam, or an absurd procedure).
 */
export const THROWAWAY_DISTRACTORS: readonly string[] = [
  '财务总监',
  '股票',
  '驾驶证',
  '驾照',
  '彩票',
  '抽签',
  '掷骰子',
  '抓阄',
  '随便',
  '无所谓',
  '看心情',
  '个人喜好',
  '个人爱好',
  '网购',
  '旅游攻略',
  '烹饪',
  '炒股',
  '营业执照',
  '房产证',
  '结婚证',
];

/** Options that belong last and are not content (以上都是 and kin). */
const CATCH_ALL = /^(以上(都|均|全)(是|对|正确|不是|不对|不正确|错误)|以上(说法|选项)(都|均)(正确|不正确|错误)|都(对|不对)|全部正确)$/;

const norm = (text: string) =>
  normalizeInput(text)
    .replace(/（\s*）|\(\s*\)|_{2,}/g, '')
    .replace(/[\s，。、；：？！“”‘’（）《》,.;:?!"'()]/g, '');

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const g = text.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

function dice(a: Map<string, number>, aSize: number, b: Map<string, number>, bSize: number): number {
  if (aSize + bSize === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [g, n] of small) shared += Math.min(n, large.get(g) ?? 0);
  return (2 * shared) / (aSize + bSize);
}

/** The words a question asks and answers with: its stem with the correct option(s) or answer filled in. */
function questionText(q: TemplateQuestion): string {
  const correct =
    q.type === '单选' || q.type === '多选'
      ? [...q.answer].map((l) => q.options[l.charCodeAt(0) - 65] ?? '').join('')
      : q.type === '填空'
        ? q.answer.replace(/[|/]/g, '')
        : '';
  return norm(q.stem) + norm(correct);
}

/** `part` occurs in `text`, a number only as a whole number (50 is not in 5000). */
function contains(text: string, part: string): boolean {
  if (!/^\d+(\.\d+)?$/.test(part)) return text.includes(part);
  return new RegExp(`(?<![\\d.])${part.replace('.', '\\.')}(?![\\d.])`).test(text);
}

const letterOf = (i: number) => String.fromCharCode(65 + i);

/** Lints a bank. Findings are ordered by kind, then by the bank's own order. */
export function lintQuestions(questions: readonly TemplateQuestion[], options: LintOptions = {}): LintReport {
  const nearThreshold = options.nearDuplicate ?? 0.75;
  const repeatedMin = options.repeatedOption ?? 10;
  const [low, high] = options.keyBand ?? [0.15, 0.35];
  const throwaways = options.throwaways ?? THROWAWAY_DISTRACTORS;
  const findings: LintFinding[] = [];

  // Key distribution per type.
  const keys: LintReport['keys'] = { 单选: {}, 多选: {}, 判断: {}, 填空: {} };
  for (const q of questions) {
    const tally = keys[q.type];
    if (q.type === '单选' || q.type === '多选') for (const l of q.answer) tally[l] = (tally[l] ?? 0) + 1;
    else if (q.type === '判断') tally[q.answer] = (tally[q.answer] ?? 0) + 1;
    else tally[`${q.answer.split('|').length} 空`] = (tally[`${q.answer.split('|').length} 空`] ?? 0) + 1;
  }
  const singles = questions.filter((q) => q.type === '单选');
  if (singles.length >= 20) {
    for (const l of 'ABCD') {
      const share = (keys.单选[l] ?? 0) / singles.length;
      if (share < low || share > high)
        findings.push({
          kind: 'key-skew',
          ids: [],
          message: `单选答案为 ${l} 的占 ${(share * 100).toFixed(1)}%（应在 ${low * 100}%–${high * 100}% 之间）`,
        });
    }
  }

  // 多选 whose key is every option but the last.
  const multis = questions.filter((q) => q.type === '多选');
  const allButLastIds = multis
    .filter(
      (q) =>
        q.options.length >= 3 &&
        q.answer ===
          q.options
            .slice(0, -1)
            .map((_, i) => letterOf(i))
            .join(''),
    )
    .map((q) => q.id);
  const allButLastShare = multis.length ? allButLastIds.length / multis.length : 0;
  if (allButLastShare > 0.35)
    findings.push({
      kind: 'all-but-last',
      ids: allButLastIds,
      message: `${allButLastIds.length} 道多选（${(allButLastShare * 100).toFixed(1)}%）的答案是“除最后一项外全选”，超过 35%`,
    });

  // Near-duplicates: a bigram screen over each question's stem and correct answer.
  const texts = questions.map((q) => {
    const text = questionText(q);
    return { grams: bigrams(text), size: Math.max(0, text.length - 1) };
  });
  const inPair = new Set<number>();
  let pairs = 0;
  for (let i = 0; i < questions.length; i++) {
    for (let j = i + 1; j < questions.length; j++) {
      const a = texts[i]!;
      const b = texts[j]!;
      // Dice cannot reach the threshold when the sizes differ too much.
      if (Math.min(a.size, b.size) * 2 < nearThreshold * (a.size + b.size)) continue;
      const similarity = dice(a.grams, a.size, b.grams, b.size);
      if (similarity < nearThreshold) continue;
      pairs++;
      inPair.add(i);
      inPair.add(j);
      findings.push({
        kind: 'near-duplicate',
        ids: [questions[i]!.id, questions[j]!.id],
        message: `近似重复（相似度 ${similarity.toFixed(2)}）：“${questions[i]!.stem}” 与 “${questions[j]!.stem}”`,
      });
    }
  }

  // Stems that give the answer away.
  for (const q of questions) {
    const stem = norm(q.stem);
    if (q.type === '单选' || q.type === '多选') {
      const opts = q.options.map(norm);
      const correct = [...q.answer].map((l) => l.charCodeAt(0) - 65);
      const inStem = (i: number) => opts[i]!.length >= 2 && !CATCH_ALL.test(opts[i]!) && contains(stem, opts[i]!);
      const shown = correct.filter(inStem);
      const wrongShown = opts.some((_, i) => !correct.includes(i) && inStem(i));
      if (shown.length > 0 && !wrongShown)
        findings.push({ kind: 'giveaway', ids: [q.id], message: `题干已含正确选项“${q.options[shown[0]!]}”：${q.stem}` });
      else if (q.type === '单选' && opts.length >= 3) {
        const key = correct[0]!;
        const longestOther = Math.max(...opts.filter((_, i) => i !== key).map((o) => o.length));
        if (opts[key]!.length >= 12 && opts[key]!.length >= 2 * longestOther)
          findings.push({ kind: 'giveaway', ids: [q.id], message: `正确选项比其余选项长一倍以上：${q.stem}` });
      }
    } else if (q.type === '填空') {
      const answers = q.answer
        .split('|')
        .flatMap((a) => a.split('/'))
        .map(norm);
      const given = answers.find((a) => a.length >= 2 && contains(stem, a));
      if (given) findings.push({ kind: 'giveaway', ids: [q.id], message: `题干已含填空答案“${given}”：${q.stem}` });
    }
  }

  // Options repeated across many questions.
  const optionUse = new Map<string, { text: string; ids: string[] }>();
  for (const q of questions) {
    for (const option of new Set(q.options.map((o) => o.trim()))) {
      const key = norm(option);
      if (!key || CATCH_ALL.test(key)) continue;
      const entry = optionUse.get(key) ?? { text: option, ids: [] };
      entry.ids.push(q.id);
      optionUse.set(key, entry);
    }
  }
  for (const { text, ids } of optionUse.values())
    if (ids.length >= repeatedMin) findings.push({ kind: 'repeated-option', ids, message: `选项“${text}”出现在 ${ids.length} 道题中` });

  // Throwaway distractors.
  for (const q of questions) {
    if (q.type !== '单选' && q.type !== '多选') continue;
    q.options.forEach((option, i) => {
      if (q.answer.includes(letterOf(i))) return;
      const word = throwaways.find((w) => option.includes(w));
      if (word) findings.push({ kind: 'throwaway', ids: [q.id], message: `凑数的干扰项“${option}”（${word}）：${q.stem}` });
    });
  }

  // Missing explanation or source.
  for (const q of questions) {
    if (!q.explanation.trim()) findings.push({ kind: 'missing-explanation', ids: [q.id], message: `缺少解析：${q.stem}` });
    if (!q.source.trim()) findings.push({ kind: 'missing-source', ids: [q.id], message: `缺少出处：${q.stem}` });
  }

  const order: LintFindingKind[] = [
    'missing-explanation',
    'missing-source',
    'key-skew',
    'all-but-last',
    'near-duplicate',
    'giveaway',
    'throwaway',
    'repeated-option',
  ];
  findings.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  return {
    total: questions.length,
    keys,
    allButLast: { count: allButLastIds.length, of: multis.length, share: allButLastShare },
    nearDuplicates: { pairs, questions: inPair.size, share: questions.length ? inPair.size / questions.length : 0 },
    findings,
  };
}
