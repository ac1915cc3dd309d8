import { userInfo } from 'node:os';
import { createInterface } from 'node:readline/promises';
import type { ReadStream } from 'node:tty';
import { createRemindersConsoleQueries, type Storage } from '../../bot';
import { createRuntime } from '../../bot/runtime';
import { AccountError, checkPassword, createAccountStore, type Role } from '../../web/accounts';
import { webMigrations } from '../../web/migrations';
import { type CliCommand, type CliIO, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../command';
import { loadCliConfig } from '../config';
import { withRuntimeErrors } from '../runtime-errors';

const usage = [
  'dangwu admin add <用户名> [--role org|branch] [--branch 支部名称…]   新建管理后台账号（密码从标准输入读取；终端上输入两次）',
  'dangwu admin list                                                列出账号',
  'dangwu admin remove <用户名> [--yes]                             删除账号',
  'dangwu admin passwd <用户名>                                     修改密码（密码从标准输入读取）',
  '  --role org     组织部账号，可以查看全部支部（不带 --branch 时的默认值）',
  '  --role branch  支部账号，只能查看 --branch 指定的支部（须是已在聊天中绑定的支部名称，可写多个）',
].join('\n');

interface Flags {
  words: string[];
  role?: string;
  branches: string[];
  yes: boolean;
  unknown?: string;
}

function parseFlags(args: string[]): Flags {
  const flags: Flags = { words: [], branches: [], yes: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--yes' || arg === '-y') flags.yes = true;
    else if (arg === '--role') flags.role = args[++i] ?? '';
    else if (arg.startsWith('--role=')) flags.role = arg.slice('--role='.length);
    else if (arg === '--branch' || arg.startsWith('--branch=')) {
      // `--branch 一支部 二支部`, `--branch 一支部,二支部` and repeated `--branch` all work.
      const values = arg.startsWith('--branch=') ? [arg.slice('--branch='.length)] : [];
      while (args[i + 1] !== undefined && !args[i + 1]!.startsWith('--')) values.push(args[++i]!);
      flags.branches.push(
        ...values
          .flatMap((v) => v.split(/[,，、]/))
          .map((v) => v.trim())
          .filter(Boolean),
      );
    } else if (arg.startsWith('-')) flags.unknown ??= arg;
    else flags.words.push(arg);
  }
  return flags;
}

/** `dangwu admin`: accounts of the web console. */
export const adminCommand: CliCommand = {
  name: 'admin',
  summary: '管理后台账号：新建、列出、删除、改密码',
  usage,
  run: (args, io) =>
    withRuntimeErrors(io, async () => {
      const [sub, ...rest] = args;
      const flags = parseFlags(rest);
      if (flags.unknown) {
        io.stderr.write(`不认识的参数 ${flags.unknown}。\n用法：\n${usage}\n`);
        return EXIT_USAGE;
      }
      if (sub === 'add') return add(flags, io);
      if (sub === 'list') return withStore(io, (store) => list(store, io));
      if (sub === 'remove') return remove(flags, io);
      if (sub === 'passwd') return passwd(flags, io);
      io.stderr.write(`${sub ? `没有 “${sub}” 这个子命令。\n` : ''}用法：\n${usage}\n`);
      return EXIT_USAGE;
    }),
};

type Store = ReturnType<typeof createAccountStore>;

async function withStore<T>(io: CliIO, work: (store: Store, storage: Storage) => Promise<T> | T): Promise<T> {
  const runtime = await createRuntime({ config: loadCliConfig(io), extraMigrations: webMigrations });
  try {
    return await work(
      createAccountStore(runtime.storage, () => runtime.app.services.clock.now()),
      runtime.storage,
    );
  } finally {
    await runtime.close();
  }
}

const actor = () => `命令行:${safeUser()}`;
function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return '未知';
  }
}

async function add(flags: Flags, io: CliIO): Promise<number> {
  const [username, ...extra] = flags.words;
  if (!username || extra.length > 0) {
    io.stderr.write(`请指定一个用户名。\n用法：\n${usage}\n`);
    return EXIT_USAGE;
  }
  const role = (flags.role ?? (flags.branches.length > 0 ? 'branch' : 'org')) as Role;
  if (role !== 'org' && role !== 'branch') {
    io.stderr.write(`--role 只能是 org（组织部）或 branch（支部），而不是“${flags.role}”。\n`);
    return EXIT_USAGE;
  }
  if (role === 'org' && flags.branches.length > 0) {
    io.stderr.write('组织部账号（--role org）可以查看全部支部，不需要 --branch；支部账号请用 --role branch。\n');
    return EXIT_USAGE;
  }
  if (role === 'branch' && flags.branches.length === 0) {
    io.stderr.write('支部账号需要用 --branch 指定它能查看的支部名称。\n');
    return EXIT_USAGE;
  }
  const password = await readNewPassword(io, `为 ${username} 设置密码`);
  if (password === undefined) return EXIT_USAGE;
  return withStore(io, async (store, storage) => {
    // Bound by id: the names are resolved now, as names compare (繁简, width, spaces), and a name that is no
    // branch's is refused rather than kept for whoever binds a chat under it later.
    const { found, missing } = await createRemindersConsoleQueries(storage).resolveNames(flags.branches);
    if (missing.length > 0) {
      for (const m of missing)
        io.stderr.write(
          `没有名为“${m.name}”的支部${m.close.length > 0 ? `。名称相近的支部：${m.close.map((n) => `“${n}”`).join('、')}` : '（支部在聊天中发送“绑定支部 名称”后才会有）'}。\n`,
        );
      io.stderr.write('账号未创建。\n');
      return EXIT_FAILURE;
    }
    const unique = [...new Map(found.map((b) => [b.id, b])).values()];
    try {
      const account = await store.add({ username, password, role, branches: unique }, actor());
      io.stdout.write(
        `已新建${role === 'org' ? '组织部' : '支部'}账号“${account.username}”${role === 'branch' ? `（可查看：${account.branches.join('、')}）` : ''}。\n`,
      );
      return EXIT_OK;
    } catch (error) {
      if (!(error instanceof AccountError)) throw error;
      io.stderr.write(`${error.message}，账号未创建。\n`);
      return EXIT_FAILURE;
    }
  });
}

async function list(store: Store, io: CliIO): Promise<number> {
  const accounts = await store.list();
  if (accounts.length === 0) {
    io.stdout.write('还没有账号。用 dangwu admin add <用户名> 新建一个。\n');
    return EXIT_OK;
  }
  for (const a of accounts)
    io.stdout.write(`${a.username}\t${a.role === 'org' ? '组织部（全部支部）' : `支部：${a.branches.join('、')}`}\n`);
  return EXIT_OK;
}

async function remove(flags: Flags, io: CliIO): Promise<number> {
  const [username] = flags.words;
  if (!username || flags.words.length > 1) {
    io.stderr.write(`请指定一个用户名。\n用法：\n${usage}\n`);
    return EXIT_USAGE;
  }
  // An account that does not exist is said so first: asking to confirm its removal would suggest it does.
  const names = await withStore(io, async (store) => (await store.list()).map((a) => a.username));
  if (!names.includes(username)) {
    io.stderr.write(noSuchAccount(username, names));
    return EXIT_FAILURE;
  }
  if (!flags.yes) {
    if (!io.stdin.isTTY) {
      io.stderr.write(`删除账号“${username}”后它将无法登录。确认请加 --yes。\n`);
      return EXIT_USAGE;
    }
    const rl = createInterface({ input: io.stdin, output: io.stdout });
    const answer = await rl.question(`确定删除账号“${username}”吗？输入 y 确认：`);
    rl.close();
    if (!/^(y|yes|是|确定|确认)$/i.test(answer.trim())) {
      io.stdout.write('已取消。\n');
      return EXIT_OK;
    }
  }
  return withStore(io, async (store) => {
    if (!(await store.remove(username, actor()))) {
      io.stderr.write(`没有账号“${username}”。\n`);
      return EXIT_FAILURE;
    }
    io.stdout.write(`已删除账号“${username}”。\n`);
    return EXIT_OK;
  });
}

/** There is no such account: say so, with the names it may have meant (or that there are none at all). */
export function noSuchAccount(username: string, names: string[]): string {
  if (names.length === 0) return `没有账号“${username}”：还没有任何管理后台账号。用 dangwu admin add <用户名> 新建。\n`;
  const close = names.filter((name) => resembles(name, username));
  if (close.length > 0) return `没有账号“${username}”。是不是：${close.map((n) => `“${n}”`).join('、')}？\n`;
  return `没有账号“${username}”。现有账号：${names.slice(0, 10).join('、')}${names.length > 10 ? ` 等 ${names.length} 个` : ''}。\n`;
}

/** A name typed a little differently: one contains the other, or at most two letters differ (case aside). */
function resembles(name: string, typed: string): boolean {
  const a = name.toLowerCase();
  const b = typed.toLowerCase();
  if (a.includes(b) || b.includes(a)) return true;
  return editDistance(a, b) <= Math.min(2, Math.floor(Math.max(a.length, b.length) / 3));
}

function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++)
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[y.length]!;
}

async function passwd(flags: Flags, io: CliIO): Promise<number> {
  const [username] = flags.words;
  if (!username || flags.words.length > 1) {
    io.stderr.write(`请指定一个用户名。\n用法：\n${usage}\n`);
    return EXIT_USAGE;
  }
  const names = await withStore(io, async (store) => (await store.list()).map((a) => a.username));
  if (!names.includes(username)) {
    io.stderr.write(noSuchAccount(username, names));
    return EXIT_FAILURE;
  }
  const password = await readNewPassword(io, `为 ${username} 设置新密码`);
  if (password === undefined) return EXIT_USAGE;
  return withStore(io, async (store) => {
    await store.setPassword(username, password, actor());
    io.stdout.write(`已修改“${username}”的密码，它已登录的会话全部失效。\n`);
    return EXIT_OK;
  });
}

/** On a terminal: asked twice without echo. Otherwise: the first line of standard input. */
async function readNewPassword(io: CliIO, prompt: string): Promise<string | undefined> {
  let password: string;
  if (io.stdin.isTTY && typeof (io.stdin as ReadStream).setRawMode === 'function') {
    password = await readHidden(io, `${prompt}（至少 8 个字符）：`);
    const again = await readHidden(io, '再输入一次：');
    if (password !== again) {
      io.stderr.write('两次输入的密码不一致，未作改动。\n');
      return undefined;
    }
  } else {
    password = (await readFirstLine(io.stdin)) ?? '';
  }
  const bad = checkPassword(password);
  if (bad) {
    io.stderr.write(
      `${bad}${io.stdin.isTTY ? '' : '（密码从标准输入读取，例如 printf "%s\\n" "$密码" | npm run dangwu -- admin add 用户名）'}，未作改动。\n`,
    );
    return undefined;
  }
  return password;
}

async function readFirstLine(input: CliIO['stdin']): Promise<string | undefined> {
  let text = '';
  for await (const chunk of input) {
    text += chunk.toString();
    if (text.includes('\n')) break;
  }
  const line = text.split(/\r?\n/)[0];
  return line === undefined || line === '' ? undefined : line;
}

function readHidden(io: CliIO, prompt: string): Promise<string> {
  const input = io.stdin as ReadStream;
  io.stdout.write(prompt);
  return new Promise((resolve, reject) => {
    let value = '';
    const done = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      io.stdout.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new Error('已取消'));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    input.setRawMode(true);
    input.resume();
    input.on('data', onData);
  });
}
