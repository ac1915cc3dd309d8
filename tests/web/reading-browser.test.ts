import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/chromium';
import { type ConsoleHarness, PASSWORD, QUESTION_HEADER, startHarness } from './harness';

/**
 * The console reads on any machine, in its readers' words. On a machine without Chinese fonts: chromium runs with a fontconfig that knows one Latin font folder
 * only, so every Chinese character it draws comes from the font the console serves, or is a box ("tofu"). All boxes
 * look alike: text in the console's font is compared with the same text forced into the Latin font (boxes).
 */

const LATIN_FONTS = '/usr/share/fonts/truetype/dejavu';
const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');
/** Characters outside the console's common face (GB 2312 level 1): a name with them needs the whole font. */
const RARE_BRANCH = '喆堃村支部';

let h: ConsoleHarness;
let browser: Browser;
let dir: string;

beforeAll(async () => {
  if (!existsSync(LATIN_FONTS))
    throw new Error(`没有找到 ${LATIN_FONTS}：这个测试需要 DejaVu 字体（apt-get install -y fonts-dejavu-core）。`);
  dir = mkdtempSync(join(tmpdir(), 'dangwu-fonts-'));
  const fontsConf = join(dir, 'fonts.conf');
  writeFileSync(
    fontsConf,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${LATIN_FONTS}</dir>
  <cachedir>${join(dir, 'fontconfig-cache')}</cachedir>
</fontconfig>
`,
  );
  h = await startHarness({ branches: 3, membersPerBranch: 4, names: ['第一支部', RARE_BRANCH, '第三支部'] });
  await h.addAccount('zuzhibu', 'org');
  browser = await launchChromium({ env: { ...process.env, FONTCONFIG_FILE: fontsConf } });
  mkdirSync(ARTIFACTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await h?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A page that remembers which font files it fetched. */
async function openPage(): Promise<Page & { fonts: string[] }> {
  const page = (await browser.newPage({ viewport: { width: 1100, height: 800 } })) as Page & { fonts: string[] };
  page.fonts = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/assets/fonts/')) page.fonts.push(path.slice('/assets/fonts/'.length));
  });
  return page;
}

/**
 * Puts `text` on the page twice, in the page's own font list and in the Latin font only (boxes), waits for the fonts
 * the layout asked for, and returns both as PNG screenshots, plus each of the first two characters alone.
 */
async function drawn(page: Page, text: string) {
  // Scripts run in the page are strings: the project's type check has no DOM library.
  await page.evaluate(`(() => {
    const box = document.createElement('div');
    box.id = 'font-probe';
    box.style.cssText = 'position:fixed;left:0;top:0;z-index:9;background:#fff;color:#000;font-size:32px;line-height:48px;padding:4px';
    const line = (id, content, family) => {
      const span = document.createElement('span');
      span.id = id;
      span.textContent = content;
      if (family) span.style.fontFamily = family;
      box.append(span, document.createElement('br'));
    };
    const text = ${JSON.stringify(text)};
    line('own', text);
    line('tofu', text, '"DejaVu Sans"');
    line('first', text[0]);
    line('second', text[1]);
    document.body.append(box);
    void box.offsetWidth; // lays the text out, which starts the font loads
  })()`);
  await page.evaluate('document.fonts.ready.then(() => undefined)');
  const shot = (id: string) => page.locator(`#${id}`).screenshot();
  return { own: await shot('own'), tofu: await shot('tofu'), first: await shot('first'), second: await shot('second') };
}

/** Every text the charts drew that lies (partly) outside its chart's own box: a clipped label or axis name. */
const textOutsideCharts = (page: Page) =>
  page.evaluate<string[]>(`(() => {
    const outside = [];
    for (const el of document.querySelectorAll('.chart[data-ready=true]')) {
      const chart = echarts.getInstanceByDom(el);
      const [width, height] = [chart.getWidth(), chart.getHeight()];
      for (const shape of chart.getZr().storage.getDisplayList(true)) {
        if (typeof shape.style?.text !== 'string' || shape.style.text === '') continue;
        const r = shape.getBoundingRect().clone();
        r.applyTransform(shape.getComputedTransform());
        if (r.x < -0.5 || r.y < -0.5 || r.x + r.width > width + 0.5 || r.y + r.height > height + 0.5)
          outside.push(el.id + ': “' + shape.style.text + '” at x ' + Math.round(r.x) + '–' + Math.round(r.x + r.width) + ' of ' + width);
      }
    }
    return outside;
  })()`);

/** A chart's option as ECharts holds it. */
const chartOption = (page: Page, id: string) =>
  page.evaluate<any>(`JSON.parse(JSON.stringify(echarts.getInstanceByDom(document.getElementById(${JSON.stringify(id)})).getOption()))`);

async function login(page: Page) {
  await page.goto(`${h.web.url}/login`);
  await page.fill('input[name=username]', 'zuzhibu');
  await page.fill('input[name=password]', PASSWORD);
  await Promise.all([page.waitForURL(`${h.web.url}/`), page.click('button[type=submit]')]);
}

describe('the console without Chinese fonts on the machine', { timeout: 120_000 }, () => {
  it('draws the login page in its own Chinese font, fetching only the small common face', async () => {
    const page = await openPage();
    try {
      await page.goto(`${h.web.url}/login`);
      const shots = await drawn(page, '党务助手管理后台');
      await page.locator('#font-probe').evaluate((el) => el.remove());
      await page.screenshot({ path: join(ARTIFACTS, 'login-without-cjk-fonts.png') });
      expect(shots.own.equals(shots.tofu), 'Chinese text is drawn as boxes').toBe(false);
      expect(shots.first.equals(shots.second), 'two different characters look alike (boxes)').toBe(false);
      expect(page.fonts).toHaveLength(1);
      expect(page.fonts[0]).toMatch(/^noto-sans-sc-common\.[0-9a-f]{12}\.otf$/);
    } finally {
      await page.close();
    }
  });

  it('fetches the whole font for a rare character in a name, and draws it', async () => {
    const page = await openPage();
    try {
      await login(page);
      await page.goto(`${h.web.url}/branches`);
      await page.waitForSelector(`text=${RARE_BRANCH}`);
      const shots = await drawn(page, RARE_BRANCH);
      expect(shots.own.equals(shots.tofu)).toBe(false);
      expect(shots.first.equals(shots.second)).toBe(false);
      expect(page.fonts.some((f) => /^noto-sans-sc\.[0-9a-f]{12}\.otf$/.test(f))).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('draws the charts (a canvas) in the Chinese font', async () => {
    const page = await openPage();
    try {
      await login(page);
      await page.goto(`${h.web.url}/`);
      await page.waitForSelector('#chart-compliance[data-ready=true] canvas');
      await page.screenshot({ path: join(ARTIFACTS, 'overview-without-cjk-fonts.png'), fullPage: true });
      // Two different characters of the chart's title, painted on a canvas as ECharts paints them: boxes look alike.
      const differs = await page.evaluate<{ family: string; differs: boolean }>(`(() => {
        const option = echarts.getInstanceByDom(document.querySelector('#chart-compliance')).getOption();
        const family = option.textStyle[0]?.fontFamily ?? option.textStyle.fontFamily;
        const [first, second] = [...new Set(option.title[0].text)].filter((c) => /\\p{Script=Han}/u.test(c));
        const paint = (text) => {
          const canvas = document.createElement('canvas');
          canvas.width = 40;
          canvas.height = 40;
          const ctx = canvas.getContext('2d');
          ctx.font = '32px ' + family;
          ctx.fillText(text, 0, 34);
          return canvas.toDataURL();
        };
        return { family, differs: paint(first) !== paint(second) };
      })()`);
      expect(differs.family).toContain('Dangwu Noto Sans SC');
      expect(differs.differs).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe('the console in the words of the person using it', { timeout: 120_000 }, () => {
  it('draws every chart label and axis name inside its chart (a right-hand axis name was cut off)', async () => {
    const page = await openPage();
    try {
      await login(page);
      await page.goto(`${h.web.url}/`);
      await page.waitForSelector('#chart-activity[data-ready=true] canvas');
      expect(await textOutsideCharts(page)).toEqual([]);
      await page.goto(`${h.web.url}/learning`);
      await page.waitForSelector('#chart-trend[data-ready=true] canvas');
      await page.screenshot({ path: join(ARTIFACTS, 'learning-without-cjk-fonts.png'), fullPage: true });
      expect(await textOutsideCharts(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('shows no pass rate for a level nobody took, and no missed meetings before a branch kept records here', async () => {
    const page = await openPage();
    try {
      await login(page);
      await page.goto(`${h.web.url}/`);
      await page.waitForSelector('#chart-exams[data-ready=true] canvas');
      const exams = await chartOption(page, 'chart-exams');
      const labels: string[] = exams.xAxis[0].data;
      const rates: (number | null)[] = exams.series[0].data;
      expect(labels.some((l) => l.includes('（无人参加）'))).toBe(true);
      expect(labels.filter((l) => l.includes('（0 次）'))).toEqual([]);
      labels.forEach((label, i) => expect(rates[i] === null, label).toBe(label.includes('无人参加')));

      await page.goto(`${h.web.url}/branches/${await h.branchId('第一支部')}`);
      const history = page.locator('h2:text("按季度落实情况") + .table-wrap tbody tr');
      // The seed binds its branches 400 days before "today": the quarters before that are not counted, nor red.
      const before = history.filter({ hasText: '此前不计' });
      expect(await before.count()).toBeGreaterThan(0);
      expect(await before.locator('.bad').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('says what a cadre needs instead of developer commands, file paths or zone names, and offers the question template', async () => {
    const page = await openPage();
    try {
      await page.goto(`${h.web.url}/login`);
      const shown = [(await page.locator('body').textContent()) ?? ''];
      await login(page);
      for (const path of [
        '/',
        '/branches',
        `/branches/${await h.branchId('第一支部')}`,
        '/certificates',
        '/banks',
        '/knowledge',
        '/learning',
      ]) {
        await page.goto(`${h.web.url}${path}`);
        shown.push((await page.locator('body').textContent()) ?? '');
      }
      const text = shown.join('\n');
      for (const machine of ['npm ', 'dangwu', 'questions import', 'FORMAT.md', 'admin add', 'Asia/', 'UTC', 'handbook:', '.xlsx /'])
        expect(text).not.toContain(machine);

      await page.goto(`${h.web.url}/banks`);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('a:text("题库模板")')]);
      expect(download.suggestedFilename()).toBe('题库模板.csv');
      const csv = readFileSync(await download.path(), 'utf8');
      expect(csv.split('\r\n')[0]).toBe(`\uFEFF${QUESTION_HEADER}`);
    } finally {
      await page.close();
    }
  });

  // Last: it moves the console's clock.
  it('leaves a gap in the weekly accuracy trend for weeks without answers, instead of 0%', async () => {
    h.clock.set(new Date(h.clock.now().getTime() + 5 * 7 * 86_400_000));
    const page = await openPage();
    try {
      await login(page);
      await page.goto(`${h.web.url}/learning`);
      await page.waitForSelector('#chart-trend[data-ready=true] canvas');
      const trend = await chartOption(page, 'chart-trend');
      const rates: (number | null | string)[] = trend.series[0].data;
      const answers: number[] = trend.series[1].data;
      expect(answers.filter((a) => a === 0).length).toBeGreaterThanOrEqual(4);
      answers.forEach((a, week) => expect(rates[week] === null, `week ${week}: ${a} answers`).toBe(a === 0));
    } finally {
      await page.close();
    }
  });
});
