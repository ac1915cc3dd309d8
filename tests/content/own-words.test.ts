import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTemplateCsv } from '../../knowledge/questions/builtin';
import { TUNING_WRITERS } from '../../scripts/eval/everyday.eval';
import { isTuningWriter as isPasteTuning } from '../../scripts/eval/paste.eval';
import { isHeldOut as isRemindHeldOut } from '../../scripts/eval/remind.eval';
import { isTuningWriter as isTicketsTuning } from '../../scripts/eval/tickets.eval';
import {
  type BankQuestion,
  bankUnits,
  type CorpusIndex,
  type EvalSetFile,
  evalSetFiles,
  evalUnits,
  factUnits,
  findCorpus,
  handbookUnits,
  indexCorpus,
  lineAt,
  normalise,
  sharedRuns,
  type Unit,
} from '../helpers/own-words';

/**
 * The handbook, the facts, the built-in bank and the eval sets are written by this project in its own words:
 * facts from a regulation carry over, sentences from elsewhere do not. ../shared/corpus (the 2017 党章, real quiz
 * banks) is what a copy would most likely come from; this test fails on any run of N identical characters (after
 * normalising both sides) that a project text shares with it, and prints each with file, line or id and the run.
 *
 * N = 20. Runs of 16–19 shared characters in our texts are the domain's set phrases: document titles
 * (中国共产党纪律检查机关监督执纪工作规则 is 18), organ names (县级或县级以上党的纪律检查委员会, 16), the name of the
 * guiding thought (16) with a word either side. From 20 up, what is shared is a clause of the 党章 or a quiz stem
 * (党员的党龄从预备期满转为正式党员之日算起 is exactly 20): a sentence, not a name.
 *
 * To fix a hit, say it in other words (keep the fact, the citation and, in an eval line, the writer's voice and key),
 * never by breaking the run with a stray character.
 */
const N = 20;

const repoRoot = resolve(import.meta.dirname, '../..');

/**
 * Fixed texts a user must have word for word, allowed however long the shared run. A run is allowed when it lies
 * inside one of these (normalised). Keep this short: a paraphrase is always possible for anything else.
 */
const ALLOWED: { text: () => string; reason: string }[] = [
  {
    // Read from the fact record rather than repeated here, so the allowance is the one quoted text and nothing else.
    text: () => factText('member.oath.words', 'a'),
    reason: '入党誓词：宣誓时逐字领读、跟读的固定文本，问誓词的人要的就是原文（facts: member.oath.words）',
  },
  {
    text: () => '警告、严重警告、撤销党内职务、留党察看、开除党籍',
    reason: '党纪处分五个种类的名称，按党章的由轻到重排列：是五个术语的列举，不是句子，换说法就不是这五个名称了',
  },
  {
    text: () => '政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律、生活纪律',
    reason: '“六项纪律”的六个名称，按纪律处分条例的顺序：术语的列举，不是句子',
  },
];

function factText(id: string, field: string): string {
  for (const file of readdirSync(join(repoRoot, 'knowledge/facts')).filter((f) => f.endsWith('.jsonl')))
    for (const line of readFileSync(join(repoRoot, 'knowledge/facts', file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const record = JSON.parse(line) as Record<string, unknown>;
      if (record.id === id && typeof record[field] === 'string') return record[field] as string;
    }
  throw new Error(`allow-list: no fact ${id} with a field ${field}`);
}

/**
 * Eval sets whose lines may be read and printed: those each eval script names as read while tuning. Every other set
 * (the held-out writers, the untouched one, the held-out halves, and any new file) is only counted, in the check
 * below that is skipped by default.
 */
const everydayTuning = new Set(['tuning', ...TUNING_WRITERS]);
function isTuningSet(set: EvalSetFile): boolean {
  switch (set.kind) {
    case 'everyday':
      return everydayTuning.has(set.writer);
    case 'paste':
      return isPasteTuning(set.writer);
    case 'tickets':
      return isTicketsTuning(set.writer);
    case 'remind':
      return !isRemindHeldOut(set.writer);
    case 'schedule':
      return set.writer === 'tuning';
    default:
      return false;
  }
}

function bankQuestions(): BankQuestion[] {
  const dir = join(repoRoot, 'knowledge/questions');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .flatMap((f) =>
      parseTemplateCsv(readFileSync(join(dir, f), 'utf8'), 'builtin', f).map((q) => ({ ...q, file: `knowledge/questions/${f}` })),
    );
}

interface Hit {
  unit: Unit;
  run: string;
  line?: number;
}

function hitsIn(units: Unit[], index: CorpusIndex, allowed: string[]): Hit[] {
  return units.flatMap((unit) =>
    sharedRuns(unit.text, index)
      .filter((r) => !allowed.some((a) => a.includes(r.run)))
      .map((r) => ({ unit, run: r.run, line: unit.where ? undefined : lineAt(unit.text, r.start) })),
  );
}

const describeHit = (h: Hit) =>
  `${h.unit.file}${h.line ? `:${h.line}` : ''}${h.unit.where ? ` ${h.unit.where}` : ''}  [${h.run.length}] ${h.run}`;

const corpusDir = findCorpus(repoRoot);

describe.skipIf(!corpusDir)('project content is in its own words (runs shared with ../shared/corpus)', () => {
  let index: CorpusIndex;
  let allowed: string[];
  beforeAll(() => {
    index = indexCorpus(corpusDir!, N);
    allowed = ALLOWED.map((a) => normalise(a.text()).chars.join(''));
  });

  it('reads every text file of the corpus', () => {
    expect(index.files.length).toBeGreaterThan(0);
    expect(index.grams.size).toBeGreaterThan(10_000);
  });

  const kinds: [string, () => Unit[]][] = [
    ['the handbook (knowledge/handbook)', () => handbookUnits(repoRoot)],
    ['the fact records (knowledge/facts)', () => factUnits(repoRoot)],
    ['the built-in bank (knowledge/questions)', () => bankUnits(bankQuestions())],
    [
      'the tuning writers’ eval sets (the text users type)',
      () =>
        evalSetFiles(repoRoot)
          .filter(isTuningSet)
          .flatMap((s) => evalUnits(repoRoot, s)),
    ],
  ];
  it.each(kinds)(`%s share no run of ${N} characters with the corpus`, (_, units) => {
    const hits = hitsIn(units(), index, allowed);
    expect(hits.map(describeHit)).toEqual([]);
  });

  it('allows only fixed texts, each one actually used', () => {
    const all = [...handbookUnits(repoRoot), ...factUnits(repoRoot), ...bankUnits(bankQuestions())];
    for (const text of allowed) {
      // An entry nothing needs any more is taken out, so the list stays the few texts that must be word for word.
      const used = all.some((u) => sharedRuns(u.text, index).some((r) => text.includes(r.run)));
      expect(used, text).toBe(true);
    }
  });
});

/**
 * Held-out eval sets are being written and audited apart: this check never prints their lines, only how many lines
 * of each file share a run, and runs only when asked (OWN_WORDS_HELDOUT=1).
 */
describe.skipIf(!corpusDir || process.env.OWN_WORDS_HELDOUT !== '1')('held-out eval sets (counts only)', () => {
  it(`have no line sharing ${N} characters with the corpus`, () => {
    const index = indexCorpus(corpusDir!, N);
    const counts = evalSetFiles(repoRoot)
      .filter((s) => !isTuningSet(s))
      .map((s) => ({ file: s.file, lines: new Set(hitsIn(evalUnits(repoRoot, s), index, []).map((h) => h.unit.where)).size }))
      .filter((c) => c.lines > 0)
      .map((c) => `${c.file}: ${c.lines} line(s)`);
    expect(counts).toEqual([]);
  });
});

describe.runIf(!corpusDir)('project content is in its own words', () => {
  it.skip('skipped: ../shared/corpus is not beside the repository (CI has it), so nothing was compared', () => {});
});

/** The method itself, on a corpus and texts of our own. */
describe('shared runs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'own-words-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'quiz'));
  writeFileSync(join(dir, 'rules.txt'), '第一条 村里的晒谷场每逢秋收前由村民小组长统一安排轮流使用的次序。\n');
  writeFileSync(join(dir, 'quiz', 'bank.jsonl'), `${JSON.stringify({ question: '渡口的小船每天早上六点准时开出第一班，风大就停航。' })}\n`);
  const index = indexCorpus(dir, 8);

  it('finds a run through changed punctuation, spacing and traditional characters, and reports where it is', () => {
    const text = '说明：\n按规矩，晒穀場每逢秋收前 由村民小組長統一安排，大家轮流用。';
    const runs = sharedRuns(text, index);
    expect(runs.map((r) => r.run)).toEqual(['晒谷场每逢秋收前由村民小组长统一安排']);
    expect(text.slice(runs[0]!.start, runs[0]!.end)).toBe('晒穀場每逢秋收前 由村民小組長統一安排');
    expect(lineAt(text, runs[0]!.start)).toBe(2);
  });

  it('finds runs in the keys and values of JSON corpus files, and ignores runs shorter than n', () => {
    expect(sharedRuns('听说渡口的小船每天早上六点开', index).map((r) => r.run)).toEqual(['渡口的小船每天早上六点']);
    expect(sharedRuns('渡口的小船早上开，秋收前排次序', index)).toEqual([]);
  });

  it('does not join two corpus lines into one run', () => {
    expect(sharedRuns('统一安排轮流使用的次序渡口的小船每天', index).map((r) => r.run)).toEqual(['统一安排轮流使用的次序']);
  });
});
