import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PasteOutcome } from '../../knowledge/questions/suggest';
import { isTuningWriter, readPasteSets, verdictOf } from '../../scripts/eval/paste.eval';

/**
 * `npm run eval -- paste` by writer: each eval/sets/paste-<writer>.jsonl is one writer's set; the sets read while
 * tuning (the first writer's two halves, guifen's) are tuning, any other writer's file is held out the moment it is dropped in.
 */
describe('paste eval sets by writer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'paste-sets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const line = (id: string) =>
    `${JSON.stringify({ id, text: '党小组会一般每月召开1次。', type: '判断', answer: '正确', supported: true })}\n`;

  it('reads one set per paste-<writer>.jsonl and holds out every writer but the tuning one', () => {
    writeFileSync(join(dir, 'paste-tuning.jsonl'), line('p1') + line('p2'));
    writeFileSync(join(dir, 'paste-heldout.jsonl'), line('p3'));
    writeFileSync(join(dir, 'paste-guifen.jsonl'), line('g0'));
    writeFileSync(join(dir, 'paste-newwriter.jsonl'), `${line('n1')}\n`);
    writeFileSync(join(dir, 'everyday-guifen.jsonl'), line('e1'));
    const sets = readPasteSets(dir);
    expect(sets.map((s) => [s.writer, s.items.length])).toEqual([
      ['guifen', 1],
      ['heldout', 1],
      ['newwriter', 1],
      ['tuning', 2],
    ]);
    // guifen was held out until its misses were read (2026-12-05): tuning since.
    expect(sets.filter((s) => !isTuningWriter(s.writer)).map((s) => s.writer)).toEqual(['newwriter']);
  });
});

describe('paste eval grading of blanks', () => {
  it('parts an expected answer’s blanks at |, 、 or ；', async () => {
    const { sameAnswer } = await import('../../scripts/eval/paste.eval');
    expect(sameAnswer('填空', '三、六', '三；六')).toBe(true);
    expect(sameAnswer('填空', '三、六', '三|六')).toBe(true);
    expect(sameAnswer('填空', '三', '三；六')).toBe(false);
  });
});

describe('paste eval grading of a lettered 判断', () => {
  const passage = { text: '某句。', coverage: 1, source: 'handbook:x', title: 't' };
  const said = (choice: string, text: string): PasteOutcome => ({
    kind: 'hedged',
    choice: [choice],
    answerTexts: [text],
    sentence: '某句。',
    passage,
    basis: 'handbook',
  });

  it('reads the answer by its words (A 正确), as the user sees it', () => {
    const item = { type: '判断', answer: '正确', supported: true } as const;
    expect(verdictOf(said('A', '正确'), item)).toBe('right-hedged');
    expect(verdictOf(said('B', '错误'), item)).toBe('hedged-wrong');
  });

  it('takes a writer’s 对/错 key and the option’s 正确/错误 words as the same answer', () => {
    const keyedWrong = { type: '判断', answer: '错', supported: true } as const;
    expect(verdictOf(said('B', '错误'), keyedWrong)).toBe('right-hedged');
    expect(verdictOf(said('A', '正确'), keyedWrong)).toBe('hedged-wrong');
    expect(verdictOf(said('A', '正确'), { ...keyedWrong, answer: '对' })).toBe('right-hedged');
  });
});
