import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commonCharacters, webFonts } from '../../web/fonts';

const root = resolve(import.meta.dirname, '../..');

describe('the console web font', () => {
  it("holds every Chinese character of the console's own wording in its small common face", () => {
    const common = new Set(commonCharacters());
    const sources = [
      ...readdirSync(join(root, 'web/pages')).map((f) => join('web/pages', f)),
      ...readdirSync(join(root, 'web'))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => join('web', f)),
      'web/public/console.js',
      'bot/charts/index.ts',
    ];
    const missing = new Set<string>();
    for (const file of sources)
      for (const char of readFileSync(join(root, file), 'utf8'))
        if (/\p{Script=Han}/u.test(char) && !common.has(char.codePointAt(0)!)) missing.add(`${char}（${file}）`);
    expect([...missing]).toEqual([]);
  });

  it('names its files by their content and cuts the common face to a fraction of the whole font', () => {
    const fonts = webFonts();
    expect(fonts.common.name).toMatch(/^noto-sans-sc-common\.[0-9a-f]{12}\.otf$/);
    expect(fonts.full.name).toMatch(/^noto-sans-sc\.[0-9a-f]{12}\.otf$/);
    expect(fonts.common.body.length).toBeLessThan(fonts.full.body.length / 4);
    expect(fonts.css).toContain(`/assets/fonts/${fonts.common.name}`);
    expect(fonts.css).toContain(`/assets/fonts/${fonts.full.name}`);
  });
});
