import type { ChunkInput } from '../search/store';

/**
 * Structure-aware chunking of regulations and notes: the document's own units are kept, so a citation can
 * say 《…》第七条 or 《…》 › 第一章 › 一、. Headings recognised: Markdown (#…), 第X编/章/节, 第X条, 一、, （一）, 1.
 * Inside an article (条) its items （一）1. stay with it. Overlong units are split at paragraphs.
 */

const NUM = '[一二三四五六七八九十百千零〇两\\d]+';
interface Marker {
  level: number;
  re: RegExp;
  /** An article: its own unit; lower markers inside it do not split. */
  article?: boolean;
}
const MARKERS: Marker[] = [
  { level: 1, re: new RegExp(`^第${NUM}[编部]\\s*\\S*`) },
  { level: 2, re: new RegExp(`^第${NUM}章(\\s|$)`) },
  { level: 3, re: new RegExp(`^第${NUM}节(\\s|$)`) },
  { level: 4, re: new RegExp(`^第${NUM}条`), article: true },
  { level: 5, re: /^[一二三四五六七八九十]+、/ },
  { level: 6, re: /^[（(][一二三四五六七八九十]+[)）]/ },
  { level: 7, re: /^\d{1,2}[.．、](?!\d)/ },
];

export const MAX_CHUNK_CHARS = 1200;

interface Open {
  level: number;
  label: string;
}

export function chunkDocument(text: string, docTitle: string): ChunkInput[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const chunks: ChunkInput[] = [];
  const stack: Open[] = [];
  let body: string[] = [];
  let article: string | undefined;
  const path = () => stack.map((s) => s.label);
  const flush = () => {
    const content = body
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    body = [];
    if (!content) return;
    const labels = path();
    const source = article ? `《${docTitle}》${article}` : labels.length ? `《${docTitle}》 › ${labels.join(' › ')}` : `《${docTitle}》`;
    const title = [docTitle, ...labels.filter((l) => l !== article), ...(article ? [article] : [])].join(' › ');
    for (const [i, part] of splitLong(content).entries()) {
      chunks.push({ source: i === 0 ? source : `${source}（续${i}）`, title, text: part });
    }
  };
  for (const raw of lines) {
    const line = raw.trim();
    const md = /^(#{1,6})\s+(.+)$/.exec(line);
    let level: number | undefined;
    let label: string | undefined;
    let isArticle = false;
    let rest = '';
    if (md) {
      level = md[1]!.length;
      label = md[2]!.replace(/\s*\{#[^}]*\}\s*$/, '').trim();
    } else {
      for (const m of MARKERS) {
        const hit = m.re.exec(line);
        if (!hit) continue;
        if (article && !m.article && m.level > 4) break; // an item inside an article
        level = m.level;
        isArticle = !!m.article;
        if (isArticle) {
          label = hit[0].trim();
          rest = line.slice(hit[0].length).trim();
        } else if (line.length <= 40) {
          label = line;
        } else {
          label = hit[0].trim();
          rest = line.slice(hit[0].length).trim();
        }
        break;
      }
    }
    if (level === undefined || label === undefined) {
      // The document's own title line is the title of every citation, not a passage.
      if (stack.length === 0 && body.every((b) => !b.trim()) && line.replace(/^《|》$/g, '') === docTitle) continue;
      body.push(raw);
      continue;
    }
    flush();
    while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
    if (isArticle) {
      article = label;
      stack.push({ level, label });
    } else {
      article = undefined;
      stack.push({ level, label });
    }
    if (rest) body.push(rest);
  }
  flush();
  return chunks;
}

function splitLong(text: string): string[] {
  if (text.length <= MAX_CHUNK_CHARS) return [text];
  const parts: string[] = [];
  let current = '';
  for (const para of text.split(/\n+/)) {
    if (current && current.length + para.length > MAX_CHUNK_CHARS) {
      parts.push(current.trim());
      current = '';
    }
    if (para.length > MAX_CHUNK_CHARS) {
      for (let i = 0; i < para.length; i += MAX_CHUNK_CHARS) parts.push(para.slice(i, i + MAX_CHUNK_CHARS));
      continue;
    }
    current += `${para}\n`;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}
