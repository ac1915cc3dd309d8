import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import {
  checkBankName,
  type ImportReport,
  IngestError,
  type IngestReport,
  ingestFiles,
  KnowledgeIndex,
  lintFigures,
  lintQuestions,
  QUESTION_FILE_TYPES,
  QuestionBankStore,
  QuestionFileError,
  readQuestionBytes,
  SUPPORTED_EXTENSIONS,
  type TemplateQuestion,
  validateRows,
} from '../knowledge';
import type { BankPreview } from './pages/banks';

/**
 * Uploads go through the same readers, validators and ingest as the CLI. Nothing reaches the database until a
 * file has been read and every row validated; a validated question file waits, by token, for the confirmation.
 */

export const MAX_QUESTION_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
export const MAX_DOCUMENTS_PER_UPLOAD = 20;
const PENDING_MINUTES = 30;

export class UploadError extends Error {}

interface Pending {
  bank: string;
  file: string;
  questions: TemplateQuestion[];
  accountId: number;
  expires: number;
}

export function defaultBankName(file: string): string {
  return basename(file, extname(file))
    .replace(/[^\p{L}\p{N}_-]/gu, '')
    .slice(0, 20);
}

/** Bytes of a stored file name: file systems allow 255, and a backup beside it adds a suffix. */
const MAX_NAME_BYTES = 200;

/**
 * A browser-supplied file name reduced to a safe base name (no folders, no control characters). A long name is
 * shortened before its extension, which is kept: cutting the end off made a 300-character name "无扩展名".
 */
export function safeFileName(name: string): string {
  const base = basename(name.replace(/\\/g, '/'))
    .replace(/[\u0000-\u001f<>:"|?*]/g, '')
    .trim();
  if (base === '' || base === '.' || base === '..') return 'upload';
  if (Buffer.byteLength(base) <= MAX_NAME_BYTES) return base;
  const ext = extname(base);
  const keep = ext.length <= 16 ? ext : '';
  // A character is at least a byte, so no more than MAX_NAME_BYTES of them can stay (and a huge name costs nothing).
  let stem = [...base.slice(0, base.length - keep.length).slice(0, MAX_NAME_BYTES)];
  while (stem.length > 0 && Buffer.byteLength(stem.join('') + keep) > MAX_NAME_BYTES) stem = stem.slice(0, -1);
  return stem.join('').trim() + keep;
}

/** The reviewer's screen (`dangwu questions lint`) over a bank about to be imported: what the preview shows. */
function lintSummary(questions: TemplateQuestion[]): NonNullable<BankPreview['lint']> {
  const report = lintQuestions(questions);
  const figures = lintFigures(report);
  return {
    summary: [figures.single, `多选${figures.allButLast}`, figures.nearDuplicates],
    findings: report.findings.map((f) => f.message),
  };
}

export function createUploads(options: { db: Kysely<any>; now: () => Date; uploadDir: string }) {
  const pending = new Map<string, Pending>();

  return {
    async previewQuestions(file: File, bankField: string, accountId: number): Promise<BankPreview> {
      const name = safeFileName(file.name);
      const bank = bankField.trim() || defaultBankName(name);
      const empty: BankPreview = { bank, file: name, rows: 0, errors: [], repeats: [], sample: [] };
      const ext = extname(name).toLowerCase();
      if (!(QUESTION_FILE_TYPES as readonly string[]).includes(ext))
        return { ...empty, fileError: `不支持 ${ext || '无扩展名'} 文件：题库请用 ${QUESTION_FILE_TYPES.join('、')}` };
      if (file.size > MAX_QUESTION_FILE_BYTES) return { ...empty, fileError: '文件超过 10 MB，请拆分后分批导入' };
      const badName = checkBankName(bank);
      if (badName) return { ...empty, fileError: badName };
      let rows: Awaited<ReturnType<typeof readQuestionBytes>>;
      try {
        rows = await readQuestionBytes(name, Buffer.from(await file.arrayBuffer()));
      } catch (error) {
        if (error instanceof QuestionFileError) return { ...empty, fileError: error.message };
        throw error;
      }
      const { questions, errors, repeats } = validateRows(rows, bank);
      if (errors.length === 0 && questions.length === 0) return { ...empty, fileError: '文件里没有题目（只有表头）' };
      const preview: BankPreview = {
        bank,
        file: name,
        rows: rows.length,
        errors,
        repeats,
        sample: questions.slice(0, 10).map((q) => ({ stem: q.stem, type: q.type, level: q.level, answer: q.answer })),
      };
      if (errors.length > 0) return preview;
      preview.lint = lintSummary(questions);
      const now = options.now().getTime();
      for (const [key, p] of pending) if (p.expires < now) pending.delete(key);
      const token = randomBytes(18).toString('base64url');
      pending.set(token, { bank, file: name, questions, accountId, expires: now + PENDING_MINUTES * 60_000 });
      return { ...preview, token };
    },

    /** Imports exactly what was previewed (all or nothing, one transaction). */
    async importPending(token: string, accountId: number): Promise<{ bank: string; file: string; report: ImportReport }> {
      const p = pending.get(token);
      if (!p || p.accountId !== accountId || p.expires < options.now().getTime())
        throw new UploadError('这次检查已过期或无效，请重新上传文件。');
      pending.delete(token);
      const store = new QuestionBankStore(options.db, options.now);
      return { bank: p.bank, file: p.file, report: await store.importQuestions(p.bank, p.questions, p.file) };
    },

    /**
     * Checks every document's type and size first; then stores them in the upload folder and ingests them together
     * (the ingest reads and chunks every file before it writes). If it fails, the index and the folder stay as they were.
     */
    async ingestDocuments(files: File[]): Promise<IngestReport> {
      if (files.length === 0) throw new UploadError('请选择要上传的文件。');
      if (files.length > MAX_DOCUMENTS_PER_UPLOAD) throw new UploadError(`一次最多上传 ${MAX_DOCUMENTS_PER_UPLOAD} 个文件。`);
      const staged: { name: string; bytes: Uint8Array }[] = [];
      for (const file of files) {
        const name = safeFileName(file.name);
        const ext = extname(name).toLowerCase();
        if (!SUPPORTED_EXTENSIONS.includes(ext))
          throw new UploadError(`${name}：不支持 ${ext || '无扩展名'} 文件（支持 .docx、.pdf、.md、.txt）。`);
        if (file.size > MAX_DOCUMENT_BYTES) throw new UploadError(`${name}：超过 20 MB。`);
        if (staged.some((s) => s.name === name)) throw new UploadError(`有两个文件都叫 ${name}，请改名后再上传。`);
        staged.push({ name, bytes: new Uint8Array(await file.arrayBuffer()) });
      }
      // Each file is written beside its previous version; the ingest reads every file before it writes the index,
      // and if it fails the folder is put back as it was, so disk and index keep agreeing.
      mkdirSync(options.uploadDir, { recursive: true });
      const written: string[] = [];
      const restore: { target: string; backup?: string }[] = [];
      for (const s of staged) {
        const target = resolve(options.uploadDir, s.name);
        const suffix = randomBytes(4).toString('hex');
        const backup = existsSync(target) ? `${target}.${suffix}.bak` : undefined;
        if (backup) renameSync(target, backup);
        restore.push({ target, backup });
        writeFileSync(target, s.bytes);
        written.push(target);
      }
      const putBack = () => {
        for (const r of restore) {
          rmSync(r.target, { force: true });
          if (r.backup) renameSync(r.backup, r.target);
        }
      };
      try {
        const report = await ingestFiles(new KnowledgeIndex(options.db, options.now), written);
        for (const r of restore) if (r.backup) rmSync(r.backup, { force: true });
        return report;
      } catch (error) {
        putBack();
        if (error instanceof IngestError) throw new UploadError(error.message.split(`${options.uploadDir}/`).join(''));
        throw error;
      }
    },
  };
}

export type Uploads = ReturnType<typeof createUploads>;
