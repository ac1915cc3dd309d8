import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KNOWLEDGE_DIR } from '../content-dir';
import { type ChunkInput, hashText, type KnowledgeIndex } from './store';
import { TOKENIZER_VERSION } from './tokenize';

/** The built-in 《党务工作手册》: one Markdown file per chapter, one chunk per section (knowledge/FORMAT.md). */

export const HANDBOOK_TITLE = '党务工作手册';
export const HANDBOOK_DIR = join(KNOWLEDGE_DIR, 'handbook');

export interface HandbookSection extends ChunkInput {
  id: string;
  chapter: string;
  section: string;
}

const HEADING = /^(#{1,2})\s+(.+?)\s*\{#([a-z0-9.-]+)\}\s*$/;

/**
 * Sections of one chapter file. The chapter's introduction (text before the first section) is left out: it
 * lists what the chapter covers, so it matches many questions and answers none of them.
 */
export function parseHandbookChapter(markdown: string): HandbookSection[] {
  const sections: HandbookSection[] = [];
  let chapter = '';
  let chapterId = '';
  let current: { id: string; section: string; lines: string[] } | undefined;
  const flush = () => {
    if (!current?.section) return;
    const lines: string[] = [];
    let basis: string | undefined;
    for (const line of current.lines) {
      const m = /^【依据】\s*(.*)$/.exec(line.trim());
      if (m) basis = m[1];
      else if (!/^【版本】/.test(line.trim())) lines.push(line);
    }
    const text = lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    if (text) {
      const title = current.section ? `${HANDBOOK_TITLE} › ${chapter} › ${current.section}` : `${HANDBOOK_TITLE} › ${chapter}`;
      sections.push({ id: current.id, chapter, section: current.section, source: `handbook:${current.id}`, title, basis, text });
    }
    current = undefined;
  };
  for (const line of markdown.split(/\r?\n/)) {
    const h = HEADING.exec(line);
    if (h) {
      flush();
      if (h[1] === '#') {
        chapter = h[2]!;
        chapterId = h[3]!;
        current = { id: chapterId, section: '', lines: [] };
      } else {
        current = { id: h[3]!, section: h[2]!, lines: [] };
      }
      continue;
    }
    current?.lines.push(line);
  }
  flush();
  return sections;
}

/**
 * Indexes every chapter file whose content changed since the last run (content hash per file); a fast
 * no-op otherwise. Files that disappeared are removed. Returns how many chapters were (re)indexed.
 */
/** Bumped when parsing changes what a chapter becomes, so existing databases re-index unchanged files. */
const PARSER_VERSION = 3;
const chapterHash = (text: string) => hashText(`${PARSER_VERSION}.${TOKENIZER_VERSION}\n${text}`);

export async function ensureHandbookIndexed(index: KnowledgeIndex, dir: string = HANDBOOK_DIR): Promise<number> {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .sort();
  } catch {
    return 0;
  }
  const contents = files.map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
  const changed: typeof contents = [];
  for (const c of contents) if ((await index.documentHash(`handbook-file:${c.file}`)) !== chapterHash(c.text)) changed.push(c);
  const known = await index.sources('handbook');
  const gone = known.filter((source) => !files.includes(source.slice('handbook-file:'.length)));
  if (changed.length === 0 && gone.length === 0) return 0;
  await index.transaction(async (tx) => {
    for (const source of gone) await tx.remove(source);
    for (const { file, text } of changed) {
      const chunks = parseHandbookChapter(text);
      await tx.upsert({
        source: `handbook-file:${file}`,
        title: `《${HANDBOOK_TITLE}》${chunks[0]?.chapter ?? file}`,
        kind: 'handbook',
        hash: chapterHash(text),
        chunks,
      });
    }
  });
  return changed.length;
}

let sectionTitles: Map<string, string> | undefined;

/**
 * A question's source as people read it: a handbook section id at its start becomes the section's path
 * (`member.probation；《党章》第七条` → `《党务工作手册》 › 党员 › 预备期与转正；《党章》第七条`). Anything else stays.
 */
export function readableSource(source: string): string {
  if (!sectionTitles) {
    sectionTitles = new Map();
    try {
      for (const file of readdirSync(HANDBOOK_DIR).filter((f) => f.endsWith('.md')))
        for (const s of parseHandbookChapter(readFileSync(join(HANDBOOK_DIR, file), 'utf8'))) sectionTitles.set(s.id, s.title);
    } catch {
      // No handbook folder: sources are shown as written.
    }
  }
  const [first, ...rest] = source.split(/[；;]/).map((p) => p.trim());
  const title = first ? sectionTitles.get(first) : undefined;
  if (!title) return source;
  const [book, ...path] = title.split(' › ');
  return [[`《${book}》`, ...path].join(' › '), ...rest.filter(Boolean)].join('；');
}
