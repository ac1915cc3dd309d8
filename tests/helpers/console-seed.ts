import { parseSchedule } from '../../bot/scheduler/parse';
import type { SqliteHandle } from '../../bot/storage/database';

/**
 * Fills the features' tables with a deployment: branches with members, 三会一课 schedules and records, certificates,
 * quiz attempts and mock exams, knowledge gaps. Deterministic (seeded random), written in one transaction.
 * Shared by the console tests and `npm run bench -- web`.
 */

export interface SeedOptions {
  branches: number;
  membersPerBranch: number;
  /** How far back records go. */
  days: number;
  /** Quiz answers per member over the whole span. */
  attemptsPerMember: number;
  now: Date;
  /** Names of the first branches (the rest are 第N支部). */
  names?: string[];
  seed?: number;
}

const TYPES = ['党员大会', '支委会', '党小组会', '党课'];
const LEVELS = ['初级', '中级', '高级'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华';

export function seedConsole(sqlite: SqliteHandle, options: SeedOptions): { branchIds: number[] } {
  // Real schedules, as the feature stores them: the console describes them and computes the next meeting.
  const schedules = new Map<string, string>();
  const scheduleJson = (phrase: string) => {
    if (!schedules.has(phrase)) {
      const parsed = parseSchedule(phrase, { from: options.now, zone: 'Asia/Shanghai' });
      if (!parsed.ok) throw new Error(`seed schedule ${phrase}: ${parsed.reason}`);
      schedules.set(phrase, JSON.stringify(parsed.schedule));
    }
    return schedules.get(phrase)!;
  };
  let state = options.seed ?? 42;
  const random = () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
  const pick = <T>(list: ArrayLike<T>) => list[Math.floor(random() * list.length)]!;
  const nowMs = options.now.getTime();
  const iso = (ms: number) => new Date(ms).toISOString();
  const date = (ms: number) => iso(ms).slice(0, 10);
  const branchIds: number[] = [];

  sqlite.transaction(() => {
    const insertBranch = sqlite.prepare(
      `INSERT INTO branches (chat_key, platform, chat_id, name, zone, secretary_key, created_at) VALUES (?, 'test', ?, ?, 'Asia/Shanghai', ?, ?)`,
    );
    const insertUser = sqlite.prepare(
      `INSERT OR IGNORE INTO users (key, platform, platform_id, name, first_seen, last_seen) VALUES (?, 'test', ?, ?, ?, ?)`,
    );
    const insertMember = sqlite.prepare(
      `INSERT INTO branch_members (branch_id, user_key, name, platform, opt_in) VALUES (?, ?, ?, 'test', ?)`,
    );
    const insertSchedule = sqlite.prepare(
      `INSERT INTO meeting_schedules (branch_id, type, phrase, schedule, active, created_at) VALUES (?, ?, ?, ?, 1, ?)`,
    );
    const insertRecord = sqlite.prepare(
      `INSERT INTO meeting_records (branch_id, type, held_on, attendance, topic, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertCertificate = sqlite.prepare(
      `INSERT INTO certificates (user_key, name, branch_id, level, number, issued_on, expires_on, level_since, status, platform, notify_chat_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'test', ?, ?)`,
    );
    const insertAttempt = sqlite.prepare(
      `INSERT INTO quiz_attempts (user_key, question_id, level, topic, correct, given, answered_at, source, position) VALUES (?, ?, ?, '党章', ?, 'A', ?, 'practice', 0)`,
    );
    const insertExam = sqlite.prepare(
      `INSERT INTO quiz_sessions (user_key, chat_key, platform, chat_id, kind, level, status, total, answered, correct, started_at, finished_at, pass_mark, score, passed)
       VALUES (?, ?, 'test', ?, 'exam', ?, 'finished', 20, 20, ?, ?, ?, 80, ?, ?)`,
    );
    const insertGap = sqlite.prepare(`INSERT INTO kb_gaps (question, user_key, chat_key, nearest, asked_at) VALUES (?, ?, ?, ?, ?)`);

    for (let b = 0; b < options.branches; b++) {
      const name = options.names?.[b] ?? `第${b + 1}支部`;
      const chatKey = `test:branch-${b + 1}`;
      const members = Array.from({ length: options.membersPerBranch }, (_, m) => ({
        key: `test:u${b + 1}-${m + 1}`,
        name: `${pick(SURNAMES)}${pick(GIVEN)}${m % 3 === 0 ? pick(GIVEN) : ''}`,
      }));
      const secretary = members[0] ?? { key: `test:s${b + 1}`, name: '书记' };
      const id = Number(
        insertBranch.run(chatKey, `branch-${b + 1}`, name, secretary.key, iso(nowMs - options.days * 86_400_000)).lastInsertRowid,
      );
      branchIds.push(id);
      for (const [m, member] of members.entries()) {
        insertUser.run(member.key, member.key.slice(5), member.name, iso(nowMs - options.days * 86_400_000), iso(nowMs));
        insertMember.run(id, member.key, member.name, m % 2);
      }
      for (const type of TYPES) {
        const phrase = type === '党员大会' || type === '党课' ? '每季度第一个月第二个周五下午3点' : '每月第一个周一上午9点';
        insertSchedule.run(id, type, phrase, scheduleJson(phrase), iso(nowMs));
      }
      // Most branches hold most meetings; some skip now and then, so compliance charts have missing items.
      const diligence = 0.55 + random() * 0.45;
      for (let day = options.days; day >= 1; day -= 30) {
        const at = nowMs - day * 86_400_000;
        for (const type of ['支委会', '党小组会'])
          if (random() < diligence)
            insertRecord.run(
              id,
              type,
              date(at),
              `应到 ${members.length} 人，实到 ${Math.max(1, members.length - Math.floor(random() * 4))} 人`,
              `${type}学习`,
              secretary.key,
              iso(at),
            );
        if (day % 90 < 30)
          for (const type of ['党员大会', '党课'])
            if (random() < diligence) insertRecord.run(id, type, date(at), `应到 ${members.length} 人`, '专题学习', secretary.key, iso(at));
      }
      // Certificates: the secretary and a few members, expiring across the next year.
      for (const [m, member] of members.slice(0, Math.max(1, Math.ceil(members.length / 10))).entries()) {
        const expires = nowMs + Math.floor(random() * 400 - 30) * 86_400_000;
        const level = m === 0 ? pick(LEVELS) : '初级';
        insertCertificate.run(
          member.key,
          member.name,
          id,
          level,
          `CERT-${b + 1}-${m + 1}`,
          date(expires - 365 * 86_400_000),
          date(expires),
          date(expires - 365 * 86_400_000),
          'active',
          `branch-${b + 1}`,
          iso(nowMs),
        );
      }
      for (const member of members) {
        const skill = 0.5 + random() * 0.45;
        for (let a = 0; a < options.attemptsPerMember; a++) {
          const at = nowMs - Math.floor(random() * options.days * 86_400_000);
          insertAttempt.run(member.key, `q${Math.floor(random() * 500)}`, pick(LEVELS), random() < skill ? 1 : 0, iso(at));
        }
        if (random() < 0.3) {
          const correct = Math.round(20 * (0.5 + random() * 0.5));
          const at = nowMs - Math.floor(random() * 300) * 86_400_000;
          insertExam.run(
            member.key,
            chatKey,
            `branch-${b + 1}`,
            pick(LEVELS),
            correct,
            iso(at),
            iso(at + 1_800_000),
            correct * 5,
            correct >= 16 ? 1 : 0,
          );
        }
      }
      if (b % 5 === 0)
        insertGap.run(
          `第${b + 1}支部问：流动党员怎么参加组织生活`,
          secretary.key,
          chatKey,
          'handbook:流动党员',
          iso(nowMs - b * 3_600_000),
        );
    }
  })();
  return { branchIds };
}
