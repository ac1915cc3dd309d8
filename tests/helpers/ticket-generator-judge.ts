import { missingOf, parseTicket, type TicketDraft } from '../../bot/features/tickets/parse';
import { placeLevel } from '../../bot/features/tickets/place';
import type { GeneratedTicket } from './ticket-generator';

/** The clock the generated days are counted from (a Wednesday), as in the tickets eval. */
const CONTEXT = { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' };

export const GENERATED_FIELDS = ['raiser', 'place', 'phone', 'content', 'category', 'holder', 'due', 'onSpot', 'asks'] as const;
export type GeneratedField = (typeof GENERATED_FIELDS)[number];

/** Each field's verdict for one generated message, with what the parser read. */
export function judgeGenerated(item: GeneratedTicket): { fields: Record<GeneratedField, boolean>; draft: TicketDraft } {
  const draft = parseTicket(item.text, CONTEXT);
  const e = item.expected;
  // As the eval judges it: a 组 or a building below the 村/社区 is the same place (石桥村3组 / 石桥村).
  const level = (p: string | undefined) =>
    p === undefined
      ? undefined
      : placeLevel(p)
          .replace(/(?<=[村区苑格])(?:[\d一二三四五六七八九十]{1,3}(?:号楼|栋|幢|单元|座|组))+$/, '')
          // A 连's 排 is its 组 (3连2排 / 3连).
          .replace(/(?<=连)[\d一二三四五六七八九十]{1,3}排$/, '');
  const fields: Record<GeneratedField, boolean> = {
    raiser: draft.raiser === e.raiser,
    place: level(draft.place) === level(e.place),
    phone: draft.phone?.replace(/-/g, '') === e.phone,
    // A matter only said to exist (content []) is read as none, so the dialogue asks for it.
    content:
      e.content.length === 0
        ? draft.content === undefined
        : draft.content !== undefined &&
          e.content.every((w) => draft.content!.includes(w)) &&
          !e.notInContent.some((w) => draft.content!.includes(w)),
    category: draft.category === e.category,
    holder: draft.holder === e.holder,
    due: draft.due === e.due,
    onSpot: (draft.onSpot ?? false) === e.onSpot,
    asks: missingOf(draft) === e.asks,
  };
  return { fields, draft };
}
