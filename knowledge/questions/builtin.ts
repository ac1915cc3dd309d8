import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KNOWLEDGE_DIR } from '../content-dir';
import { readCsv } from './readers';
import { BUILTIN_BANK } from './store';
import { type TemplateQuestion, validateRows } from './template';

export { questionId, type TemplateQuestion } from './template';

export const builtinQuestionsDir = join(KNOWLEDGE_DIR, 'questions');

/** Parses template CSV text; throws naming the file and every malformed row. */
export function parseTemplateCsv(text: string, bank: string, fileName: string): TemplateQuestion[] {
  const { questions, errors, repeats } = validateRows(readCsv(Buffer.from(text, 'utf8')), bank);
  const problems = [
    ...errors.map((e) => `第 ${e.row} 行：${e.reason}`),
    ...repeats.map((r) => `第 ${r.row} 行：与第 ${r.sameAs} 行是同一道题`),
  ];
  if (problems.length > 0) throw new Error(problems.map((p) => `${fileName} ${p}`).join('\n'));
  return questions;
}

let cached: TemplateQuestion[] | undefined;

/** The built-in bank: every knowledge/questions/*.csv, in file order. Read once per process. */
export function loadBuiltinQuestions(dir = builtinQuestionsDir): TemplateQuestion[] {
  if (dir === builtinQuestionsDir && cached) return cached;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort();
  const questions = files.flatMap((f) => parseTemplateCsv(readFileSync(join(dir, f), 'utf8'), BUILTIN_BANK, f));
  if (dir === builtinQuestionsDir) cached = questions;
  return questions;
}
