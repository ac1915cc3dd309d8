import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Kysely, KyselyPlugin } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openStorage } from '../../bot/storage/database';
import { migrate } from '../../bot/storage/migrations';
import { knowledgeMigrations } from '../../knowledge/migrations';
import { QuestionFileError, readQuestionFile } from '../../knowledge/questions/readers';
import { QuestionBankStore } from '../../knowledge/questions/store';
import { TEMPLATE_HEADER, toTemplateRow, validateRows } from '../../knowledge/questions/template';
import { freshDatabase } from '../helpers/database';

const dir = mkdtempSync(join(tmpdir(), 'dangwu-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const header = TEMPLATE_HEADER.join(',');
let fileNo = 0;
function file(ext: string, content: string | Buffer): string {
  const path = join(dir, `bank-${++fileNo}${ext}`);
  writeFileSync(path, content);
  return path;
}

async function rowsOf(path: string) {
  return validateRows(await readQuestionFile(path), 'test');
}

describe('reading and validating a question file', () => {
  it('reports every bad row with its row number and reason, and keeps none of the file', async () => {
    const csv = [
      header,
      '单选,好的一题（）,甲,乙,丙,丁,,,B,乙对,初级,测试,',
      '单选,答案超出选项（）,甲,乙,丙,,,,E,,初级,测试,',
      '单选,单选给了两个答案（）,甲,乙,丙,,,,AB,,初级,测试,',
      '多选,选项中间空了一个（）,甲,,丙,丁,,,AC,,中级,测试,',
      '判断,判断题答案写成了字母,,,,,,,B,,中级,测试,',
      '填空,两个空（）和（）,,,,,,,一个,,高级,测试,',
      '问答,题型不认识,,,,,,,x,,初级,测试,',
      ',缺题型,,,,,,,x,,初级,测试,',
      '单选,等级写错（）,甲,乙,,,,,A,,专家,测试,',
      '单选,,甲,乙,,,,,A,,初级,测试,',
      '多选,只有一个选项（）,甲,,,,,,A,,初级,测试,',
    ].join('\n');
    const { questions, errors } = await rowsOf(file('.csv', csv));
    expect(questions.map((q) => q.stem)).toEqual(['好的一题（）']);
    expect(errors).toEqual([
      { row: 3, reason: '答案里的 E 没有对应的选项（本题只有 A–C）' },
      { row: 4, reason: '单选题的答案只能是一个字母，现为“AB”' },
      { row: 5, reason: '选项B 为空，但后面还有选项；选项要从 A 起连续填写' },
      { row: 6, reason: '判断题的答案应为“正确”或“错误”，现为“B”' },
      { row: 7, reason: '题干有 2 个空，答案却有 1 项（多个空之间用 | 分隔）' },
      { row: 8, reason: '题型“问答”应为 单选、多选、判断 或 填空' },
      { row: 9, reason: '缺少题型' },
      { row: 10, reason: '等级“专家”应为 初级、中级、高级，或留空（不分级）' },
      { row: 11, reason: '缺少题干' },
      { row: 12, reason: '多选题至少要有两个选项' },
    ]);
  });

  it('counts rows as the editor shows them when a cell spans lines, and skips blank lines', async () => {
    const csv = [header, '单选,"两行的\n题干（）",甲,乙,,,,,A,,初级,测试,', '', '单选,第三题（）,甲,乙,,,,,Z,,初级,测试,'].join('\n');
    const { errors } = await rowsOf(file('.csv', csv));
    expect(errors).toEqual([{ row: 5, reason: '答案“Z”应为选项字母，如 B 或 ACD' }]);
  });

  it('accepts common spellings and normalises them to the template', async () => {
    const csv = [
      header,
      '多选题,多选的写法（）,甲,乙,丙,丁,,,"D,a,C",,初级,测试,',
      '判断题,判断写成对勾,,,,,,,√,,初级,,',
      '填空,空一（）空二（）,,,,,,,一年/1年 ｜ 三个月,,初级,测试,',
    ].join('\n');
    const { questions, errors } = await rowsOf(file('.csv', csv));
    expect(errors).toEqual([]);
    expect(questions.map((q) => [q.type, q.answer, q.topic])).toEqual([
      ['多选', 'ACD', '测试'],
      ['判断', '正确', '未分类'],
      ['填空', '一年/1年|三个月', '测试'],
    ]);
  });

  it('reads CSV saved by Excel in GBK', async () => {
    const { questions, errors } = await rowsOf(join(import.meta.dirname, '../fixtures/questions/gbk.csv'));
    expect(errors).toEqual([]);
    expect(questions.map((q) => [q.stem, q.answer])).toEqual([
      ['用 Excel 另存的 GBK 编码题目，正确的是（）', 'C'],
      ['GBK 编码的判断题', '正确'],
    ]);
  });

  it('reads XLSX with the sheet row numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('题库');
    sheet.addRow([...TEMPLATE_HEADER]);
    sheet.addRow(['单选', '表格里的题（）', '甲', '乙', '丙', '', '', '', 'C', '丙对', '中级', '测试', 'x']);
    sheet.addRow([]);
    sheet.addRow(['判断', '表格里的判断题', '', '', '', '', '', '', true, '', '高级', '测试', '']);
    sheet.addRow(['多选', '表格里写错的题（）', '甲', '乙', '', '', '', '', 'ABC', '', '初级', '测试', '']);
    const path = join(dir, 'bank.xlsx');
    await workbook.xlsx.writeFile(path);
    const { questions, errors } = await rowsOf(path);
    expect(questions.map((q) => [q.stem, q.answer, q.level])).toEqual([
      ['表格里的题（）', 'C', '中级'],
      ['表格里的判断题', '正确', '高级'],
    ]);
    expect(errors).toEqual([{ row: 5, reason: '答案里的 C 没有对应的选项（本题只有 A–B）' }]);
  });

  it('reads JSON as `questions list --json` prints it, or with the template column names', async () => {
    const listed = [
      {
        id: 'x',
        bank: 'y',
        type: '多选',
        level: '中级',
        topic: '测试',
        stem: 'JSON 题（）',
        options: ['甲', '乙', '丙'],
        answer: 'AC',
        explanation: '',
        source: '',
      },
    ];
    const chinese = {
      questions: [
        { 题型: '判断', 题干: '中文键的题', 答案: '错误', 等级: '初级', 分类: '测试' },
        { 题型: '单选', 题干: '缺答案（）', 选项A: '甲', 选项B: '乙', 等级: '初级' },
      ],
    };
    expect((await rowsOf(file('.json', JSON.stringify(listed)))).questions.map((q) => [q.stem, q.options, q.answer])).toEqual([
      ['JSON 题（）', ['甲', '乙', '丙'], 'AC'],
    ]);
    const { questions, errors } = await rowsOf(file('.json', JSON.stringify(chinese)));
    expect(questions.map((q) => q.stem)).toEqual(['中文键的题']);
    expect(errors).toEqual([{ row: 2, reason: '缺少答案' }]);
  });

  it('rejects files that are not the template, naming what is wrong', async () => {
    await expect(readQuestionFile(file('.csv', '题目,答案\n什么,是\n'))).rejects.toThrow('表头缺少 题型、题干 列（不认识的列：题目）');
    await expect(readQuestionFile(file('.csv', `${header}\n单选,"没有闭合的引号,甲\n`))).rejects.toThrow(QuestionFileError);
    await expect(readQuestionFile(file('.json', '{"a":'))).rejects.toThrow('JSON 格式有误');
    await expect(readQuestionFile(file('.xls', 'x'))).rejects.toThrow('另存为');
    await expect(readQuestionFile(file('.xlsx', 'not a zip'))).rejects.toThrow('无法读取这个 .xlsx 文件');
    await expect(readQuestionFile(join(dir, 'missing.csv'))).rejects.toThrow('找不到文件');
    await expect(readQuestionFile(file('.csv', ''))).rejects.toThrow('文件是空的');
  });

  it('reports a repeated question once and keeps the later row', async () => {
    const csv = [header, '单选,重复的题（）,甲,乙,,,,,A,旧,初级,测试,', '单选,重复的题( ),甲,乙,,,,,B,新,初级,测试,'].join('\n');
    const { questions, repeats } = await rowsOf(file('.csv', csv));
    expect(repeats).toEqual([{ row: 3, sameAs: 2 }]);
    expect(questions.map((q) => q.answer)).toEqual(['B']);
  });
});

describe('the question bank store', () => {
  async function openStore() {
    const fresh = await freshDatabase(dir, `store-${++fileNo}.db`);
    const storage = openStorage(fresh.url);
    await migrate(storage, knowledgeMigrations);
    const close = async () => {
      await storage.close();
      await fresh.drop();
    };
    return { close, store: new QuestionBankStore(storage.db), db: storage.db as Kysely<any> };
  }
  const bank = (rows: string[][]) =>
    validateRows(
      rows.map((fields, i) => ({ row: i + 2, fields: Object.fromEntries(TEMPLATE_HEADER.map((h, j) => [h, fields[j] ?? ''])) })),
      '县委',
    ).questions;
  const q1 = toTemplateRow({
    type: '单选',
    stem: '第一题（）',
    options: ['甲', '乙'],
    answer: 'A',
    explanation: '旧解析',
    level: '初级',
    topic: '测试',
    source: '',
  });
  const q2 = toTemplateRow({
    type: '判断',
    stem: '第二题',
    options: [],
    answer: '正确',
    explanation: '',
    level: '中级',
    topic: '测试',
    source: '',
  });

  it('updates a question imported again instead of adding it twice, and counts what changed', async () => {
    const { close, store } = await openStore();
    try {
      expect(await store.importQuestions('县委', bank([q1, q2]), 'a.csv')).toMatchObject({ added: 2, updated: 0, unchanged: 0 });
      const before = await store.revision();
      const changed = [...q1];
      changed[9] = '新解析';
      expect(await store.importQuestions('县委', bank([changed, q2]), 'a.csv')).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
      expect(await store.revision()).toBe(before + 1);
      expect((await store.questions('县委')).map((q) => [q.stem, q.explanation])).toEqual([
        ['第一题（）', '新解析'],
        ['第二题', ''],
      ]);
      expect(await store.importQuestions('县委', bank([q2]), 'a.csv')).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
      expect(await store.revision()).toBe(before + 1);
      expect(await store.banks()).toMatchObject([{ name: '县委', count: 2, sourceFile: 'a.csv' }]);
      expect(await store.removeBank('县委')).toBe(2);
      expect(await store.questions()).toEqual([]);
      expect(await store.removeBank('县委')).toBeUndefined();
    } finally {
      await close();
    }
  });

  /** `n` distinct single-choice questions; `note` goes into each explanation, so a second call can change them all. */
  const many = (n: number, note = '') =>
    bank(Array.from({ length: n }, (_, i) => ['单选', `第${i}题（）`, '甲', '乙', '', '', '', '', 'A', note, '初级', '测试', '']));

  /** Imports through a handle that counts the statements sent and the rows they returned. */
  async function counted(db: Kysely<any>, questions: ReturnType<typeof many>) {
    const cost = { statements: 0, rowsRead: 0 };
    const counter: KyselyPlugin = {
      transformQuery: (args) => {
        cost.statements++;
        return args.node;
      },
      transformResult: async (args) => {
        cost.rowsRead += args.result.rows.length;
        return args.result;
      },
    };
    const report = await new QuestionBankStore(db.withPlugin(counter)).importQuestions('县委', questions, 'a.csv');
    return { ...cost, report };
  }

  it('costs a few statements per batch of 500, not one per question, whether the questions are new or changed', async () => {
    const costs: Record<string, Awaited<ReturnType<typeof counted>>> = {};
    for (const n of [20, 400, 1200]) {
      const { close, db } = await openStore();
      try {
        costs[`new ${n}`] = await counted(db, many(n));
        costs[`changed ${n}`] = await counted(db, many(n, '新解析'));
        costs[`same ${n}`] = await counted(db, many(n, '新解析'));
        expect(costs[`changed ${n}`]!.report).toMatchObject({ added: 0, updated: n, unchanged: 0 });
        expect(costs[`same ${n}`]!.report).toMatchObject({ added: 0, updated: 0, unchanged: n });
        const stored = await new QuestionBankStore(db).questions('县委');
        expect(stored.map((q) => q.explanation)).toEqual(Array(n).fill('新解析'));
        expect(stored.map((q) => q.stem)).toEqual(Array.from({ length: n }, (_, i) => `第${i}题（）`));
      } finally {
        await close();
      }
    }
    for (const kind of ['new', 'changed', 'same']) {
      // 20 and 400 questions are one batch: the same statements; 1,200 are three: two more batches' worth.
      expect(costs[`${kind} 400`]!.statements).toBe(costs[`${kind} 20`]!.statements);
      const perBatch = kind === 'same' ? 1 : 2;
      expect(costs[`${kind} 1200`]!.statements).toBe(costs[`${kind} 20`]!.statements + 2 * perBatch);
      // Each question already stored is read once (by its id), none for a new one: no scan per question.
      const stored = kind === 'new' ? 0 : 1;
      expect(costs[`${kind} 1200`]!.rowsRead - costs[`${kind} 20`]!.rowsRead).toBe(1180 * stored);
    }
  });

  it('writes nothing when any question of an import fails', async () => {
    const { close, store } = await openStore();
    try {
      const questions = bank([q1, q2]);
      (questions[1] as { stem: unknown }).stem = null;
      await expect(store.importQuestions('县委', questions, 'a.csv')).rejects.toThrow();
      expect(await store.questions()).toEqual([]);
      expect(await store.banks()).toEqual([]);
      expect(await store.revision()).toBe(0);
    } finally {
      await close();
    }
  });
});
