import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import autocannon, { type Result } from 'autocannon';
import { ms, summarize, type Timing } from './measure';

/**
 * What the console benches (web, web-tickets) share: logging in as a browser does, the server child's first line,
 * its RSS, and the load itself — scenarios under concurrent logged-in sessions (autocannon on loopback), alternated
 * over rounds so that one slow moment of the shared machine shows as one bad round, not as the figure — and the
 * quiet measure: one request at a time from one session, each after the previous answered in full.
 */

export const TARGET_MS = 100;

export interface LoadScenario {
  name: string;
  /** The path of the turn-th request (turns count across scenarios and rounds). */
  path: (turn: number) => string;
  /** The session cookies this scenario's connections take, one a connection. */
  cookies: string[];
  /** Started with each run of this scenario (e.g. writes beside the reads); what it returns stops it. */
  during?: () => () => Promise<void>;
}

export interface LoadFigures {
  p50: number;
  p99: number;
  requestsPerSecond: number;
  /** Each round's p99, in order. */
  rounds: number[];
}

/**
 * Every scenario for `seconds` under `connections` sessions, `rounds` times in turn; prints each run, then the
 * median of the rounds per scenario (p50, p99, requests a second).
 */
export async function loadRounds(options: {
  url: string;
  scenarios: LoadScenario[];
  rounds: number;
  seconds: number;
  connections: number;
  /** Shown after a run's name, e.g. the path with its changing part named. */
  label?: (scenario: LoadScenario) => string;
}): Promise<Map<string, LoadFigures>> {
  const results = new Map<string, Result[]>(options.scenarios.map((s) => [s.name, []]));
  let turn = 0;
  for (let round = 1; round <= options.rounds; round++) {
    for (const scenario of options.scenarios) {
      let next = 0;
      const stop = scenario.during?.();
      const result = await autocannon({
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        requests: [
          {
            method: 'GET',
            // One session per connection: that many people looking at the console at once.
            setupRequest: (req, context) => {
              context.cookie ??= scenario.cookies[next++ % scenario.cookies.length];
              return { ...req, path: scenario.path(turn++), headers: { ...req.headers, cookie: String(context.cookie) } };
            },
          },
        ],
      });
      await stop?.();
      results.get(scenario.name)!.push(result);
      const bad = result.non2xx + result.errors + result.timeouts;
      console.log(
        `round ${round} ${scenario.name}${options.label ? ` ${options.label(scenario)}` : ''}: p50 ${ms(result.latency.p50)}, p99 ${ms(result.latency.p99)}, max ${ms(result.latency.max)}, ${result.requests.average.toFixed(0)} req/s${bad ? `, ${bad} failed` : ''} (load ${loadavg()[0]!.toFixed(1)})`,
      );
    }
  }
  const figures = new Map<string, LoadFigures>();
  if (options.rounds === 0) return figures;
  for (const { name } of options.scenarios) {
    const runs = results.get(name)!;
    figures.set(name, {
      p50: median(runs.map((r) => r.latency.p50)),
      p99: median(runs.map((r) => r.latency.p99)),
      requestsPerSecond: median(runs.map((r) => r.requests.average)),
      rounds: runs.map((r) => r.latency.p99),
    });
  }
  return figures;
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export const verdict = (p99: number) => (p99 <= TARGET_MS ? '（p99 达标 ≤ 100 ms）' : '（p99 超过 100 ms 目标）');

/** The machine's 1-minute load average, for the record beside a figure. */
export const load = () => loadavg()[0]!.toFixed(1);

/**
 * Requests one after another from one session (no queueing behind other requests: each request's own latency);
 * `check` reads the answer and throws when it is wrong. `between` runs before request i (not timed), e.g. a write.
 */
export async function quietRequests(options: {
  url: string;
  cookie: (i: number) => string;
  path: (i: number) => string;
  count: number;
  check: (body: string, status: number, path: string) => void;
  between?: (i: number) => Promise<void>;
}): Promise<Timing & { samples: number[] }> {
  const samples: number[] = [];
  for (let i = 0; i < options.count; i++) {
    await options.between?.(i);
    const path = options.path(i);
    const start = process.hrtime.bigint();
    const response = await fetch(`${options.url}${path}`, { headers: { cookie: options.cookie(i) } });
    const body = await response.text();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    options.check(body, response.status, path);
  }
  return { ...summarize(samples), samples };
}

export function firstLine(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const rl = createInterface({ input: stream });
    rl.once('line', (line) => {
      resolve(line);
      rl.close();
    });
    rl.once('close', () => reject(new Error('the console process ended before it was ready')));
  });
}

/**
 * `count` sessions of one account, logged in one after another: the console turns away logins beyond a few being
 * checked at once (429, 登录的人太多), which a burst of 20 from the bench met on the loaded machine.
 */
export async function sessions(url: string, username: string, password: string, count: number): Promise<string[]> {
  const cookies: string[] = [];
  for (let i = 0; i < count; i++) cookies.push(await login(url, username, password));
  return cookies;
}

/** Logs in through the form as a browser does (the login page's CSRF cookie and token); the session cookie. */
export async function login(url: string, username: string, password: string): Promise<string> {
  const page = await fetch(`${url}/login`);
  const csrfCookie = page.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .join('; ');
  const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
  const response = await fetch(`${url}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: csrfCookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: token, username, password }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith('dangwu_session='));
  if (!session) throw new Error(`login failed: ${response.status}`);
  return session.split(';')[0]!;
}

export function rssOf(pid: number): string {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return `${(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024).toFixed(1)} MB`;
}
