import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStorage, type Storage } from '../../bot/storage/database';
import { migrate } from '../../bot/storage/migrations';
import { knowledgeMigrations } from '../../knowledge/migrations';
import { KnowledgeIndex } from '../../knowledge/search/store';
import { freshDatabase } from '../helpers/database';

/** A fresh database of this run's backend (SQLite file or PostgreSQL) with the knowledge tables; `close` drops it. */
export async function openIndex(): Promise<{ storage: Storage; index: KnowledgeIndex; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'dangwu-knowledge-'));
  const fresh = await freshDatabase(dir);
  const storage = openStorage(fresh.url);
  await migrate(storage, knowledgeMigrations);
  return {
    storage,
    index: new KnowledgeIndex(storage.db, () => new Date('2026-03-02T08:00:00Z')),
    async close() {
      await storage.close();
      await fresh.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A minimal one-page PDF whose page shows `text` (Latin only, Helvetica). */
export function writeMinimalPdf(path: string, text: string): void {
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  writeFileSync(path, pdf, 'latin1');
}
