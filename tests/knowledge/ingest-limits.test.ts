import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestError, ingestFiles, MAX_CHUNKS_PER_DOCUMENT } from '../../knowledge/ingest';
import { MAX_PDF_PAGES } from '../../knowledge/ingest/read';
import { QuestionFileError, readQuestionBytes } from '../../knowledge/questions/readers';
import type { KnowledgeIndex } from '../../knowledge/search/store';
import { docxBomb, xlsxBomb } from '../helpers/zip-bombs';
import { openIndex } from './helpers';

/** Issue 24: documents that cost far more to read than they weigh are refused before they are unpacked or indexed. */

let index: KnowledgeIndex;
let close: () => Promise<void>;
let dir: string;
beforeAll(async () => {
  ({ index, close } = await openIndex());
  dir = mkdtempSync(join(tmpdir(), 'dangwu-ingest-limits-'));
});
afterAll(async () => {
  await close();
  rmSync(dir, { recursive: true, force: true });
});

const refusal = async (file: string) => {
  const error = await ingestFiles(index, [file]).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(IngestError);
  expect(await index.counts()).toEqual({ documents: 0, chunks: 0 });
  return (error as Error).message;
};

/** A PDF of `pages` pages, each showing the same line (one content stream shared by every page). */
function writePdf(path: string, pages: number): void {
  const stream = 'BT /F1 12 Tf 72 720 Td (Branch rules) Tj ET';
  const firstPage = 5;
  const kids = Array.from({ length: pages }, (_, i) => `${firstPage + i} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...Array.from(
      { length: pages },
      () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>',
    ),
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

describe('zip bombs', () => {
  it('refuses a .docx that unpacks past the limit, from the sizes its directory declares', async () => {
    const file = join(dir, 'bomb.docx');
    writeFileSync(file, await docxBomb(60));
    expect(await refusal(file)).toContain('文件解压后超过 50 MB，已拒绝');
  });

  it('refuses one whose directory lies about its sizes, by inflating it with a cap', async () => {
    const file = join(dir, 'liar.docx');
    writeFileSync(file, await docxBomb(60, 'small'));
    expect(await refusal(file)).toContain('文件解压后超过 50 MB，已拒绝');
  });

  it('refuses an .xlsx question bank that unpacks past its limit, declared or not', async () => {
    for (const declared of ['honest', 'small'] as const) {
      const error = await readQuestionBytes('bomb.xlsx', await xlsxBomb(25, declared)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QuestionFileError);
      expect((error as Error).message).toBe('文件解压后超过 20 MB，已拒绝');
    }
  });

  it('still reads a small .docx and .xlsx made the same way', async () => {
    const file = join(dir, 'small.docx');
    writeFileSync(file, await docxBomb(0.01));
    expect((await ingestFiles(index, [file])).files[0]!.result).toBe('added');
    expect(await readQuestionBytes('small.xlsx', await xlsxBomb(0.01))).toHaveLength(1);
    await index.remove(`file:${file}`);
  });
});

describe('long documents', () => {
  it('refuses a document that would cut into more passages than the limit', async () => {
    const file = join(dir, 'long.md');
    writeFileSync(file, Array.from({ length: MAX_CHUNKS_PER_DOCUMENT + 1 }, (_, i) => `第${i + 1}条 支部按时召开会议。`).join('\n'));
    const message = await refusal(file);
    expect(message).toContain(`超过 ${MAX_CHUNKS_PER_DOCUMENT} 段的上限`);
  });

  it('refuses a PDF of more pages than the limit', async () => {
    const file = join(dir, 'long.pdf');
    writePdf(file, MAX_PDF_PAGES + 1);
    expect(await refusal(file)).toContain(`PDF 超过 ${MAX_PDF_PAGES} 页`);
  });
});
