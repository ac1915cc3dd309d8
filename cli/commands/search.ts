import { createRuntime } from '../../bot/runtime';
import { normalizeInput } from '../../knowledge';
import { type CliCommand, EXIT_OK, EXIT_USAGE } from '../command';
import { loadCliConfig } from '../config';
import { withRuntimeErrors } from '../runtime-errors';

const usage = 'dangwu search [--json] [--limit N] "<问题>"    （只检索，不作答：列出最相关的段落、出处和得分）';
const MAX_LIMIT = 50;

/** `dangwu search`: retrieval only, so people and evaluations can see what the index finds for a question. */
export const searchCommand: CliCommand = {
  name: 'search',
  summary: '只检索不作答：列出与问题最相关的段落（出处、标题、原文、得分）',
  usage,
  run: (args, io) =>
    withRuntimeErrors(io, async () => {
      let json = false;
      let limit = 5;
      const words: string[] = [];
      for (let i = 0; i < args.length; i++) {
        const arg = args[i]!;
        if (arg === '--json') json = true;
        else if (arg === '--limit' || arg.startsWith('--limit=')) {
          const value = arg.includes('=') ? arg.slice('--limit='.length) : args[++i];
          const n = Number(value);
          if (!value || !Number.isInteger(n) || n < 1 || n > MAX_LIMIT) {
            io.stderr.write(`--limit 应为 1 到 ${MAX_LIMIT} 之间的整数（收到 ${value ?? '空'}）。\n用法：${usage}\n`);
            return EXIT_USAGE;
          }
          limit = n;
        } else if (arg.startsWith('--')) {
          io.stderr.write(`不认识的参数 ${arg}。\n用法：${usage}\n`);
          return EXIT_USAGE;
        } else words.push(arg);
      }
      const question = words.join(' ').trim();
      if (!question) {
        io.stderr.write(`请给出要检索的问题。\n用法：${usage}\n`);
        return EXIT_USAGE;
      }
      const runtime = await createRuntime({ config: loadCliConfig(io) });
      try {
        const hits = await runtime.knowledge.index.search(normalizeInput(question), limit);
        const rows = hits.map((h) => ({
          source: h.source,
          title: h.title,
          text: h.text,
          score: Number(h.score.toFixed(4)),
          coverage: Number(h.coverage.toFixed(2)),
        }));
        if (json) io.stdout.write(`${JSON.stringify({ query: question, hits: rows })}\n`);
        else if (rows.length === 0) io.stdout.write('没有找到相关段落。\n');
        else {
          const blocks = rows.map(
            (r, i) =>
              `${i + 1}. ${r.title}（${r.source}，得分 ${r.score}，覆盖 ${Math.round(r.coverage * 100)}%）\n${r.text.replace(/\s+/g, ' ').slice(0, 160)}`,
          );
          io.stdout.write(`${blocks.join('\n\n')}\n`);
        }
        return EXIT_OK;
      } finally {
        await runtime.close();
      }
    }),
};
