import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { inTransaction, isPostgres, rawQuery } from '../dialect';
import { toHalfWidth } from '../text/normalize';
import { countUnit, type QuestionKind, questionKinds, statesValue } from '../text/question-kind';
import { rewriteEveryday } from './everyday';
import { type IndexStats, isOneIndexToken, type SearchIndex, searchIndexFor } from './search-index';
import { expandAbbreviations, synonymsOf } from './synonyms';
import { normalizeForIndex, queryTerms, tokenize } from './tokenize';

/**
 * The knowledge index inside the bot's database: documents (with a content hash), their chunks (one answering
 * unit each) and a {@link SearchIndex} over their jieba tokens, ranked with BM25 (FTS5 on SQLite, a tsvector and
 * term statistics on PostgreSQL). Takes a Kysely instance of either; the tables come from knowledge/migrations.ts.
 */

/** The advisory lock every write transaction of the index takes on PostgreSQL (any fixed number of our own). */
const INDEX_WRITE_LOCK = 0x64616e67; // "dang"

export interface ChunkInput {
  /** Stable locator shown in citations, e.g. `handbook:life.general-meeting` or `《章程》第七条`. */
  source: string;
  /** Title path, e.g. `党务工作手册 › 组织生活 › 支部党员大会`. */
  title: string;
  /** 【依据】 of the passage, when it has one. */
  basis?: string;
  text: string;
}

export interface DocumentInput {
  source: string;
  title: string;
  kind: string;
  /** Defaults to a hash of every chunk. */
  hash?: string;
  chunks: ChunkInput[];
}

export interface SearchHit {
  chunkId: number;
  source: string;
  title: string;
  basis?: string;
  text: string;
  /** BM25 score, higher is better. */
  score: number;
  /** Share of the query's own terms (before synonym expansion) found in the passage, 0..1. */
  coverage: number;
  /** The same share with each term weighed by its rarity in the index: low when the question's one specific word is missing. */
  rareCoverage: number;
  documentTitle: string;
}

export type UpsertResult = 'unchanged' | 'added' | 'replaced';

export function hashText(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('hex');
}

const variantMemo = new Map<string, string[][]>();
/** A term's synonyms, each segmented; synonyms are fixed, so this is remembered. */
function variantsOf(term: string): string[][] {
  let variants = variantMemo.get(term);
  if (!variants) {
    variants = synonymsOf(term)
      .map((p) => queryTerms(p))
      .filter((v) => v.length > 0);
    if (variantMemo.size > 10_000) variantMemo.clear();
    variantMemo.set(term, variants);
  }
  return variants;
}

const nameMemo = new Map<string, string>();
/**
 * The last part of a passage's title, normalised as a query is. Remembered: the same passages come back search after
 * search, and each candidate's name otherwise went through OpenCC in every search.
 */
function sectionName(title: string): string {
  let name = nameMemo.get(title);
  if (name === undefined) {
    name = normalizeForIndex(title.split(' › ').pop() ?? '');
    if (nameMemo.size > 10_000) nameMemo.clear();
    nameMemo.set(title, name);
  }
  return name;
}

/** Share of the query's meaningful characters (those inside its terms) that matched terms cover, 0..1. */
export function charCoverage(query: string, terms: string[], matched: string[]): number {
  return coverageCounter(query, terms)(matched);
}

/** {@link charCoverage} for one query and many passages: the query's own marks are counted once, in one buffer. */
function coverageCounter(query: string, terms: string[]): (matched: string[]) => number {
  const covered = new Uint8Array(query.length);
  const mark = (list: string[]) => {
    covered.fill(0);
    for (const t of list) for (let i = query.indexOf(t); i >= 0; i = query.indexOf(t, i + 1)) covered.fill(1, i, i + t.length);
    let n = 0;
    for (let i = 0; i < covered.length; i++) n += covered[i]!;
    return n;
  };
  const all = mark(terms);
  return (matched) => (all === 0 || matched.length === 0 ? 0 : mark(matched) / all);
}

/**
 * A question that names the 党章 or asks for an article ("党章第几条规定…") wants the article itself, not the
 * handbook section retelling it; the cue words are not searched for (every handbook section says 按照党章).
 */
const ARTICLE_CUE = /党章(?:里|中|上)?|章程(?:里|中|上)|第[几\d一二三四五六七八九十百零〇]+条|哪一?条/g;
/** Locator of one article of an ingested regulation, e.g. `《中国共产党章程》第七条`. */
const ARTICLE_SOURCE = /》第[\d一二三四五六七八九十百零〇]+条$/;
/** Added to an article's score, in units of the best passage's score, when the question asks for one (measured, npm run eval). */
const ARTICLE_BOOST = 1;

/**
 * A passage's text as the query's terms are matched in it: half-width, lower case, one space. Not converted to
 * simplified characters: OpenCC over every candidate cost more than the rest of a search (npm run bench).
 */
const forMatching = (text: string) => toHalfWidth(text).replace(/\s+/g, ' ').toLowerCase();

/** Weight of {@link statedShare} in the ranking (tuned on the 党章 tuning questions, npm run eval). */
const KIND_BOOST = 0.5;
/** Kinds whose stating sentences are everywhere ("是", "可以"): no signal for ranking. */
const BROAD_KINDS: QuestionKind[] = ['definition', 'may'];
/** How many of the best passages are read for {@link statedShare}: texts are read only for these (speed). */
const KIND_READ = 8;

/**
 * How much of the question one sentence of the passage holds while stating the asked kind of fact ("多久开一次"
 * → "每年至少召开两次"), weighed by rarity, 0..1: of two sibling articles sharing the question's words, the one
 * saying how often, how many or who is the answer.
 */
function statedShare(text: string, kinds: QuestionKind[], unit: RegExp | undefined, weight: Map<string, number>, total: number): number {
  let best = 0;
  for (const sentence of text.split(/[。；;！？!?\n]/)) {
    if (sentence.length < 2 || !statesValue(sentence, kinds, unit)) continue;
    let share = 0;
    for (const [t, w] of weight) if (sentence.includes(t)) share += w;
    best = Math.max(best, share / total);
  }
  return best;
}

/** An article's first sentence longer than this is a rule, not a subject: not indexed as its title. */
const LEAD_MAX = 60;
/**
 * The title a passage is indexed under. An article's title names only its chapter, shared by every article
 * of the chapter; its first sentence names what the article is about, so it is indexed as part of the title.
 */
function indexedTitle(chunk: ChunkInput): string {
  if (!ARTICLE_SOURCE.test(chunk.source)) return chunk.title;
  const lead = /^[^。：:；;\n]*/.exec(chunk.text.trim())?.[0] ?? '';
  return lead.length <= LEAD_MAX ? `${chunk.title} › ${lead}` : chunk.title;
}

/** An article scoring at least this share of the best handbook section's score may go before it (tuned, npm run eval). */
const PS_RATIO = 0.5;
/** How much less of the question an article may cover than the section and still go first (tuned, npm run eval). */
const PS_SLACK = 0.1;

interface Ranked {
  source: string;
  score: number;
  coverage: number;
  rareCoverage: number;
}

/**
 * An ingested regulation's article that answers the question about as well as the best handbook section goes
 * before it: the handbook retells the article, the article is the primary source. "About as well": it covers
 * the question's (rare) words nearly as fully and scores at least {@link PS_RATIO} of the section's score.
 */
function primarySourceFirst(ranked: Ranked[]): void {
  let section: Ranked | undefined;
  let article: Ranked | undefined;
  for (const h of ranked) {
    if (h.source.startsWith('handbook:')) {
      if (!section || h.score > section.score) section = h;
    } else if (ARTICLE_SOURCE.test(h.source) && (!article || h.score > article.score)) article = h;
  }
  if (!section || !article || article.score >= section.score) return;
  if (article.score < PS_RATIO * section.score) return;
  if (article.coverage < section.coverage - PS_SLACK || article.rareCoverage < section.rareCoverage - PS_SLACK) return;
  article.score = section.score * 1.001;
}

/** Share of passages above which a query term is too common to search by (see withoutCommonTerms). */
export const COMMON_TERM_SHARE = 0.1;

/** Chunks written per INSERT (well under SQLite's and PostgreSQL's limits on bound parameters). */
const INSERT_BATCH = 500;
/** Tokenising runs at most this long between turns of the event loop. */
const TOKENIZE_SLICE_MS = 10;

export class KnowledgeIndex {
  private readonly search_: SearchIndex;
  private readonly postgres: boolean;

  constructor(
    /** The database (or the transaction) the index lives in. */
    readonly db: Kysely<any>,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.search_ = searchIndexFor(db);
    this.postgres = isPostgres(db);
  }

  async documentHash(source: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('kb_documents').select('hash').where('source', '=', source).executeTakeFirst();
    return row?.hash as string | undefined;
  }

  /** Sources of every document of one kind (e.g. `handbook`). */
  async sources(kind: string): Promise<string[]> {
    const rows = await this.db.selectFrom('kb_documents').select('source').where('kind', '=', kind).orderBy('id').execute();
    return rows.map((r) => r.source as string);
  }

  /** Adds or replaces one document, in one transaction (or the caller's, inside {@link transaction}). */
  async upsert(doc: DocumentInput): Promise<UpsertResult> {
    if (!this.db.isTransaction) return this.transaction((index) => index.upsert(doc));
    const hash =
      doc.hash ?? hashText(doc.title, ...doc.chunks.map((c) => `${c.source}\u0001${c.title}\u0001${c.basis ?? ''}\u0001${c.text}`));
    const existing = await this.db.selectFrom('kb_documents').select(['id', 'hash']).where('source', '=', doc.source).executeTakeFirst();
    if (existing && existing.hash === hash) return 'unchanged';
    if (existing) await this.removeById(Number(existing.id));
    const { id: documentId } = await this.db
      .insertInto('kb_documents')
      .values({ source: doc.source, title: doc.title, kind: doc.kind, hash, updated_at: this.now().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    let ranSince = performance.now();
    for (let from = 0; from < doc.chunks.length; from += INSERT_BATCH) {
      const batch = doc.chunks.slice(from, from + INSERT_BATCH);
      const rows = await this.db
        .insertInto('kb_chunks')
        .values(
          batch.map((chunk, i) => ({
            document_id: documentId,
            ord: from + i,
            source: chunk.source,
            title: chunk.title,
            basis: chunk.basis ?? null,
            text: chunk.text,
          })),
        )
        .returning(['id', 'ord'])
        .execute();
      const idOf = new Map(rows.map((r) => [Number(r.ord), Number(r.id)]));
      const tokens: Array<{ id: number } & ReturnType<typeof indexedTokens>> = [];
      for (const [i, chunk] of batch.entries()) {
        // Tokenising is CPU work, and on SQLite the queries resolve without a turn of the event loop: a long document
        // would otherwise hold up every page and chat reply until it is all indexed.
        if (performance.now() - ranSince > TOKENIZE_SLICE_MS) {
          await new Promise((next) => setImmediate(next));
          ranSince = performance.now();
        }
        tokens.push({ id: idOf.get(from + i)!, ...indexedTokens(chunk) });
      }
      await this.search_.add(this.db, tokens);
    }
    return existing ? 'replaced' : 'added';
  }

  async remove(source: string): Promise<boolean> {
    if (!this.db.isTransaction) return this.transaction((index) => index.remove(source));
    const row = await this.db.selectFrom('kb_documents').select('id').where('source', '=', source).executeTakeFirst();
    if (!row) return false;
    await this.removeById(Number(row.id));
    return true;
  }

  private async removeById(id: number): Promise<void> {
    await this.search_.removeDocument(this.db, id);
    await this.db.deleteFrom('kb_chunks').where('document_id', '=', id).execute();
    await this.db.deleteFrom('kb_documents').where('id', '=', id).execute();
  }

  /** Runs `work` in one transaction, with an index over it: all its writes commit together or not at all. */
  transaction<T>(work: (index: KnowledgeIndex) => Promise<T>): Promise<T> {
    if (this.db.isTransaction) return work(this);
    return inTransaction(this.db, async (tx) => {
      // Writers of the index queue, as SQLite's write lock makes them: two processes starting together on one
      // PostgreSQL database would otherwise both index the handbook and collide on its documents' unique sources.
      if (isPostgres(tx)) await rawQuery(tx, 'SELECT pg_advisory_xact_lock($1)', [INDEX_WRITE_LOCK]);
      return work(new KnowledgeIndex(tx, this.now));
    });
  }

  /**
   * Indexes every passage again when the search index does not hold them all: a database copied over from the
   * other backend (`dangwu db copy`) brings the passages but not the index, which each backend builds its own way.
   * Returns how many passages were indexed (0: nothing to do).
   */
  async ensureSearchable(): Promise<number> {
    const { chunks } = await this.counts();
    if ((await this.search_.indexedCount()) === chunks) return 0;
    return this.transaction(async (index) => {
      await index.search_.clear(index.db);
      const rows = await index.db.selectFrom('kb_chunks').select(['id', 'source', 'title', 'basis', 'text']).orderBy('id').execute();
      for (let from = 0; from < rows.length; from += INSERT_BATCH) {
        const batch = rows.slice(from, from + INSERT_BATCH).map((r) => ({
          id: Number(r.id),
          ...indexedTokens({ source: r.source, title: r.title, basis: r.basis ?? undefined, text: r.text }),
        }));
        await index.search_.add(index.db, batch);
      }
      return rows.length;
    });
  }

  async counts(): Promise<{ documents: number; chunks: number }> {
    const d = await this.db
      .selectFrom('kb_documents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const c = await this.db
      .selectFrom('kb_chunks')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return { documents: Number(d.n), chunks: Number(c.n) };
  }

  /** Every passage in the order indexed. */
  async chunks(): Promise<Array<{ id: number; source: string; title: string; text: string }>> {
    const rows = await this.db.selectFrom('kb_chunks').select(['id', 'source', 'title', 'text']).orderBy('id').execute();
    return rows.map((r) => ({ id: Number(r.id), source: r.source, title: r.title, text: r.text }));
  }

  /**
   * BM25 search over titles (weighted 4×) and bodies; the query is normalised, segmented and its abbreviations
   * expanded. Hits are re-ranked by how much of the question they cover (synonyms count) and by title matches.
   */
  async search(query: string, limit = 5): Promise<SearchHit[]> {
    // Everyday wording is put in handbook terms first (到手工资 → 税后工资), see everyday.ts.
    const original = normalizeForIndex(query);
    const asked = rewriteEveryday(original);
    const wantsArticle = asked.search(ARTICLE_CUE) >= 0;
    const withoutCue = asked.replace(ARTICLE_CUE, ' ');
    // "党章第几条" alone has nothing left to search by: then the cue words are the question.
    const normalized = wantsArticle && queryTerms(withoutCue).length > 0 ? withoutCue : asked;
    const own = queryTerms(normalized);
    if (own.length === 0) return [];
    const stats = await this.stats();
    // Only abbreviations are expanded in the query (三会一课 → its meetings); synonyms count towards coverage instead,
    // which measured better than OR-ing them into BM25 (npm run eval).
    const expanded = [...new Set([...own, ...expandAbbreviations(normalized).flatMap((p) => queryTerms(p))])];
    const { terms: searchTerms, every } = await this.searchTermsOf(expanded, stats);
    // Needles are built once per search, not once per passage: a search must allocate little (fewer GC pauses).
    const needles = new Map(own.map((t) => [t, [[` ${t} `], ...variantsOf(t).map((v) => v.map((x) => ` ${x} `))]]));
    const candidates = Math.max(limit * 4, 20);
    let rows = await this.search_.rank(searchTerms, candidates, stats, every);
    if (every && rows.length < candidates) {
      // Fewer passages hold both common words than are wanted: those holding the rarest fill the list up, after them.
      const held = new Set(rows.map((r) => Number(r.id)));
      const more = await this.search_.rank(searchTerms.slice(0, 1), candidates, stats);
      rows = [...rows, ...more.filter((r) => !held.has(Number(r.id)))].slice(0, candidates);
    }
    // A question that names a section outright ("支部委员会会议…") wants that section, even when every word of
    // its title is common enough for BM25 to give it almost nothing.
    const top = rows.reduce((m, r) => Math.max(m, r.score), 0);
    const weight = await this.weightsOf(own, stats);
    const totalWeight = [...weight.values()].reduce((a, b) => a + b, 0) || 1;
    const namesTitle = (title: string) => {
      const name = sectionName(title);
      return name.length >= 4 && normalized.includes(name);
    };
    const coverageOf = coverageCounter(normalized, own);
    const has = (tokens: string, t: string) => needles.get(t)!.some((v) => v.every((x) => tokens.includes(x)));
    const ranked = rows.map((row) => {
      const matched = own.filter((t) => has(row.allTokens, t));
      const coverage = coverageOf(matched);
      const titleCoverage = coverageOf(own.filter((t) => has(row.titleTokens, t)));
      // Ranking weighs the terms by rarity: a passage missing the one rare word of the question ("任期") must
      // not win on the common ones ("支委会"); the reported coverage stays the plain share of the question.
      const rareCoverage = matched.reduce((a, t) => a + (weight.get(t) ?? 0), 0) / totalWeight;
      const bm25 = namesTitle(row.title) ? row.score + top : row.score;
      return {
        id: Number(row.id),
        source: row.source,
        coverage,
        rareCoverage,
        score: bm25 * (0.5 + rareCoverage) ** 2 * (0.5 + coverage) * (1 + 1.5 * titleCoverage),
      };
    });
    const kinds = questionKinds(`${original} ${asked}`).filter((k) => !BROAD_KINDS.includes(k));
    // Passages read for the kind check are kept: most of the passages returned are among them.
    const passages = new Map<number, SearchHit>();
    // An index that returns the texts with the ranking (PostgreSQL: a round trip saved) fills them in now.
    for (const row of rows)
      if (row.passage)
        passages.set(Number(row.id), {
          chunkId: Number(row.id),
          source: row.source,
          title: row.title,
          basis: row.passage.basis ?? undefined,
          text: row.passage.text,
          documentTitle: row.passage.documentTitle,
          score: 0,
          coverage: 0,
          rareCoverage: 0,
        });
    if (kinds.length > 0) {
      ranked.sort((a, b) => b.score - a.score);
      const read = ranked.slice(0, KIND_READ);
      for (const p of await this.passages(read.filter((h) => !passages.has(h.id)).map((h) => h.id))) passages.set(p.chunkId, p);
      const unit = countUnit(original);
      for (const h of read) {
        const text = passages.get(h.id)?.text;
        if (text) h.score *= 1 + KIND_BOOST * statedShare(forMatching(text), kinds, unit, weight, totalWeight);
      }
    }
    if (wantsArticle) {
      const best = ranked.reduce((m, h) => Math.max(m, h.score), 0);
      for (const h of ranked) if (ARTICLE_SOURCE.test(h.source)) h.score += ARTICLE_BOOST * best;
    } else primarySourceFirst(ranked);
    ranked.sort((a, b) => b.score - a.score);
    const kept = ranked.slice(0, limit);
    for (const p of await this.passages(kept.filter((h) => !passages.has(h.id)).map((h) => h.id))) passages.set(p.chunkId, p);
    return kept.flatMap(({ id, coverage, rareCoverage, score }) => {
      const passage = passages.get(id);
      return passage ? [{ ...passage, score, coverage, rareCoverage }] : [];
    });
  }

  /** The passages with these ids, with their document's title (score and coverage 0). */
  private async passages(ids: number[]): Promise<SearchHit[]> {
    if (ids.length === 0) return [];
    const rows = await rawQuery<{ id: number; source: string; title: string; basis: string | null; text: string; documentTitle: string }>(
      this.db,
      `SELECT c.id, c.source, c.title, c.basis, c.text, d.title AS "documentTitle"
         FROM kb_chunks c JOIN kb_documents d ON d.id = c.document_id
        WHERE c.id ${this.postgres ? '= ANY($1::bigint[])' : `IN (${ids.map(() => '?').join(', ')})`}`,
      this.postgres ? [ids] : ids,
    );
    return rows.map((row) => ({
      chunkId: Number(row.id),
      source: row.source,
      title: row.title,
      basis: row.basis ?? undefined,
      text: row.text,
      documentTitle: row.documentTitle,
      score: 0,
      coverage: 0,
      rareCoverage: 0,
    }));
  }

  /** Each term's length times its inverse document frequency (terms the index lacks weigh as the rarest). */
  async termWeights(terms: string[]): Promise<Map<string, number>> {
    return this.weightsOf(terms, await this.stats());
  }

  /**
   * The share of passages holding each term as one index token, 0..1: 0 for a word the index never uses, near 1
   * for words every passage holds (党员, 支部), which say nothing about which passage answers.
   */
  async termShares(terms: string[]): Promise<Map<string, number>> {
    const stats = await this.stats();
    const df = await this.documentFrequencies(terms);
    return new Map(terms.map((t) => [t, stats.chunks > 0 ? df.get(t)! / stats.chunks : 0]));
  }

  private async weightsOf(terms: string[], stats: IndexStats): Promise<Map<string, number>> {
    const df = await this.documentFrequencies(terms);
    return new Map(terms.map((t) => [t, [...t].length * Math.log(1 + stats.chunks / (1 + df.get(t)!))]));
  }

  /** The index's passage count and revision; forgets the remembered frequencies when the index changed. */
  private async stats(): Promise<IndexStats> {
    const stats = await this.search_.stats();
    if (stats.revision !== this.dfRevision) {
      this.dfCache.clear();
      this.dfRevision = stats.revision;
    }
    return stats;
  }

  /**
   * Passages holding each term as one index token; remembered until the index changes (one lookup per term, not
   * per search). A term the index splits into several tokens ("1.5") is in no passage as one token: 0, as FTS5's
   * vocabulary says, on both backends.
   */
  private async documentFrequencies(terms: string[]): Promise<Map<string, number>> {
    const missing = terms.filter((t) => !this.dfCache.has(t));
    const asked = missing.filter(isOneIndexToken);
    if (asked.length > 0) {
      const found = await this.search_.documentFrequencies(asked);
      if (this.dfCache.size > 10_000) this.dfCache.clear();
      for (const t of asked) this.dfCache.set(t, found.get(t) ?? 0);
    }
    for (const t of missing) if (!this.dfCache.has(t)) this.dfCache.set(t, 0);
    return new Map(terms.map((t) => [t, this.dfCache.get(t)!]));
  }

  private readonly dfCache = new Map<string, number>();
  private dfRevision = '';

  /**
   * What the index is searched by. Terms found in more than {@link COMMON_TERM_SHARE} of all passages add almost
   * nothing to BM25 but make the index score most of its passages; they are left out of the search (not out of the
   * coverage check). A question made of such words only ("党员不参加组织生活会怎样") is searched by its two rarest,
   * both required (`every`): the rarest alone matched a quarter of 10,000 passages, every one of them scored for a
   * ranking that ignored the question's other words (npm run bench; the two together also ranked better on the
   * eval's questions among 10,000 generated passages).
   */
  private async searchTermsOf(terms: string[], stats: IndexStats): Promise<{ terms: string[]; every: boolean }> {
    const total = stats.chunks;
    if (total < 200) return { terms, every: false };
    const df = await this.documentFrequencies(terms);
    const rare = terms.filter((t) => df.get(t)! <= total * COMMON_TERM_SHARE);
    if (rare.length > 0) return { terms: rare, every: false };
    // Only one-token terms have a frequency above the share, so `every` is asked of one-token terms only. A word in
    // half the passages or more has no weight in BM25 (its idf is floored) and narrows little: not required.
    const rarest = [...terms].sort((a, b) => df.get(a)! - df.get(b)!).slice(0, 2);
    if (rarest.length < 2 || df.get(rarest[1]!)! >= total / 2) return { terms: rarest.slice(0, 1), every: false };
    return { terms: rarest, every: true };
  }

  /** One chunk as a hit with no query (score and coverage 0), e.g. found by dense retrieval only. */
  async chunk(id: number): Promise<SearchHit | undefined> {
    return (await this.passages([id]))[0];
  }
}

/** The tokens a passage is indexed under: its (article-aware) title, and its text with its basis. */
function indexedTokens(chunk: ChunkInput): { title: string[]; body: string[] } {
  return { title: tokenize(indexedTitle(chunk)), body: tokenize(`${chunk.text}\n${chunk.basis ?? ''}`) };
}
