import { type Kysely, sql } from 'kysely';
import { rawQuery } from '../dialect';
import { BM25, bm25Idf, type Candidate, type IndexedChunk, type IndexStats, indexTokens, type SearchIndex } from './search-index';

/**
 * The PostgreSQL index (knowledge/migrations.ts 0111). PostgreSQL has no Chinese parser, so the jieba tokens, split
 * as FTS5's tokenizer splits them, are stored as they are: a `tsvector` with positions (GIN-indexed) per passage,
 * and beside it the statistics FTS5 keeps for its bm25(): per token and passage the weighted frequency
 * (kb_postings), per token the passages holding it (kb_terms), and the passage count and total length
 * (kb_search_totals, whose revision changes with every write). All are written in the transaction that writes
 * the passages.
 *
 * BM25 of one-token terms is summed from kb_postings: reading term frequencies out of tsvectors (unnest) cost
 * ~150 ms per search at 10,000 passages, the postings' primary key ~8 ms (measured on PostgreSQL 15). The tsvector
 * answers phrase terms ("1.5" is "1" then "5" to FTS5), which need positions.
 */
export class PostgresSearchIndex implements SearchIndex {
  constructor(private readonly db: Kysely<any>) {}

  async stats(): Promise<IndexStats> {
    const [row] = await rawQuery<{ revision: number; chunks: number; tokens: number }>(
      this.db,
      'SELECT revision, chunks, tokens FROM kb_search_totals WHERE id = 1',
    );
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
      const rows = await rawQuery<{ term: string; df: number }>(this.db, 'SELECT term, df FROM kb_terms WHERE term = ANY($1::text[])', [
        keys,
      ]);
      const found = new Map(rows.map((r) => [r.term, r.df]));
      if (this.dfCache.size > 10_000) this.dfCache.clear();
      missing.forEach((t, i) => this.dfCache.set(t, found.get(keys[i]!) ?? 0));
    }
    return new Map(terms.map((t) => [t, this.dfCache.get(t) ?? 0]));
  }

  async rank(terms: string[], limit: number, stats: IndexStats, every = false): Promise<Candidate[]> {
    if (stats.chunks === 0) return [];
    const avgdl = stats.tokens / stats.chunks;
    if (every) {
      const df = await this.documentFrequencies(terms);
      return this.scored(
        terms,
        terms.map((t) => bm25Idf(stats.chunks, df.get(t) ?? 0)),
        avgdl,
        { limit },
        true,
      );
    }
    const singles = terms.filter((t) => indexTokens(t).length === 1);
    const phrases = terms.filter((t) => indexTokens(t).length > 1);
    const df = await this.documentFrequencies(singles);
    const idfs = singles.map((t) => bm25Idf(stats.chunks, df.get(t) ?? 0));
    const best = singles.length > 0 ? await this.scored(singles, idfs, avgdl, { limit }) : [];
    if (phrases.length === 0) return best;
    // A term FTS5 splits into several tokens ("1.5") is a phrase: the tsvector's positions find the passages
    // holding it, and its occurrences are counted in their tokens. Such terms are rare: these passages are few.
    const matched = await this.phraseMatches(phrases);
    const byId = new Map(best.map((c) => [c.id, c]));
    const others = matched.filter((m) => !byId.has(m.id)).map((m) => m.id);
    if (others.length > 0 && singles.length > 0)
      for (const c of await this.scored(singles, idfs, avgdl, { ids: others })) byId.set(c.id, c);
    for (const phrase of phrases) {
      const parts = indexTokens(phrase);
      const freqs = matched.map((m) => ({
        m,
        f: BM25.titleWeight * occurrences(m.title, parts) + BM25.bodyWeight * occurrences(m.body, parts),
      }));
      const holding = freqs.filter((x) => x.f > 0);
      const idf = bm25Idf(stats.chunks, holding.length);
      for (const { m, f } of holding) {
        const candidate = byId.get(m.id) ?? { ...m.candidate, score: 0 };
        candidate.score += idf * bm25Part(f, m.length, avgdl);
        byId.set(m.id, candidate);
      }
    }
    return [...byId.values()].sort((a, b) => b.score - a.score || a.id - b.id).slice(0, limit);
  }

  /**
   * BM25 over one-token terms from the postings: the best `limit` passages, or the passages `ids`; `every`: only
   * passages holding every term (a posting per term and passage: as many postings as distinct terms).
   */
  private async scored(
    terms: string[],
    idfs: number[],
    avgdl: number,
    which: { limit: number } | { ids: number[] },
    every = false,
  ): Promise<Candidate[]> {
    // Two terms FTS5 reads as one token ("a-", "a") each add that token's share: their idfs add up.
    const idfOf = new Map<string, number>();
    terms.forEach((t, i) => {
      const key = indexTokens(t)[0]!;
      idfOf.set(key, (idfOf.get(key) ?? 0) + idfs[i]!);
    });
    const { k1, b } = BM25;
    const parameters: unknown[] = [
      [...idfOf.keys()],
      [...idfOf.values()],
      k1 + 1,
      k1,
      1 - b,
      b,
      avgdl,
      'ids' in which ? which.ids : which.limit,
    ];
    const rows = await rawQuery<Candidate & { text: string; basis: string | null; documentTitle: string }>(
      this.db,
      `SELECT m.chunk_id AS id, c.source, c.title, m.score, c.text, c.basis, d.title AS "documentTitle",
              ' ' || s.title_tokens || ' ' AS "titleTokens", ' ' || s.title_tokens || ' ' || s.body_tokens || ' ' AS "allTokens"
         FROM (SELECT p.chunk_id, sum(($2::float8[])[array_position($1::text[], p.term)]
                        * ((p.f * $3::float8) / (p.f + $4::float8 * ($5::float8 + $6::float8 * p.length / $7::float8)))) AS score
                 FROM kb_postings p
                WHERE p.term = ANY($1::text[]) ${'ids' in which ? 'AND p.chunk_id = ANY($8::bigint[])' : ''}
                GROUP BY p.chunk_id ${every ? `HAVING count(*) = ${idfOf.size}` : ''} ORDER BY score DESC, p.chunk_id ${'ids' in which ? '' : 'LIMIT $8'}) m
         JOIN kb_chunks c ON c.id = m.chunk_id
         JOIN kb_documents d ON d.id = c.document_id
         JOIN kb_search s ON s.chunk_id = m.chunk_id
        ORDER BY m.score DESC, m.chunk_id`,
      parameters,
    );
    return rows.map(({ text, basis, documentTitle, ...r }) => ({ ...r, id: Number(r.id), passage: { text, basis, documentTitle } }));
  }

  /** Passages whose tokens hold any of the phrases (adjacent, within one column), with their index tokens. */
  private async phraseMatches(phrases: string[]) {
    const query = phrases
      .map(
        (p) =>
          `(${indexTokens(p)
            .map((t) => `'${t}'`)
            .join(' <-> ')})`,
      )
      .join(' | ');
    const rows = await rawQuery<{ id: number; source: string; title: string; title_tokens: string; body_tokens: string; length: number }>(
      this.db,
      `SELECT s.chunk_id AS id, c.source, c.title, s.title_tokens, s.body_tokens, s.length
         FROM kb_search s JOIN kb_chunks c ON c.id = s.chunk_id
        WHERE s.tsv @@ $1::tsquery`,
      [query],
    );
    return rows.map((r) => ({
      id: Number(r.id),
      title: r.title_tokens.split(' ').flatMap(indexTokens),
      body: r.body_tokens.split(' ').flatMap(indexTokens),
      length: Number(r.length),
      candidate: {
        id: Number(r.id),
        source: r.source,
        title: r.title,
        titleTokens: ` ${r.title_tokens} `,
        allTokens: ` ${r.title_tokens} ${r.body_tokens} `,
      },
    }));
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
      for (const [term, n] of f) {
        terms.push(term);
        ids.push(chunk.id);
        freqs.push(n);
        lengths.push(length);
      }
      return {
        chunk_id: chunk.id,
        tsv: sql`${positionalTsvector(title, body)}::tsvector`,
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

/** FTS5's share of one term in a passage's BM25: its weighted frequency against the passage's length. */
function bm25Part(f: number, length: number, avgdl: number): number {
  const { k1, b } = BM25;
  return (f * (k1 + 1)) / (f + k1 * (1 - b + (b * length) / avgdl));
}

/** How often the tokens `phrase` follow each other in `tokens`. */
function occurrences(tokens: string[], phrase: string[]): number {
  let n = 0;
  for (let i = 0; i + phrase.length <= tokens.length; i++) if (phrase.every((p, j) => tokens[i + j] === p)) n++;
  return n;
}

/** Highest position a tsvector keeps. */
const MAX_POSITION = 16_383;

/**
 * The passage's index tokens as a tsvector with positions, so a phrase can be matched (`'1' <-> '5'`); the body
 * starts one position after the title ends, so no phrase runs across the two, as in FTS5. Index tokens are
 * letters and digits only: nothing in them needs escaping.
 */
function positionalTsvector(title: string[], body: string[]): string {
  const positions = new Map<string, number[]>();
  const place = (tokens: string[], from: number) =>
    tokens.forEach((t, i) => {
      const list = positions.get(t) ?? [];
      if (list.length < 256) list.push(Math.min(from + i, MAX_POSITION));
      positions.set(t, list);
    });
  place(title, 1);
  place(body, title.length + 2);
  return [...positions].map(([t, p]) => `'${t}':${[...new Set(p)].join(',')}`).join(' ');
}

/** A one-token term is looked up by its index token ("a-" → "a", as FTS5 reads it); any other is in no posting. */
function postingKey(term: string): string {
  const parts = indexTokens(term);
  return parts.length === 1 ? parts[0]! : term;
}
