import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStorage } from '../bot/storage/database';
import { migrate } from '../bot/storage/migrations';
import { knowledgeMigrations } from '../knowledge/migrations';
import { HANDBOOK_DIR, parseHandbookChapter } from '../knowledge/search/handbook';
import { KnowledgeIndex } from '../knowledge/search/store';
import { EVAL_QUESTIONS } from '../scripts/eval/retrieval-questions';
function prng(seed: number) { let s = seed >>> 0; return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; }; }
const pool: string[] = [];
for (const file of readdirSync(HANDBOOK_DIR).filter((f) => f.endsWith('.md')))
  for (const section of parseHandbookChapter(readFileSync(join(HANDBOOK_DIR, file), 'utf8')))
    pool.push(...section.text.split(/(?<=[。；])/).map((s) => s.replace(/^[-*]\s+/, '').trim()).filter((s) => s.length > 8));
const random = prng(42);
const pick = () => pool[Math.floor(random() * pool.length)]!;
const size = 10_000;
const chunks = Array.from({ length: size }, (_, i) => ({ source: `bench:${i}`, title: `生成文档 › 第${Math.floor(i / 20) + 1}章 › 第${i + 1}条`, text: Array.from({ length: 4 + Math.floor(random() * 4) }, pick).join('') }));
const url = process.env.URL ?? ':memory:';
const neu = openStorage(url); await migrate(neu, knowledgeMigrations);
const index = new KnowledgeIndex(neu.db);
await index.transaction(async (tx) => { for (let d = 0; d < size / 100; d++) await tx.upsert({ source: `d:${d}`, title: `生成文档${d}`, kind: 'bench', chunks: chunks.slice(d * 100, d * 100 + 100) }); });
const queries = EVAL_QUESTIONS.map((q) => q.q);
for (let i = 0; i < 50; i++) await index.search(queries[i % queries.length]!, 5);
const { Session } = await import('node:inspector/promises');
const session = new Session(); session.connect();
await session.post('Profiler.enable'); await session.post('Profiler.start');
const b: number[] = [];
for (let i = 0; i < 1000; i++) { const s = performance.now(); await index.search(queries[i % queries.length]!, 5); b.push(performance.now() - s); }
const { profile } = await session.post('Profiler.stop');
const pct = (x: number[], p: number) => [...x].sort((m, n) => m - n)[Math.floor(p * x.length)]!.toFixed(2);
console.log(`p50 ${pct(b, 0.5)} p99 ${pct(b, 0.99)}`);
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const dt = profile.timeDeltas; 
profile.samples.forEach((id: number, i: number) => { const n: any = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0)); });
const total = [...self.values()].reduce((a, c) => a + c, 0);
for (const [k, v] of [...self].sort((a, c) => c[1] - a[1]).slice(0, 25)) console.log((100 * v / total).toFixed(1).padStart(5), k);
process.exit(0);
