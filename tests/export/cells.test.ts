import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv, toXlsx } from '../../bot/export/cells';

/** What a member may type into a topic, a name or a branch name, and what a spreadsheet would do with it raw. */
const HOSTILE = ['=HYPERLINK("http://127.0.0.1/x","点我")', '@SUM(1+1)', '-2+3', '+1', '\t=1', '\r=1'];
const READ_AS_DATE_OR_NUMBER = ['4/5', '1-2', '12:30', '0371', '110101199003071234', '1e5', '2026.3.1'];
const HARMLESS = ['学习党章', '2026-03-01', '2026-03-01 15:00', '3.5', '12', '实到4/应到5'];

describe('spreadsheet cells (bot/export/cells)', () => {
  it('defuses formula cells and keeps date- or number-like text as text in a CSV', () => {
    for (const text of [...HOSTILE, ...READ_AS_DATE_OR_NUMBER]) expect(csvField(text).replace(/^"/, '')).toMatch(/^'/);
    for (const text of HARMLESS) expect(csvField(text)).toBe(text);
    expect(csvField(7)).toBe('7');
    expect(csvField(null)).toBe('');
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    const csv = toCsv(['议题'], [['-2+3']]);
    expect(csv.startsWith('\uFEFF议题\r\n')).toBe(true);
    expect(csv).toContain("'-2+3");
  });

  it('writes an .xlsx whose cells read back as the strings typed: no formula, no visible apostrophe', async () => {
    // A carriage return inside XML text reads back as a line feed (XML's own rule), so that one is left out here.
    const typed = [...HOSTILE.filter((text) => !text.includes('\r')), ...READ_AS_DATE_OR_NUMBER, ...HARMLESS];
    const bytes = await toXlsx('导出', ['内容', '数'], [...typed.map((text) => [text, 1]), [null, 2.5]]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as never);
    const sheet = workbook.worksheets[0]!;
    typed.forEach((text, i) => {
      const cell = sheet.getRow(i + 2).getCell(1);
      expect(cell.type, text).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
      expect(sheet.getRow(i + 2).getCell(2).value).toBe(1);
    });
    // Guarded cells are formatted as text, so editing one in Excel keeps it text instead of running it.
    expect(sheet.getRow(2).getCell(1).numFmt).toBe('@');
    expect(sheet.getRow(typed.length + 2).getCell(2).value).toBe(2.5);
  });
});
