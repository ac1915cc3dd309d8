import { createInflateRaw } from 'node:zlib';

/**
 * A .docx or .xlsx is a zip; its readers (mammoth, exceljs) unpack every part into memory, so a 200 KB file that
 * unpacks to 200 MB cost gigabytes. This looks before they do: the zip's central directory (entry count, the sizes
 * each entry declares), then, because a declared size is only the file's word, each entry actually inflated with a
 * cap on its output (on the thread pool, so the event loop keeps serving). Nothing beyond the limit is ever held.
 *
 * Written against the zip format itself (PKWARE APPNOTE): jszip, which both readers use, is not a dependency of ours
 * and keeps the sizes in private fields, and it cannot stop an inflate part-way.
 */

export interface ZipLimits {
  /** Total bytes of every entry once unpacked. */
  maxUnpackedBytes: number;
  maxEntries: number;
}

export const DOCX_LIMITS: ZipLimits = { maxUnpackedBytes: 50 * 1024 * 1024, maxEntries: 2000 };
/** A question bank's workbook: exceljs keeps every cell as an object, so its XML is held to less than a document's. */
export const XLSX_LIMITS: ZipLimits = { maxUnpackedBytes: 20 * 1024 * 1024, maxEntries: 500 };

/** Why a zip was refused, in words for the person who uploaded it. */
export class ZipLimitError extends Error {}
/** The zip's structure cannot be read (the readers would fail on it too). */
export class ZipDamagedError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const damaged = () => new ZipDamagedError('文件已损坏，或者不是 Word / Excel 文件');

/** Throws {@link ZipLimitError} unless the zip stays within `limits` when unpacked ({@link ZipDamagedError} if unreadable). */
export async function checkZip(bytes: Buffer, limits: ZipLimits): Promise<void> {
  const tooBig = () => new ZipLimitError(`文件解压后超过 ${megabytes(limits.maxUnpackedBytes)}，已拒绝`);
  const entries = centralDirectory(bytes, limits);
  let declared = 0;
  for (const entry of entries) declared += entry.declaredSize;
  if (declared > limits.maxUnpackedBytes) throw tooBig();
  let unpacked = 0;
  for (const entry of entries) {
    const data = entryData(bytes, entry);
    const budget = limits.maxUnpackedBytes - unpacked;
    if (entry.method === STORED) unpacked += data.length;
    else if (entry.method === DEFLATED) unpacked += await inflatedSize(data, budget, tooBig);
    else throw new ZipLimitError(`文件里的“${entry.name.slice(0, 60)}”用了不支持的压缩方式，请用 Word / WPS / Excel 重新保存后再上传`);
    if (unpacked > limits.maxUnpackedBytes) throw tooBig();
  }
}

function centralDirectory(bytes: Buffer, limits: ZipLimits): Entry[] {
  // The end record is in the last 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--)
    if (bytes.readUInt32LE(at) === EOCD) {
      end = at;
      break;
    }
  if (end < 0) throw damaged();
  const count = bytes.readUInt16LE(end + 10);
  // 0xFFFF means a ZIP64 count (more than 65,534 entries), far past any limit.
  if (count > limits.maxEntries) throw new ZipLimitError(`文件里的条目太多（超过 ${limits.maxEntries} 个），已拒绝`);
  let at = bytes.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) throw damaged();
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    entries.push({
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      // 0xFFFFFFFF means a ZIP64 size (4 GB or more): it counts as that, which no limit allows.
      declaredSize: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, Math.min(at + 46 + nameLength, bytes.length)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function entryData(bytes: Buffer, entry: Entry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) throw damaged();
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (start + entry.compressedSize > bytes.length) throw damaged();
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * The entry's unpacked size, or the refusal as soon as it passes `budget`. Inflated as a stream on the thread pool
 * and counted, never kept: checking a 200 MB part holds a quarter of a megabyte at a time.
 */
function inflatedSize(data: Buffer, budget: number, tooBig: () => ZipLimitError): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
    let size = 0;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= budget) return;
      inflate.destroy();
      reject(tooBig());
    });
    inflate.on('end', () => resolve(size));
    inflate.on('error', () => reject(damaged()));
    inflate.end(data);
  });
}
