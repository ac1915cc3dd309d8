import { type Kysely, type Migration, sql } from 'kysely';
import { isPostgres } from './dialect';
import { questionBankMigrations } from './questions/store';

/** Schema of the knowledge layer (the handbook index, the question bank). Names start at 0100. */
export const knowledgeMigrations: Record<string, Migration> = {
  '0101_knowledge_index': {
    async up(db: Kysely<any>) {
      await sql`CREATE TABLE kb_documents (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        hash TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`.execute(db);
      await sql`CREATE TABLE kb_chunks (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES kb_documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        source TEXT NOT NULL,
        title TEXT NOT NULL,
        basis TEXT,
        text TEXT NOT NULL
      )`.execute(db);
      await sql`CREATE INDEX kb_chunks_document ON kb_chunks(document_id)`.execute(db);
      await sql`CREATE VIRTUAL TABLE kb_chunks_fts USING fts5(title_tokens, body_tokens, tokenize = 'unicode61')`.execute(db);
      await sql`CREATE TABLE kb_gaps (
        id INTEGER PRIMARY KEY,
        question TEXT NOT NULL,
        user_key TEXT,
        chat_key TEXT,
        nearest TEXT,
        asked_at TEXT NOT NULL
      )`.execute(db);
    },
  },
  '0102_knowledge_vocab': {
    async up(db: Kysely<any>) {
      // Document frequencies of index terms, so queries can leave out words that nearly every passage contains.
      await sql`CREATE VIRTUAL TABLE kb_chunks_vocab USING fts5vocab(kb_chunks_fts, row)`.execute(db);
    },
  },
  '0103_knowledge_embeddings': {
    async up(db: Kysely<any>) {
      // Dense vectors per chunk and model (Float32 little-endian), dropped with their chunk.
      await sql`CREATE TABLE kb_embeddings (
        chunk_id INTEGER NOT NULL REFERENCES kb_chunks(id) ON DELETE CASCADE,
        model TEXT NOT NULL,
        vector BLOB NOT NULL,
        PRIMARY KEY (chunk_id, model)
      )`.execute(db);
    },
  },
  ...questionBankMigrations,
  '0111_knowledge_postgres_search': {
    async up(db: Kysely<any>) {
      // SQLite searches with FTS5 (0101, 0102). PostgreSQL has no Chinese parser: the jieba tokens go into a
      // tsvector (GIN), beside the statistics BM25 needs, kept in the transaction that writes the passages
      // (knowledge/search/postgres-index.ts).
      if (!isPostgres(db)) return;
      await sql`CREATE TABLE kb_search (
        chunk_id BIGINT PRIMARY KEY REFERENCES kb_chunks(id) ON DELETE CASCADE,
        tsv TSVECTOR NOT NULL,
        title_tokens TEXT NOT NULL,
        body_tokens TEXT NOT NULL,
        length BIGINT NOT NULL
      )`.execute(db);
      await sql`CREATE INDEX kb_search_tsv ON kb_search USING GIN (tsv)`.execute(db);
      // Per term and passage: occurrences, a title's counting 4× (FTS5's bm25(4.0, 1.0)); the passage's length in
      // tokens. The key covers the columns BM25 reads, so a search reads the index only. No foreign key: checking
      // one per posting made indexing 10,000 passages several times slower; the index deletes a passage's postings
      // itself (postgres-index.ts).
      await sql`CREATE TABLE kb_postings (
        term TEXT NOT NULL,
        chunk_id BIGINT NOT NULL,
        f BIGINT NOT NULL,
        length BIGINT NOT NULL,
        PRIMARY KEY (term, chunk_id) INCLUDE (f, length)
      )`.execute(db);
      await sql`CREATE INDEX kb_postings_chunk ON kb_postings(chunk_id)`.execute(db);
      await sql`CREATE TABLE kb_terms (term TEXT PRIMARY KEY, df BIGINT NOT NULL)`.execute(db);
      await sql`CREATE TABLE kb_search_totals (
        id BIGINT PRIMARY KEY CHECK (id = 1),
        revision BIGINT NOT NULL,
        chunks BIGINT NOT NULL,
        tokens BIGINT NOT NULL
      )`.execute(db);
      await sql`INSERT INTO kb_search_totals (id, revision, chunks, tokens) VALUES (1, 0, 0, 0)`.execute(db);
    },
  },
};
