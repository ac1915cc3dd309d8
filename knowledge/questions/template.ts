import { createHash } from 'node:crypto';
import { normalizeInput } from '../text/normalize';

/**
 * The question template of knowledge/FORMAT.md, shared by the built-in bank and every import (CSV, XLSX,
 * JSON): one place decides what a valid question is, so a bank that loads here also imports there.
 */

export type QuestionTypeName = '单选' | '多选' | '判断' | '填空';
/** `不分级`: a bank without levels; such questions are offered at every level. */
export type LevelName = '初级' | '中级' | '高级' | '不分级';
export const UNLEVELLED: LevelName = '不分级';

/** One question of a bank, with an id that does not depend on row order. */
export interface TemplateQuestion {
  id: string;
  bank: string;
  type: QuestionTypeName;
  stem: string;
  options: string[];
  answer: string;
  explanation: string;
  level: LevelName;
  topic: string;
  source: string;
}

export const TEMPLATE_HEADER = [
  '题型',
  '题干',
  '选项A',
  '选项B',
  '选项C',
  '选项D',
  '选项E',
  '选项F',
  '答案',
  '解析',
  '等级',
  '分类',
  '出处',
] as const;
export const OPTION_COLUMNS = TEMPLATE_HEADER.slice(2, 8);
/** Columns without which a file is not the template at all (checked once, before any row). */
export const REQUIRED_COLUMNS = ['题型', '题干', '答案'] as const;

export interface ValidationOptions {
  /** The level of rows whose 等级 is empty (or of every row when the column is missing); 不分级 by default. */
  defaultLevel?: LevelName;
}

const TYPE_ALIASES: Record<string, QuestionTypeName> = {
  单选: '单选',
  单选题: '单选',
  单项选择: '单选',
  单项选择题: '单选',
  多选: '多选',
  多选题: '多选',
  多项选择: '多选',
  多项选择题: '多选',
  判断: '判断',
  判断题: '判断',
  填空: '填空',
  填空题: '填空',
};
const LEVELS = new Set<string>(['初级', '中级', '高级', '不分级']);
const TRUE_WORDS = /^(正确|对|是|√|✓|T|TRUE|Y)$/i;
const FALSE_WORDS = /^(错误|错|否|×|✗|X|F|FALSE|N)$/i;
const BLANK = /（\s*）|\(\s*\)|_{2,}/g;

/** What makes two questions the same: full-width/half-width, traditional/simplified, blanks and spaces do not count. */
export function sameQuestionKey(text: string): string {
  return normalizeInput(text).replace(BLANK, '()').replace(/\s+/g, '');
}

/** Stable id: bank + normalised stem + options, so reordering rows keeps users' practice history. */
export function questionId(bank: string, stem: string, options: string[]): string {
  const key = [sameQuestionKey(stem), ...options.map(sameQuestionKey)].join('|');
  return `${bank}-${createHash('sha1').update(key).digest('hex').slice(0, 10)}`;
}

/** A row as read from a file: template column name → cell text, and the row number people see in their editor. */
export interface RawRow {
  row: number;
  fields: Record<string, string>;
}

export interface RowError {
  row: number;
  reason: string;
}

export interface ValidationResult {
  questions: TemplateQuestion[];
  errors: RowError[];
  /** Rows whose question repeats an earlier row of the same file (the later row wins). */
  repeats: { row: number; sameAs: number }[];
}

/** Validates every row (collecting every error, not just the first) and normalises answers to the template's forms. */
export function validateRows(rows: RawRow[], bank: string, options: ValidationOptions = {}): ValidationResult {
  const errors: RowError[] = [];
  const repeats: ValidationResult['repeats'] = [];
  const byId = new Map<string, { row: number; question: TemplateQuestion }>();
  for (const raw of rows) {
    const result = validateRow(raw.fields, bank, options);
    if (typeof result === 'string') {
      errors.push({ row: raw.row, reason: result });
      continue;
    }
    const earlier = byId.get(result.id);
    if (earlier) repeats.push({ row: raw.row, sameAs: earlier.row });
    byId.set(result.id, { row: raw.row, question: result });
  }
  return { questions: [...byId.values()].map((v) => v.question), errors, repeats };
}

/** One row → a question, or the reason it is not one (in Chinese, naming the column). */
export function validateRow(fields: Record<string, string>, bank: string, settings: ValidationOptions = {}): TemplateQuestion | string {
  const cell = (name: string) => (fields[name] ?? '').trim();
  const typeText = cell('题型');
  const type = TYPE_ALIASES[typeText];
  if (!type) return typeText ? `题型“${typeText}”应为 单选、多选、判断 或 填空` : '缺少题型';
  const stem = cell('题干');
  if (!stem) return '缺少题干';
  const levelText = cell('等级') || (settings.defaultLevel ?? UNLEVELLED);
  if (!LEVELS.has(levelText)) return `等级“${levelText}”应为 初级、中级、高级，或留空（不分级）`;
  const rawAnswer = cell('答案');
  if (!rawAnswer) return '缺少答案';

  const cells = OPTION_COLUMNS.map((c) => cell(c));
  const lastFilled = cells.reduce((last, text, i) => (text ? i : last), -1);
  const gap = cells.slice(0, lastFilled + 1).findIndex((text) => !text);
  let answer = rawAnswer;
  const options = cells.slice(0, lastFilled + 1);

  if (type === '单选' || type === '多选') {
    if (gap >= 0) return `${OPTION_COLUMNS[gap]} 为空，但后面还有选项；选项要从 A 起连续填写`;
    if (options.length < 2) return `${type}题至少要有两个选项`;
    const letters = normalizeInput(rawAnswer)
      .toUpperCase()
      .replace(/[\s,，、;；|/]/g, '');
    if (!/^[A-F]+$/.test(letters)) return `答案“${rawAnswer}”应为选项字母，如 B 或 ACD`;
    const unique = [...new Set(letters)].sort();
    const missing = unique.find((l) => 'ABCDEF'.indexOf(l) >= options.length);
    if (missing) return `答案里的 ${missing} 没有对应的选项（本题只有 A–${'ABCDEF'[options.length - 1]}）`;
    if (type === '单选' && unique.length !== 1) return `单选题的答案只能是一个字母，现为“${rawAnswer}”`;
    answer = unique.join('');
  } else {
    if (options.length > 0) return `${type}题不应填写选项（选项A–F 留空）`;
    if (type === '判断') {
      const text = normalizeInput(rawAnswer);
      answer = TRUE_WORDS.test(text) ? '正确' : FALSE_WORDS.test(text) ? '错误' : '';
      if (!answer) return `判断题的答案应为“正确”或“错误”，现为“${rawAnswer}”`;
    } else {
      const parts = rawAnswer.split(/[|｜]/).map((p) => p.trim());
      if (parts.some((p) => !p)) return `填空题的答案有空白的一项：“${rawAnswer}”`;
      const blanks = stem.match(BLANK)?.length ?? 0;
      if (blanks > 0 && blanks !== parts.length) return `题干有 ${blanks} 个空，答案却有 ${parts.length} 项（多个空之间用 | 分隔）`;
      answer = parts.join('|');
    }
  }
  return {
    id: questionId(bank, stem, options),
    bank,
    type,
    stem,
    options,
    answer,
    explanation: cell('解析'),
    level: levelText as LevelName,
    topic: cell('分类') || '未分类',
    source: cell('出处'),
  };
}

/** Header check: the template's required columns must be there; unknown columns are named so typos show. */
export function checkHeader(columns: string[]): string | undefined {
  const present = new Set(columns.map((c) => c.trim()));
  const missing = REQUIRED_COLUMNS.filter((c) => !present.has(c));
  if (missing.length === 0) return undefined;
  const unknown = columns.filter((c) => c.trim() && !(TEMPLATE_HEADER as readonly string[]).includes(c.trim()));
  return `表头缺少 ${missing.join('、')} 列${unknown.length ? `（不认识的列：${unknown.join('、')}）` : ''}。模板表头为：${TEMPLATE_HEADER.join(',')}`;
}

/** The template row of a question (for export, and for round-tripping through an import). */
export function toTemplateRow(
  q: Pick<TemplateQuestion, 'type' | 'stem' | 'options' | 'answer' | 'explanation' | 'level' | 'topic' | 'source'>,
): string[] {
  return [q.type, q.stem, ...OPTION_COLUMNS.map((_, i) => q.options[i] ?? ''), q.answer, q.explanation, q.level, q.topic, q.source];
}
