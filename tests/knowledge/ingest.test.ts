import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IngestError, ingestFiles } from '../../knowledge/ingest';
import { chunkDocument } from '../../knowledge/ingest/chunk';
import type { KnowledgeIndex } from '../../knowledge/search/store';
import { openIndex, writeMinimalPdf } from './helpers';

const RULES = `示例支部学习制度

第一章 总则

第一条 为规范支部学习活动，制定本制度。

第二条 支部每月组织一次集中学习。学习内容包括：
（一）党章党规；
（二）形势政策。

第二章 附则

第三条 本制度由支部委员会负责解释。
`;

let index: KnowledgeIndex;
let close: () => Promise<void>;
let dir: string;
beforeEach(async () => {
  ({ index, close } = await openIndex());
  dir = mkdtempSync(join(tmpdir(), 'dangwu-ingest-'));
});
afterEach(async () => {
  await close();
  rmSync(dir, { recursive: true, force: true });
});

const snapshot = async () => (await index.chunks()).map(({ source, title, text }) => ({ source, title, text }));

describe('chunking', () => {
  it('cuts at 条 and keeps 章 in the title path; items （一） stay inside their article', () => {
    const chunks = chunkDocument(RULES, '示例支部学习制度');
    expect(chunks.map((c) => c.source)).toEqual(['《示例支部学习制度》第一条', '《示例支部学习制度》第二条', '《示例支部学习制度》第三条']);
    expect(chunks[1]!.title).toBe('示例支部学习制度 › 第一章 总则 › 第二条');
    expect(chunks[1]!.text).toContain('（二）形势政策');
    expect(chunks[2]!.title).toBe('示例支部学习制度 › 第二章 附则 › 第三条');
  });

  it('cuts at Markdown headings and 一、 （一） outside articles', () => {
    const chunks = chunkDocument(
      '# 工作指引\n\n## 一、会前准备\n\n确定议题。\n\n（一）通知党员\n\n提前三天通知。\n\n## 二、会后\n\n整理记录。',
      '工作指引',
    );
    expect(chunks.map((c) => c.title)).toEqual([
      '工作指引 › 工作指引 › 一、会前准备',
      '工作指引 › 工作指引 › 一、会前准备 › （一）通知党员',
      '工作指引 › 工作指引 › 二、会后',
    ]);
    expect(chunks[1]!.text).toBe('提前三天通知。');
  });
});

describe('ingest', () => {
  it('ingests txt and md, is a no-op the second time, and replaces a changed file', async () => {
    const txt = join(dir, 'rules.txt');
    writeFileSync(txt, RULES);
    writeFileSync(join(dir, 'notes.md'), '# 笔记\n\n## 学习心得\n\n集中学习要做好记录。');
    const first = await ingestFiles(index, [dir]);
    expect(first.files.map((f) => f.result)).toEqual(['added', 'added']);
    expect((await index.search('支部多久组织一次集中学习', 1))[0]!.source).toBe('《示例支部学习制度》第二条');
    const before = await snapshot();

    const again = await ingestFiles(index, [dir]);
    expect(again.files.map((f) => f.result)).toEqual(['unchanged', 'unchanged']);
    expect(await snapshot()).toEqual(before);

    writeFileSync(txt, RULES.replace('每月组织一次集中学习', '每两周组织一次集中学习'));
    const changed = await ingestFiles(index, [txt]);
    expect(changed.files[0]!.result).toBe('replaced');
    expect(await index.counts()).toEqual({ documents: 2, chunks: 4 });
    const hit = (await index.search('支部集中学习制度', 1))[0]!;
    expect(hit.text).toContain('每两周');
    expect(JSON.stringify(await snapshot())).not.toContain('每月组织一次');
  });

  it('ingests a .docx (mammoth) with its articles', async () => {
    const file = join(dir, 'study.docx');
    copyFileSync(resolve(__dirname, '../fixtures/knowledge/study-rules.docx'), file);
    const report = await ingestFiles(index, [file]);
    expect(report.files[0]).toMatchObject({ title: '示例制度', chunks: 3, result: 'added' });
    const hit = (await index.search('集中学习时长', 1))[0]!;
    expect(hit.source).toBe('《示例制度》第二条');
    expect(hit.text).toContain('不少于两小时');
  });

  it('ingests a .pdf (pdf-parse)', async () => {
    const file = join(dir, 'minimal.pdf');
    writeMinimalPdf(file, 'Branch study rules: members meet monthly');
    const report = await ingestFiles(index, [file]);
    expect(report.files[0]!.result).toBe('added');
    expect((await index.search('members monthly', 1))[0]!.text).toContain('members meet monthly');
  });

  it.each([
    ['empty.txt', '', '空的'],
    ['broken.pdf', '%PDF-1.4 not really', '无法解析'],
    ['broken.docx', 'not a zip', '无法解析'],
    ['table.xlsx', 'x', '不支持'],
  ])('%s → a clear error naming the file, and the index unchanged', async (name, content, message) => {
    const good = join(dir, 'a-good.txt');
    writeFileSync(good, RULES);
    await ingestFiles(index, [good]);
    writeFileSync(good, RULES.replace('总则', '总 则'));
    const bad = join(dir, name);
    writeFileSync(bad, content);
    const before = await snapshot();
    const error = await ingestFiles(index, [good, bad]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as Error).message).toContain(name);
    expect((error as Error).message).toContain(message);
    expect(await snapshot()).toEqual(before);
  });

  it('a missing path is an error naming it', async () => {
    mkdirSync(join(dir, 'sub'));
    const error = await ingestFiles(index, [join(dir, 'nope.txt')]).catch((e: unknown) => e);
    expect((error as Error).message).toContain('nope.txt');
  });
});
