import { CATEGORIES, createTicketStore, type ImportedTicket, type NewTicket } from '../../bot/features/tickets';
import type { Storage } from '../../bot/storage/database';

/**
 * One open 工单 as the bot records it — 王大爷 of 城关村 about 村口路灯坏了, recorded and held by 张三 — with `fields`
 * in place of any of it.
 */
export function openTicket(fields: Pick<NewTicket, 'branch_id' | 'created_at' | 'due_on'> & Partial<NewTicket>): NewTicket {
  return {
    origin_branch_id: fields.branch_id,
    raiser_name: '王大爷',
    raiser_place: '城关村',
    raiser_phone: null,
    content: '村口路灯坏了',
    category: '基础设施',
    holder_key: 'test:张三',
    holder_name: '张三',
    holder_platform: null,
    holder_chat_id: null,
    recorder_key: 'test:张三',
    recorder_name: '张三',
    status: 'open',
    on_spot: 0,
    zone: 'Asia/Shanghai',
    done_at: null,
    done_on: null,
    outcome: null,
    satisfaction: null,
    score: null,
    visited_at: null,
    ...fields,
  };
}

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
 * open and overdue, some called back with a score. Written through the store's bulk insert (addMany), 10,000 a
 * transaction; deterministic for a given seed.
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
  const store = createTicketStore(storage);
  let batch: ImportedTicket[] = [];
  for (const branchId of options.branchIds) {
    for (let n = 0; n < options.perBranch; n++) {
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
        ticket: {
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
        },
        actor: { key: `test:${holder}`, name: holder, at: created },
        change: { kind: spot ? 'spot' : 'record' },
      });
      // Transactions of 10,000 keep memory flat for 200,000 and the write lock short.
      if (batch.length >= 10_000) {
        await store.addMany(batch);
        batch = [];
      }
    }
  }
  if (batch.length) await store.addMany(batch);
}
