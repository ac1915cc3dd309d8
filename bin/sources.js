import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The folders whose TypeScript makes up the program (what scripts/build.mjs compiles). */
export const SOURCE_DIRS = ['adapters', 'bot', 'cli', 'knowledge', 'web'];

/** The newest modification time (ms) of any .ts file under the source folders. */
export function newestSourceTime(root) {
  let newest = 0;
  const walk = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of SOURCE_DIRS) walk(join(root, dir));
  return newest;
}
