import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');

/** The folders whose code ships (tests, benches and scripts may reach further: they test and measure it). */
const SOURCE_TOPS = ['bot', 'knowledge', 'adapters', 'web', 'cli'];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return /\.(ts|js|mts|cts)$/.test(name) ? [path] : [];
  });
}

/**
 * Source files under a folder. A rule over no files would pass whatever the code does (a renamed folder, a moved
 * layer), so a folder that is missing or holds no source fails the test instead.
 */
function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`${relative(root, dir)}/ does not exist: an architecture rule would check nothing`);
  const files = walk(dir);
  if (files.length === 0) throw new Error(`${relative(root, dir)}/ holds no source file: an architecture rule would check nothing`);
  return files;
}

/** Imports of bare packages (not relative paths) of every source file under the given top folders. */
function packageImports(tops: string[]): Array<{ file: string; spec: string }> {
  return tops.flatMap((top) =>
    sourceFiles(join(root, top)).flatMap((file) =>
      importsOf(file)
        .filter((spec) => !spec.startsWith('.'))
        .map((spec) => ({ file: relative(root, file), spec })),
    ),
  );
}

/** grammy (Telegram), Slack, DingTalk, WeCom and Feishu/Lark: the five messenger SDKs, and only adapters/ loads them. */
const MESSENGER_SDK = /^(?:grammy(?:\/|$)|@grammyjs\/|@slack\/|dingtalk-stream(?:\/|$)|@wecom\/|@larksuiteoapi\/)/;

/** The database drivers: only the storage implementations (bot/storage/) hold a connection. */
const DATABASE_DRIVER = /^(?:better-sqlite3|pg|pg-[a-z-]+|@electric-sql\/pglite[a-z-]*)(?:\/|$)/;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [
    ...text.matchAll(
      /(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm,
    ),
  ];
  // The last form is an import for its side effects only (`import 'grammy';`): it loads the package all the same.
  return found.map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
}

describe('architecture: arrows point one way (adapters → bot → knowledge)', () => {
  it('bot/, knowledge/ and cli/ never import a messenger SDK (grammy, @grammyjs/*, @slack/*, dingtalk-stream, @wecom/*, @larksuiteoapi/*)', () => {
    const offenders = packageImports(['bot', 'knowledge', 'cli'])
      .filter(({ spec }) => MESSENGER_SDK.test(spec))
      .map(({ file, spec }) => `${file} imports ${spec}`);
    expect(offenders).toEqual([]);
  });

  it('the SDK rule recognises all five SDKs where adapters/ loads them (guards against a stale pattern)', () => {
    const seen = new Set(
      packageImports(['adapters'])
        .map(({ spec }) => MESSENGER_SDK.exec(spec)?.[0].replace(/\/.*$/, ''))
        .filter(Boolean),
    );
    expect([...seen].sort()).toEqual(['@grammyjs', '@larksuiteoapi', '@slack', '@wecom', 'dingtalk-stream', 'grammy'].sort());
  });

  it('better-sqlite3 and pg are imported only by the storage implementations (bot/storage/)', () => {
    const imports = packageImports(SOURCE_TOPS).filter(({ spec }) => DATABASE_DRIVER.test(spec));
    const offenders = imports.filter(({ file }) => !file.startsWith('bot/storage/')).map(({ file, spec }) => `${file} imports ${spec}`);
    expect(offenders).toEqual([]);
    // Not vacuous: the storage implementations themselves are seen importing both drivers.
    expect(new Set(imports.filter(({ file }) => file.startsWith('bot/storage/')).map(({ spec }) => spec))).toEqual(
      new Set(['better-sqlite3', 'pg']),
    );
  });

  it('knowledge/ never imports bot/, adapters/, web/ or cli/; bot/ never imports adapters/, web/ or cli/; nothing imports cli/', () => {
    const offenders: string[] = [];
    for (const [top, forbidden] of [
      ['knowledge', /^(bot|adapters|web|cli)\//],
      ['bot', /^(adapters|web|cli)\//],
      ['adapters', /^cli\//],
      ['web', /^cli\//],
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
    const featureFiles = sourceFiles(join(root, 'bot/features')).filter((file) => relative(root, file).split('/').length >= 4);
    expect(featureFiles.length, "no feature folder's files under bot/features: the rule would check nothing").toBeGreaterThan(0);
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
