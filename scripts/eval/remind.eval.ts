/**
 * 提醒我 through the real chat path (`npm run eval -- remind`): each line a member might type goes through a whole
 * bot (runtime, router, the reminders feature, a temp SQLite file, no model) with the clock at the item's `from`,
 * and the confirmation it shows is judged against what the writer meant:
 *   right     — the preview shows exactly the expected next dates and the matter as meant, or, for a phrase that
 *               cannot be read whole, the bot asks back and sets nothing;
 *   asked     — the bot asked back where the writer expected dates (annoying, not harmful);
 *   half-read — the bot offered a reminder for a phrase it should have asked about, or kept part of the time in
 *               the matter (2月30日 → 2月3日 with "0日 开会"): the harm this evaluation exists to catch;
 *   wrong     — it offered other dates than meant.
 *
 * Sets: eval/sets/remind-<writer>.jsonl, one per independent writer. The writers listed in TUNING were looked at
 * while changing the parser; every other writer's set is held out and only its totals are printed.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../bot/config';
import type { Reply } from '../../bot/core/message';
import { silentLogger } from '../../bot/logger';
import { createRuntime } from '../../bot/runtime';
import { normalizeInput } from '../../knowledge';

export interface RemindItem {
  /** What the member types, whole: `提醒我 每月5号上午9点 交党费`. */
  text: string;
  /** "Now", ISO 8601 with its offset (+08:00). */
  from: string;
  /** The next occurrences meant, `YYYY-MM-DD HH:MM` 北京时间 (as many as the writer gave, 1–3). */
  expected?: string[];
  /** The matter as meant (交党费); checked when given. */
  matter?: string;
  /** The time cannot be read whole (an impossible date, a half-readable phrase): the bot must ask back. */
  ask?: boolean;
  note?: string;
}

export type RemindVerdict = 'right' | 'asked' | 'half-read' | 'wrong';

const SETS_DIR = resolve(import.meta.dirname, '../../eval/sets');
/** Writers whose sets were read while tuning the parser; any other writer's set (a new file) is held out. */
export const TUNING: ReadonlySet<string> = new Set([
  'lead',
  'laozhou',
  'xiaolin',
  'wanglaoshi',
  // Held out until 2026-12-05 (cunwei 21/25 with 3 half-read, wangge 17/25 with 3 half-read), then read to tune.
  'cunwei',
  'wangge',
  // Held out until 2026-12-05 ~09:55 (21 right / 2 asked / 2 half-read / 0 wrong of 25), then read to tune.
  'xiaodong',
]);
export const isHeldOut = (writer: string) => !TUNING.has(writer);

export function readSets(): { writer: string; items: RemindItem[] }[] {
  return readdirSync(SETS_DIR)
    .filter((f) => /^remind-[\w-]+\.jsonl$/.test(f))
    .sort()
    .map((f) => ({
      writer: f.slice('remind-'.length, -'.jsonl'.length),
      items: readFileSync(join(SETS_DIR, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as RemindItem),
    }));
}

/** `2026-03-05（周四）09:00` as the preview writes it → `2026-03-05 09:00`. */
const PREVIEW_DATE = /(\d{4}-\d{2}-\d{2})（周.）(\d{2}:\d{2})/g;

export function judgeReply(item: RemindItem, replies: Reply[]): { verdict: RemindVerdict; got: string } {
  const text = replies.map((r) => r.text).join('\n');
  const offered = replies.some((r) => r.buttons?.flat().some((b) => /确认/.test(b.label)));
  const got = text.replace(/\n+/g, ' ⏎ ').slice(0, 200);
  if (!offered) return { verdict: item.ask ? 'right' : 'asked', got };
  if (item.ask) return { verdict: 'half-read', got };
  const dates = [...text.matchAll(PREVIEW_DATE)].map((m) => `${m[1]} ${m[2]}`);
  const expected = item.expected ?? [];
  const sameDates = expected.every((d, i) => dates[i] === d);
  const matterLine = /提醒你：(.+)$/m.exec(text)?.[1] ?? /事项：(.+)$/m.exec(text)?.[1] ?? text;
  if (item.matter !== undefined && leftTime(matterLine, item.matter)) return { verdict: 'half-read', got };
  return { verdict: sameDates ? 'right' : 'wrong', got: `${dates.join('；')} | ${got}` };
}

/** Characters that times are written with: a skipped opening holding one of them is part of the time. */
const TIME_CHARS = /[\d零〇一二两三四五六七八九十点时分号日月周年午晚早昼晌朝天后前上下半刻]|[ap]m/i;
/** A time in the matter: a clock, a day of the month, a part of the day, a weekday, a day word. */
const TIME_TOKENS =
  /\d{1,2}[:：]\d{2}|[\d零〇一二两三四五六七八九十]+(?:点|号|日)|上午|下午|晚上|早上|中午|凌晨|傍晚|夜里|(?:周|星期|礼拜)[一二三四五六日天]|今天|明天|后天|今晚|明早|[ap]m/gi;

/**
 * Part of the time left in the matter, judged the way the bot reads text (繁体 as simplified, full-width folded):
 * the bot's matter opens with words the writer's does not have and they are time words (晌午开党员大会 for
 * 开党员大会, 0日上午9点 开会), or it holds a time the writer's matter does not. Writers paraphrase, so an opening
 * that is only other words (去看看杨大娘家 for 看杨大娘家) is theirs, not a leftover time.
 */
export function leftTime(saidText: string, meantText: string): boolean {
  const clean = (t: string) => normalizeInput(t.replace(/[，,。\s]/g, ''));
  const said = clean(saidText);
  const meant = clean(meantText);
  const start = [0, 1, 2].find((i) => said.length >= i + 2 && meant.includes(said.slice(i, i + 2)));
  // Nothing of the writer's matter near the start (as the earlier judge counted it): the matter was not read —
  // unless the writer only shortened the member's words (看一眼班组群 → 看班组群, 打个电话问问 → 打电话问): the
  // matter opens with the writer's first character and holds all of theirs in order, and what the writer left
  // out holds no time character.
  if (start === undefined) return !(said[0] === meant[0] && onlyShortened(said, meant)) || tokenLeft(said, meant);
  if (TIME_CHARS.test(said.slice(0, start))) return true;
  return tokenLeft(said, meant);
}

/** A time token in the bot's matter that the writer's does not hold. */
function tokenLeft(said: string, meant: string): boolean {
  const meantTokens = new Set(meant.match(TIME_TOKENS) ?? []);
  return (said.match(TIME_TOKENS) ?? []).some((token) => !meantTokens.has(token));
}

/** Characters that only a clock or a date is written with (一 and 个 are everyday words too). */
const CLOCK_CHARS = /[\d点时分号日月周午晚早晌朝]/;

/** The writer's matter is the bot's with words left out, none of them a clock or date character. */
function onlyShortened(said: string, meant: string): boolean {
  let at = 0;
  let dropped = '';
  for (const ch of said) {
    if (at < meant.length && ch === meant[at]) at++;
    else dropped += ch;
  }
  return at === meant.length && !CLOCK_CHARS.test(dropped);
}

const rightRate = (r: WriterReport) => {
  const n = r.counts.right + r.counts.asked + r.counts['half-read'] + r.counts.wrong;
  return n ? r.counts.right / n : 0;
};
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

export interface WriterReport {
  writer: string;
  heldOut: boolean;
  counts: Record<RemindVerdict, number>;
  misses: string[];
}

async function evaluateWriter(writer: string, items: RemindItem[]): Promise<WriterReport> {
  const dir = mkdtempSync(join(tmpdir(), 'dangwu-remind-eval-'));
  const report: WriterReport = {
    writer,
    heldOut: isHeldOut(writer),
    counts: { right: 0, asked: 0, 'half-read': 0, wrong: 0 },
    misses: [],
  };
  let now = new Date();
  const runtime = await createRuntime({
    config: loadConfig({ DANGWU_DB: join(dir, 'eval.db') }),
    clock: { now: () => now },
    log: silentLogger(),
  });
  try {
    for (const [i, item] of items.entries()) {
      now = new Date(item.from);
      // Each item is its own member, so a pending confirmation never carries over to the next line.
      const message = { platform: 'console', sender: { id: `w${i}` }, chat: { id: `dm-w${i}`, kind: 'private' as const } };
      const replies = await runtime.app.handle({ ...message, text: item.text });
      const { verdict, got } = judgeReply(item, replies);
      report.counts[verdict]++;
      if (verdict !== 'right') {
        const want = item.ask ? '应反问' : `${(item.expected ?? []).join('；')}${item.matter ? ` | ${item.matter}` : ''}`;
        report.misses.push(`[${verdict}] ${item.text}（${item.from.slice(0, 16)}）→ ${got}\n      应为 ${want}`);
      }
      await runtime.app.handle({ ...message, text: '取消' });
    }
  } finally {
    await runtime.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return report;
}

async function main(): Promise<void> {
  const reports: WriterReport[] = [];
  for (const { writer, items } of readSets()) reports.push(await evaluateWriter(writer, items));
  console.log(['写手', '用途', '说法', '答对', '反问', '半读', '答错', '答对率'].join('\t'));
  const line = (name: string, use: string, c: Record<RemindVerdict, number>) => {
    const n = c.right + c.asked + c['half-read'] + c.wrong;
    console.log([name, use, n, c.right, c.asked, c['half-read'], c.wrong, n ? `${((100 * c.right) / n).toFixed(1)}%` : '-'].join('\t'));
  };
  const total = (list: WriterReport[]) =>
    list.reduce(
      (sum, r) => ({
        right: sum.right + r.counts.right,
        asked: sum.asked + r.counts.asked,
        'half-read': sum['half-read'] + r.counts['half-read'],
        wrong: sum.wrong + r.counts.wrong,
      }),
      { right: 0, asked: 0, 'half-read': 0, wrong: 0 },
    );
  for (const r of reports) line(r.writer, r.heldOut ? '留出' : '调参', r.counts);
  line('调参合计', '', total(reports.filter((r) => !r.heldOut)));
  const heldOut = reports.filter((r) => r.heldOut);
  line('留出合计', '', total(heldOut));
  // Each held-out writer counts once, however many phrases they wrote.
  console.log(
    `留出写手平均答对率\t${heldOut.length ? `${(mean(heldOut.map(rightRate)) * 100).toFixed(1)}%（${heldOut.length} 位写手）` : '-（还没有留出写手的集）'}`,
  );
  const shown = process.env.EVAL_SHOW_HELDOUT === '1' ? reports : reports.filter((r) => !r.heldOut);
  for (const r of shown) if (r.misses.length > 0) console.log(`\n${r.writer} 未答对：\n${r.misses.map((m) => `  ${m}`).join('\n')}`);
}

/** Part of `npm run eval` (scripts/eval/index.ts). */
export const run = main;
