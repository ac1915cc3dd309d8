import type { Address } from '../../core/message';
import type { TicketRow } from './tables';

/** `城关村 王大爷`: who raised it, as every message shows them. */
export const who = (t: TicketRow) => `${t.raiser_place ? `${t.raiser_place} ` : ''}${t.raiser_name}`;

/** Where the holder is told and reminded (their private chat), when known. */
export const holderAddress = (t: TicketRow): Address | undefined =>
  t.holder_platform && t.holder_chat_id ? { platform: t.holder_platform, chatId: t.holder_chat_id } : undefined;
