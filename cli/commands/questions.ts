import { basename, extname } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { Presets, SingleBar } from 'cli-progress';
import { createRuntime } from '../../bot/runtime';
import {
  allBanks,
  BUILTIN_BANK,
  BUILTIN_BANK_TITLE,
  checkBankName,
  type LevelName,
  lintFigures,
  lintQuestions,
  loadBuiltinQuestions,
  normalizeInput,
  QuestionBankStore,
  QuestionFileError,
  readQuestionFile,
  type TemplateQuestion,
  validateRows,
} from '../../knowledge';
import { type CliCommand, type CliIO, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../command';
import { loadCliConfig } from '../config';
import { withRuntimeErrors } from '../runtime-errors';

const usage = [
  'dangwu questions import <文件.csv|.xlsx|.json> [--bank 题库名] [--level 初级|中级|高级] [--dry-run]',
  '                 导入题库（模板见 knowledge/FORMAT.md）；有任何一行不合格就全部不导入；同一题再次导入会更新',
  '                 等级列缺失或为空的题取 --level 指定的等级；不指定时为“不分级”，在每个等级的练习和考试中都会出现',
  'dangwu questions list [--json] [--bank 题库名]    列出题库（--json 输出全部题目，可再导入）',
  'dangwu questions remove <题库名> [--yes]           删除一个导入的题库',
  'dangwu questions lint [--bank 题库名] [--json]     检查题库：答案分布、近似重复、送分题干、凑数干扰项、缺解析或出处',
].join('\n');

/** How many bad rows are printed before "and N more". */
const MAX_ERRORS_SHOWN = 50;

interface Flags {
  words: string[];
  bank?: string;
  level?: string;
  json: boolean;
  dryRun: boolean;
  yes: boolean;
  unknown?: string;
}

function parseFlags(args: string[]): Flags {
  const flags: Flags = { words: [], json: false, dryRun: false, yes: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') flags.json = true;
    else if (arg === '--dry-run') flags.dryRun = true;
    else if (arg === '--yes' || arg === '-y') flags.yes = true;
    else if (arg === '--bank') flags.bank = args[++i] ?? '';
    else if (arg.startsWith('--bank=')) flags.bank = arg.slice('--bank='.length);
    else if (arg === '--level') flags.level = args[++i] ?? '';
    else if (arg.startsWith('--level=')) flags.level = arg.slice('--level='.length);
    else if (arg.startsWith('-')) flags.unknown ??= arg;
    else flags.words.push(arg);
  }
  return flags;
}

/** The bank name a file gets when --bank is not given: its name without extension or spaces. */
export function defaultBankName(file: string): string {
  return basename(file, extname(file)).replace(/\s+/g, '').slice(0, 20);
}

/** `dangwu questions`: import, list and remove question banks. */
export const questionsCommand: CliCommand = {
  name: 'questions',
  summary: '题库管理：导入（CSV/XLSX/JSON）、列出、检查、删除',
  usage,
  run: (args, io) =>
    withRuntimeErrors(io, async () => {
      const [sub, ...rest] = args;
      const flags = parseFlags(rest);
      if (flags.unknown) {
        io.stderr.write(`不认识的参数 ${flags.unknown}。\n用法：\n${usage}\n`);
        return EXIT_USAGE;
      }
      if (sub === 'import') return importQuestions(flags, io);
      if (sub === 'list') return listQuestions(flags, io);
      if (sub === 'remove') return removeBank(flags, io);
      if (sub === 'lint') return lintBank(flags, io);
      io.stderr.write(`${sub ? `没有 “${sub}” 这个子命令。\n` : ''}用法：\n${usage}\n`);
      return EXIT_USAGE;
    }),
};

async function importQuestions(flags: Flags, io: CliIO): Promise<number> {
  const [file, ...extra] = flags.words;
  if (!file || extra.length > 0) {
    io.stderr.write(`请指定一个题库文件。\n用法：\n${usage}\n`);
    return EXIT_USAGE;
  }
  const bank = flags.bank ?? defaultBankName(file);
  const badName = checkBankName(bank);
  if (badName) {
    io.stderr.write(`${badName}${flags.bank === undefined ? '（题库名默认取文件名，可用 --bank 指定）' : ''}\n`);
    return EXIT_USAGE;
  }

  const level = flags.level === undefined ? undefined : normalizeInput(flags.level);
  if (level !== undefined && !['初级', '中级', '高级'].includes(level)) {
    io.stderr.write(`--level 应为 初级、中级 或 高级，现为“${flags.level}”。\n`);
    return EXIT_USAGE;
  }

  let rows;
  try {
    rows = await readQuestionFile(file);
  } catch (error) {
    if (!(error instanceof QuestionFileError)) throw error;
    io.stderr.write(`导入失败，题库未作任何改动。${file}：${error.message}\n`);
    return EXIT_FAILURE;
  }
  const { questions, errors, repeats } = validateRows(rows, bank, { defaultLevel: level as LevelName | undefined });
  if (errors.length > 0) {
    const where = extname(file).toLowerCase() === '.json' ? '项' : '行';
    io.stderr.write(`导入失败，题库未作任何改动：${file} 有 ${errors.length} ${where}不合格（共 ${rows.length} ${where}）。\n`);
    for (const e of errors.slice(0, MAX_ERRORS_SHOWN)) io.stderr.write(`  第 ${e.row} ${where}：${e.reason}\n`);
    if (errors.length > MAX_ERRORS_SHOWN)
      io.stderr.write(`  ……还有 ${errors.length - MAX_ERRORS_SHOWN} ${where}，请先改正以上问题后再试。\n`);
    return EXIT_FAILURE;
  }
  if (questions.length === 0) {
    io.stderr.write(`导入失败：${file} 里没有题目（只有表头）。\n`);
    return EXIT_FAILURE;
  }
  for (const r of repeats) io.stdout.write(`提示：第 ${r.row} 行与第 ${r.sameAs} 行是同一道题，以第 ${r.row} 行为准。\n`);
  if (flags.dryRun) {
    io.stdout.write(`检查通过：${questions.length} 道题可以导入到题库“${bank}”（--dry-run，未写入）。\n`);
    return EXIT_OK;
  }

  const runtime = await createRuntime({ config: loadCliConfig(io) });
  const bar = io.stdout.isTTY
    ? new SingleBar({ format: '写入 [{bar}] {value}/{total}', stream: io.stdout }, Presets.shades_classic)
    : undefined;
  try {
    const store = new QuestionBankStore(runtime.storage.db, () => runtime.app.services.clock.now());
    bar?.start(questions.length, 0);
    const report = await store.importQuestions(bank, questions, basename(file), (done) => bar?.update(done));
    bar?.stop();
    io.stdout.write(
      `已导入题库“${bank}”：新增 ${report.added} 题，更新 ${report.updated} 题，未变化 ${report.unchanged} 题。` +
        `题库现有 ${(await store.banks()).find((b) => b.name === bank)?.count ?? 0} 题。\n` +
        '在聊天中发送“题库”可以选择练习哪些题库。\n',
    );
    return EXIT_OK;
  } finally {
    bar?.stop();
    await runtime.close();
  }
}

interface ListedQuestion {
  id: string;
  bank: string;
  type: string;
  level: string;
  topic: string;
  stem: string;
  options: string[];
  answer: string;
  explanation: string;
  source: string;
}

const listed = (q: TemplateQuestion): ListedQuestion => ({
  id: q.id,
  bank: q.bank,
  type: q.type,
  level: q.level,
  topic: q.topic,
  stem: q.stem,
  options: q.options,
  answer: q.answer,
  explanation: q.explanation,
  source: q.source,
});

async function listQuestions(flags: Flags, io: CliIO): Promise<number> {
  const runtime = await createRuntime({ config: loadCliConfig(io) });
  try {
    const { banks, questions: every } = await allBanks(runtime.storage.db);
    const wanted = flags.bank === BUILTIN_BANK_TITLE ? BUILTIN_BANK : flags.bank;
    if (wanted !== undefined && !banks.some((b) => b.name === wanted)) {
      io.stderr.write(`没有题库“${flags.bank}”。现有题库：${banks.map((b) => b.title).join('、')}\n`);
      return EXIT_FAILURE;
    }
    const questions = wanted === undefined ? every : every.filter((q) => q.bank === wanted);
    if (flags.json) {
      io.stdout.write(`${JSON.stringify(questions.map(listed), null, 2)}\n`);
      return EXIT_OK;
    }
    for (const bank of banks.filter((b) => wanted === undefined || b.name === wanted)) {
      const own = questions.filter((q) => q.bank === bank.name);
      const count = (key: 'type' | 'level', values: string[]) =>
        values.map((v) => `${v} ${own.filter((q) => q[key] === v).length}`).join('，');
      io.stdout.write(
        `${bank.title}：${own.length} 题（${count('type', ['单选', '多选', '判断', '填空'])}；${count('level', ['初级', '中级', '高级', '不分级'])}）\n`,
      );
    }
    io.stdout.write('用 --json 输出全部题目。\n');
    return EXIT_OK;
  } finally {
    await runtime.close();
  }
}

async function removeBank(flags: Flags, io: CliIO): Promise<number> {
  const [bank] = flags.words;
  if (!bank || flags.words.length > 1) {
    io.stderr.write(`请指定一个题库名。\n用法：\n${usage}\n`);
    return EXIT_USAGE;
  }
  if (bank === BUILTIN_BANK || bank === BUILTIN_BANK_TITLE) {
    io.stderr.write('内置题库不能删除；可以在聊天中发送“题库”，不选它即可。\n');
    return EXIT_USAGE;
  }
  const runtime = await createRuntime({ config: loadCliConfig(io) });
  try {
    const store = new QuestionBankStore(runtime.storage.db);
    const info = (await store.banks()).find((b) => b.name === bank);
    if (!info) {
      io.stderr.write(`没有题库“${bank}”。\n`);
      return EXIT_FAILURE;
    }
    if (!flags.yes) {
      if (!io.stdin.isTTY) {
        io.stderr.write(`删除题库“${bank}”（${info.count} 题）会同时删除这些题目，练习记录中的这些题也将无法再练。确认请加 --yes。\n`);
        return EXIT_USAGE;
      }
      const rl = createInterface({ input: io.stdin, output: io.stdout });
      const answer = await rl.question(`确定删除题库“${bank}”（${info.count} 题）吗？输入 y 确认：`);
      rl.close();
      if (!/^(y|yes|是|确定|确认)$/i.test(answer.trim())) {
        io.stdout.write('已取消，没有删除任何内容。\n');
        return EXIT_OK;
      }
    }
    const removed = await store.removeBank(bank);
    io.stdout.write(`已删除题库“${bank}”（${removed} 题）。\n`);
    return EXIT_OK;
  } finally {
    await runtime.close();
  }
}

/**
 * `questions lint`: the reviewer's screen (knowledge/questions/lint.ts) over one bank, the built-in one by default.
 * The built-in bank is read from its files; an imported bank from the database.
 */
async function lintBank(flags: Flags, io: CliIO): Promise<number> {
  if (flags.words.length > 0) {
    io.stderr.write(`questions lint 不接受其他参数，用 --bank 指定题库。\n用法：\n${usage}\n`);
    return EXIT_USAGE;
  }
  const wanted = flags.bank === undefined || flags.bank === BUILTIN_BANK_TITLE ? BUILTIN_BANK : flags.bank;
  let questions: TemplateQuestion[];
  if (wanted === BUILTIN_BANK) questions = loadBuiltinQuestions();
  else {
    const runtime = await createRuntime({ config: loadCliConfig(io) });
    try {
      const { banks, questions: every } = await allBanks(runtime.storage.db);
      if (!banks.some((b) => b.name === wanted)) {
        io.stderr.write(`没有题库“${flags.bank}”。现有题库：${banks.map((b) => b.title).join('、')}\n`);
        return EXIT_FAILURE;
      }
      questions = every.filter((q) => q.bank === wanted);
    } finally {
      await runtime.close();
    }
  }
  const report = lintQuestions(questions);
  if (flags.json) {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return EXIT_OK;
  }
  const figures = lintFigures(report);
  const lines = [
    `题库“${wanted === BUILTIN_BANK ? BUILTIN_BANK_TITLE : wanted}”：${report.total} 题`,
    figures.single,
    `${figures.multiple}；${figures.allButLast}`,
    figures.judge,
    figures.nearDuplicates,
    `发现 ${report.findings.length} 处问题${report.findings.length ? '：' : '。'}`,
    ...report.findings.map((f) => `  [${f.kind}] ${f.message}${f.ids.length && f.ids.length <= 2 ? `（${f.ids.join('，')}）` : ''}`),
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT_OK;
}
