import { type Kysely, sql } from 'kysely';
import { rawQuery } from '../dialect';
import type { Candidate, IndexedChunk, IndexStats, SearchIndex } from './search-index';

/** FTS5 quotes a term as a phrase: a term FTS5 splits ("1.5") must match as adjacent tokens, as it was indexed. */
const ftsQuery = (terms: string[], every = false) => terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(every ? ' AND ' : ' OR ');

/** data_version changes when another connection committed; total_changes when this one wrote. */
const STATS = 'SELECT (SELECT data_version FROM pragma_data_version) AS v, total_changes() AS c';

/** FTS5's own bm25() ranks; the tokens come along for the coverage check, the texts are read for the passages kept. */
const RANK = `
  SELECT m.id, c.source, c.title, m.score, ' ' || m.tt || ' ' AS "titleTokens", ' ' || m.tt || ' ' || m.bt || ' ' AS "allTokens"
    FROM (SELECT rowid AS id, -rank AS score, title_tokens AS tt, body_tokens AS bt FROM kb_chunks_fts
           WHERE kb_chunks_fts MATCH ? AND rank MATCH 'bm25(4.0, 1.0)' ORDER BY rank LIMIT ?) m
    JOIN kb_chunks c ON c.id = m.id
   ORDER BY m.score DESC`;

/**
 * The SQLite index: an FTS5 table over the jieba tokens (title, body), its fts5vocab table for document
 * frequencies, and FTS5's own bm25() for ranking (knowledge/migrations.ts 0101, 0102).
 */
export class Fts5SearchIndex implements SearchIndex {
  constructor(private readonly db: Kysely<any>) {}

  async stats(): Promise<IndexStats> {
    const [row] = await rawQuery<{ v: number; c: number }>(this.db, STATS);
    const revision = `${row.v}.${row.c}`;
    if (revision !== this.counted?.revision) {
      const [{ n }] = await rawQuery<{ n: number }>(this.db, 'SELECT count(*) AS n FROM kb_chunks');
      this.counted = { revision, chunks: n, tokens: 0 };
    }
    return this.counted;
  }
  private counted: IndexStats | undefined;

  async documentFrequencies(terms: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    // One lookup per term: fts5vocab answers `term = ?` from its index; an IN list would scan the vocabulary.
    for (const term of terms) {
      const [row] = await rawQuery<{ doc: number }>(this.db, 'SELECT doc FROM kb_chunks_vocab WHERE term = ?', [term]);
      out.set(term, row?.doc ?? 0);
    }
    return out;
  }

  async rank(terms: string[], limit: number, _stats: IndexStats, every = false): Promise<Candidate[]> {
    // Ranked on ids, titles and tokens only; the texts are read for the passages kept (less to copy per search).
    return rawQuery<Candidate>(this.db, RANK, [ftsQuery(terms, every), limit]);
  }

  async add(db: Kysely<any>, chunks: IndexedChunk[]): Promise<void> {
    for (const c of chunks)
      await sql`INSERT INTO kb_chunks_fts (rowid, title_tokens, body_tokens) VALUES (${c.id}, ${c.title.join(' ')}, ${c.body.join(' ')})`.execute(
        db,
      );
  }

  async removeDocument(db: Kysely<any>, documentId: number): Promise<void> {
    await sql`DELETE FROM kb_chunks_fts WHERE rowid IN (SELECT id FROM kb_chunks WHERE document_id = ${documentId})`.execute(db);
  }

  async indexedCount(): Promise<number> {
    return (await sql<{ n: number }>`SELECT count(*) AS n FROM kb_chunks_fts`.execute(this.db)).rows[0]!.n;
  }

  async clear(db: Kysely<any>): Promise<void> {
    await sql`DELETE FROM kb_chunks_fts`.execute(db);
  }
}
