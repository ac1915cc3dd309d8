import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the built-in content (handbook/*.md, questions/*.csv). Found from this module's own location,
 * so it is right both when the sources run (knowledge/) and when the compiled bundle runs (dist/, beside it).
 */
export const KNOWLEDGE_DIR = findKnowledgeDir(dirname(fileURLToPath(import.meta.url)));

function findKnowledgeDir(start: string): string {
  let dir = start;
  for (let depth = 0; depth < 6; depth++) {
    if (existsSync(join(dir, 'handbook')) && existsSync(join(dir, 'questions'))) return dir;
    if (existsSync(join(dir, 'knowledge', 'handbook'))) return join(dir, 'knowledge');
    dir = dirname(dir);
  }
  return start;
}
