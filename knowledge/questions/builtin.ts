import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { normalizeInput } from '../text/normalize';

/** One row of the import template (knowledge/FORMAT.md), with an id that does not depend on row order. */
export interface TemplateQuestion {
  id: string;
  bank: string;
  type: '单选' | '多选' | '判断' | '填空';
  stem: string;
  options: string[];
  answer: string;
  explanation: string;
  level: '初级' | '中级' | '高级';
  topic: string;
  source: string;
}

const OPTION_COLUMNS = ['选项A', '选项B', '选项C', '选项D', '选项E', '选项F'];
const TYPES = new Set(['单选', '多选', '判断', '填空']);
const LEVELS = new Set(['初级', '中级', '高级']);

export const builtinQuestionsDir = join(dirname(fileURLToPath(import.meta.url)));

/** Stable id: bank + normalised stem + options, so reordering rows keeps users' practice history. */
export function questionId(bank: string, stem: string, options: string[]): string {
  const key = [normalizeInput(stem), ...options.map(normalizeInput)].join('|');
  return `${bank}-${createHash('sha1').update(key).digest('hex').slice(0, 10)}`;
}

/** Parses template CSV text; throws naming the file and row when a row is malformed. */
export function parseTemplateCsv(text: string, bank: string, fileName: string): TemplateQuestion[] {
  const rows = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  return rows.map((row, index) => {
    const where = `${fileName} 第 ${index + 2} 行`;
    const type = row['题型'];
    const level = row['等级'];
    if (!TYPES.has(type)) throw new Error(`${where}：题型“${type}”应为 单选/多选/判断/填空`);
    if (!LEVELS.has(level)) throw new Error(`${where}：等级“${level}”应为 初级/中级/高级`);
    const options = OPTION_COLUMNS.map((c) => row[c] ?? '').filter((o) => o !== '');
    return {
      id: questionId(bank, row['题干'], options),
      bank,
      type: type as TemplateQuestion['type'],
      stem: row['题干'],
      options,
      answer: row['答案'],
      explanation: row['解析'] ?? '',
      level: level as TemplateQuestion['level'],
      topic: row['分类'],
      source: row['出处'] ?? '',
    };
  });
}

let cached: TemplateQuestion[] | undefined;

/** The built-in bank: every knowledge/questions/*.csv, in file order. Read once per process. */
export function loadBuiltinQuestions(dir = builtinQuestionsDir): TemplateQuestion[] {
  if (dir === builtinQuestionsDir && cached) return cached;
  const files = readdirSync(dir).filter((f) => f.endsWith('.csv')).sort();
  const questions = files.flatMap((f) => parseTemplateCsv(readFileSync(join(dir, f), 'utf8'), 'builtin', f));
  if (dir === builtinQuestionsDir) cached = questions;
  return questions;
}
