import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { suggestByParaphrase } from '../../knowledge/questions/paraphrase-statement';
import type { PassageHit } from '../../knowledge/questions/suggest';

/**
 * Issue 21, paste20: 判断 statements generated from every handbook sentence that gives one frequency (每年, 每半年,
 * 每季度, 每月 with a count), restated as writers do (召开 → 开/举行, 至少 → 最少/不少于, 1次 → 一次, 支部党员大会 →
 * 支部大会, 应当 → 要, 每年 → 一年) and, apart, with another period. Sentences fall into two halves by a hash: half A
 * was read while building the module; half B was kept apart and never used to change it. Never wrong on either
 * (each generated restatement 正确 or refused, each other period 错误 or refused); before the module, nothing was
 * answered (the `right` floors fail).
 */

const dir = resolve(import.meta.dirname, '../../knowledge/handbook');
const paragraphs = readdirSync(dir).flatMap((f) => readFileSync(resolve(dir, f), 'utf8').split(/\n\s*\n/));
const PERIOD = /每(?:年|半年|季度|月)/g;
const half = (s: string) => ((createHash('sha1').update(s).digest()[0] ?? 0) % 2 === 0 ? 'A' : 'B');
const reworded = (s: string, k: number) =>
  s
    .replace(/召开/g, k % 2 ? '开' : '举行')
    .replace(/至少/g, k % 2 ? '最少' : '不少于')
    .replace(/1次/g, '一次')
    .replace(/支部党员大会/g, '支部大会')
    .replace(/应当/g, '要')
    .replace(/^每年/, '一年')
    .replace(/，每年/, '，一年');

type Tally = { right: number; wrong: number; refused: number };
function tally(): Record<string, Tally> {
  const out: Record<string, Tally> = {};
  const add = (key: string, got: string | undefined, expected: string) => {
    const t = (out[key] ??= { right: 0, wrong: 0, refused: 0 });
    if (got === undefined) t.refused++;
    else if (got === expected) t.right++;
    else t.wrong++;
  };
  for (const paragraph of paragraphs) {
    const hits: PassageHit[] = [{ text: paragraph, coverage: 1, source: 'handbook:test', title: '手册' }];
    for (const piece of paragraph.split(/(?<=[。！？\n])/)) {
      const sentence = piece.replace(/^[#>*\-\s]+/, '').trim();
      const periods = sentence.match(PERIOD) ?? [];
      if (periods.length !== 1 || !/\d+次|[一两]次/.test(sentence) || sentence.length > 60) continue;
      const h = half(sentence);
      const same = reworded(sentence, sentence.length);
      add(`${h} restated`, suggestByParaphrase(`判断：${same}`, hits)?.answerTexts[0], '正确');
      const other = ['每年', '每半年', '每季度', '每月'].find((p) => p !== periods[0] && !(periods[0] === '每年' && p === '每半年'))!;
      const changed = same.replace(/每(?:年|半年|季度|月)/, other);
      if (changed !== same) add(`${h} other period`, suggestByParaphrase(`判断：${changed}`, hits)?.answerTexts[0], '错误');
    }
  }
  return out;
}

describe('generated restatements of the handbook’s frequencies', () => {
  it('are never answered wrong, in either half', () => {
    const t = tally();
    for (const key of Object.keys(t)) expect(t[key]!.wrong, key).toBe(0);
    expect(t['A restated']!.right).toBeGreaterThanOrEqual(5);
    expect(t['B restated']!.right).toBeGreaterThanOrEqual(3);
    expect(t['A other period']!.right + t['B other period']!.right).toBeGreaterThanOrEqual(5);
  });
});
