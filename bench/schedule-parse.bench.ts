import * as rruleModule from 'rrule';
import { nextOccurrences, parseSchedule } from '../bot/scheduler/parse';
import { measure, ms, rssMb } from './measure';

// rrule ships a UMD main: Node sees the named exports under default.
const RRule: typeof rruleModule.RRule = rruleModule.RRule ?? (rruleModule as unknown as { default: typeof rruleModule }).default.RRule;

/** The same rules said in Chinese (ours) and in English (rrule's own natural-language parser, the peer). */
const PHRASES: [chinese: string, english: string][] = [
  ['每月第一个周一下午3点', 'every month on the 1st Monday at 15'],
  ['每周五下午三点', 'every week on Friday at 15'],
  ['每两周的周二上午9点', 'every 2 weeks on Tuesday at 9'],
  ['每月1号和15号上午9点', 'every month on the 1st and 15th at 9'],
  ['每天晚上八点', 'every day at 20'],
  ['每月最后一个周五', 'every month on the last Friday at 9'],
  ['每年7月1日', 'every year in July on the 1st at 9'],
  ['每周一三五', 'every week on Monday, Wednesday and Friday at 9'],
];
const ITERATIONS = Number(process.env.BENCH_PARSE_ITERATIONS ?? 2000);

/**
 * Reading a phrase and listing the next three dates (what every 设置会议 / 提醒我 confirmation does), ours with
 * China's holiday calendar on, against rrule's English `fromText` plus three `after` calls, in the same process.
 */
export async function run(): Promise<void> {
  const zone = 'Asia/Shanghai';
  const from = new Date('2026-03-02T09:00:00+08:00');
  const ours = measure(ITERATIONS, (i) => {
    const [phrase] = PHRASES[i % PHRASES.length]!;
    const parsed = parseSchedule(phrase, { from, zone });
    if (!parsed.ok) throw new Error(`${phrase}: ${parsed.reason}`);
    return nextOccurrences(parsed.schedule, from, 3, { zone, holidays: true });
  });
  const peer = measure(ITERATIONS, (i) => {
    const [, english] = PHRASES[i % PHRASES.length]!;
    const rule = new RRule({ ...RRule.parseText(english), dtstart: from });
    const out: Date[] = [];
    let cursor = from;
    for (let n = 0; n < 3; n++) {
      const next = rule.after(cursor, false);
      if (!next) break;
      out.push((cursor = next));
    }
    return out;
  });
  console.log(`schedule-parse: ours (Chinese, holidays)   p50 ${ms(ours.p50)}   p99 ${ms(ours.p99)}   mean ${ms(ours.mean)}`);
  console.log(`schedule-parse: rrule fromText (English)   p50 ${ms(peer.p50)}   p99 ${ms(peer.p99)}   mean ${ms(peer.mean)}`);
  console.log(`schedule-parse: mean ratio ours/rrule = ${(ours.mean / peer.mean).toFixed(2)}   RSS ${rssMb()}`);
}
