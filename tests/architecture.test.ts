import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mts|cts)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)];
  return found.map((m) => m[1] ?? m[2] ?? m[3]);
}

describe('architecture: arrows point one way (adapters → bot → knowledge)', () => {
  it('bot/ and knowledge/ never import a messenger SDK', () => {
    const offenders = ['bot', 'knowledge'].flatMap((top) =>
      sourceFiles(join(root, top)).flatMap((file) =>
        importsOf(file)
          .filter((spec) => /^(grammy|@grammyjs\/|@slack\/)/.test(spec))
          .map((spec) => `${relative(root, file)} imports ${spec}`),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('knowledge/ never imports bot/, adapters/ or web/, and bot/ never imports adapters/ or web/', () => {
    const offenders: string[] = [];
    for (const [top, forbidden] of [['knowledge', /(^|\/)(bot|adapters|web|cli)\//], ['bot', /(^|\/)(adapters|web|cli)\//]] as const) {
      for (const file of sourceFiles(join(root, top))) {
        for (const spec of importsOf(file)) {
          if (!spec.startsWith('.')) continue;
          const target = relative(root, resolve(file, '..', spec));
          if (forbidden.test(`${target}/`)) offenders.push(`${relative(root, file)} imports ${spec}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the check itself sees imports (guards against a vacuous pass)', () => {
    expect(importsOf(join(root, 'bot/core/app.ts')).some((spec) => spec.includes('knowledge/text/normalize'))).toBe(true);
  });
});
