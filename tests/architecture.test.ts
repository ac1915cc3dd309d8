import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
  const found = [
    ...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
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
    for (const [top, forbidden] of [
      ['knowledge', /(^|\/)(bot|adapters|web|cli)\//],
      ['bot', /(^|\/)(adapters|web|cli)\//],
    ] as const) {
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
    expect(importsOf(join(root, 'bot/core/app.ts')).some((spec) => spec.endsWith('/knowledge'))).toBe(true);
    expect(valueImportsOf(join(root, 'bot/core/app.ts')).length).toBeGreaterThan(0);
    expect(relativeImports('adapters').length).toBeGreaterThan(10);
  });
});

/** Relative imports of every source file under a top folder, resolved to repository paths. */
function relativeImports(
  top: string,
  only: (spec: string, file: string) => boolean = () => true,
): Array<{ file: string; spec: string; target: string }> {
  const dir = join(root, top);
  if (!existsSync(dir)) return [];
  return sourceFiles(dir).flatMap((file) =>
    importsOf(file)
      .filter((spec) => spec.startsWith('.') && only(spec, file))
      .map((spec) => ({ file: relative(root, file), spec, target: relative(root, resolve(file, '..', spec)) })),
  );
}

/** Imports that bring values (not `import type`), which is what creates a dependency at run time. */
function valueImportsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)].map(
    (m) => m[1] ?? m[2],
  );
}

describe('architecture: the house rules (issue 16)', () => {
  it('adapters/ and web/ reach bot/ only through its public surface (bot/index.ts)', () => {
    const offenders = [...relativeImports('adapters'), ...relativeImports('web')]
      .filter(({ target }) => target.startsWith('bot/') || target === 'bot')
      .filter(({ target }) => target !== 'bot' && target !== 'bot/index' && target !== 'bot/index.ts')
      .map(({ file, spec }) => `${file} imports ${spec}`);
    expect(offenders).toEqual([]);
  });

  it('no feature imports another feature', () => {
    const offenders = relativeImports('bot/features')
      .filter(({ file, target }) => {
        // Files directly in bot/features (the ordered registry) may import every feature; a feature's own files may not.
        if (file.split('/').length < 4) return false;
        const own = file.split('/')[2];
        const [, , other] = target.split('/');
        return target.startsWith('bot/features/') && other !== undefined && other !== own && other !== 'index' && other !== 'index.ts';
      })
      .map(({ file, spec }) => `${file} imports ${spec}`);
    expect(offenders).toEqual([]);
  });

  it('bot/, web/, cli/ and adapters/ reach knowledge/ only through its entry point (knowledge/index.ts)', () => {
    const offenders = ['bot', 'web', 'cli', 'adapters']
      .flatMap((top) => relativeImports(top))
      .filter(({ target }) => target.startsWith('knowledge/') && target !== 'knowledge/index' && target !== 'knowledge/index.ts')
      .map(({ file, spec }) => `${file} imports ${spec}`);
    expect(offenders).toEqual([]);
  });

  it('bot/core imports no implementation below it (the scheduler, features, the LLM client, the runtime: types only)', () => {
    const offenders = sourceFiles(join(root, 'bot/core')).flatMap((file) =>
      valueImportsOf(file)
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => relative(root, resolve(file, '..', spec)))
        .filter((target) => /^bot\/(scheduler|features|llm|runtime)(\/|$)/.test(target))
        .map((target) => `${relative(root, file)} imports ${target}`),
    );
    expect(offenders).toEqual([]);
  });
});
