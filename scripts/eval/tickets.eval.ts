/**
 * 民情工单 recording evaluation (`npm run eval -- tickets`): each message as a member would type it goes through the
 * recording parser (bot/features/tickets/parse.ts, the same call the chat makes) with the clock at Wednesday
 * 2026-03-04 10:00 北京时间, and is judged field by field: who (name), where (村/社区/网格), phone, what (the content
 * must hold the item's key words and no deadline words), category, responsible member, promised date, 当场解决, and
 * which part the guided dialogue asks for next when something is missing. A field the item does not expect must be
 * absent (a phone or a holder read out of nowhere is wrong).
 *
 * Two halves: eval/sets/tickets-tuning.jsonl is the one the parser is tuned on; eval/sets/tickets-heldout.jsonl is
 * never looked at while tuning and only its totals are printed (EVAL_SHOW_HELDOUT=1 lists its misses).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { missingOf, parseTicket, type TicketDraft } from '../../bot/features/tickets/parse';

interface TicketItem {
  id: string;
  text: string;
  expected: {
    raiser?: string;
    place?: string;
    phone?: string;
    /** Key words the content must hold. */
    content?: string[];
    category?: string;
    holder?: string;
    due?: string;
    onSpot?: boolean;
  };
  /** The part the dialogue must ask for next (absent: nothing missing, the 工单 is recorded at once). */
  asks?: 'content' | 'raiser' | 'due';
}

const FROM = new Date('2026-03-04T10:00:00+08:00');
const ZONE = 'Asia/Shanghai';
const SETS_DIR = resolve(import.meta.dirname, '../../eval/sets');
const FIELDS = ['raiser', 'place', 'phone', 'content', 'category', 'holder', 'due', 'onSpot', 'asks'] as const;
type Field = (typeof FIELDS)[number];

const readSet = (name: 'tuning' | 'heldout' | 'independent'): TicketItem[] =>
  readFileSync(join(SETS_DIR, `tickets-${name}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as TicketItem);

/** Each field's verdict for one message, with what the parser read. */
export function judge(item: TicketItem): { fields: Record<Field, boolean>; draft: TicketDraft } {
  const draft = parseTicket(item.text, { from: FROM, zone: ZONE });
  const e = item.expected;
  const asked = missingOf(draft);
  const fields: Record<Field, boolean> = {
    raiser: draft.raiser === e.raiser,
    place: draft.place === e.place,
    phone: draft.phone === e.phone,
    content:
      e.content === undefined
        ? draft.content === undefined
        : draft.content !== undefined &&
          e.content.every((w) => draft.content!.includes(w)) &&
          !/承诺|天内|月底前|周五前/.test(draft.content),
    category: e.category === undefined || draft.category === e.category,
    holder: draft.holder === e.holder,
    due: draft.due === e.due,
    onSpot: (draft.onSpot ?? false) === (e.onSpot ?? false),
    asks: asked === item.asks,
  };
  return { fields, draft };
}

function report(name: string, items: TicketItem[], listMisses: boolean): void {
  let whole = 0;
  let fieldsRight = 0;
  let fieldsAll = 0;
  const perField = new Map<Field, { right: number; all: number }>(FIELDS.map((f) => [f, { right: 0, all: 0 }]));
  const misses: string[] = [];
  for (const item of items) {
    const { fields, draft } = judge(item);
    const wrong = FIELDS.filter((f) => !fields[f]);
    for (const f of FIELDS) {
      const tally = perField.get(f)!;
      tally.all++;
      if (fields[f]) tally.right++;
    }
    fieldsAll += FIELDS.length;
    fieldsRight += FIELDS.length - wrong.length;
    if (wrong.length === 0) whole++;
    else misses.push(`  ${item.id} ${item.text}\n     错在 ${wrong.join('、')}；读成 ${JSON.stringify(draft)}`);
  }
  const pct = (a: number, b: number) => `${((a / Math.max(b, 1)) * 100).toFixed(1)}%`;
  console.log(
    `${name}：${items.length} 条，整条全对 ${whole}/${items.length}（${pct(whole, items.length)}），字段对 ${fieldsRight}/${fieldsAll}（${pct(fieldsRight, fieldsAll)}）`,
  );
  console.log(`  分字段：${FIELDS.map((f) => `${f} ${perField.get(f)!.right}/${perField.get(f)!.all}`).join('，')}`);
  if (listMisses && misses.length) console.log(misses.join('\n'));
}

export async function run(): Promise<void> {
  report('调参集 tickets-tuning', readSet('tuning'), true);
  report('留出集 tickets-heldout（写解析的人写）', readSet('heldout'), process.env.EVAL_SHOW_HELDOUT === '1');
  // Written by someone who never saw the parser (three personas, 2026-12): the honest held-out figure.
  report('留出集 tickets-independent（独立作者）', readSet('independent'), process.env.EVAL_SHOW_HELDOUT === '1');
}
