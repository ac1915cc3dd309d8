import type { LlmClient } from '../../llm';
import { isoDate, wallOf } from '../../time';
import { type ParseOptions, type ParseResult, parseSchedule, type Schedule, validRrule } from './index';

/** The instructions for phrases the rules cannot read. The answer is still echoed to the user for confirmation. */
export const SCHEDULE_PROMPT = `你把中文的时间安排说法转换成 JSON。只输出一个 JSON 对象，不要解释。
周期性安排：{"type":"recurring","rrule":"<RFC 5545 RRULE 值，不含 DTSTART，必须含 BYHOUR 和 BYMINUTE>","description":"<简短中文描述，如 每月第二个周三 14:30>"}
一次性安排：{"type":"once","at":"YYYY-MM-DDTHH:mm","description":"<简短中文描述>"}
看不懂或不是时间：{"type":"unknown"}
没说具体时刻时用 09:00。`;

/** Asks the configured model; undefined when no model is configured. Never throws: failures become a reason. */
export async function parseWithModel(
  phrase: string,
  options: ParseOptions & { llm: LlmClient | undefined },
): Promise<ParseResult | undefined> {
  const { llm } = options;
  if (!llm) return undefined;
  const today = wallOf(options.from, options.zone);
  try {
    const content = await llm.chat(
      [
        { role: 'system', content: SCHEDULE_PROMPT },
        {
          role: 'user',
          content: `现在是 ${isoDate(today)} ${String(today.hour).padStart(2, '0')}:${String(today.minute).padStart(2, '0')}（${options.zone}）。说法：${phrase}`,
        },
      ],
      { json: true, timeoutMs: 20_000 },
    );
    const data = JSON.parse(content || '{}') as Record<string, unknown>;
    const description = typeof data.description === 'string' ? data.description.slice(0, 80) : '';
    let schedule: Schedule | undefined;
    if (data.type === 'recurring' && typeof data.rrule === 'string') {
      const rrule = data.rrule
        .replace(/^RRULE:/i, '')
        .trim()
        .toUpperCase();
      if (validRrule(rrule) && !/COUNT=|UNTIL=|DTSTART/.test(rrule))
        schedule = { type: 'recurring', rrule, adjust: 'none', start: isoDate(today), description: `${description}（由模型解析）` };
    } else if (data.type === 'once' && typeof data.at === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(data.at)) {
      schedule = { type: 'once', at: data.at, description: `${description || data.at.replace('T', ' ')}（由模型解析）` };
    }
    if (!schedule) return { ok: false, reason: `没能看懂“${phrase}”。请换个说法，例如“每月第一个周一下午3点”“明天下午两点”` };
    return { ok: true, schedule };
  } catch {
    return { ok: false, reason: '暂时无法调用模型解析这个说法。请换成常见说法，例如“每月第一个周一下午3点”“每周五”“明天下午两点”' };
  }
}

/** The rules first; with a model configured, what the rules cannot read goes to the model. */
export async function parseScheduleSmart(phrase: string, options: ParseOptions & { llm: LlmClient | undefined }): Promise<ParseResult> {
  const byRules = parseSchedule(phrase, options);
  if (byRules.ok) return byRules;
  return (await parseWithModel(phrase, options)) ?? byRules;
}
