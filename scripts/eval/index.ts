import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * `npm run eval`: runs every `scripts/eval/*.eval.ts` (or only those whose name contains the first argument).
 * Each module exports `run(): Promise<void>` and prints its figures; sets with a held-out half report both halves.
 * `schedule` also runs `remind` (the same parser reached through 提醒我 in the chat).
 */
const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];
/** Sets reported under another name too: `schedule` covers phrases typed into 提醒我 through the chat (remind). */
const ALSO: Readonly<Record<string, string[]>> = { schedule: ['remind'] };
const wanted = filter ? [filter, ...(ALSO[filter] ?? [])] : [];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.eval.ts') && (!filter || wanted.some((w) => f.includes(w))))
  .sort();
for (const file of files) {
  console.log(`\n=== ${file.replace('.eval.ts', '')} ===`);
  const module = (await import(pathToFileURL(join(here, file)).href)) as { run(): Promise<void> };
  await module.run();
}
