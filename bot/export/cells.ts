/**
 * Spreadsheet exports (.csv and .xlsx) shared by the chat and the web console. Whatever a member or a secretary typed
 * (a topic, a name, a branch name) reaches the secretary's Excel as the text that was typed:
 *
 * - a cell a spreadsheet would run as a formula (leading `=`, `+`, `-`, `@`, tab or carriage return:
 *   `=HYPERLINK("http://…")`, `@SUM(1+1)`, `-2+3`) must not run;
 * - a cell a spreadsheet would silently turn into a date, time or number (`4/5` opens as April 5th, `1-2` as January
 *   2nd, `0371` loses its zero, an 18-digit 身份证号 becomes 1.2E+17) must stay as typed.
 *
 * In a CSV both get a leading apostrophe (the only guard a CSV has: Excel and LibreOffice show it, and run nothing).
 * In an .xlsx a string is always stored as a string cell, never a formula, so no apostrophe is needed; those cells get
 * the text number format (`@`) as well, so that editing one in Excel keeps it text instead of running it.
 */

export type Cell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
/** Dates and times a spreadsheet reads correctly as what they are (our own tables' dates and stamps). */
const ISO_DATE_OR_STAMP = /^\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}(?::\d{2})?)?$/;
const DATE_OR_TIME_LIKE = /^\s*\d{1,4}\s*[/:\-.]\s*\d{1,4}(?:\s*[/:\-.]\s*\d{1,4})?\s*$/;
const DECIMAL = /^\d+\.\d+$/;
const LEADING_ZERO_OR_LONG = /^(?:0\d+|\d{12,})$/;
const EXPONENT = /^\s*\d+(?:\.\d+)?[eE][+-]?\d+\s*$/;

/** True when a spreadsheet would run the text as a formula. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

/** True when a spreadsheet would read the text as a different date, time or number than what was typed. */
export function isReadAsNumberOrDate(text: string): boolean {
  if (ISO_DATE_OR_STAMP.test(text) || DECIMAL.test(text)) return false;
  return DATE_OR_TIME_LIKE.test(text) || LEADING_ZERO_OR_LONG.test(text) || EXPONENT.test(text);
}

/** A string cell that needs guarding in a spreadsheet (a formula to defuse or text to keep as text). */
export function needsGuard(value: Cell): value is string {
  return typeof value === 'string' && (isFormulaLike(value) || isReadAsNumberOrDate(value));
}

/** One CSV field: guarded with a leading apostrophe where needed, quoted where it holds a comma, quote or line break. */
export function csvField(value: Cell): string {
  const raw = value === null || value === undefined ? '' : String(value);
  const text = needsGuard(value) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV: UTF-8 with a byte-order mark (Excel on Chinese Windows otherwise reads GBK), CRLF line ends. */
export function toCsv(headers: string[], rows: Cell[][]): string {
  return `\uFEFF${[headers, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** A one-sheet workbook: strings as string cells (never formulas), numbers as numbers, bold headers. */
export async function toXlsx(sheetName: string, headers: string[], rows: Cell[][]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '党务助手';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '));
  sheet.addRow(headers).font = { bold: true };
  for (const values of rows) {
    const row = sheet.addRow(values.map((value) => value ?? ''));
    values.forEach((value, i) => {
      if (needsGuard(value)) row.getCell(i + 1).numFmt = '@';
    });
  }
  sheet.columns.forEach((column, i) => {
    const widest = Math.max(headers[i]!.length, ...rows.slice(0, 200).map((r) => String(r[i] ?? '').length));
    column.width = Math.min(60, Math.max(8, widest * 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
