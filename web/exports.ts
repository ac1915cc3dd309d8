/**
 * Tables as .xlsx and .csv downloads. Cells that a spreadsheet would read as a formula (=, +, -, @) get a leading
 * apostrophe: a hostile branch name must not run in the secretary's Excel.
 */

export type Cell = string | number;

const defuse = (value: Cell): Cell => (typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

export function toCsv(headers: string[], rows: Cell[][]): string {
  const quote = (value: Cell) => {
    const text = String(defuse(value));
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  // The byte-order mark makes Excel on Chinese Windows read UTF-8 instead of GBK.
  return `\uFEFF${[headers, ...rows].map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
}

export async function toXlsx(sheetName: string, headers: string[], rows: Cell[][]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '党务助手';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '));
  sheet.addRow(headers).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map(defuse));
  sheet.columns.forEach((column, i) => {
    const widest = Math.max(headers[i]!.length, ...rows.slice(0, 200).map((r) => String(r[i] ?? '').length));
    column.width = Math.min(60, Math.max(8, widest * 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** RFC 5987 file name so Chinese names survive every browser. */
export function attachment(name: string): string {
  return `attachment; filename="export"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
