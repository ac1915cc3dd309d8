/**
 * The knowledge layer's one public entry point: the handbook index, the question banks, ingest and the text
 * normalisation every layer above shares. `bot/`, `web/`, `cli/` and `adapters/` import knowledge only from here
 * (tests/architecture.test.ts holds the rule); everything under knowledge/* is free to change behind it.
 *
 * Heavy readers (docx, pdf, xlsx) are loaded on first use, so importing this module stays cheap at start-up.
 */
import type Database from 'better-sqlite3';
import { allBanks, type BankSnapshot } from './questions/all-banks';
import { ensureHandbookIndexed } from './search/handbook';
import { KnowledgeIndex } from './search/store';

export { normalizeInput, simplify, toHalfWidth } from './text/normalize';
export { expandQuery, synonymsOf } from './search/synonyms';
export { normalizeForIndex, queryTerms, tokenize } from './search/tokenize';
export { KnowledgeIndex, charCoverage, hashText, type ChunkInput, type DocumentInput, type GapRow, type SearchHit } from './search/store';
export { HANDBOOK_TITLE, readableSource, ensureHandbookIndexed, parseHandbookChapter } from './search/handbook';
export { ensureEmbeddings, hybridSearch, type EmbedFn } from './search/dense';
export { knowledgeMigrations } from './migrations';
export { allBanks, type BankSnapshot } from './questions/all-banks';
export { BUILTIN_BANK, BUILTIN_BANK_TITLE, QuestionBankStore, checkBankName, type BankInfo, type ImportReport } from './questions/store';
export {
  bigramCoverage,
  createPasteIndex,
  looksLikeExamQuestion,
  parsePasted,
  MATCH_THRESHOLD,
  PASSAGE_EVIDENCE,
  suggestFromHandbook,
  resolvePaste,
  outcomeAnswer,
  type PasteOutcome,
  type HandbookSuggestion,
  type PassageHit,
  type PasteLookup,
  type PasteIndex,
  type PasteMatch,
  type PastedQuestion,
} from './questions/paste';
export {
  TEMPLATE_HEADER,
  questionId,
  toTemplateRow,
  validateRows,
  UNLEVELLED,
  type LevelName,
  type ValidationOptions,
  type QuestionTypeName,
  type RawRow,
  type RowError,
  type TemplateQuestion,
  type ValidationResult,
} from './questions/template';
export { loadBuiltinQuestions } from './questions/builtin';
export { QuestionFileError, QUESTION_FILE_TYPES } from './questions/readers';
export { IngestError, SUPPORTED_EXTENSIONS } from './ingest/read';
export type { IngestReport } from './ingest';

/** Reads a question file (CSV, XLSX, JSON) into template rows; exceljs and csv-parse load on first call. */
export async function readQuestionFile(path: string): Promise<import('./questions/template').RawRow[]> {
  return (await import('./questions/readers')).readQuestionFile(path);
}

/** Reads question rows from bytes already in memory (an upload), by file name extension. */
export async function readQuestionBytes(fileName: string, bytes: Buffer): Promise<import('./questions/template').RawRow[]> {
  return (await import('./questions/readers')).readQuestionBytes(fileName, bytes);
}

/** Ingests documents (md, txt, docx, pdf) into the index in one transaction; the readers load on first call. */
export async function ingestFiles(...args: Parameters<typeof import('./ingest').ingestFiles>): ReturnType<typeof import('./ingest').ingestFiles> {
  return (await import('./ingest')).ingestFiles(...args);
}

/** Files named, and the supported files inside folders named. */
export async function expandPaths(paths: string[]): Promise<string[]> {
  return (await import('./ingest')).expandPaths(paths);
}

/** What the layers above hold on to: one index over one database, and the banks as the store last saw them. */
export interface Knowledge {
  index: KnowledgeIndex;
  /** Every bank, built-in and imported, as of the store's current revision (cached per revision). */
  banks(): BankSnapshot;
  /** Re-indexes the built-in handbook if its files changed; returns how many chapters were (re)indexed. */
  ensureHandbook(): number;
}

export function createKnowledge(sqlite: Database.Database, now: () => Date = () => new Date()): Knowledge {
  const index = new KnowledgeIndex(sqlite, now);
  return {
    index,
    banks: () => allBanks(sqlite),
    ensureHandbook: () => ensureHandbookIndexed(index),
  };
}
