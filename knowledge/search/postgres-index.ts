import { type Kysely, sql } from 'kysely';
import { BM25, bm25Idf, type Candidate, type IndexedChunk, type IndexStats, indexTokens, type SearchIndex } from './search-index';

/**
 * The PostgreSQL index (knowledge/migrations.ts 0111). PostgreSQL has no Chinese parser, so the jieba tokens are
 * stored as they are: a `tsvector` (GIN-indexed) per passage, and beside it the statistics FTS5 keeps for its
 * bm25(): per term and passage the weighted frequency (kb_postings), per term the passages holding it
 * (kb_terms), and the passage count and total length (kb_search_totals, whose revision changes with every write).
 * All are written in the transaction that writes the passages.
 *
 * BM25 is summed from kb_postings, not from the tsvector: reading term frequencies out of a tsvector
 * (unnest) cost ~150 ms per search at 10,000 passages, the postings' index ~8 ms (measured on PostgreSQL 15).
 */
export class PostgresSearchIndex implements SearchIndex {
  constructor(private readonly db: Kysely<any>) {}

  async stats(): Promise<IndexStats> {
    const row = (
      await sql<{
        revision: number;
        chunks: number;
        tokens: number;
      }>`SELECT revision, chunks, tokens FROM kb_search_totals WHERE id = 1`.execute(this.db)
    ).rows[0];
    const stats = { revision: String(row?.revision ?? 0), chunks: row?.chunks ?? 0, tokens: row?.tokens ?? 0 };
    if (stats.revision !== this.dfRevision) {
      this.dfCache.clear();
      this.dfRevision = stats.revision;
    }
    return stats;
  }

  /** Remembered until the revision changes ({@link stats} clears them). */
  private readonly dfCache = new Map<string, number>();
  private dfRevision = '';

  async documentFrequencies(terms: string[]): Promise<Map<string, number>> {
    const missing = terms.filter((t) => !this.dfCache.has(t));
    if (missing.length > 0) {
      const keys = missing.map(postingKey);
      const { rows } = await sql<{ term: string; df: number }>`SELECT term, df FROM kb_terms WHERE term = ANY(${keys}::text[])`.execute(
        this.db,
      );
      const found = new Map(rows.map((r) => [r.term, r.df]));
      if (this.dfCache.size > 10_000) this.dfCache.clear();
      missing.forEach((t, i) => this.dfCache.set(t, found.get(keys[i]!) ?? 0));
    }
    return new Map(terms.map((t) => [t, this.dfCache.get(t) ?? 0]));
  }

  async rank(terms: string[], limit: number, stats: IndexStats): Promise<Candidate[]> {
    if (stats.chunks === 0) return [];
    const df = await this.documentFrequencies(terms);
    const keys = terms.map(postingKey);
    const idfs = terms.map((t) => bm25Idf(stats.chunks, df.get(t) ?? 0));
    const avgdl = stats.tokens / stats.chunks;
    const { k1, b } = BM25;
    const { rows } = await sql<Candidate>`
      SELECT m.chunk_id AS id, c.source, c.title, m.score,
             ' ' || s.title_tokens || ' ' AS "titleTokens", ' ' || s.title_tokens || ' ' || s.body_tokens || ' ' AS "allTokens"
        FROM (SELECT p.chunk_id, sum(q.idf * ((p.f * ${k1 + 1}::float8) / (p.f + ${k1}::float8 * (${1 - b}::float8 + ${b}::float8 * p.length / ${avgdl}::float8)))) AS score
                FROM kb_postings p JOIN unnest(${keys}::text[], ${idfs}::float8[]) AS q(term, idf) ON p.term = q.term
               GROUP BY p.chunk_id ORDER BY score DESC, p.chunk_id LIMIT ${limit}) m
        JOIN kb_chunks c ON c.id = m.chunk_id
        JOIN kb_search s ON s.chunk_id = m.chunk_id
       ORDER BY m.score DESC, m.chunk_id`.execute(this.db);
    return rows;
  }

  async add(db: Kysely<any>, chunks: IndexedChunk[]): Promise<void> {
    if (chunks.length === 0) return;
    const terms: string[] = [];
    const ids: number[] = [];
    const freqs: number[] = [];
    const lengths: number[] = [];
    let tokens = 0;
    const rows = chunks.map((chunk) => {
      const title = chunk.title.flatMap(indexTokens);
      const body = chunk.body.flatMap(indexTokens);
      const length = title.length + body.length;
      tokens += length;
      const f = new Map<string, number>();
      for (const t of title) f.set(t, (f.get(t) ?? 0) + BM25.titleWeight);
      for (const t of body) f.set(t, (f.get(t) ?? 0) + BM25.bodyWeight);
      // A jieba token FTS5 splits ("1.5") is searched as a phrase: it gets postings of its own.
      for (const t of chunk.title) if (isPhrase(t)) f.set(t, (f.get(t) ?? 0) + BM25.titleWeight);
      for (const t of chunk.body) if (isPhrase(t)) f.set(t, (f.get(t) ?? 0) + BM25.bodyWeight);
      for (const [term, n] of f) {
        terms.push(term);
        ids.push(chunk.id);
        freqs.push(n);
        lengths.push(length);
      }
      return {
        chunk_id: chunk.id,
        tsv: sql`array_to_tsvector(${[...title, ...body]}::text[])`,
        title_tokens: chunk.title.join(' '),
        body_tokens: chunk.body.join(' '),
        length,
      };
    });
    for (let i = 0; i < rows.length; i += 1000)
      await db
        .insertInto('kb_search')
        .values(rows.slice(i, i + 1000))
        .execute();
    await sql`INSERT INTO kb_postings (term, chunk_id, f, length)
              SELECT * FROM unnest(${terms}::text[], ${ids}::bigint[], ${freqs}::int[], ${lengths}::int[])`.execute(db);
    await sql`INSERT INTO kb_terms (term, df) SELECT term, count(*) FROM unnest(${terms}::text[]) AS u(term) GROUP BY term
              ON CONFLICT (term) DO UPDATE SET df = kb_terms.df + excluded.df`.execute(db);
    await sql`UPDATE kb_search_totals SET revision = revision + 1, chunks = chunks + ${chunks.length}, tokens = tokens + ${tokens}
               WHERE id = 1`.execute(db);
  }

  async removeDocument(db: Kysely<any>, documentId: number): Promise<void> {
    await sql`WITH gone AS (SELECT p.term, count(*) AS n FROM kb_postings p JOIN kb_chunks c ON c.id = p.chunk_id
                             WHERE c.document_id = ${documentId} GROUP BY p.term)
              UPDATE kb_terms t SET df = t.df - gone.n FROM gone WHERE t.term = gone.term`.execute(db);
    await sql`DELETE FROM kb_terms WHERE df <= 0`.execute(db);
    await sql`UPDATE kb_search_totals SET revision = revision + 1, chunks = chunks - gone.n, tokens = tokens - gone.t
                FROM (SELECT count(*) AS n, coalesce(sum(s.length), 0) AS t FROM kb_search s JOIN kb_chunks c ON c.id = s.chunk_id
                       WHERE c.document_id = ${documentId}) gone
               WHERE id = 1`.execute(db);
    await sql`DELETE FROM kb_postings WHERE chunk_id IN (SELECT id FROM kb_chunks WHERE document_id = ${documentId})`.execute(db);
    await sql`DELETE FROM kb_search WHERE chunk_id IN (SELECT id FROM kb_chunks WHERE document_id = ${documentId})`.execute(db);
  }

  async indexedCount(): Promise<number> {
    return (await sql<{ n: number }>`SELECT count(*) AS n FROM kb_search`.execute(this.db)).rows[0]!.n;
  }

  async clear(db: Kysely<any>): Promise<void> {
    await sql`DELETE FROM kb_postings`.execute(db);
    await sql`DELETE FROM kb_search`.execute(db);
    await sql`DELETE FROM kb_terms`.execute(db);
    await sql`UPDATE kb_search_totals SET revision = revision + 1, chunks = 0, tokens = 0 WHERE id = 1`.execute(db);
  }
}

/**
 * The postings key a query term is looked up by, as FTS5 would match it: its one index token, or (a term FTS5
 * splits into a phrase, like "1.5") the jieba token itself, whose own postings stand for the phrase.
 */
function postingKey(term: string): string {
  const parts = indexTokens(term);
  return parts.length === 1 ? parts[0]! : term;
}

const isPhrase = (token: string) => indexTokens(token).length >= 2;
