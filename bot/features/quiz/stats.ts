import type { Context } from '../../core/feature';
import type { SqliteHandle } from '../../storage/database';
import type { QuizDeps } from './session';
import type { AttemptRow } from './storage';
import { EXAM_DEFAULTS, LEVELS, strings } from './strings';
import { localDate } from './time';

/**
 * 统计: accuracy by level and topic, the 7-day trend, a readiness estimate per level and the date the user
 * may sit the next level (持证满一年, from the certificate the reminders feature records).
 */

const RECENT_WINDOW = 50;
const MIN_FOR_ESTIMATE = 20;

export function statsCommand(deps: QuizDeps, ctx: Context): void {
  ctx.reply(renderStats(deps, ctx.userKey, ctx.chatKey));
}

export function renderStats(deps: QuizDeps, userKey: string, chatKey: string): string {
  const { store, services } = deps;
  const attempts = store.userAttempts(userKey);
  const lines: string[] = [];
  if (attempts.length === 0) lines.push(strings.stats.empty);
  else {
    lines.push(strings.stats.title(attempts.length, share(attempts)));
    lines.push(strings.stats.levelTitle);
    for (const [level, rows] of groupBy(attempts, (a) => a.level)) lines.push(strings.stats.line(level, count(rows), rows.length));
    lines.push(strings.stats.topicTitle);
    const topics = [...groupBy(attempts, (a) => a.topic)].sort((a, b) => share(a[1]) - share(b[1]));
    for (const [topic, rows] of topics) lines.push(strings.stats.line(topic, count(rows), rows.length));

    const now = services.clock.now();
    const cutoff = new Date(now.getTime() - 7 * 86_400_000).toISOString();
    const recent = attempts.filter((a) => a.answered_at >= cutoff);
    const before = attempts.filter((a) => a.answered_at < cutoff);
    lines.push(strings.stats.trend(recent.length ? share(recent) : null, before.length ? share(before) : null));

    lines.push(strings.stats.readinessTitle);
    const exams = store.examHistory(userKey, 100);
    for (const level of LEVELS) {
      const rows = attempts.filter((a) => a.level === level);
      if (rows.length === 0) continue;
      const bankSize = deps.source().list(chatKey, { level }).length;
      const coverage = bankSize ? Math.min(1, new Set(rows.map((r) => r.question_id)).size / bankSize) : 0;
      if (rows.length < MIN_FOR_ESTIMATE) {
        lines.push(strings.stats.readiness(level, null, coverage, strings.stats.verdicts.none));
        continue;
      }
      const lastExam = exams.find((e) => e.level === level);
      const practice = share(rows.slice(-RECENT_WINDOW)) * 100;
      const estimate = lastExam?.score != null ? (practice + lastExam.score) / 2 : practice;
      const pass = lastExam?.pass_mark ?? EXAM_DEFAULTS.passMark;
      const verdict =
        estimate >= pass + 10 && coverage >= 0.5 ? strings.stats.verdicts.good : estimate >= pass ? strings.stats.verdicts.near : strings.stats.verdicts.weak;
      lines.push(strings.stats.readiness(level, estimate, coverage, verdict));
    }
    lines.push(strings.stats.readinessNote);
  }
  lines.push(eligibility(deps, userKey));
  return lines.join('\n');
}

function eligibility(deps: QuizDeps, userKey: string): string {
  const cert = findCertificate(deps.store.sqlite, userKey);
  if (!cert) return strings.stats.eligibilityUnknown;
  const index = LEVELS.indexOf(cert.level as (typeof LEVELS)[number]);
  if (index === LEVELS.length - 1) return strings.stats.eligibilityTop(cert.level);
  const next = LEVELS[index + 1];
  const eligibleOn = addYear(cert.issuedOn);
  const today = localDate(deps.services.clock.now(), deps.services.config.DANGWU_TIMEZONE);
  return strings.stats.eligibility(cert.level, cert.issuedOn, next, eligibleOn, eligibleOn <= today);
}

/** One year later, same calendar day; 29 February rolls over to 1 March. */
function addYear(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y + 1, m - 1, d));
  return `${t.getUTCFullYear()}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
}

/**
 * The user's highest certificate, read from the table the reminders feature keeps (issue 6). That table is
 * not ours, so it is found by shape: a table whose name contains `cert` with a user column, a level column
 * and an issue-date column. Nothing found → undefined, and the reply says how to record one.
 */
export function findCertificate(sqlite: SqliteHandle, userKey: string): { level: string; issuedOn: string } | undefined {
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%cert%'").all() as { name: string }[];
  for (const { name } of tables) {
    const columns = (sqlite.prepare(`PRAGMA table_info("${name.replace(/"/g, '')}")`).all() as { name: string }[]).map((c) => c.name);
    const user = columns.find((c) => ['user_key', 'member_key', 'holder_key', 'owner_key', 'user'].includes(c));
    const level = columns.find((c) => c === 'level');
    const issued = columns.find((c) => ['issued_on', 'issued_at', 'obtained_on', 'granted_on', 'issue_date', 'certified_on', 'date'].includes(c));
    if (!user || !level || !issued) continue;
    try {
      const rows = sqlite.prepare(`SELECT "${level}" AS level, "${issued}" AS issued FROM "${name}" WHERE "${user}" = ?`).all(userKey) as {
        level: string;
        issued: string;
      }[];
      const best = rows
        .filter((r) => LEVELS.includes(r.level as (typeof LEVELS)[number]) && typeof r.issued === 'string')
        .sort((a, b) => LEVELS.indexOf(b.level as (typeof LEVELS)[number]) - LEVELS.indexOf(a.level as (typeof LEVELS)[number]))[0];
      if (best) return { level: best.level, issuedOn: best.issued.slice(0, 10) };
    } catch {
      continue;
    }
  }
  return undefined;
}

const count = (rows: AttemptRow[]) => rows.filter((r) => r.correct === 1).length;
const share = (rows: AttemptRow[]) => (rows.length ? count(rows) / rows.length : 0);

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
