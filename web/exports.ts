/**
 * Tables as .xlsx and .csv downloads, through the bot's one export helper (bot/export/cells.ts): formula cells
 * defused, text a spreadsheet would turn into a date or number kept as typed.
 */

export { type Cell, toCsv, toXlsx } from '../bot';

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** RFC 5987 file name so Chinese names survive every browser. */
export function attachment(name: string): string {
  return `attachment; filename="export"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
