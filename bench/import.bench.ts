import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { openStorage } from '../bot/storage/database';
import { migrate } from '../bot/storage/migrations';
import { knowledgeMigrations } from '../knowledge/migrations';
import { readQuestionFile } from '../knowledge/questions/readers';
import { QuestionBankStore } from '../knowledge/questions/store';
import { TEMPLATE_HEADER, validateRows } from '../knowledge/questions/template';
import { ms, rssMb } from './measure';

/**
 * `dangwu questions import` of 10,000 template rows (CSV and XLSX): read, validate every row, write in one
 * transaction, on a fresh SQLite file. Peers in the same run: csv-parse alone (the floor: reading, no
 * validation or storage) and the same rows inserted one autocommit statement at a time.
 */
const ROWS = 10_000;

function row(i: number): string[] {
  const kind = i % 4;
  const stem = `第${i}题：关于党支部工作第${i % 97}项规定的说法，正确的是（）`;
  if (kind === 0)
    return [
      '单选',
      stem,
      `选项甲${i}`,
      `选项乙${i}`,
      `选项丙${i}`,
      `选项丁${i}`,
      '',
      '',
      'BCDA'[i % 4],
      `解析${i}`,
      '初级',
      '组织生活',
      'life.overview',
    ];
  if (kind === 1)
    return ['多选', stem, `甲${i}`, `乙${i}`, `丙${i}`, `丁${i}`, `戊${i}`, '', 'ACE', `解析${i}`, '中级', '党员', 'member.duties'];
  if (kind === 2)
    return [
      '判断',
      `第${i}题：支部每月召开一次支委会`,
      '',
      '',
      '',
      '',
      '',
      '',
      i % 2 ? '正确' : '错误',
      `解析${i}`,
      '高级',
      '支部建设',
      '',
    ];
  return ['填空', `第${i}题：预备期为（），从（）算起`, '', '', '', '', '', '', '一年|支部大会通过之日', '', '初级', '党员', ''];
}

const csvCell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dangwu-bench-import-'));
  try {
    const rows = Array.from({ length: ROWS }, (_, i) => row(i));
    const csv = join(dir, 'bank.csv');
    writeFileSync(csv, [[...TEMPLATE_HEADER], ...rows].map((r) => r.map(csvCell).join(',')).join('\n'));
    const xlsx = join(dir, 'bank.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('题库');
    sheet.addRow([...TEMPLATE_HEADER]);
    for (const r of rows) sheet.addRow(r);
    await workbook.xlsx.writeFile(xlsx);

    const importFile = async (file: string, db: string) => {
      const storage = openStorage(join(dir, db));
      await migrate(storage, knowledgeMigrations);
      try {
        return await timed(async () => {
          const { questions, errors } = validateRows(await readQuestionFile(file), 'bench');
          if (errors.length > 0) throw new Error(`bench rows invalid: ${errors[0]!.reason}`);
          return new QuestionBankStore(storage.db).importQuestions('bench', questions, file);
        });
      } finally {
        await storage.close();
      }
    };
    const ours = await importFile(csv, 'csv.db');
    const oursXlsx = await importFile(xlsx, 'xlsx.db');
    const again = await importFile(csv, 'csv.db');

    const parseOnly = await timed(() => parse(readFileSync(csv, 'utf8'), { bom: true }) as string[][]);
    const storage = openStorage(join(dir, 'naive.db'));
    await migrate(storage, knowledgeMigrations);
    const naive = await timed(async () => {
      const { questions } = validateRows(
        parseOnly.value
          .slice(1)
          .map((cells, i) => ({ row: i + 2, fields: Object.fromEntries(TEMPLATE_HEADER.map((h, j) => [h, cells[j] ?? ''])) })),
        'bench',
      );
      const db = storage.db.withTables<{ qb_banks: any; qb_questions: any }>();
      await db.insertInto('qb_banks').values({ name: 'bench', created_at: '', updated_at: '' }).execute();
      for (const [i, q] of questions.entries())
        await db
          .insertInto('qb_questions')
          .values({
            id: q.id,
            bank_id: 1,
            ord: i,
            type: q.type,
            stem: q.stem,
            options: JSON.stringify(q.options),
            answer: q.answer,
            explanation: q.explanation,
            level: q.level,
            topic: q.topic,
            source: q.source,
            updated_at: '',
          })
          .execute();
    });
    await storage.close();

    console.log(
      `import ${ROWS} rows, CSV: ${ms(ours.ms)} (added ${ours.value.added}; target ≤ 5 s); XLSX: ${ms(oursXlsx.ms)}; CSV again (all unchanged): ${ms(again.ms)} (unchanged ${again.value.unchanged})`,
    );
    console.log(
      `peer, csv-parse alone (no validation, no storage): ${ms(parseOnly.ms)}; ours/peer ${(ours.ms / parseOnly.ms).toFixed(1)}×`,
    );
    console.log(`peer, one autocommit INSERT per row: ${ms(naive.ms)}; ours/peer ${(ours.ms / naive.ms).toFixed(2)}×; RSS ${rssMb()}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
