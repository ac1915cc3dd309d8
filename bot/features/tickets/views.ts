import type { Address, IncomingFile } from '../../core/message';
import type { TicketRow } from './tables';

/** `城关村 王大爷`: who raised it, as every message shows them. */
export const who = (t: TicketRow) => `${t.raiser_place ? `${t.raiser_place} ` : ''}${t.raiser_name}`;

/** Where the holder is told and reminded (their private chat), when known. */
export const holderAddress = (t: TicketRow): Address | undefined =>
  t.holder_platform && t.holder_chat_id ? { platform: t.holder_platform, chatId: t.holder_chat_id } : undefined;

/** The photos and files a change carried (a progress note's photo), kept in its detail as references. */
export function filesOfEvent(event: { detail: string | null }): IncomingFile[] {
  if (!event.detail) return [];
  try {
    const files = (JSON.parse(event.detail) as { files?: unknown }).files;
    return Array.isArray(files) ? files.filter((f): f is IncomingFile => typeof f?.name === 'string' && typeof f?.ref === 'string') : [];
  } catch {
    return [];
  }
}

/** `照片 photo-12.jpg（118 KB）、文件 验收单.pdf`: the files as a person reads them. */
export function filesWords(files: IncomingFile[]): string {
  const size = (bytes: number | undefined) =>
    bytes === undefined
      ? ''
      : bytes >= 1024 * 1024
        ? `（${(bytes / 1024 / 1024).toFixed(1)} MB）`
        : `（${Math.max(1, Math.round(bytes / 1024))} KB）`;
  return files.map((f) => `${f.kind === 'photo' ? '照片' : '文件'} ${f.name}${size(f.size)}`).join('、');
}
