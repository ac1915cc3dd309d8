import { type Kysely, type Migration, sql } from 'kysely';
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
};
