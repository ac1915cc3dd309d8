import type { Kysely } from 'kysely';
import { CATEGORIES } from '../../bot/features/tickets';
import type { Storage } from '../../bot/storage/database';

export interface TicketSeed {
  branchIds: number[];
  perBranch: number;
  /** The console's "now": tickets are spread over the year before it. */
  now: Date;
  days?: number;
  seed?: number;
}

/**
 * 民情工单 for console tests and the web bench, with their events: a mix of 当场解决, finished on time and late,
 * open and overdue, some called back with a score. Written in batches through Kysely (no store has a bulk insert);
 * deterministic for a given seed.
 */
export async function seedTickets(storage: Storage, options: TicketSeed): Promise<void> {
  let state = options.seed ?? 7;
  const random = () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const days = options.days ?? 330;
  const nowMs = options.now.getTime();
  const dateOf = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
  const names = ['王大爷', '李阿姨', '张师傅', '刘大妈', '陈先生', '赵奶奶'];
  const places = ['城关村', '幸福社区', '第三网格', '东山村2组', '新华小区'];
  const contents = ['村口路灯坏了', '垃圾没人清运', '孩子入学报名', '医保报销慢', '邻里宅基地纠纷', '想找份工作'];
  const holders = ['张三', '李四', '王五', '赵六'];
  await storage.transaction(async (tx: Kysely<any>) => {
    let batch: Record<string, unknown>[] = [];
    const events: Record<string, unknown>[] = [];
    let id = Number(
      (
        await tx
          .selectFrom('tickets')
          .select((eb) => eb.fn.max('id').as('id'))
          .executeTakeFirst()
      )?.id ?? 0,
    );
    const flush = async () => {
      for (let i = 0; i < batch.length; i += 500)
        await tx
          .insertInto('tickets')
          .values(batch.slice(i, i + 500))
          .execute();
      for (let i = 0; i < events.length; i += 500)
        await tx
          .insertInto('ticket_events')
          .values(events.slice(i, i + 500))
          .execute();
      batch = [];
      events.length = 0;
    };
    for (const branchId of options.branchIds) {
      for (let n = 0; n < options.perBranch; n++) {
        id++;
        const createdMs = nowMs - Math.floor(random() * days * 86_400_000);
        const created = new Date(createdMs).toISOString();
        const spot = random() < 0.25;
        const due = dateOf(createdMs + Math.floor(1 + random() * 20) * 86_400_000);
        const finishedMs = createdMs + Math.floor(random() * 25) * 86_400_000;
        const finished = spot || (finishedMs < nowMs && random() < 0.8);
        const visited = finished && random() < 0.6;
        const score = visited ? pick([100, 100, 90, 80, 60, 40]) : null;
        const holder = pick(holders);
        batch.push({
          id,
          branch_id: branchId,
          origin_branch_id: branchId,
          raiser_name: pick(names),
          raiser_place: pick(places),
          raiser_phone: random() < 0.5 ? `138${String(Math.floor(random() * 1e8)).padStart(8, '0')}` : null,
          content: pick(contents),
          category: pick(CATEGORIES),
          holder_key: `test:${holder}`,
          holder_name: holder,
          holder_platform: null,
          holder_chat_id: null,
          recorder_key: `test:${holder}`,
          recorder_name: holder,
          status: visited ? 'visited' : finished ? 'done' : 'open',
          on_spot: spot ? 1 : 0,
          due_on: spot ? null : due,
          zone: 'Asia/Shanghai',
          created_at: created,
          done_at: finished ? new Date(spot ? createdMs : finishedMs).toISOString() : null,
          done_on: finished ? dateOf(spot ? createdMs : finishedMs) : null,
          outcome: finished ? '已办理' : null,
          satisfaction: score === null ? null : score >= 90 ? '满意' : score >= 60 ? '基本满意' : '不满意',
          score,
          visited_at: visited ? new Date(Math.min(nowMs, finishedMs + 86_400_000)).toISOString() : null,
          plan: 0,
        });
        events.push({
          ticket_id: id,
          at: created,
          actor_key: `test:${holder}`,
          actor_name: holder,
          kind: spot ? 'spot' : 'record',
          note: null,
          detail: null,
        });
        if (batch.length >= 5000) await flush();
      }
    }
    await flush();
  });
  // PostgreSQL's identity column does not move when ids are given: the next ticket recorded must not collide.
  if (storage.dialect === 'postgres')
    await storage.db.executeQuery(
      (await import('kysely')).sql`SELECT setval(pg_get_serial_sequence('tickets', 'id'), (SELECT max(id) FROM tickets))`.compile(
        storage.db as any,
      ),
    );
}
