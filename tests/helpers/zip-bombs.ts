import { constants, crc32, createDeflateRaw } from 'node:zlib';

/**
 * Small .docx and .xlsx files that unpack to far more than they weigh (zip bombs), for the tests and the abuse bench.
 * Each is a real Office file (mammoth and exceljs read it) whose one big part is a long run of the same text, which
 * deflate packs about a thousand to one. `declared: 'small'` writes a false, tiny unpacked size into the zip's
 * directory, as a hostile file would, so only actually inflating it tells.
 */

export interface ZipEntry {
  name: string;
  /** The part's bytes, or a prefix, `repeat` bytes of filler and a suffix (never held whole in memory). */
  data: Buffer | { prefix: string; filler: string; repeat: number; suffix: string };
}

async function deflatePart(data: ZipEntry['data']): Promise<{ compressed: Buffer; crc: number; size: number }> {
  const parts: Buffer[] = [];
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  deflate.on('data', (chunk: Buffer) => parts.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  const write = async (bytes: Buffer) => {
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once('drain', resolve));
  };
  if (Buffer.isBuffer(data)) await write(data);
  else {
    await write(Buffer.from(data.prefix));
    // A megabyte of filler at a time: the whole run is never in memory.
    const unit = Buffer.from(data.filler);
    const block = Buffer.alloc(Math.max(unit.length, Math.floor((1024 * 1024) / unit.length) * unit.length));
    for (let at = 0; at < block.length; at += unit.length) unit.copy(block, at);
    for (let left = data.repeat * unit.length; left > 0; left -= block.length)
      await write(left >= block.length ? block : block.subarray(0, left));
    await write(Buffer.from(data.suffix));
  }
  deflate.end();
  await done;
  return { compressed: Buffer.concat(parts), crc, size };
}

/** A zip of `entries`, each deflated. */
export async function buildZip(entries: ZipEntry[], declared: 'honest' | 'small' = 'honest'): Promise<Buffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const packed = await deflatePart(entry.data);
    const name = Buffer.from(entry.name);
    const size = declared === 'small' ? Math.min(packed.size, 1024) : packed.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.crc, 14);
    local.writeUInt32LE(packed.compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.crc, 16);
    central.writeUInt32LE(packed.compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed.compressed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const xml = (text: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`);
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006';

/** One character, repeated: deflate packs it about a thousand to one. */
const FILLER = '党';
const repeatsFor = (megabytes: number) => Math.ceil((megabytes * 1024 * 1024) / Buffer.byteLength(FILLER));

/** A .docx whose one paragraph is `megabytes` MB of text (a 200 MB one weighs about 200 KB). */
export function docxBomb(megabytes: number, declared: 'honest' | 'small' = 'honest'): Promise<Buffer> {
  return buildZip(
    [
      {
        name: '[Content_Types].xml',
        data: xml(
          `<Types xmlns="${PKG}/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
        ),
      },
      {
        name: '_rels/.rels',
        data: xml(
          `<Relationships xmlns="${PKG}/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
        ),
      },
      {
        name: 'word/document.xml',
        data: {
          prefix: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>`,
          filler: FILLER,
          repeat: repeatsFor(megabytes),
          suffix: '</w:t></w:r></w:p></w:body></w:document>',
        },
      },
    ],
    declared,
  );
}

/** A question-bank .xlsx: the template's header, then one question whose stem is `megabytes` MB of text. */
export function xlsxBomb(megabytes: number, declared: 'honest' | 'small' = 'honest'): Promise<Buffer> {
  const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const header = ['题型', '题干', '选项A', '选项B', '选项C', '选项D', '选项E', '选项F', '答案'];
  const columns = 'ABCDEFGHI';
  return buildZip(
    [
      {
        name: '[Content_Types].xml',
        data: xml(
          `<Types xmlns="${PKG}/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
        ),
      },
      {
        name: '_rels/.rels',
        data: xml(
          `<Relationships xmlns="${PKG}/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
        ),
      },
      {
        name: 'xl/workbook.xml',
        data: xml(
          `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheets><sheet name="题库" sheetId="1" r:id="rId1"/></sheets></workbook>`,
        ),
      },
      {
        name: 'xl/_rels/workbook.xml.rels',
        data: xml(
          `<Relationships xmlns="${PKG}/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
        ),
      },
      {
        name: 'xl/worksheets/sheet1.xml',
        data: {
          prefix: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${header.map((h, i) => cell(`${columns[i]}1`, h)).join('')}</row><row r="2">${cell('A2', '判断')}<c r="B2" t="inlineStr"><is><t>`,
          filler: FILLER,
          repeat: repeatsFor(megabytes),
          suffix: `</t></is></c>${cell('I2', '正确')}</row></sheetData></worksheet>`,
        },
      },
    ],
    declared,
  );
}
