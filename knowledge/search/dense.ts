import type { KnowledgeIndex, SearchHit } from './store';

/**
 * Dense retrieval, used when an embeddings endpoint is configured: chunk vectors are computed once per model
 * and cached in the database (kb_embeddings); the query vector is compared with every cached vector (cosine).
 * The caller passes the embedding function, so this layer knows nothing of HTTP clients or configuration.
 */
export type EmbedFn = (texts: string[]) => Promise<number[][]>;

const BATCH = 64;

/** Embeds every chunk that has no vector for this model yet. Returns how many were embedded. */
export async function ensureEmbeddings(index: KnowledgeIndex, model: string, embed: EmbedFn): Promise<number> {
  const missing = await index.db
    .selectFrom('kb_chunks')
    .select(['id', 'title', 'text'])
    .where('id', 'not in', index.db.selectFrom('kb_embeddings').select('chunk_id').where('model', '=', model))
    .orderBy('id')
    .execute();
  for (let i = 0; i < missing.length; i += BATCH) {
    const batch = missing.slice(i, i + BATCH);
    const vectors = await embed(batch.map((c) => `${c.title}\n${c.text}`));
    if (vectors.length !== batch.length) throw new Error(`嵌入接口返回了 ${vectors.length} 个向量，应为 ${batch.length} 个`);
    await index.db
      .insertInto('kb_embeddings')
      .values(batch.map((c, j) => ({ chunk_id: c.id, model, vector: Buffer.from(new Float32Array(vectors[j]!).buffer) })))
      .onConflict((oc) => oc.columns(['chunk_id', 'model']).doUpdateSet((eb) => ({ vector: eb.ref('excluded.vector') })))
      .execute();
  }
  return missing.length;
}

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length && i < b.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** Chunk ids by cosine similarity to the query, best first. */
export async function denseSearch(
  index: KnowledgeIndex,
  query: string,
  model: string,
  embed: EmbedFn,
  limit = 20,
): Promise<Array<{ chunkId: number; similarity: number }>> {
  await ensureEmbeddings(index, model, embed);
  const [q] = await embed([query]);
  if (!q) return [];
  const qv = new Float32Array(q);
  const rows = (await index.db.selectFrom('kb_embeddings').select(['chunk_id', 'vector']).where('model', '=', model).execute()) as Array<{
    chunk_id: number;
    vector: Buffer;
  }>;
  return rows
    .map((r) => ({
      chunkId: Number(r.chunk_id),
      similarity: cosine(qv, new Float32Array(r.vector.buffer, r.vector.byteOffset, r.vector.byteLength / 4)),
    }))
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, limit);
}

/** Reciprocal rank fusion of ranked id lists (k = 60). */
export function reciprocalRankFusion(lists: number[][], k = 60): number[] {
  const scores = new Map<number, number>();
  for (const list of lists) list.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + 1 / (k + rank + 1)));
  return [...scores].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

/** Lexical and dense rankings fused; dense-only passages come with coverage 0 (they never count as evidence alone). */
export async function hybridSearch(index: KnowledgeIndex, query: string, model: string, embed: EmbedFn, limit = 5): Promise<SearchHit[]> {
  const lexical = await index.search(query, 20);
  const dense = await denseSearch(index, query, model, embed, 20);
  const byId = new Map(lexical.map((h) => [h.chunkId, h]));
  const fused = reciprocalRankFusion([lexical.map((h) => h.chunkId), dense.map((d) => d.chunkId)]);
  const out: SearchHit[] = [];
  for (const id of fused.slice(0, limit)) {
    const hit = byId.get(id) ?? (await index.chunk(id));
    if (hit) out.push(hit);
  }
  return out;
}
