/**
 * The knowledge layer's one public entry point: the handbook index, the question banks, ingest and the text
 * normalisation every layer above shares. `bot/`, `web/`, `cli/` and `adapters/` import knowledge only from here
 * (tests/architecture.test.ts holds the rule); everything under knowledge/* is free to change behind it.
 *
 * Heavy readers (docx, pdf, xlsx) are loaded on first use, so importing this module stays cheap at start-up.
 */
import type { Kysely } from 'kysely';
import { allBanks, type BankSnapshot } from './questions/all-banks';
import { ensureHandbookIndexed } from './search/handbook';
import { KnowledgeIndex } from './search/store';

// The fact layer (问答对): knowledge/facts/.
export {
  type AskedKind,
  askedBound,
  askedClause,
  askedText,
  askedValueKinds,
  askingClauses,
  askingParts,
  asksForPapers,
  asksSomething,
  type Bound,
  cleanQuestion,
  createFactIndex,
  DOMAIN_TYPOS,
  domainTerms,
  type Fact,
  type FactIndex,
  type FactMatch,
  fixDomainTypos,
  givesAsked,
  type LocalFact,
  listedSubjects,
  loadFacts,
  MIN_FACT_SCORE,
  matchParts,
  namedBodies,
  namedSituations,
  namesBodies,
  namesSituations,
  proposeLocalFacts,
  type Stated,
  saysPapers,
  situationsLeftOpen,
  statedBy,
  stripDecoration,
  verbSaidDone,
} from './facts';
export type { IngestReport } from './ingest';
export { IngestError, SUPPORTED_EXTENSIONS } from './ingest/read';
export { knowledgeMigrations } from './migrations';
export { allBanks, type BankSnapshot } from './questions/all-banks';
export { loadBuiltinQuestions } from './questions/builtin';
export {
  type LintFinding,
  type LintFindingKind,
  type LintOptions,
  type LintReport,
  lintFigures,
  lintQuestions,
  THROWAWAY_DISTRACTORS,
} from './questions/lint';
export {
  bigramCoverage,
  createPasteIndex,
  looksLikeExamQuestion,
  MATCH_THRESHOLD,
  type PastedQuestion,
  type PasteIndex,
  type PasteLookup,
  type PasteMatch,
  parsePasted,
} from './questions/paste';
export { QUESTION_FILE_TYPES, QuestionFileError } from './questions/readers';
export { type BankInfo, BUILTIN_BANK, BUILTIN_BANK_TITLE, checkBankName, type ImportReport, QuestionBankStore } from './questions/store';
export {
  type HandbookSuggestion,
  outcomeAnswer,
  PASSAGE_EVIDENCE,
  type PassageHit,
  type PasteCalculator,
  type PasteOutcome,
  resolvePaste,
  type SuggestionBasis,
  suggestFromHandbook,
} from './questions/suggest';
export {
  type LevelName,
  type QuestionTypeName,
  questionId,
  type RawRow,
  type RowError,
  TEMPLATE_HEADER,
  type TemplateQuestion,
  toTemplateRow,
  UNLEVELLED,
  type ValidationOptions,
  type ValidationResult,
  validateRows,
} from './questions/template';
export { type IndexedDocument, listIndexedDocuments } from './search/console-queries';
export { type EmbedFn, ensureEmbeddings, hybridSearch } from './search/dense';
export { EVERYDAY_VOCABULARY, type EverydayEntry, rewriteEveryday } from './search/everyday';
export { ensureHandbookIndexed, HANDBOOK_TITLE, parseHandbookChapter, readableSource } from './search/handbook';
export type { SearchIndex } from './search/search-index';
export {
  type ChunkInput,
  charCoverage,
  type DocumentInput,
  hashText,
  KnowledgeIndex,
  type SearchHit,
} from './search/store';
export { expandQuery, synonymsOf } from './search/synonyms';
export { COMMON_NOUN_TAGS, normalizeForIndex, nounsOf, queryTerms, tokenize, warmSegmenter, wordTags } from './search/tokenize';
export { onlyCourtesy, opensWithCourtesy, withoutCourtesy, withoutKaomoji } from './text/courtesy';
export { readHomophones } from './text/homophones';
export { normalizeInput, simplify, toHalfWidth } from './text/normalize';
export { chineseNumber, HAN_DIGITS, plainNumerals } from './text/numerals';
export { expandPinyinInitials, PINYIN_INITIALS, readChatShorthand, withoutChatSlang } from './text/pinyin-initials';
export { countUnit, type QuestionKind, questionKinds, statesKinds } from './text/question-kind';
export { escapeRegExp } from './text/regexp';
export { readSpoken, readSpokenKeepingLength } from './text/spoken';

/** Reads a question file (CSV, XLSX, JSON) into template rows; exceljs and csv-parse load on first call. */
export async function readQuestionFile(path: string): Promise<import('./questions/template').RawRow[]> {
  return (await import('./questions/readers')).readQuestionFile(path);
}

/** Reads question rows from bytes already in memory (an upload), by file name extension. */
export async function readQuestionBytes(fileName: string, bytes: Buffer): Promise<import('./questions/template').RawRow[]> {
  return (await import('./questions/readers')).readQuestionBytes(fileName, bytes);
}

/** Ingests documents (md, txt, docx, pdf) into the index in one transaction; the readers load on first call. */
export async function ingestFiles(
  ...args: Parameters<typeof import('./ingest').ingestFiles>
): ReturnType<typeof import('./ingest').ingestFiles> {
  return (await import('./ingest')).ingestFiles(...args);
}

/** Files named, and the supported files inside folders named. */
export async function expandPaths(paths: string[]): Promise<string[]> {
  return (await import('./ingest')).expandPaths(paths);
}

/** What the layers above hold on to: one index over one database, and the banks as the store last saw them. */
export interface Knowledge {
  index: KnowledgeIndex;
  /** Every bank, built-in and imported, as of the store's current revision (cached per revision: one query while unchanged). */
  banks(): Promise<BankSnapshot>;
  /**
   * Re-indexes the built-in handbook if its files changed (and every passage when the search index lacks some, as
   * after a copy from the other backend); returns how many chapters were (re)indexed.
   */
  ensureHandbook(): Promise<number>;
}

/**
 * Indexes every passage again when the search index does not hold them all, as after `dangwu db copy` (each
 * backend builds its own index: FTS5 on SQLite, the tsvector and term statistics on PostgreSQL). Returns how many
 * passages were indexed (0: the index was complete). Start-up does the same (`ensureHandbook`).
 */
export function rebuildSearchIndex(db: Kysely<any>): Promise<number> {
  return new KnowledgeIndex(db).ensureSearchable();
}

/** The knowledge service over the bot's database: SQLite or PostgreSQL, told apart by the Kysely instance. */
export function createKnowledge(db: Kysely<any>, now: () => Date = () => new Date()): Knowledge {
  const index = new KnowledgeIndex(db, now);
  return {
    index,
    banks: () => allBanks(db),
    async ensureHandbook() {
      await index.ensureSearchable();
      return ensureHandbookIndexed(index);
    },
  };
}
