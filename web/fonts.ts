import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The console's Chinese web font, so pages read on a machine without CJK fonts (a fresh Linux desktop, a locked-down
 * office PC). The font is Noto Sans SC (OFL), the same file the chat's chart images are drawn with, served from the
 * console itself (no CDN: the console works inside closed networks).
 *
 * The whole font is 8 MB, almost all of it glyph outlines. Most pages need only common characters, so the console
 * serves two faces of one family: a cut-down copy holding the 3,755 common characters of GB 2312 (level 1), which
 * include every character of the console's own wording, and Chinese punctuation (1.6 MB), and the whole font, which the browser
 * fetches only when a page shows a character the small one lacks (a rare character in a name). Both are cached for
 * a year under names that change with their content.
 */

export const FONT_FAMILY = 'Dangwu Noto Sans SC';

export interface FontFile {
  name: string;
  body: Uint8Array<ArrayBuffer>;
}

export interface WebFonts {
  common: FontFile;
  full: FontFile;
  /** The @font-face rules, with the files' current names. */
  css: string;
}

const require = createRequire(import.meta.url);
const fontPath = () => join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts', 'NotoSansHans-Regular.otf');

/** Blocks the browser should look for in this family at all: CJK ideographs, punctuation and full-width forms. */
const CJK_RANGES = 'U+2E80-2FDF, U+3000-303F, U+3200-33FF, U+3400-4DBF, U+4E00-9FFF, U+F900-FAFF, U+FE30-FE4F, U+FF00-FFEF';

let loaded: WebFonts | undefined;

/** The fonts, built on first use (reading and cutting down the font takes a few tens of milliseconds). */
export function webFonts(): WebFonts {
  if (loaded) return loaded;
  const whole = readFileSync(fontPath());
  const full = { name: `noto-sans-sc.${digest(whole)}.otf`, body: whole };
  let codes: number[] = [];
  let cut = whole;
  try {
    codes = commonCharacters();
    cut = subsetFont(whole, codes);
  } catch {
    // A Node without the GB 2312 decoder (built without ICU) or a font this cannot cut: the small face is the whole font.
  }
  const common = { name: `noto-sans-sc-common.${digest(cut)}.otf`, body: cut };
  // font-display block: only a machine without Chinese fonts reaches this family, where the fallback is boxes; better
  // blank for a moment (at most 3 s, then boxes until it arrives) than boxes first.
  // The small face is declared last: for a character both faces cover, the browser tries the later rule first.
  // Its range lists exactly its characters, so for any other the browser turns to (and only then fetches) the whole font.
  const css = `@font-face {
  font-family: "${FONT_FAMILY}";
  src: url("/assets/fonts/${full.name}") format("opentype");
  font-display: block;
  unicode-range: ${CJK_RANGES};
}
@font-face {
  font-family: "${FONT_FAMILY}";
  src: url("/assets/fonts/${common.name}") format("opentype");
  font-display: block;
  unicode-range: ${codes.length ? unicodeRanges(codes) : CJK_RANGES};
}
`;
  loaded = { common, full, css };
  return loaded;
}

const digest = (body: Buffer) => createHash('sha256').update(body).digest('hex').slice(0, 12);

/** GB 2312 level 1 (every character of the console's own wording is one: tests/web/fonts.test.ts checks), Chinese punctuation, full-width forms. */
export function commonCharacters(): number[] {
  const codes = new Set<number>();
  const gb2312 = new TextDecoder('gbk');
  // GB 2312 level 1 is rows 16–55 (lead bytes 0xB0–0xD7), 94 characters a row.
  for (let lead = 0xb0; lead <= 0xd7; lead++)
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      const text = gb2312.decode(new Uint8Array([lead, trail]));
      if (text.length === 1 && text !== '\ufffd') codes.add(text.codePointAt(0)!);
    }
  for (let code = 0x3000; code <= 0x303f; code++) codes.add(code);
  for (let code = 0xff01; code <= 0xff5e; code++) codes.add(code);
  return [...codes].sort((a, b) => a - b);
}

/** CSS unicode-range of a sorted list of code points, runs folded into ranges. */
function unicodeRanges(codes: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < codes.length; ) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j]! + 1) j++;
    const hex = (code: number) => code.toString(16).toUpperCase();
    parts.push(j === i ? `U+${hex(codes[i]!)}` : `U+${hex(codes[i]!)}-${hex(codes[j]!)}`);
    i = j + 1;
  }
  return parts.join(', ');
}

// ---- Cutting down an OpenType (CFF) font

interface Table {
  tag: string;
  data: Buffer;
}

/**
 * A copy of an OpenType/CFF font that draws only the given characters. Glyph ids stay as they are (so the metrics,
 * layout tables and the CID font's FDSelect stay valid): every other glyph's outline becomes an empty `endchar`, and
 * the character map lists only the kept characters. Vertical-layout tables and the signature (invalid once changed)
 * are left out.
 */
export function subsetFont(font: Buffer, codes: number[]): Buffer<ArrayBuffer> {
  const tables = readTables(font);
  const table = (tag: string) => {
    const found = tables.find((t) => t.tag === tag);
    if (!found) throw new Error(`font has no ${tag} table`);
    return found.data;
  };
  const glyphOf = readCmap(table('cmap'));
  const kept = new Map<number, number>();
  for (const code of codes) {
    const glyph = glyphOf.get(code);
    if (glyph) kept.set(code, glyph);
  }
  const glyphs = new Set([0, ...kept.values()]);
  const out: Table[] = tables
    .filter((t) => !['DSIG', 'vhea', 'vmtx', 'VORG'].includes(t.tag))
    .map((t) => {
      if (t.tag === 'CFF ') return { tag: t.tag, data: keepGlyphs(t.data, glyphs) };
      if (t.tag === 'cmap') return { tag: t.tag, data: writeCmap(kept) };
      return t;
    });
  return writeFont(font.readUInt32BE(0), out);
}

function readTables(font: Buffer): Table[] {
  const count = font.readUInt16BE(4);
  const tables: Table[] = [];
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i;
    const offset = font.readUInt32BE(record + 8);
    tables.push({ tag: font.toString('latin1', record, record + 4), data: font.subarray(offset, offset + font.readUInt32BE(record + 12)) });
  }
  return tables;
}

/** Code point → glyph id from the Windows Unicode subtable (format 12, or format 4 for the BMP). */
function readCmap(cmap: Buffer): Map<number, number> {
  const map = new Map<number, number>();
  const count = cmap.readUInt16BE(2);
  let format4: number | undefined;
  for (let i = 0; i < count; i++) {
    const platform = cmap.readUInt16BE(4 + 8 * i);
    const encoding = cmap.readUInt16BE(6 + 8 * i);
    const offset = cmap.readUInt32BE(8 + 8 * i);
    if (platform === 3 && encoding === 10 && cmap.readUInt16BE(offset) === 12) {
      const groups = cmap.readUInt32BE(offset + 12);
      for (let g = 0; g < groups; g++) {
        const at = offset + 16 + 12 * g;
        const start = cmap.readUInt32BE(at);
        const end = cmap.readUInt32BE(at + 4);
        const glyph = cmap.readUInt32BE(at + 8);
        for (let code = start; code <= end; code++) map.set(code, glyph + code - start);
      }
      return map;
    }
    if (platform === 3 && encoding === 1 && cmap.readUInt16BE(offset) === 4) format4 = offset;
  }
  if (format4 === undefined) throw new Error('font has no Unicode character map');
  const segments = cmap.readUInt16BE(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  for (let s = 0; s < segments; s++) {
    const start = cmap.readUInt16BE(starts + 2 * s);
    const end = cmap.readUInt16BE(ends + 2 * s);
    const delta = cmap.readUInt16BE(deltas + 2 * s);
    const rangeOffset = cmap.readUInt16BE(rangeOffsets + 2 * s);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        glyph = cmap.readUInt16BE(rangeOffsets + 2 * s + rangeOffset + 2 * (code - start));
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(code, glyph);
    }
  }
  return map;
}

/** A cmap with one format 4 subtable (Windows, Unicode BMP) for the kept characters. */
function writeCmap(kept: Map<number, number>): Buffer {
  const codes = [...kept.keys()].filter((code) => code < 0xffff).sort((a, b) => a - b);
  // Runs of consecutive characters with consecutive glyphs share a segment.
  const segments: { start: number; end: number; delta: number }[] = [];
  for (const code of codes) {
    const glyph = kept.get(code)!;
    const last = segments.at(-1);
    if (last && last.end === code - 1 && kept.get(last.end)! === glyph - 1) last.end = code;
    else segments.push({ start: code, end: code, delta: (glyph - code) & 0xffff });
  }
  segments.push({ start: 0xffff, end: 0xffff, delta: 1 });
  const n = segments.length;
  const subtable = Buffer.alloc(16 + 8 * n);
  const searchRange = 2 * 2 ** Math.floor(Math.log2(n));
  subtable.writeUInt16BE(4, 0);
  subtable.writeUInt16BE(subtable.length, 2);
  subtable.writeUInt16BE(2 * n, 6);
  subtable.writeUInt16BE(searchRange, 8);
  subtable.writeUInt16BE(Math.log2(searchRange / 2), 10);
  subtable.writeUInt16BE(2 * n - searchRange, 12);
  segments.forEach((s, i) => {
    subtable.writeUInt16BE(s.end, 14 + 2 * i);
    subtable.writeUInt16BE(s.start, 16 + 2 * n + 2 * i);
    subtable.writeUInt16BE(s.delta, 16 + 4 * n + 2 * i);
    // idRangeOffset stays 0: glyph = code + delta.
  });
  const header = Buffer.alloc(12);
  header.writeUInt16BE(1, 2);
  header.writeUInt16BE(3, 4);
  header.writeUInt16BE(1, 6);
  header.writeUInt32BE(12, 8);
  return Buffer.concat([header, subtable]);
}

// ---- CFF

/** Byte range of a CFF INDEX starting at `at`, and where each item lies. */
function readIndex(cff: Buffer, at: number): { end: number; items: [number, number][] } {
  const count = cff.readUInt16BE(at);
  if (count === 0) return { end: at + 2, items: [] };
  const size = cff[at + 2]!;
  const offset = (i: number) => cff.readUIntBE(at + 3 + i * size, size);
  const base = at + 3 + (count + 1) * size - 1;
  const items: [number, number][] = [];
  for (let i = 0; i < count; i++) items.push([base + offset(i), base + offset(i + 1)]);
  return { end: base + offset(count), items };
}

function writeIndex(items: Uint8Array[]): Buffer<ArrayBuffer> {
  const total = items.reduce((sum, item) => sum + item.length, 0);
  const size = total + 1 < 0x100 ? 1 : total + 1 < 0x10000 ? 2 : total + 1 < 0x1000000 ? 3 : 4;
  const dataAt = 3 + (items.length + 1) * size;
  // One buffer written in place: concatenating thirty thousand small ones took most of a second.
  const index = Buffer.alloc(dataAt + total);
  index.writeUInt16BE(items.length, 0);
  index[2] = size;
  let offset = 1;
  items.forEach((item, i) => {
    index.writeUIntBE(offset, 3 + i * size, size);
    index.set(item, dataAt + offset - 1);
    offset += item.length;
  });
  index.writeUIntBE(offset, 3 + items.length * size, size);
  return index;
}

interface DictEntry {
  operator: number;
  operands: number[];
  /** Where each operand's encoding starts, for patching an offset in place. */
  at: number[];
}

function readDict(cff: Buffer, start: number, end: number): DictEntry[] {
  const entries: DictEntry[] = [];
  let operands: number[] = [];
  let at: number[] = [];
  for (let p = start; p < end; ) {
    const b = cff[p]!;
    if (b <= 21) {
      const operator = b === 12 ? 1200 + cff[p + 1]! : b;
      p += b === 12 ? 2 : 1;
      entries.push({ operator, operands, at });
      operands = [];
      at = [];
      continue;
    }
    at.push(p);
    if (b === 28) {
      operands.push(cff.readInt16BE(p + 1));
      p += 3;
    } else if (b === 29) {
      operands.push(cff.readInt32BE(p + 1));
      p += 5;
    } else if (b === 30) {
      // A real number (never an offset): skipped nibble by nibble.
      p++;
      while ((cff[p]! & 0x0f) !== 0x0f && cff[p]! >> 4 !== 0x0f) p++;
      p++;
      operands.push(Number.NaN);
    } else if (b <= 246) {
      operands.push(b - 139);
      p++;
    } else if (b <= 250) {
      operands.push((b - 247) * 256 + cff[p + 1]! + 108);
      p += 2;
    } else {
      operands.push(-(b - 251) * 256 - cff[p + 1]! - 108);
      p += 2;
    }
  }
  return entries;
}

const CHARSTRINGS = 17;
const PRIVATE = 18;
const CHARSET = 15;
const ENCODING = 16;
const FDARRAY = 1236;
const FDSELECT = 1237;

/** The CFF table with the outlines of glyphs not kept replaced by `endchar`; every offset after them moved. */
function keepGlyphs(source: Buffer, keep: Set<number>): Buffer<ArrayBuffer> {
  const cff = Buffer.from(source);
  const name = readIndex(cff, cff[2]!);
  const top = readIndex(cff, name.end);
  const topDict = readDict(cff, ...top.items[0]!);
  const operand = (entries: DictEntry[], operator: number) => entries.find((e) => e.operator === operator);
  const charStringsAt = operand(topDict, CHARSTRINGS)!.operands[0]!;
  const charStrings = readIndex(cff, charStringsAt);
  const ENDCHAR = Buffer.from([14]);
  const outlines = charStrings.items.map(([start, end], glyph) => (keep.has(glyph) ? cff.subarray(start, end) : ENDCHAR));
  const replaced = writeIndex(outlines);
  const shift = replaced.length - (charStrings.end - charStringsAt);

  // Offsets past the outlines move by `shift`. Those large enough to lie past 8 MB of outlines are written as
  // 5-byte integers, so the new value fits where the old one was.
  const moveOffset = (buffer: Buffer, entry: DictEntry | undefined, index: number, base = 0) => {
    if (!entry) return;
    const value = entry.operands[index]!;
    if (value <= charStringsAt) return;
    const at = entry.at[index]!;
    if (buffer[at] !== 29) throw new Error('font offset is not a 5-byte integer');
    buffer.writeInt32BE(value + shift - base, at + 1);
  };
  for (const op of [CHARSET, ENCODING, FDSELECT, FDARRAY]) moveOffset(cff, operand(topDict, op), 0);
  moveOffset(cff, operand(topDict, PRIVATE), 1);
  const fdArrayAt = operand(topDict, FDARRAY)?.operands[0];
  if (fdArrayAt !== undefined) {
    for (const [start, end] of readIndex(cff, fdArrayAt).items) moveOffset(cff, operand(readDict(cff, start, end), PRIVATE), 1);
  }
  return Buffer.concat([cff.subarray(0, charStringsAt), replaced, cff.subarray(charStrings.end)]);
}

// ---- sfnt

function checksum(data: Buffer): number {
  let sum = 0;
  const padded = data.length % 4 ? Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]) : data;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

function writeFont(version: number, tables: Table[]): Buffer<ArrayBuffer> {
  const sorted = [...tables].sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const n = sorted.length;
  const header = Buffer.alloc(12 + 16 * n);
  const power = 2 ** Math.floor(Math.log2(n));
  header.writeUInt32BE(version, 0);
  header.writeUInt16BE(n, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(n * 16 - power * 16, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  sorted.forEach((table, i) => {
    const data = table.tag === 'head' ? Buffer.from(table.data) : table.data;
    if (table.tag === 'head') data.writeUInt32BE(0, 8); // checkSumAdjustment, set below
    const record = 12 + 16 * i;
    header.write(table.tag, record, 'latin1');
    header.writeUInt32BE(checksum(data), record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(data.length, record + 12);
    const padding = (4 - (data.length % 4)) % 4;
    bodies.push(data, Buffer.alloc(padding));
    offset += data.length + padding;
  });
  const font = Buffer.concat([header, ...bodies]);
  const head = font.readUInt32BE(12 + 16 * sorted.findIndex((t) => t.tag === 'head') + 8);
  font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, head + 8);
  return font;
}
