import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { hashText, type KnowledgeIndex, type UpsertResult } from '../search/store';
import { normalizeForIndex, TOKENIZER_VERSION } from '../search/tokenize';
import { chunkDocument } from './chunk';
import { IngestError, readDocumentText, SUPPORTED_EXTENSIONS, titleOf } from './read';

export { IngestError } from './read';

/** Passages one document may give: ~3.6 million characters, several thousand pages of regulations. */
export const MAX_CHUNKS_PER_DOCUMENT = 3000;

export interface IngestReport {
  files: Array<{ file: string; title: string; chunks: number; result: UpsertResult }>;
}

/** Files named, and the supported files inside folders named (recursively, sorted). */
export function expandPaths(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string, explicit: boolean) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new IngestError(p, '文件或文件夹不存在，请检查路径。');
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (name.startsWith('.')) continue;
        const child = join(p, name);
        if (statSync(child).isDirectory() || SUPPORTED_EXTENSIONS.some((e) => name.toLowerCase().endsWith(e))) walk(child, false);
      }
    } else if (explicit || st.isFile()) {
      out.push(p);
    }
  };
  for (const p of paths) walk(resolve(p), true);
  return [...new Set(out)];
}

/**
 * Reads and chunks every file first; only when all succeeded are they written, in one transaction.
 * A file whose content hash is unchanged is left alone; a changed one has its chunks replaced.
 */
export async function ingestFiles(
  index: KnowledgeIndex,
  paths: string[],
  onProgress?: (done: number, total: number, file: string) => void,
): Promise<IngestReport> {
  const files = expandPaths(paths);
  if (files.length === 0) throw new IngestError(paths.join(' '), '没有找到可导入的文件（支持 .md、.txt、.docx、.pdf）。');
  const prepared: Array<{ file: string; title: string; hash: string; chunks: ReturnType<typeof chunkDocument> }> = [];
  for (const [i, file] of files.entries()) {
    // Reading and cutting a long document is seconds of work: the event loop gets a turn between files.
    await nextTurn();
    const text = await readDocumentText(file);
    // The tokenizer's version is part of the hash: a new tokenizer re-indexes unchanged files too.
    const hash = hashText(`tokenizer ${TOKENIZER_VERSION}`, text);
    const title = titleOf(file, normalizeForIndex(text) ? text : file);
    const unchanged = (await index.documentHash(`file:${file}`)) === hash;
    const chunks = unchanged ? [] : chunkDocument(text, title);
    if (!unchanged && chunks.length === 0) throw new IngestError(file, '没有可导入的段落。');
    if (chunks.length > MAX_CHUNKS_PER_DOCUMENT)
      throw new IngestError(
        file,
        `文档太长：切分后有 ${chunks.length} 段，超过 ${MAX_CHUNKS_PER_DOCUMENT} 段的上限，已拒绝，请拆分后分批导入。`,
      );
    prepared.push({ file, title, hash, chunks });
    onProgress?.(i + 1, files.length, file);
  }
  const report: IngestReport = { files: [] };
  await index.transaction(async (tx) => {
    for (const p of prepared) {
      if ((await tx.documentHash(`file:${p.file}`)) === p.hash) {
        report.files.push({ file: p.file, title: p.title, chunks: 0, result: 'unchanged' });
        continue;
      }
      const result = await tx.upsert({ source: `file:${p.file}`, title: p.title, kind: 'file', hash: p.hash, chunks: p.chunks });
      report.files.push({ file: p.file, title: p.title, chunks: p.chunks.length, result });
    }
  });
  return report;
}
