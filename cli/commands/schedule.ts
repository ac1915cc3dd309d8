import { createLlm } from '../../bot/llm';
import { occurrencesAfter, type ParseResult, parseSchedule, rfcText } from '../../bot/scheduler/parse';
import { parseScheduleSmart } from '../../bot/scheduler/parse/llm';
import { halfReadExample, halfReadText, readTimeThenMatter } from '../../bot/scheduler/parse/split';
import { formatLocal } from '../../bot/time';
import { type CliCommand, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../command';
import { loadCliConfig } from '../config';
import { withRuntimeErrors } from '../runtime-errors';

const usage = 'dangwu schedule parse [--json] [--from <ISO 时间>] [--count N] [--holidays|--no-holidays] "<说法>"';

/** `dangwu schedule parse`: what the Chinese schedule parser makes of a phrase, and the next dates. */
export const scheduleCommand: CliCommand = {
  name: 'schedule',
  summary: '解析中文时间安排（如“每月第一个周一下午3点”），输出规则和接下来的日期',
  usage,
  run: (args, io) =>
    withRuntimeErrors(io, async () => {
      const [sub, ...rest] = args;
      if (sub !== 'parse') {
        io.stderr.write(`用法：${usage}\n`);
        return EXIT_USAGE;
      }
      let json = false;
      // Rest days move only when asked: in the phrase (遇节假日顺延) or here (--holidays, as a branch's setting would).
      let holidays: boolean | undefined;
      let count = 3;
      let fromText: string | undefined;
      const words: string[] = [];
      for (let i = 0; i < rest.length; i++) {
        const arg = rest[i]!;
        if (arg === '--json') json = true;
        else if (arg === '--no-holidays') holidays = false;
        else if (arg === '--holidays') holidays = true;
        else if (arg === '--from') fromText = rest[++i];
        else if (arg === '--count') count = Number(rest[++i]);
        else words.push(arg);
      }
      const phrase = words.join(' ').trim();
      const from = fromText ? new Date(fromText) : new Date();
      if (!phrase || Number.isNaN(from.getTime()) || !Number.isInteger(count) || count < 1 || count > 100) {
        io.stderr.write(
          `参数有误：需要一个说法；--from 应是 ISO 时间（如 2026-03-02T09:00:00+08:00）；--count 是 1 到 100。\n用法：${usage}\n`,
        );
        return EXIT_USAGE;
      }
      const config = loadCliConfig(io);
      const zone = config.DANGWU_TIMEZONE;
      // The chat's reading first (提醒我 明天下午两点 交党费 works here as typed there), the model only after it.
      let result: ParseResult = parseSchedule(phrase, { from, zone });
      let matter: string | undefined;
      if (!result.ok) {
        const read = readTimeThenMatter(phrase, { from, zone });
        if (read.ok) {
          result = { ok: true, schedule: read.schedule };
          matter = read.matter;
        } else if (read.kind === 'half-read') result = { ok: false, reason: `${halfReadText(read)}。${halfReadExample(read)}` };
        else result = await parseScheduleSmart(phrase, { from, zone, llm: createLlm(config) });
      }
      if (!result.ok) {
        if (json) io.stdout.write(`${JSON.stringify({ ok: false, phrase, reason: result.reason })}\n`);
        io.stderr.write(`${result.reason}\n`);
        return EXIT_FAILURE;
      }
      const { schedule } = result;
      const occurrences = occurrencesAfter(schedule, from, count, { zone, holidays });
      const next = occurrences.map((o) => o.at);
      const moves = schedule.type === 'recurring' && (schedule.holidays ?? holidays ?? false) && schedule.adjust === 'none';
      if (json) {
        io.stdout.write(
          `${JSON.stringify(
            {
              ok: true,
              phrase,
              zone,
              type: schedule.type,
              matter: matter ?? null,
              description: schedule.description,
              rrule: schedule.type === 'recurring' ? schedule.rrule : null,
              rfc5545: schedule.type === 'recurring' ? rfcText(schedule, zone) : null,
              at: schedule.type === 'once' ? schedule.at : null,
              adjust: schedule.type === 'recurring' ? schedule.adjust : null,
              holidays: moves,
              next: next.map((d) => d.toISOString()),
              nextLocal: next.map((d) => formatLocal(d, zone)),
              moved: occurrences.flatMap((o) =>
                o.movedFrom
                  ? [
                      {
                        from: o.movedFrom.date,
                        reason: o.movedFrom.reason,
                        to: formatLocal(o.at, zone),
                        earlier: o.movedFrom.earlier === true,
                      },
                    ]
                  : [],
              ),
            },
            null,
            2,
          )}\n`,
        );
      } else {
        io.stdout.write(`${schedule.description}${matter ? `\n事项：${matter}` : ''}\n`);
        if (schedule.type === 'recurring') io.stdout.write(`${rfcText(schedule, zone)}\n`);
        for (const o of occurrences)
          io.stdout.write(
            `  ${formatLocal(o.at, zone)}${o.movedFrom ? `（${o.movedFrom.date} 是${o.movedFrom.reason}，${o.movedFrom.earlier ? '提前' : '顺延'}）` : ''}\n`,
          );
      }
      return EXIT_OK;
    }),
};
