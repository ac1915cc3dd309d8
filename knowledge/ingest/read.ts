import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { checkZip, DOCX_LIMITS, ZipLimitError } from './zip-guard';

/** Reads one file into plain text. Every failure is an {@link IngestError} naming the file. */

export class IngestError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}：${message}`);
    this.name = 'IngestError';
  }
}

/** A limit this reader keeps (its message is for the person who uploaded the file). */
class LimitError extends Error {}

export const SUPPORTED_EXTENSIONS = ['.md', '.markdown', '.txt', '.docx', '.pdf'];
/** Pages of a PDF read at most: pdf.js holds a page's objects while it reads it, and a handbook is far shorter. */
export const MAX_PDF_PAGES = 1000;
/** Characters of text one document may give (a 1,000-page regulation has about a million). */
export const MAX_DOCUMENT_CHARS = 3_000_000;

export async function readDocumentText(file: string): Promise<string> {
  const ext = extname(file).toLowerCase();
  if (!SUPPORTED_EXTENSIONS.includes(ext)) {
    throw new IngestError(file, `不支持的文件类型 ${ext || '（无扩展名）'}，只能导入 .md、.txt、.docx、.pdf。`);
  }
  let data: Buffer;
  try {
    if (!statSync(file).isFile()) throw new Error('不是文件');
    data = readFileSync(file);
  } catch (error) {
    throw new IngestError(file, `无法读取（${(error as Error).message}），请检查路径和读权限。`);
  }
  if (data.length === 0) throw new IngestError(file, '文件是空的，没有可导入的内容。');
  let text: string;
  try {
    if (ext === '.docx') {
      // Before mammoth unpacks it: a small .docx can unpack to hundreds of megabytes.
      await checkZip(data, DOCX_LIMITS);
      const mammoth = await import('mammoth');
      text = (await mammoth.extractRawText({ buffer: data })).value;
    } else if (ext === '.pdf') {
      const { PDFParse } = await import('pdf-parse');
      const parser = new PDFParse({ data: new Uint8Array(data) });
      try {
        const { total } = await parser.getInfo();
        if (total > MAX_PDF_PAGES) throw new LimitError(`PDF 超过 ${MAX_PDF_PAGES} 页（共 ${total} 页），已拒绝，请拆分后分批导入`);
        text = (await parser.getText()).text;
      } finally {
        await parser.destroy();
      }
    } else {
      text = data.toString('utf8').replace(/^\uFEFF/, '');
      if (text.includes('\uFFFD')) throw new Error('不是 UTF-8 编码的文本，请另存为 UTF-8 后再导入');
    }
  } catch (error) {
    if (error instanceof ZipLimitError || error instanceof LimitError) throw new IngestError(file, `${error.message}。`);
    throw new IngestError(file, `无法解析 ${ext} 文件（${(error as Error).message}），请确认文件没有损坏。`);
  }
  if (text.length > MAX_DOCUMENT_CHARS)
    throw new IngestError(file, `文字超过 ${MAX_DOCUMENT_CHARS / 10_000} 万字，已拒绝，请拆分后分批导入。`);
  // pdf-parse marks page breaks with "-- 1 of 3 --" lines.
  text = text.replace(/^--\s*\d+\s+of\s+\d+\s*--$/gm, '');
  if (!text.trim()) throw new IngestError(file, '没有提取到文字（扫描版 PDF 需先做文字识别）。');
  return text;
}

export function titleOf(file: string, text: string): string {
  const first =
    text
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? '';
  const md = /^#\s+(.+)$/.exec(first);
  if (md) return md[1]!.replace(/\s*\{#[^}]*\}\s*$/, '').trim();
  if (first.length > 0 && first.length <= 30 && !/[。；，]/.test(first)) return first.replace(/^《|》$/g, '');
  return basename(file, extname(file));
}
