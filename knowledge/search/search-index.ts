import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect';
import { Fts5SearchIndex } from './fts5-index';
import { PostgresSearchIndex } from './postgres-index';

/**
 * Where the passages' tokens are indexed and BM25-ranked: FTS5 on SQLite, a tsvector with a GIN index and term
 * statistics tables on PostgreSQL. Both rank with the same BM25 as FTS5's `bm25(4.0, 1.0)` (k1 1.2, b 0.75, a
 * title token counting 4×, a passage's length in tokens over both columns), from the same statistics, so a
 * question gets the same passages on either backend; everything above this interface (coverage, synonyms, the
 * re-ranking in store.ts) is one code.
 */
export interface SearchIndex {
  /** One cheap query: the number of passages and a value that changes whenever any process changed the index. */
  stats(): Promise<IndexStats>;
  /** Passages holding each term as one index token (0 for a term the index lacks or splits into several). */
  documentFrequencies(terms: string[]): Promise<Map<string, number>>;
  /**
   * The best `limit` passages holding any of `terms` (`every`: all of them), by BM25 over `terms`, best first.
   * `every` is asked with one-token terms only (see store.ts searchTermsOf).
   */
  rank(terms: string[], limit: number, stats: IndexStats, every?: boolean): Promise<Candidate[]>;
  /** Indexes new passages; `db` is the caller's transaction. */
  add(db: Kysely<any>, chunks: IndexedChunk[]): Promise<void>;
  /** Drops a document's passages from the index; called before the passages themselves are deleted. */
  removeDocument(db: Kysely<any>, documentId: number): Promise<void>;
  /** How many passages the index holds (a database copied from another backend has none indexed yet). */
  indexedCount(): Promise<number>;
  /** Empties the index, to index every passage again. */
  clear(db: Kysely<any>): Promise<void>;
}

export interface IndexStats {
  revision: string;
  chunks: number;
  /** Index tokens over every passage and column (BM25's average length). */
  tokens: number;
}

export interface IndexedChunk {
  id: number;
  /** jieba tokens of the indexed title, in order. */
  title: string[];
  /** jieba tokens of the text and its basis, in order. */
  body: string[];
}

export interface Candidate {
  id: number;
  source: string;
  title: string;
  /** BM25, higher is better. */
  score: number;
  /** The title's tokens, space-separated, with a space at each end (for whole-token `includes`). */
  titleTokens: string;
  /** The title's and the body's tokens likewise. */
  allTokens: string;
  /** The passage itself, when the index reads it with the ranking (saving a round trip to a server). */
  passage?: { text: string; basis: string | null; documentTitle: string };
}

export const searchIndexFor = (db: Kysely<any>): SearchIndex => (isPostgres(db) ? new PostgresSearchIndex(db) : new Fts5SearchIndex(db));

/**
 * FTS5's tokenizer (unicode61) splits a stored jieba token at anything but letters, digits and private-use
 * characters ("1.5" → "1", "5"); the PostgreSQL index splits the same way, so both count the same tokens.
 */
const INDEX_TOKEN = /[\p{L}\p{N}\p{Co}]+/gu;
export const indexTokens = (token: string): string[] => token.match(INDEX_TOKEN) ?? [];
/** Whether a query term is one index token (not a phrase of several, like "1.5"). */
export const isOneIndexToken = (term: string): boolean => {
  const parts = indexTokens(term);
  return parts.length === 1 && parts[0] === term;
};

/** BM25 as FTS5 computes it (fts5_aux.c): k1 1.2, b 0.75, idf floored at 1e-6, titles weighted 4×. */
export const BM25 = { k1: 1.2, b: 0.75, titleWeight: 4, bodyWeight: 1 } as const;
export function bm25Idf(chunks: number, hits: number): number {
  const idf = Math.log((chunks - hits + 0.5) / (hits + 0.5));
  return idf <= 0 ? 1e-6 : idf;
}
