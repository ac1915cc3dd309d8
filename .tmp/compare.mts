import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStorage } from '../bot/storage/database';
import { migrate } from '../bot/storage/migrations';
import { knowledgeMigrations } from '../knowledge/migrations';
import { HANDBOOK_DIR, parseHandbookChapter } from '../knowledge/search/handbook';
import { KnowledgeIndex } from '../knowledge/search/store';
import { EVAL_QUESTIONS } from '../scripts/eval/retrieval-questions';
import { openStorage as openOld } from '/tmp/kn/main/bot/storage/database';
import { migrate as migrateOld } from '/tmp/kn/main/bot/storage/migrations';
import { knowledgeMigrations as oldMigrations } from '/tmp/kn/main/knowledge/migrations';
import { KnowledgeIndex as OldIndex } from '/tmp/kn/main/knowledge/search/store';

function prng(seed: number) { let s = seed >>> 0; return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; }; }
const pool: string[] = [];
for (const file of readdirSync(HANDBOOK_DIR).filter((f) => f.endsWith('.md')))
  for (const section of parseHandbookChapter(readFileSync(join(HANDBOOK_DIR, file), 'utf8')))
    pool.push(...section.text.split(/(?<=[。；])/).map((s) => s.replace(/^[-*]\s+/, '').trim()).filter((s) => s.length > 8));
const random = prng(42);
const pick = () => pool[Math.floor(random() * pool.length)]!;
const size = 10_000;
const chunks = Array.from({ length: size }, (_, i) => ({ source: `bench:${i}`, title: `生成文档 › 第${Math.floor(i / 20) + 1}章 › 第${i + 1}条`, text: Array.from({ length: 4 + Math.floor(random() * 4) }, pick).join('') }));
const old = openOld(':memory:'); await migrateOld(old, oldMigrations);
const oldIndex = new OldIndex(old.sqlite);
oldIndex.transaction(() => { for (let d = 0; d < size / 100; d++) oldIndex.upsert({ source: `d:${d}`, title: `生成文档${d}`, kind: 'bench', chunks: chunks.slice(d * 100, d * 100 + 100) }); });
const url = process.env.URL ?? ':memory:';
const neu = openStorage(url); await migrate(neu, knowledgeMigrations);
const index = new KnowledgeIndex(neu.db);
let t = performance.now();
await index.transaction(async (tx) => { for (let d = 0; d < size / 100; d++) await tx.upsert({ source: `d:${d}`, title: `生成文档${d}`, kind: 'bench', chunks: chunks.slice(d * 100, d * 100 + 100) }); });
console.log('new build', (performance.now() - t).toFixed(0));
if (url.startsWith('postgres')) await (await import('kysely')).sql`VACUUM ANALYZE`.execute(neu.db);
const queries = EVAL_QUESTIONS.map((q) => q.q);
for (let i = 0; i < 50; i++) { oldIndex.search(queries[i % queries.length]!, 5); await index.search(queries[i % queries.length]!, 5); }
const a: number[] = []; const b: number[] = [];
for (let i = 0; i < 1000; i++) {
  const q = queries[i % queries.length]!;
  let s = performance.now(); oldIndex.search(q, 5); a.push(performance.now() - s);
  s = performance.now(); await index.search(q, 5); b.push(performance.now() - s);
}
const pct = (x: number[], p: number) => [...x].sort((m, n) => m - n)[Math.floor(p * x.length)]!.toFixed(2);
console.log(`old p50 ${pct(a, 0.5)} p99 ${pct(a, 0.99)} | new p50 ${pct(b, 0.5)} p99 ${pct(b, 0.99)}`);
let same = 0;
for (const q of queries) { const x = oldIndex.search(q, 5).map((h) => h.source).join(); const y = (await index.search(q, 5)).map((h) => h.source).join(); if (x === y) same++; }
console.log('same top-5', same, '/', queries.length);
process.exit(0);
