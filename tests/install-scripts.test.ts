import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');
const readJson = (file: string) => JSON.parse(readFileSync(resolve(root, file), 'utf8'));

describe('npm install-script approvals (package.json allowScripts)', () => {
  it('decides every dependency with an install script, so `npm install` ends without its "not covered" warning', () => {
    const allowScripts: Record<string, boolean> = readJson('package.json').allowScripts ?? {};
    // The lockfile marks what npm 11 blocks unless allowScripts names it: a preinstall, install or postinstall.
    const packages: Record<string, { hasInstallScript?: boolean }> = readJson('package-lock.json').packages;
    const withScripts = Object.entries(packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    const decided = new Set(Object.keys(allowScripts).map((key) => key.replace(/(.)@.*$/, '$1')));
    expect(withScripts.filter((name) => !decided.has(name))).toEqual([]);
  });

  it('runs only the scripts the program needs: the native SQLite driver and esbuild, not protobufjs’s version-scheme notice', () => {
    const allowScripts = readJson('package.json').allowScripts;
    expect(allowScripts).toMatchObject({ 'better-sqlite3': true, esbuild: true, protobufjs: false });
  });
});
