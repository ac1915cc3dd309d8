import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as OpenCC from 'opencc-js/t2cn';

/**
 * Finds text the project copied: the longest run of identical characters that a project text shares with the
 * external corpus (../shared/corpus: the 党章, quiz banks). Facts from a regulation carry over; its sentences do
 * not, so a long shared run is a sentence taken over word for word.
 *
 * Both sides are normalised the same way (traditional → simplified, full-width → half-width, punctuation and
 * whitespace dropped, Latin lower-cased), so a copy does not hide behind a changed comma or a traditional glyph.
 * What is left is Han characters, digits and Latin letters; a run counts those characters.
 *
 * Method: every corpus segment's n-grams of length n go into one hash set, built once; a project text is scanned
 * position by position, and where its next n characters are in the set the run is grown one character at a time
 * while the joined corpus still holds it (hits are rare, so the substring search costs little).
 */

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
/** Characters a run is made of; everything else (punctuation, spaces, symbols) is dropped. */
const KEPT = /[\p{Script=Han}0-9a-z]/u;

export interface Normalised {
  /** The normalised characters, one code point each. */
  chars: string[];
  /** For each normalised character, the offset (in UTF-16 units) of its source character in the original text. */
  offsets: number[];
}

/** Normalises a text, keeping for each kept character where it came from. */
export function normalise(text: string): Normalised {
  const chars: string[] = [];
  const offsets: number[] = [];
  const source = Array.from(text);
  // The whole text at once is many times faster than character by character; t→s keeps one character for one
  // here, which the offsets rely on: where it would not, convert character by character.
  let converted = Array.from(toSimplified(text));
  if (converted.length !== source.length) converted = source.map((c) => toSimplified(c));
  let offset = 0;
  source.forEach((raw, i) => {
    for (const k of converted[i]!.normalize('NFKC').toLowerCase()) {
      if (!KEPT.test(k)) continue;
      chars.push(k);
      offsets.push(offset);
    }
    offset += raw.length;
  });
  return { chars, offsets };
}

export interface CorpusIndex {
  n: number;
  grams: Set<string>;
  /** Every normalised corpus segment, joined with a separator no run can cross. */
  joined: string;
  files: string[];
}

/** The external corpus beside the repository: ../shared/corpus (CI), or two levels up from a worktree under wt/. */
export function findCorpus(repoRoot: string): string | undefined {
  return ['../shared/corpus', '../../shared/corpus'].map((p) => resolve(repoRoot, p)).find((p) => existsSync(p));
}

/** Every string in a JSON value, keys included (a quiz bank keys its items by stem). */
function jsonStrings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) jsonStrings(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      jsonStrings(v, out);
    }
}

/** The text segments of one corpus file by its format (corpus README: .txt/.md lines, .json, .jsonl). */
function corpusSegments(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const out: string[] = [];
  if (path.endsWith('.json')) jsonStrings(JSON.parse(text), out);
  else if (path.endsWith('.jsonl'))
    for (const line of text.split('\n')) {
      if (line.trim()) jsonStrings(JSON.parse(line), out);
    }
  else out.push(...text.split('\n'));
  return out;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** Indexes every text file under the corpus directory (its README, which is ours to read, not copied data, aside). */
export function indexCorpus(dir: string, n: number): CorpusIndex {
  const files = filesUnder(dir).filter((f) => /\.(txt|md|json|jsonl)$/.test(f) && !/README\.md$/i.test(f));
  const grams = new Set<string>();
  const parts: string[] = [];
  for (const file of files)
    for (const segment of corpusSegments(file)) {
      const { chars } = normalise(segment);
      if (chars.length < n) continue;
      parts.push(chars.join(''));
      // Code points, not UTF-16 units: a rare Han character outside the BMP is one character.
      for (let i = 0; i + n <= chars.length; i++) grams.add(chars.slice(i, i + n).join(''));
    }
  return { n, grams, joined: parts.join('\u0000'), files: files.map((f) => relative(dir, f)) };
}

export interface Run {
  /** The shared run, normalised. */
  run: string;
  /** Where it starts and ends in the original text (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
}

/** Every maximal run of at least n characters a text shares with the corpus, longest first. */
export function sharedRuns(text: string, index: CorpusIndex): Run[] {
  const { chars, offsets } = normalise(text);
  const { n, grams, joined } = index;
  const runs: Run[] = [];
  let i = 0;
  while (i + n <= chars.length) {
    if (!grams.has(chars.slice(i, i + n).join(''))) {
      i++;
      continue;
    }
    // Longest corpus run starting at i: grow while the joined corpus still holds it (hits are rare, so this is cheap).
    let len = n;
    while (i + len < chars.length && joined.includes(chars.slice(i, i + len + 1).join(''))) len++;
    const last = i + len - 1;
    runs.push({
      run: chars.slice(i, i + len).join(''),
      start: offsets[i]!,
      end: offsets[last]! + (text.codePointAt(offsets[last]!)! > 0xffff ? 2 : 1),
    });
    // Skip to the next start that could begin a run not inside this one.
    i += Math.max(1, len - n + 1);
  }
  return runs.sort((a, b) => b.run.length - a.run.length);
}

/** The 1-based line of an offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let k = 0; k < offset && k < text.length; k++) if (text.charCodeAt(k) === 10) line++;
  return line;
}

/** One piece of project text to check, and where to find it again. */
export interface Unit {
  kind: 'handbook' | 'fact' | 'bank' | 'eval';
  /** Path from the repository root. */
  file: string;
  /** A record id and field (facts, bank, eval lines); the handbook reports lines instead. */
  where?: string;
  text: string;
}

/** The handbook, one unit per file (a run may cross a line; lines are reported from the offsets). */
export function handbookUnits(repoRoot: string): Unit[] {
  const dir = join(repoRoot, 'knowledge/handbook');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ kind: 'handbook' as const, file: `knowledge/handbook/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

/** Every string field of every fact record, one unit each (the answer, the canonical question, the paraphrases …). */
export function factUnits(repoRoot: string): Unit[] {
  const dir = join(repoRoot, 'knowledge/facts');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .flatMap((line, i) => {
          if (!line.trim()) return [];
          const record = JSON.parse(line) as Record<string, unknown>;
          return Object.entries(record).flatMap(([field, value]) => {
            const strings: string[] = [];
            jsonStrings(value, strings);
            return strings.map((text) => ({
              kind: 'fact' as const,
              file: `knowledge/facts/${f}`,
              where: `line ${i + 1} ${String(record.id)}.${field}`,
              text,
            }));
          });
        }),
    );
}

export interface BankQuestion {
  id: string;
  file: string;
  type: string;
  stem: string;
  options: string[];
  answer: string;
  explanation: string;
}

/**
 * The built-in bank: stem, options and explanation apart, and the stem with its blank filled by the answer (a
 * 填空 or 单选 whose stem is a 党章 sentence with one phrase blanked is still the sentence).
 */
export function bankUnits(questions: BankQuestion[]): Unit[] {
  return questions.flatMap((q) => {
    const unit = (field: string, text: string): Unit => ({ kind: 'bank', file: q.file, where: `${q.id}.${field}`, text });
    const fills = q.type === '填空' ? q.answer.split('|') : q.type === '单选' ? [q.options[q.answer.charCodeAt(0) - 65] ?? ''] : [];
    let k = 0;
    const filled = fills.length > 0 ? q.stem.replace(/（\s*）|\(\s*\)/g, (blank) => fills[k++] ?? blank) : q.stem;
    return [
      unit('stem', q.stem),
      ...(filled !== q.stem ? [unit('stem+answer', filled)] : []),
      ...q.options.map((o, i) => unit(`option ${String.fromCharCode(65 + i)}`, o)),
      unit('explanation', q.explanation),
    ];
  });
}

/** The field of an eval line that holds what a user typed, by the set's kind. */
const TEXT_FIELD: Record<string, string> = { everyday: 'q', paste: 'text', tickets: 'text', remind: 'text', schedule: 'phrase' };

export interface EvalSetFile {
  file: string;
  kind: string;
  writer: string;
}

/** Every eval set file (eval/sets/<kind>-<writer>.jsonl), by kind and writer; nothing is read from it. */
export function evalSetFiles(repoRoot: string): EvalSetFile[] {
  const dir = join(repoRoot, 'eval/sets');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => {
      const [, kind = '', writer = ''] = /^([a-z]+)-(.+)\.jsonl$/.exec(f) ?? [];
      return { file: `eval/sets/${f}`, kind, writer };
    });
}

/** The user-typed text of every line of one eval set file. */
export function evalUnits(repoRoot: string, set: EvalSetFile): Unit[] {
  const field = TEXT_FIELD[set.kind];
  if (!field) throw new Error(`${set.file}: no text field known for eval sets of kind "${set.kind}"`);
  return readFileSync(join(repoRoot, set.file), 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      if (!line.trim()) return [];
      const item = JSON.parse(line) as Record<string, unknown>;
      const text = item[field];
      if (typeof text !== 'string') return [];
      return [{ kind: 'eval' as const, file: set.file, where: `line ${i + 1}${item.id ? ` ${String(item.id)}` : ''}`, text }];
    });
}
