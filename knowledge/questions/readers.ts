import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { checkZip, XLSX_LIMITS, ZipLimitError } from '../ingest/zip-guard';
import { checkHeader, OPTION_COLUMNS, type RawRow, TEMPLATE_HEADER } from './template';

/**
 * Reading a question file in any of the accepted shapes (template CSV, template XLSX, JSON) into template
 * rows with the row numbers people see: the spreadsheet row for CSV/XLSX, the item number for JSON.
 */

export class QuestionFileError extends Error {}

export const QUESTION_FILE_TYPES = ['.csv', '.xlsx', '.json'] as const;
const MAX_BYTES = 50 * 1024 * 1024;

export async function readQuestionFile(path: string): Promise<RawRow[]> {
  const _ext = extname(path).toLowerCase();
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new QuestionFileError(`找不到文件 ${path}`);
  if (!info.isFile()) throw new QuestionFileError(`${path} 不是文件`);
  if (info.size > MAX_BYTES) throw new QuestionFileError(`${path} 超过 50 MB，请拆分后分批导入`);
  return readQuestionBytes(path, await readFile(path));
}

/** Reads an upload already in memory; the file name's extension says which reader applies. */
export async function readQuestionBytes(fileName: string, bytes: Buffer): Promise<RawRow[]> {
  const ext = extname(fileName).toLowerCase();
  if (bytes.length > MAX_BYTES) throw new QuestionFileError(`${fileName} 超过 50 MB，请拆分后分批导入`);
  if (ext === '.csv') return readCsv(bytes);
  if (ext === '.xlsx') return readXlsx(bytes);
  if (ext === '.json') return readJson(decodeText(bytes));
  if (ext === '.xls') throw new QuestionFileError('不支持旧版 .xls 文件：请在 Excel 或 WPS 中“另存为” .xlsx 或 .csv 后再导入');
  throw new QuestionFileError(`不支持 ${ext || '无扩展名'} 文件：题库请用 ${QUESTION_FILE_TYPES.join('、')}（模板见 knowledge/FORMAT.md）`);
}

/** Excel on Chinese Windows saves CSV as GBK; anything that is not valid UTF-8 is read as GBK. */
export function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

// csv-parse and exceljs load on first use: a bot that never imports a bank does not pay for them at start-up.
const require = createRequire(import.meta.url);

export function readCsv(bytes: Buffer): RawRow[] {
  const { parse } = require('csv-parse/sync') as typeof import('csv-parse/sync');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(decodeText(bytes), {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new QuestionFileError(
      `CSV 格式有误${line ? `（第 ${line} 行附近）` : ''}：多半是引号没有成对。含逗号或换行的内容要用英文双引号括起来。`,
    );
  }
  if (records.length === 0) throw new QuestionFileError('文件是空的');
  const [header, ...body] = records;
  return toRows(
    header.record,
    body.map((r) => ({ row: r.info.lines, cells: r.record })),
  );
}

export async function readXlsx(bytes: Buffer): Promise<RawRow[]> {
  // Before exceljs unpacks it: a 600 KB workbook unpacked to gigabytes of cells.
  try {
    await checkZip(bytes, XLSX_LIMITS);
  } catch (error) {
    if (error instanceof ZipLimitError) throw new QuestionFileError(error.message);
    throw new QuestionFileError('无法读取这个 .xlsx 文件：文件可能已损坏，或者不是 Excel 工作簿');
  }
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new QuestionFileError('无法读取这个 .xlsx 文件：文件可能已损坏，或者不是 Excel 工作簿');
  }
  const sheet = workbook.worksheets.find((s) => s.actualRowCount > 0);
  if (!sheet) throw new QuestionFileError('工作簿里没有数据');
  const lines: { row: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, TEMPLATE_HEADER.length); c++) cells.push(cellText(row.getCell(c)));
    if (cells.some((c) => c.trim())) lines.push({ row: row.number, cells });
  });
  if (lines.length === 0) throw new QuestionFileError('工作簿里没有数据');
  const [header, ...body] = lines;
  return toRows(header.cells, body);
}

function cellText(cell: import('exceljs').Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '正确' : '错误';
  // cell.text renders rich text, formulas' results and numbers as shown; hyperlinks keep their text.
  return String(cell.text ?? '').trim();
}

function toRows(header: string[], body: { row: number; cells: string[] }[]): RawRow[] {
  const columns = header.map((h) => h.replace(/^\uFEFF/, '').trim());
  const problem = checkHeader(columns);
  if (problem) throw new QuestionFileError(problem);
  return body
    .filter((line) => line.cells.some((c) => c.trim()))
    .map((line) => ({ row: line.row, fields: Object.fromEntries(columns.map((c, i) => [c, (line.cells[i] ?? '').trim()])) }));
}

/** English keys (as `dangwu questions list --json` prints them) or the template's Chinese column names. */
const JSON_KEYS: Record<string, string> = {
  type: '题型',
  stem: '题干',
  answer: '答案',
  explanation: '解析',
  level: '等级',
  topic: '分类',
  source: '出处',
};

export function readJson(text: string): RawRow[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new QuestionFileError(`JSON 格式有误：${(error as Error).message}`);
  }
  const items = Array.isArray(data) ? data : (data as { questions?: unknown })?.questions;
  if (!Array.isArray(items)) throw new QuestionFileError('JSON 应为题目数组，或 {"questions": [...]}');
  return items.map((item, i) => {
    const fields: Record<string, string> = {};
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
        if (key === 'options' && Array.isArray(value))
          value.forEach((o, j) => j < OPTION_COLUMNS.length && (fields[OPTION_COLUMNS[j]] = String(o ?? '')));
        else if (value !== null && value !== undefined && typeof value !== 'object') fields[JSON_KEYS[key] ?? key] = String(value);
        else if (Array.isArray(value) && (JSON_KEYS[key] ?? key) === '答案')
          fields['答案'] = value.join(key === 'answer' && value.every((v) => /^[A-F]$/i.test(String(v))) ? '' : '|');
      }
    }
    return { row: i + 1, fields };
  });
}
