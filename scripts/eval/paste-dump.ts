/**
 * Dumps, for every built-in question pasted as if the bank lacked it, what the strict rules answer and the
 * sentences a calibrated judgement would weigh, so that precision–coverage curves can be measured quickly
 * (scripts/eval/paste-curves.ts). `node bin/run-ts.js scripts/eval/paste-dump.ts out.json`.
 */
import { writeFileSync } from 'node:fs';
import { passageSearch } from '../../bot/features/quiz/exam-answerer';
import { openStorage } from '../../bot/storage/database';
import { migrate } from '../../bot/storage/migrations';
import { createFactIndex } from '../../knowledge/facts';
import { knowledgeMigrations } from '../../knowledge/migrations';
import { loadBuiltinQuestions } from '../../knowledge/questions/builtin';
import { createPasteIndex, hasInnerBlank, parsePasted, truthOptions } from '../../knowledge/questions/paste';
import {
  calibratedSentences,
  outcomeAnswer,
  suggestByPassageValues,
  suggestFromFacts,
  suggestFromHandbook,
  withoutCase,
  withoutPreamble,
} from '../../knowledge/questions/suggest';
import { ensureHandbookIndexed } from '../../knowledge/search/handbook';
import { KnowledgeIndex } from '../../knowledge/search/store';
import { backends } from './backends';

const [backend] = await backends('paste_dump');
const storage = openStorage(backend!.url);
await migrate(storage, knowledgeMigrations);
const handbook = new KnowledgeIndex(storage.db);
await ensureHandbookIndexed(handbook);
const facts = createFactIndex();
const builtin = loadBuiltinQuestions();
const index = createPasteIndex(builtin);
const out = [];
for (const q of builtin) {
  const lettered = q.options.map((o, i) => `${'ABCDEF'[i]}. ${o}`).join('\n');
  const raw = `${q.type === '多选' ? '（多选题）' : ''}${q.stem}${lettered ? `\n${lettered}` : ''}`;
  const statements = index.statements(raw).filter((s) => s.question.id !== q.id && s.question.stem !== q.stem);
  const hits = await passageSearch(handbook)(q.stem);
  const fromHandbook = suggestFromHandbook(raw, hits, statements);
  const base =
    fromHandbook.kind === 'abstain' ? (suggestFromFacts(raw, facts) ?? suggestByPassageValues(raw, hits) ?? fromHandbook) : fromHandbook;
  const pasted = parsePasted(raw);
  const truth = truthOptions(pasted.options);
  const choice = pasted.options.length >= 2 && !truth;
  const statement = pasted.declaredType === '判断' || truth !== undefined || (!choice && !hasInnerBlank(pasted.stem));
  const stem = withoutCase(withoutPreamble(pasted.stem));
  const sentences = calibratedSentences(stem, choice ? pasted.options : [], statement, hits, facts).map((s) => s.text);
  out.push({ id: q.id, type: q.type, raw, stem, options: pasted.options, answer: q.answer, base: outcomeAnswer(base) ?? null, sentences });
}
writeFileSync(process.argv[2] ?? '/tmp/paste-dump.json', JSON.stringify(out));
await storage.close();
await backend!.drop();
