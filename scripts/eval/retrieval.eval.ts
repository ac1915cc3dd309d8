/**
 * Retrieval evaluation (`npm run eval`): hit@1, hit@5 and MRR of the knowledge index on our question set
 * (handbook + the 2017 党章 from ../shared/corpus, ingested at run time into a temporary database), side by side
 * with peers on the same chunks in the same run: MiniSearch and langchain's BM25Retriever, each with its
 * default settings and with our jieba + OpenCC tokenizer.
 */

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { BM25Retriever } from '@langchain/community/retrievers/bm25';
import { Document } from '@langchain/core/documents';
import MiniSearch from 'minisearch';
import { openStorage, type Storage } from '../../bot/storage/database';
import { migrate } from '../../bot/storage/migrations';
import { ingestFiles } from '../../knowledge/ingest';
import { knowledgeMigrations } from '../../knowledge/migrations';
import { ensureHandbookIndexed } from '../../knowledge/search/handbook';
import { KnowledgeIndex } from '../../knowledge/search/store';
import { tokenize } from '../../knowledge/search/tokenize';
import { backends } from './backends';
import { ARTICLE_QUESTIONS, EVAL_QUESTIONS, type EvalQuestion, HELDOUT_CONSTITUTION_QUESTIONS } from './retrieval-questions';

type Retrieve = (q: string) => Promise<string[]> | string[];

interface Scores {
  name: string;
  hit1: number;
  hit5: number;
  mrr: number;
  /** Share of questions whose first hit is an expected article itself (not a handbook section restating it). */
  article1: number;
  byStyle: Record<string, number>;
  misses: string[];
}

async function score(name: string, retrieve: Retrieve, questions: EvalQuestion[]): Promise<Scores> {
  let hit1 = 0;
  let hit5 = 0;
  let rr = 0;
  let article1 = 0;
  const styleHits: Record<string, [number, number]> = {};
  const misses: string[] = [];
  for (const item of questions) {
    const ranked = (await retrieve(item.q)).slice(0, 5);
    const targets = [item.expect].flat();
    const rank = ranked.findIndex((source) => targets.includes(source));
    const s = (styleHits[item.style] ??= [0, 0]);
    s[1]++;
    if (rank === 0 && !ranked[0]!.startsWith('handbook:')) article1++;
    if (rank === 0) {
      hit1++;
      s[0]++;
    } else misses.push(`${item.q} → ${ranked[0] ?? '（无）'}（应为 ${targets.join(' 或 ')}${rank > 0 ? `，第 ${rank + 1}` : ''}）`);
    if (rank >= 0) {
      hit5++;
      rr += 1 / (rank + 1);
    }
  }
  const n = questions.length;
  const byStyle = Object.fromEntries(Object.entries(styleHits).map(([k, [h, t]]) => [k, h / t]));
  return { name, hit1: hit1 / n, hit5: hit5 / n, mrr: rr / n, article1: article1 / n, byStyle, misses };
}

/** Our figures on one backend, to compare the backends (they must agree within 0.01). */
interface Figures {
  backend: string;
  ours: Scores;
  tuning?: Scores;
  held?: Scores;
}

async function main(): Promise<void> {
  const repoRoot = resolve(import.meta.dirname, '../..');
  // ../shared/corpus beside the repository (CI), or two levels up from a worktree under wt/.
  const constitution =
    ['../shared/corpus', '../../shared/corpus']
      .map((d) => resolve(repoRoot, d, 'regulations/cpc_constitution_2017_zh.txt'))
      .find((p) => existsSync(p)) ?? resolve(repoRoot, '../shared/corpus/regulations/cpc_constitution_2017_zh.txt');
  const figures: Figures[] = [];
  for (const [i, backend] of (await backends('eval_retrieval')).entries()) {
    console.log(`\n--- ${backend.name} ---`);
    const storage = openStorage(backend.url);
    try {
      figures.push(await evaluateOn(storage, backend.name, constitution, i === 0));
    } finally {
      await storage.close();
      await backend.drop();
    }
  }
  if (figures.length < 2) return;
  console.log('\n两种数据库上的结果（应相差不超过 0.01）：');
  const row = (label: string, pick: (f: Figures) => Scores | undefined) => {
    const values = figures.map(pick);
    if (values.some((v) => !v)) return;
    const cells = values.map(
      (v, j) => `${figures[j]!.backend} hit@1 ${v!.hit1.toFixed(3)} hit@5 ${v!.hit5.toFixed(3)} MRR ${v!.mrr.toFixed(3)}`,
    );
    const gap = Math.max(...(['hit1', 'hit5', 'mrr'] as const).map((k) => Math.abs(values[0]![k] - values[1]![k])));
    console.log(`  ${label}：${cells.join('；')}；最大差 ${gap.toFixed(3)}${gap <= 0.01 ? '' : '（超过 0.01）'}`);
  };
  row('评测题', (f) => f.ours);
  row('党章 调参', (f) => f.tuning);
  row('党章 留出', (f) => f.held);
}

async function evaluateOn(storage: Storage, backend: string, constitution: string, withPeers: boolean): Promise<Figures> {
  await migrate(storage, knowledgeMigrations);
  const index = new KnowledgeIndex(storage.db);
  await ensureHandbookIndexed(index);
  let questions = EVAL_QUESTIONS;
  if (existsSync(constitution)) await ingestFiles(index, [constitution]);
  else {
    console.warn(`找不到 ${constitution}，只评测手册部分。`);
    questions = questions.flatMap((q) => {
      const handbook = [q.expect].flat().filter((t) => t.startsWith('handbook:'));
      return handbook.length > 0 ? [{ ...q, expect: handbook }] : [];
    });
  }
  const chunks = await index.chunks();
  const known = new Set(chunks.map((r) => r.source));
  // Targets not in the index (chapters not written yet) are dropped; a question with none left is skipped.
  const present = questions.map((q) => ({ ...q, expect: [q.expect].flat().filter((t) => known.has(t)) }));
  const missing = present.filter((q) => q.expect.length === 0);
  if (missing.length > 0)
    console.warn(`题集中 ${missing.length} 题的目标段落不在索引里（手册可能还没写完），已跳过：${missing.map((m) => m.q).join('、')}`);
  questions = present.filter((q) => q.expect.length > 0);

  const tok = (s: string) => tokenize(s);

  const miniDefault = new MiniSearch<{ id: string; title: string; text: string }>({ fields: ['title', 'text'], idField: 'id' });
  miniDefault.addAll(chunks.map((c) => ({ id: c.source, title: c.title, text: c.text })));
  const miniTokenized = new MiniSearch<{ id: string; title: string; text: string }>({
    fields: ['title', 'text'],
    idField: 'id',
    tokenize: tok,
    processTerm: (t) => t,
  });
  miniTokenized.addAll(chunks.map((c) => ({ id: c.source, title: c.title, text: c.text })));
  const bm25Default = BM25Retriever.fromDocuments(
    chunks.map((c) => new Document({ pageContent: `${c.title}\n${c.text}`, metadata: { source: c.source } })),
    { k: 5 },
  );
  const bm25Tokenized = BM25Retriever.fromDocuments(
    chunks.map((c) => new Document({ pageContent: tok(`${c.title}\n${c.text}`).join(' '), metadata: { source: c.source } })),
    { k: 5 },
  );

  const search = async (q: string) => (await index.search(q, 5)).map((h) => h.source);
  const ours = await score(`ours (${backend} BM25 + jieba + OpenCC + synonyms)`, search, questions);
  const results = !withPeers
    ? [ours]
    : [
        ours,
        await score(
          'MiniSearch (default)',
          (q) =>
            miniDefault
              .search(q)
              .slice(0, 5)
              .map((r) => String(r.id)),
          questions,
        ),
        await score(
          'MiniSearch (jieba + OpenCC)',
          (q) =>
            miniTokenized
              .search(q)
              .slice(0, 5)
              .map((r) => String(r.id)),
          questions,
        ),
        await score('BM25Retriever (default)', async (q) => (await bm25Default.invoke(q)).map((d) => String(d.metadata.source)), questions),
        await score(
          'BM25Retriever (jieba + OpenCC)',
          async (q) => (await bm25Tokenized.invoke(tok(q).join(' '))).map((d) => String(d.metadata.source)),
          questions,
        ),
      ];
  console.log(`评测题 ${questions.length} 道，索引 ${chunks.length} 段\n`);
  console.log(['检索方法'.padEnd(46), 'hit@1', 'hit@5', 'MRR  ', '普通', '繁体', '口语'].join('\t'));
  for (const r of results) {
    const st = (k: string) => (r.byStyle[k] ?? 0).toFixed(2);
    console.log(
      [r.name.padEnd(46), r.hit1.toFixed(3), r.hit5.toFixed(3), r.mrr.toFixed(3), st('plain'), st('traditional'), st('colloquial')].join(
        '\t',
      ),
    );
  }
  const bestPeer = Math.max(...results.slice(1).map((r) => r.hit1));
  console.log(
    `\nhit@5 ≥ 0.95：${ours.hit5 >= 0.95 ? '达到' : '未达到'}` +
      (withPeers ? `；hit@1 高于最强对照（${bestPeer.toFixed(3)}）：${ours.hit1 > bestPeer ? '是' : '否'}` : ''),
  );
  if (ours.misses.length > 0) console.log(`\n我们的 hit@1 未命中：\n${ours.misses.map((m) => `  ${m}`).join('\n')}`);
  if (existsSync(constitution)) {
    // The 党章 questions of the tuning set above, and the held-out ones (never tuned on): counts only.
    const inIndex = (list: EvalQuestion[]) =>
      list.map((q) => ({ ...q, expect: [q.expect].flat().filter((t) => known.has(t)) })).filter((q) => q.expect.length > 0);
    const onConstitution = [
      ...questions.filter((q) => [q.expect].flat().some((t) => t.startsWith('《中国共产党章程》'))),
      ...inIndex(ARTICLE_QUESTIONS),
    ];
    const heldOut = inIndex(HELDOUT_CONSTITUTION_QUESTIONS);
    const tuning = await score('党章 调参', search, onConstitution);
    const held = await score('党章 留出', search, heldOut);
    console.log(`\n党章问题（手册与党章同在索引中）：`);
    for (const r of [tuning, held])
      console.log(
        `  ${r.name}：${r === tuning ? onConstitution.length : heldOut.length} 题，hit@1 ${r.hit1.toFixed(3)}，hit@5 ${r.hit5.toFixed(3)}，MRR ${r.mrr.toFixed(3)}，条文本身居首 ${r.article1.toFixed(3)}`,
      );
    if (tuning.misses.length > 0) console.log(`\n党章调参题 hit@1 未命中：\n${tuning.misses.map((m) => `  ${m}`).join('\n')}`);
    if (process.env.EVAL_SHOW_HELDOUT === '1' && held.misses.length > 0) console.log(held.misses.map((m) => `  ${m}`).join('\n'));
    return { backend, ours, tuning, held };
  }
  return { backend, ours };
}

/** Part of `npm run eval` (scripts/eval/index.ts). */
export const run = main;
