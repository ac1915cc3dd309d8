import { createInterface } from 'node:readline';
import type { AnswerResult } from '../../bot/answering';
import { answerQuestion, createAnswerers } from '../../bot/features/ask/answerers';
import { createRuntime } from '../../bot/runtime';
import { normalizeInput } from '../../knowledge';
import { type CliCommand, EXIT_OK, EXIT_USAGE } from '../command';
import { loadCliConfig } from '../config';
import { withRuntimeErrors } from '../runtime-errors';

const usage = 'dangwu ask [--json] "<问题>"    （不带问题时从标准输入逐行读取 JSON Lines：{"id","text"}）';

function toJson(result: AnswerResult): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: result.kind, answer: result.answer, citations: result.citations };
  if (result.choice) out.choice = result.choice;
  if (result.fromBank !== undefined) out.fromBank = result.fromBank;
  if (result.confidence !== undefined) out.confidence = result.confidence;
  return out;
}

/** `dangwu ask`: answers one question (text or JSON), or a batch of JSON Lines from standard input. */
export const askCommand: CliCommand = {
  name: 'ask',
  summary: '回答一个党务问题（附出处）；不带问题时批量读取 JSON Lines',
  usage,
  run: (args, io) =>
    withRuntimeErrors(io, async () => {
      const json = args.includes('--json');
      const unknownFlag = args.find((a) => a.startsWith('--') && a !== '--json');
      if (unknownFlag) {
        io.stderr.write(`不认识的参数 ${unknownFlag}。\n用法：${usage}\n`);
        return EXIT_USAGE;
      }
      const question = args
        .filter((a) => a !== '--json')
        .join(' ')
        .trim();
      const runtime = await createRuntime({ config: loadCliConfig(io) });
      try {
        const answerers = createAnswerers(runtime.app.services);
        const asker = { userKey: 'cli:local', chatKey: 'cli:local' };
        if (question) {
          const result = await answerQuestion(answerers, normalizeInput(question), asker);
          io.stdout.write(json ? `${JSON.stringify(toJson(result))}\n` : `${result.answer}\n`);
          return EXIT_OK;
        }
        const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
        let lineNo = 0;
        for await (const line of lines) {
          lineNo++;
          if (!line.trim()) continue;
          let item: { id?: unknown; text?: unknown };
          try {
            item = JSON.parse(line);
          } catch {
            io.stdout.write(`${JSON.stringify({ id: null, error: `第 ${lineNo} 行不是合法的 JSON，应为 {"id":…,"text":"…"}` })}\n`);
            continue;
          }
          if (typeof item?.text !== 'string' || !item.text.trim()) {
            io.stdout.write(`${JSON.stringify({ id: item?.id ?? null, error: `第 ${lineNo} 行缺少 text 字段` })}\n`);
            continue;
          }
          const result = await answerQuestion(answerers, normalizeInput(item.text), asker);
          io.stdout.write(`${JSON.stringify({ id: item.id ?? null, ...toJson(result) })}\n`);
        }
        return EXIT_OK;
      } finally {
        await runtime.close();
      }
    }),
};
