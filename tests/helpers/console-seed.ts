import { seedParticipants } from '../../bot/core/console-queries';
import { createGapStore } from '../../bot/features/ask/gap-store';
import { type SeedAttempt, type SeedExam, seedPractice } from '../../bot/features/quiz/seed';
import { type RemindersSeed, seedBranches } from '../../bot/features/reminders/seed';
import { parseSchedule } from '../../bot/scheduler/parse';
import type { Storage } from '../../bot/storage/database';

/**
 * Fills the features' tables with a deployment: branches with members, 三会一课 schedules and records, certificates,
 * quiz attempts and mock exams, knowledge gaps. Deterministic (seeded random). Written through the features' own
 * seed functions and stores (no table is named here), on SQLite or PostgreSQL.
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

/** What was seeded, for tests that check the console's figures against it. */
export interface Seeded {
  branchIds: number[];
  users: number;
  attempts: SeedAttempt[];
  exams: SeedExam[];
  certificates: { branchId: number; level: string; expiresOn: string }[];
  gaps: number;
  records: number;
}

export async function seedConsole(storage: Storage, options: SeedOptions): Promise<Seeded> {
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

  const users: Parameters<typeof seedParticipants>[1] = [];
  const branches: RemindersSeed[] = [];
  const attempts: SeedAttempt[] = [];
  const exams: SeedExam[] = [];
  const gaps: { question: string; userKey: string; chatKey: string; nearest: string; at: Date }[] = [];

  for (let b = 0; b < options.branches; b++) {
    const name = options.names?.[b] ?? `第${b + 1}支部`;
    const chatKey = `test:branch-${b + 1}`;
    const members = Array.from({ length: options.membersPerBranch }, (_, m) => ({
      key: `test:u${b + 1}-${m + 1}`,
      name: `${pick(SURNAMES)}${pick(GIVEN)}${m % 3 === 0 ? pick(GIVEN) : ''}`,
    }));
    const secretary = members[0] ?? { key: `test:s${b + 1}`, name: '书记' };
    const seed: RemindersSeed = {
      branch: {
        chat_key: chatKey,
        platform: 'test',
        chat_id: `branch-${b + 1}`,
        name,
        zone: 'Asia/Shanghai',
        secretary_key: secretary.key,
        secretary_platform: null,
        secretary_chat_id: null,
        created_at: iso(nowMs - options.days * 86_400_000),
      },
      members: [],
      schedules: [],
      records: [],
      certificates: [],
    };
    branches.push(seed);
    for (const [m, member] of members.entries()) {
      users.push({
        key: member.key,
        platform: 'test',
        platformId: member.key.slice(5),
        name: member.name,
        firstSeen: iso(nowMs - options.days * 86_400_000),
        lastSeen: iso(nowMs),
      });
      seed.members.push({
        user_key: member.key,
        name: member.name,
        platform: 'test',
        private_chat_id: null,
        opt_in: m % 2,
        joined_at: null,
      });
    }
    for (const type of TYPES) {
      const phrase = type === '党员大会' || type === '党课' ? '每季度第一个月第二个周五下午3点' : '每月第一个周一上午9点';
      seed.schedules.push({ type, phrase, schedule: scheduleJson(phrase), active: 1, created_at: iso(nowMs) });
    }
    const record = (type: string, at: number, attendance: string, topic: string) =>
      seed.records.push({
        type,
        held_on: date(at),
        attendance,
        present: null,
        expected: null,
        topic,
        place: null,
        recorded_by: secretary.key,
        recorded_at: iso(at),
        updated_at: null,
      });
    // Most branches hold most meetings; some skip now and then, so compliance charts have missing items.
    const diligence = 0.55 + random() * 0.45;
    for (let day = options.days; day >= 1; day -= 30) {
      const at = nowMs - day * 86_400_000;
      for (const type of ['支委会', '党小组会'])
        if (random() < diligence)
          record(type, at, `应到 ${members.length} 人，实到 ${Math.max(1, members.length - Math.floor(random() * 4))} 人`, `${type}学习`);
      if (day % 90 < 30)
        for (const type of ['党员大会', '党课']) if (random() < diligence) record(type, at, `应到 ${members.length} 人`, '专题学习');
    }
    // Certificates: the secretary and a few members, expiring across the next year.
    for (const [m, member] of members.slice(0, Math.max(1, Math.ceil(members.length / 10))).entries()) {
      const expires = nowMs + Math.floor(random() * 400 - 30) * 86_400_000;
      const level = m === 0 ? pick(LEVELS) : '初级';
      seed.certificates.push({
        user_key: member.key,
        name: member.name,
        level,
        number: `CERT-${b + 1}-${m + 1}`,
        issued_on: date(expires - 365 * 86_400_000),
        expires_on: date(expires),
        level_since: date(expires - 365 * 86_400_000),
        status: 'active',
        platform: 'test',
        notify_chat_id: `branch-${b + 1}`,
        created_at: iso(nowMs),
        revoked_at: null,
        revoked_by: null,
      });
    }
    for (const member of members) {
      const skill = 0.5 + random() * 0.45;
      for (let a = 0; a < options.attemptsPerMember; a++) {
        const at = nowMs - Math.floor(random() * options.days * 86_400_000);
        attempts.push({
          userKey: member.key,
          questionId: `q${Math.floor(random() * 500)}`,
          level: pick(LEVELS),
          correct: random() < skill,
          answeredAt: iso(at),
        });
      }
      if (random() < 0.3) {
        const correct = Math.round(20 * (0.5 + random() * 0.5));
        const at = nowMs - Math.floor(random() * 300) * 86_400_000;
        exams.push({
          userKey: member.key,
          chatKey,
          platform: 'test',
          chatId: `branch-${b + 1}`,
          level: pick(LEVELS),
          correct,
          startedAt: iso(at),
          finishedAt: iso(at + 1_800_000),
          score: correct * 5,
          passed: correct >= 16,
        });
      }
    }
    if (b % 5 === 0)
      gaps.push({
        question: `第${b + 1}支部问：流动党员怎么参加组织生活`,
        userKey: secretary.key,
        chatKey,
        nearest: 'handbook:流动党员',
        at: new Date(nowMs - b * 3_600_000),
      });
  }
  await seedParticipants(storage, users);
  const branchIds = await seedBranches(storage, branches);
  await seedPractice(storage, attempts, exams);
  // Knowledge gaps through the ask feature's own store, as the chat records them.
  const gapStore = createGapStore(storage);
  for (const g of gaps) await gapStore.record({ question: g.question, chatKey: g.chatKey, userKey: g.userKey, nearest: g.nearest }, g.at);
  return {
    branchIds,
    users: users.length,
    attempts,
    exams,
    certificates: branches.flatMap((b, i) =>
      b.certificates.map((c) => ({ branchId: branchIds[i]!, level: c.level, expiresOn: c.expires_on })),
    ),
    gaps: gaps.length,
    records: branches.reduce((n, b) => n + b.records.length, 0),
  };
}
