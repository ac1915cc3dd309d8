import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { createRemindersConsoleQueries, createRemindersStores, type RemindersStores } from '../../bot';
import { loadConfig } from '../../bot/config';
import { createRuntime, type Runtime } from '../../bot/runtime';
import { webMigrations } from '../../web';
import { createAccountStore, type Role } from '../../web/accounts';
import { type ConsoleData, createConsoleData } from '../../web/data';
import { startWebConsole, type WebConsole } from '../../web/server';
import { ManualClock } from '../helpers/clock';
import { type SeedOptions, seedConsole } from '../helpers/console-seed';
import { checkMigratedAs, migratedDatabase } from '../helpers/database';
import { TEMPLATE_CLOCK_STARTS } from '../helpers/postgres-templates';

export const PASSWORD = 'correct-horse-9';
export const HOSTILE = '<script>alert(1)</script>';

export interface ConsoleHarness {
  runtime: Runtime;
  web: WebConsole;
  clock: ManualClock;
  dir: string;
  /** Everything the console logged. */
  logs: string[];
  /** The reminders feature's stores over the console's database (branches, members, records, 党费). */
  stores: RemindersStores;
  /** A second reader of the console's figures, for what a page would show (its own caches). */
  data: ConsoleData;
  addAccount(username: string, role: Role, branches?: string[]): Promise<unknown>;
  client(): Client;
  login(username: string, password?: string): Promise<Client>;
  /** Branch id by name. */
  branchId(name: string): Promise<number>;
  /** Questions in an imported bank (0 when there is no such bank), as the console's 题库 page counts them. */
  questions(bank: string): Promise<number>;
  /** Documents the 知识库 page lists. */
  documents(): Promise<number>;
  close(): Promise<void>;
}

/** A console on 127.0.0.1 (free port) over a fresh database, with seeded branches (one with a hostile name). */
export async function startHarness(seed: Partial<SeedOptions> = {}): Promise<ConsoleHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'dangwu-web-'));
  const clock = new ManualClock(TEMPLATE_CLOCK_STARTS.console);
  const logs: string[] = [];
  const log = pino(
    { level: 'debug' },
    new Writable({
      write: (chunk, _enc, done) => {
        logs.push(String(chunk));
        done();
      },
    }),
  );
  const database = await migratedDatabase(dir, 'console');
  const config = loadConfig({ DANGWU_DB: database.url });
  const runtime = await createRuntime({ config, clock, log, extraMigrations: webMigrations });
  await checkMigratedAs(database, runtime.storage, runtime.app.migrations);
  await seedConsole(runtime.storage, {
    branches: 3,
    membersPerBranch: 6,
    days: 400,
    attemptsPerMember: 30,
    now: clock.now(),
    names: ['第一支部', HOSTILE, '第三支部'],
    ...seed,
  });
  const web = await startWebConsole({
    storage: runtime.storage,
    now: () => clock.now(),
    zone: 'Asia/Shanghai',
    log,
    uploadDir: join(dir, 'uploads'),
    port: 0,
    host: '127.0.0.1',
  });
  const accounts = createAccountStore(runtime.storage, () => clock.now());
  const stores = createRemindersStores(runtime.storage);
  const data = createConsoleData(runtime.storage, { now: () => clock.now(), zone: 'Asia/Shanghai' });
  const harness: ConsoleHarness = {
    runtime,
    web,
    clock,
    dir,
    logs,
    stores,
    data,
    addAccount: async (username, role, branches = []) => {
      // Bound by id, as `dangwu admin add` binds it: the names must be branches already.
      const { found, missing } = await createRemindersConsoleQueries(runtime.storage).resolveNames(branches);
      if (missing.length > 0) throw new Error(`no branch named ${missing.map((m) => m.name).join(', ')}`);
      await accounts.add({ username, password: PASSWORD, role, branches: found }, 'test');
    },
    client: () => new Client(web.url),
    async login(username, password = PASSWORD) {
      const client = new Client(web.url);
      const response = await client.login(username, password);
      if (response.status !== 303) throw new Error(`login as ${username} failed: ${response.status}`);
      return client;
    },
    async branchId(name) {
      const branch = (await stores.branches.all()).find((b) => b.name === name);
      if (!branch) throw new Error(`no branch named ${name}`);
      return branch.id;
    },
    questions: async (bank) => (await data.banks()).find((b) => b.name === bank)?.count ?? 0,
    documents: async () => (await data.documents()).length,
    async close() {
      await web.close();
      await runtime.close();
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return harness;
}

/** A browser-like HTTP client: keeps cookies, never follows redirects, reads the CSRF token from the last page. */
export class Client {
  cookies = new Map<string, string>();
  csrf = '';
  setCookies: string[] = [];

  constructor(readonly base: string) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(new URL(path, this.base), { ...init, headers, redirect: 'manual' });
    this.setCookies = response.headers.getSetCookie();
    for (const line of this.setCookies) {
      const [pair] = line.split(';');
      const [name, ...value] = pair!.split('=');
      if (/Max-Age=0|expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name!);
      else this.cookies.set(name!, value.join('='));
    }
    return response;
  }

  /** GET returning the body text; remembers the page's CSRF token. */
  async page(path: string): Promise<{ status: number; text: string; response: Response }> {
    const response = await this.request(path);
    const text = await response.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(text)?.[1];
    if (token) this.csrf = token;
    return { status: response.status, text, response };
  }

  async post(
    path: string,
    fields: Record<string, string | string[] | (Blob & { name?: string })>,
    options: { csrf?: string | null } = {},
  ): Promise<{ status: number; text: string; response: Response }> {
    const form = new FormData();
    const csrf = options.csrf === undefined ? this.csrf : options.csrf;
    if (csrf !== null) form.set('_csrf', csrf);
    for (const [key, value] of Object.entries(fields)) {
      if (Array.isArray(value)) for (const v of value) form.append(key, v);
      else if (value instanceof Blob) form.append(key, value, (value as File).name ?? 'upload');
      else form.set(key, value);
    }
    const response = await this.request(path, { method: 'POST', body: form });
    return { status: response.status, text: await response.text(), response };
  }

  /** Logs in through the form; `text` is the page shown when the login failed. */
  async login(username: string, password: string): Promise<{ status: number; text: string }> {
    await this.page('/login');
    const { status, text } = await this.post('/login', { username, password });
    return { status, text };
  }
}

export const csvFile = (name: string, lines: string[]) => new File([lines.join('\n')], name, { type: 'text/csv' });
export const QUESTION_HEADER = '题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,答案,解析,等级,分类,出处';
