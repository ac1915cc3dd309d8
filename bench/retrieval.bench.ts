import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import MiniSearch from 'minisearch';
import { openStorage } from '../bot/storage/database';
import { migrate } from '../bot/storage/migrations';
import { createFactIndex } from '../knowledge/facts';
import { ingestFiles } from '../knowledge/ingest';
import { knowledgeMigrations } from '../knowledge/migrations';
import { HANDBOOK_DIR, parseHandbookChapter } from '../knowledge/search/handbook';
import { type ChunkInput, KnowledgeIndex } from '../knowledge/search/store';
import { tokenize } from '../knowledge/search/tokenize';
import { type Backend, backends } from '../scripts/eval/backends';
import { EVAL_QUESTIONS } from '../scripts/eval/retrieval-questions';
import { measure, measureAsync, ms, rssMb } from './measure';

/** Lexical retrieval on 10,000 and 100,000 generated chunks (ours vs MiniSearch with the same tokenizer) and ingest of 1 MB. */

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function sentencePool(): string[] {
  const pool: string[] = [];
  for (const file of readdirSync(HANDBOOK_DIR).filter((f) => f.endsWith('.md'))) {
    for (const section of parseHandbookChapter(readFileSync(join(HANDBOOK_DIR, file), 'utf8'))) {
      pool.push(
        ...section.text
          .split(/(?<=[。；])/)
          .map((s) => s.replace(/^[-*]\s+/, '').trim())
          .filter((s) => s.length > 8),
      );
    }
  }
  return pool;
}

/** Our index over `chunks` on one backend, built in one transaction: the build time and a search function. */
async function buildOurs(backend: Backend, chunks: ChunkInput[]) {
  const storage = openStorage(backend.url);
  await migrate(storage, knowledgeMigrations);
  const index = new KnowledgeIndex(storage.db);
  const start = performance.now();
  await index.transaction(async (tx) => {
    for (let d = 0; d < chunks.length / 100; d++)
      await tx.upsert({ source: `bench-doc:${d}`, title: `生成文档${d}`, kind: 'bench', chunks: chunks.slice(d * 100, d * 100 + 100) });
  });
  const buildMs = performance.now() - start;
  // What autovacuum does soon after a large insert, done at once: planner statistics, and the visibility map that
  // lets a search read the postings' index alone.
  if (backend.name === 'PostgreSQL') await sql`VACUUM ANALYZE`.execute(storage.db);
  return {
    buildMs,
    index,
    async close() {
      await storage.close();
      await backend.drop();
    },
  };
}

/**
 * Builds `size` generated chunks, indexes them on each backend (and in MiniSearch, at 10,000) and measures 1000
 * searches on each. `onPostgres` false: SQLite only (building 100,000 passages on PostgreSQL takes minutes).
 */
async function measureAt(size: number, pick: () => string, random: () => number, withPeer = true, onPostgres = true): Promise<void> {
  const chunks: ChunkInput[] = Array.from({ length: size }, (_, i) => ({
    source: `bench:${i}`,
    title: `生成文档 › 第${Math.floor(i / 20) + 1}章 › 第${i + 1}条`,
    text: Array.from({ length: 4 + Math.floor(random() * 4) }, pick).join(''),
  }));
  const label = size.toLocaleString('en-US');
  const queries = EVAL_QUESTIONS.map((q) => q.q);
  const p99s: string[] = [];
  for (const backend of await backends(`bench_retrieval_${size}`)) {
    if (backend.name === 'PostgreSQL' && !onPostgres) {
      await backend.drop();
      continue;
    }
    const ours = await buildOurs(backend, chunks);
    try {
      // Ours is measured before the peer's index exists: building MiniSearch leaves hundreds of MB of garbage whose
      // collection otherwise lands in our samples (p99 3–4 ms measured alone, 10 ms with the peer's heap behind it).
      for (let i = 0; i < 50; i++) await ours.index.search(queries[i % queries.length]!, 5); // warm-up
      const timing = await measureAsync(1000, (i) => ours.index.search(queries[i % queries.length]!, 5));
      const target = backend.name === 'SQLite' ? 5 : 15;
      console.log(
        `${label} 段，${backend.name}：索引构建 ${ms(ours.buildMs)}，检索（含分词、口语改写、同义词、按稀有度加权的覆盖率重排）p50 ${ms(timing.p50)} p99 ${ms(timing.p99)}` +
          (size === 10_000 ? `（目标 p99 ≤ ${target} ms：${timing.p99 <= target ? '达到' : '未达到'}）` : '') +
          `；RSS ${rssMb()}`,
      );
      p99s.push(`${backend.name} ${ms(timing.p99)}`);
    } finally {
      await ours.close();
    }
  }
  if (!withPeer) return;
  const start = performance.now();
  const mini = new MiniSearch<{ id: string; title: string; text: string }>({
    fields: ['title', 'text'],
    tokenize: (s) => tokenize(s),
    processTerm: (t) => t,
  });
  mini.addAll(chunks.map((c) => ({ id: c.source, title: c.title, text: c.text })));
  const miniBuild = performance.now() - start;
  for (let i = 0; i < 50; i++) mini.search(queries[i % queries.length]!); // warm-up
  const peer = measure(1000, (i) => mini.search(queries[i % queries.length]!).slice(0, 5));
  console.log(
    `${label} 段，对照组 MiniSearch(jieba)：索引构建 ${ms(miniBuild)}，检索 p50 ${ms(peer.p50)} p99 ${ms(peer.p99)}；我们的 p99：${p99s.join('，')}`,
  );
}

/**
 * The fact layer's match (knowledge/facts), which every handbook answer runs before its search: its cost adds
 * to the search's for the answer, so the 5 ms target is for the two together.
 */
function measureFacts(): void {
  const facts = createFactIndex();
  const queries = EVAL_QUESTIONS.map((q) => q.q);
  // Warm-up: as many matches as are measured. 50 left 32 of the 82 questions to be first read inside the samples, and
  // two passes over them still left the optimiser's later tiers and the first old-space collections inside them: the
  // p99 of three back-to-back runs read 2.96, 0.95 and 0.50 ms on the same code. A server answers warm.
  for (let i = 0; i < 1000; i++) facts.match(queries[i % queries.length]!);
  const timing = measure(1000, (i) => facts.match(queries[i % queries.length]!));
  console.log(
    `事实层匹配（${facts.facts.length} 条事实，含防误答检查）：p50 ${ms(timing.p50)} p99 ${ms(timing.p99)}（与检索相加计入手册答复）`,
  );
}

export async function run(): Promise<void> {
  measureFacts();
  const pool = sentencePool();
  const random = prng(42);
  const pick = () => pool[Math.floor(random() * pool.length)]!;
  await measureAt(10_000, pick, random);
  // A county's whole library of regulations and local documents would be far below this; it shows the slope.
  await measureAt(100_000, pick, random, false, false);

  // Ingest 1 MB of Chinese text as one regulation-like file of articles.
  const dir = mkdtempSync(join(tmpdir(), 'dangwu-bench-ingest-'));
  try {
    const parts: string[] = [];
    let bytes = 0;
    for (let n = 1; bytes < 1024 * 1024; n++) {
      const article = `第${n}条 ${Array.from({ length: 3 + Math.floor(random() * 3) }, pick).join('')}\n\n`;
      parts.push(article);
      bytes += Buffer.byteLength(article);
    }
    const file = join(dir, 'big.txt');
    writeFileSync(file, `生成的规章\n\n${parts.join('')}`);
    const store = openStorage(':memory:');
    await migrate(store, knowledgeMigrations);
    const rssBefore = rssMb();
    const start = performance.now();
    const report = await ingestFiles(new KnowledgeIndex(store.db), [file]);
    const took = performance.now() - start;
    console.log(
      `导入 1 MB 中文文本（${report.files[0]!.chunks} 段）：${ms(took)}（目标 ≤ 5 s：${took <= 5000 ? '达到' : '未达到'}），RSS ${rssBefore} → ${rssMb()}`,
    );
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
