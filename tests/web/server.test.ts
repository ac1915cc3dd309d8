import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQuizConsoleQueries, createRemindersStores } from '../../bot';
import { openStorage } from '../../bot/storage/database';
import { LOCK_MINUTES, MAX_FAILURES } from '../../web/accounts';
import { type ConsoleHarness, csvFile, HOSTILE, PASSWORD, QUESTION_HEADER, startHarness } from './harness';

let h: ConsoleHarness;
let hostileId: number;
let firstId: number;

beforeAll(async () => {
  h = await startHarness();
  await h.addAccount('zuzhibu', 'org');
  await h.addAccount('yizhibu', 'branch', ['第一支部']);
  await h.addAccount('locktest', 'org');
  hostileId = await h.branchId(HOSTILE);
  firstId = await h.branchId('第一支部');
});
afterAll(() => h.close());

/** The console's audit trail (its own table), newest last. */
const auditOf = async (action?: string, actor?: string) =>
  h.runtime.storage.db
    .withTables<{ web_audit: { id: number; action: string; actor: string; detail: string } }>()
    .selectFrom('web_audit')
    .selectAll()
    .$if(action !== undefined, (q) => q.where('action', '=', action!))
    .$if(actor !== undefined, (q) => q.where('actor', '=', actor!))
    .orderBy('id')
    .execute();

describe('web console: sessions', () => {
  it('redirects every page and export to /login without a session, and refuses posts', async () => {
    const anonymous = h.client();
    for (const path of [
      '/',
      '/branches',
      `/branches/${firstId}`,
      '/branches/export.csv',
      '/certificates',
      '/banks',
      '/knowledge',
      '/learning',
    ]) {
      const response = await anonymous.request(path);
      expect(response.status, path).toBe(303);
      expect(response.headers.get('location')).toBe('/login');
    }
    expect((await anonymous.request('/banks/default', { method: 'POST' })).status).toBe(401);
  });

  it('sets an HttpOnly SameSite=Strict session cookie on login and shows 总览', async () => {
    const client = h.client();
    await client.page('/login');
    const { status } = await client.post('/login', { username: 'zuzhibu', password: PASSWORD });
    expect(status).toBe(303);
    const session = client.setCookies.find((c) => c.startsWith('dangwu_session='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Strict/i);
    const home = await client.page('/');
    expect(home.status).toBe(200);
    expect(home.text).toContain('总览');
    expect(home.text).toContain('data-option=');
    expect(home.response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('rejects a wrong password with a clear message and locks the name after repeated failures', async () => {
    const client = h.client();
    const wrong = await client.login('locktest', 'not-the-password');
    expect(wrong.status).toBe(401);
    for (let i = 1; i < MAX_FAILURES - 1; i++) expect((await client.login('locktest', `wrong-${i}`)).status).toBe(401);
    const last = await client.login('locktest', 'wrong-last');
    expect(last.status).toBe(429);
    // Even the right password is refused while locked …
    const locked = await client.login('locktest', PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.text).toContain('已暂时锁定');
    // … and accepted once the lock has run out.
    h.clock.advanceMinutes(LOCK_MINUTES + 1);
    expect((await client.login('locktest', PASSWORD)).status).toBe(303);
    expect(await auditOf('login.locked', 'locktest')).toHaveLength(1);
  });

  it('locks unknown names the same way, so lock-out does not reveal which names exist', async () => {
    const client = h.client();
    const statuses: number[] = [];
    for (let i = 0; i < MAX_FAILURES; i++) statuses.push((await client.login('nobody-here', 'whatever-pass')).status);
    expect(statuses.at(-1)).toBe(429);
  });

  it('accepts a login from the first of two open login pages (the token is not rotated by the second)', async () => {
    const client = h.client();
    const first = await client.page('/login');
    const token = /name="_csrf" value="([^"]+)"/.exec(first.text)![1]!;
    await client.page('/login');
    const { status } = await client.post('/login', { username: 'zuzhibu', password: PASSWORD }, { csrf: token });
    expect(status).toBe(303);
  });

  it('refuses a login form without its CSRF cookie, and posts without the session token', async () => {
    const bare = h.client();
    const form = new FormData();
    form.set('username', 'zuzhibu');
    form.set('password', PASSWORD);
    expect((await bare.request('/login', { method: 'POST', body: form })).status).toBe(403);

    const client = await h.login('zuzhibu');
    await client.page('/banks');
    const defaults = createQuizConsoleQueries(h.runtime.storage);
    const before = await defaults.defaultBanks();
    expect((await client.post('/banks/default', { banks: ['builtin'] }, { csrf: null })).status).toBe(403);
    expect((await client.post('/banks/default', { banks: ['builtin'] }, { csrf: 'forged-token' })).status).toBe(403);
    expect((await client.post('/logout', {}, { csrf: null })).status).toBe(403);
    expect(await defaults.defaultBanks()).toEqual(before);
    expect((await client.page('/')).status).toBe(200);
    expect((await client.post('/logout', {})).status).toBe(303);
    expect((await client.request('/')).status).toBe(303);
  });
});

describe('web console: what each account may see', () => {
  it('renders a hostile branch name as text on every page that shows it', async () => {
    const client = await h.login('zuzhibu');
    for (const path of ['/branches', `/branches/${hostileId}`, '/certificates', '/knowledge', '/learning', '/']) {
      const { text, status } = await client.page(path);
      expect(status, path).toBe(200);
      expect(text, path).not.toContain(HOSTILE);
    }
    expect((await client.page('/branches')).text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('keeps a branch account to its own branch: lists, pages, exports and edited URLs', async () => {
    const client = await h.login('yizhibu');
    const list = await client.page('/branches');
    expect(list.text).toContain('第一支部');
    expect(list.text).not.toContain('第三支部');
    expect((await client.page(`/branches/${firstId}`)).status).toBe(200);
    for (const path of [
      `/branches/${hostileId}`,
      `/branches/${hostileId}/export.csv`,
      `/branches/${hostileId}/export.xlsx`,
      '/branches/99999',
    ]) {
      const { status, text } = await client.page(path);
      expect(status, path).toBe(404);
      expect(text).not.toContain('alert(1)');
    }
    const csv = await (await client.request('/branches/export.csv')).text();
    expect(csv).toContain('第一支部');
    expect(csv).not.toContain('第三支部');
    const certificates = await client.page('/certificates');
    expect(certificates.text).not.toContain('第三支部');
    const cert = await (await client.request('/certificates/export.csv')).text();
    expect(cert).not.toContain('第三支部');
    expect((await client.post('/banks/default', { banks: ['builtin'] })).status).toBe(403);
  });

  it('exports the branch list as a real workbook and as CSV with formula cells defused', async () => {
    const client = await h.login('zuzhibu');
    const xlsx = await client.request('/branches/export.xlsx');
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect(xlsx.headers.get('content-disposition')).toContain(encodeURIComponent('支部落实情况'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).text).toBe('支部');
    expect(sheet.actualRowCount).toBe(4);
    // Renamed as a secretary renames a branch (binding its chat again under another name), and back.
    const third = (await h.stores.branches.byId(await h.branchId('第三支部')))!;
    const rebind = (name: string) =>
      h.stores.branches.bind({
        chatKey: third.chat_key,
        platform: third.platform,
        chatId: third.chat_id,
        name,
        zone: third.zone,
        secretaryKey: third.secretary_key,
        secretaryPlatform: third.secretary_platform ?? third.platform,
        secretaryChatId: third.secretary_chat_id ?? third.chat_id,
        createdAt: third.created_at,
      });
    await rebind('=HYPERLINK("http://x")');
    const bytes = Buffer.from(await (await client.request('/branches/export.csv')).arrayBuffer());
    const csv = bytes.toString('utf8');
    const hostileBook = new ExcelJS.Workbook();
    await hostileBook.xlsx.load(Buffer.from(await (await client.request('/branches/export.xlsx')).arrayBuffer()) as never);
    await rebind('第三支部');
    // In the workbook the name is a string cell equal to what was typed: no formula, no visible apostrophe.
    const cells = hostileBook.worksheets[0]!.getColumn(1).values.filter((v) => typeof v === 'string' && v.includes('HYPERLINK'));
    expect(cells).toEqual(['=HYPERLINK("http://x")']);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('never puts a password hash on a page or in the log', async () => {
    const client = await h.login('zuzhibu');
    for (const path of ['/', '/branches', '/certificates', '/banks', '/knowledge', '/learning'])
      expect((await client.page(path)).text).not.toContain('scrypt$');
    const logged = h.logs.join('\n');
    expect(logged).not.toContain(PASSWORD);
    expect(logged).not.toContain('scrypt$');
    const audit = JSON.stringify(await auditOf());
    expect(audit).not.toContain(PASSWORD);
  });
});

describe('web console: uploads', () => {
  it('previews a question file with every bad row and reason, writes nothing, then imports a good one', async () => {
    const client = await h.login('zuzhibu');
    await client.page('/banks');
    const bad = csvFile('县委题库.csv', [
      QUESTION_HEADER,
      '单选,预备期多长（）,半年,一年,,,,,B,,初级,党员,',
      '单选,缺答案的题（）,甲,乙,,,,,,,初级,党员,',
      `单选,<img src=x onerror=alert(2)>（）,甲,乙,,,,,Z,,初级,党员,`,
    ]);
    const preview = await client.post('/banks/preview', { file: bad, bank: '县委题库' });
    expect(preview.status).toBe(422);
    expect(preview.text).toContain('第 3 行');
    expect(preview.text).toContain('第 4 行');
    expect(preview.text).toContain('题库未作任何改动');
    expect(preview.text).not.toContain('<img src=x');
    expect(await h.questions('县委题库')).toBe(0);

    const good = csvFile('县委题库.csv', [
      QUESTION_HEADER,
      '单选,预备期多长（）,半年,一年,,,,,B,,初级,党员,',
      '判断,党费按月交纳,,,,,,,正确,,初级,党费,',
    ]);
    const ok = await client.post('/banks/preview', { file: good, bank: '县委题库' });
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('检查通过：2 道题');
    // The reviewer's screen (questions lint) is shown with the preview: neither row has an explanation or a source.
    expect(ok.text).toContain('题库检查（供参考，不影响导入）');
    expect(ok.text).toContain('缺少解析：预备期多长（）');
    expect(ok.text).toContain('缺少出处：党费按月交纳');
    expect(await h.questions('县委题库')).toBe(0);
    const token = /name="token" value="([^"]+)"/.exec(ok.text)![1]!;
    const imported = await client.post('/banks/import', { token });
    expect(imported.text).toContain('新增 2 题');
    expect(await h.questions('县委题库')).toBe(2);
    // A token is used once.
    expect((await client.post('/banks/import', { token })).status).toBe(409);
    expect(await h.questions('县委题库')).toBe(2);
    const [audit] = await auditOf('bank.import');
    expect(JSON.parse(audit!.detail)).toMatchObject({ bank: '县委题库', added: 2 });
  });

  it('refuses an oversize upload and a wrong file type before writing anything', async () => {
    const client = await h.login('zuzhibu');
    await client.page('/banks');
    const huge = new File([new Uint8Array(11 * 1024 * 1024)], 'big.csv');
    const tooBig = await client.post('/banks/preview', { file: huge });
    expect(tooBig.status).toBe(413);
    const wrongType = await client.post('/banks/preview', { file: new File(['x'], 'bank.exe') });
    expect(wrongType.text).toContain('不支持 .exe 文件');
    await client.page('/knowledge');
    const documents = await h.documents();
    const badDoc = await client.post('/knowledge/upload', { files: new File(['MZ'], 'tool.exe') });
    expect(badDoc.status).toBe(422);
    expect(badDoc.text).toContain('知识库未作任何改动');
    expect(await h.documents()).toBe(documents);
  });

  it('indexes an uploaded handbook document and lists it; marks a knowledge gap resolved', async () => {
    const client = await h.login('zuzhibu');
    await client.page('/knowledge');
    const doc = new File(['# 县委组织部通知\n\n## 关于流动党员\n\n流出地党组织负责教育管理，流入地党组织协助。\n'], '流动党员通知.md');
    const uploaded = await client.post('/knowledge/upload', { files: doc });
    expect(uploaded.status).toBe(200);
    expect(uploaded.text).toContain('已导入：《县委组织部通知》');
    expect((await client.page('/knowledge')).text).toContain('县委组织部通知');
    // The seeded gaps (recorded through the ask feature's store) are listed open, each with a button.
    const before = (await client.page('/knowledge')).text;
    expect(before).toContain('知识缺口（1 条待处理）');
    const gapId = /action="\/knowledge\/gaps\/(\d+)\/resolve"/.exec(before)![1]!;
    const resolved = await client.post(`/knowledge/gaps/${gapId}/resolve`, {});
    expect(resolved.status).toBe(303);
    const after = (await client.page('/knowledge')).text;
    expect(after).toContain('知识缺口（0 条待处理）');
    expect(after).toContain('已处理');
    expect(after).not.toContain(`/knowledge/gaps/${gapId}/resolve`);
    expect((await client.post('/knowledge/gaps/999999/resolve', {})).text).toContain('没有这条知识缺口');
  });

  it('saves the default banks the quiz falls back to', async () => {
    const client = await h.login('zuzhibu');
    await client.page('/banks');
    const saved = await client.post('/banks/default', { banks: ['县委题库'] });
    expect(saved.text).toContain('默认练习 1 个题库');
    expect(await createQuizConsoleQueries(h.runtime.storage).defaultBanks()).toEqual(['县委题库']);
    expect((await h.data.banks()).filter((b) => b.isDefault).map((b) => b.name)).toEqual(['县委题库']);
  });
});

describe('web console: 五不 warnings', () => {
  const membersOf = async (branchId: number) =>
    (await h.stores.branches.members(branchId)).map((m) => m.name).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const signalRows = (text: string) => text.match(/<tr class="warning-(?:watch|lapse)">/g)?.length ?? 0;
  const cardCount = (text: string) => Number(/id="card-warnings"><b>(\d+)<\/b>/.exec(text)?.[1]);
  let attended: string;
  let neverPaid: string;
  let elsewhere: string;

  beforeAll(async () => {
    const own = await membersOf(firstId);
    [attended, neverPaid] = own as [string, string];
    // Someone of another branch whose name no one in 第一支部 shares, so its absence means something.
    elsewhere = (await membersOf(hostileId)).find((n) => !own.includes(n))!;
    // attended: at a meeting four months ago (关注), 党费 up to last month; neverPaid: no record at all (6 months+).
    // Recorded through the reminders feature's stores, as the secretary's commands record them.
    await h.stores.meetings.addRecord(
      firstId,
      '支委会',
      { date: '2026-07-10', present: 5, names: [attended] },
      'test:sec',
      '2026-07-10T08:00:00Z',
      () => null,
    );
    await h.stores.dues.record(
      firstId,
      [{ name: attended, userKey: null, month: '2026-10', amountCents: 5000 }],
      'test:sec',
      '2026-11-01T00:00:00Z',
    );
    // Past the 30-second cache of figures computed by earlier tests.
    h.clock.advance(31_000);
  });

  it('shows an org account every branch’s signals on 总览, with the facts and a count that matches the list', async () => {
    const { text } = await (await h.login('zuzhibu')).page('/');
    expect(text).toContain('五不预警');
    expect(text).toMatch(
      new RegExp(`<td>${attended}</td><td class="">关注</td><td>最近一次参加组织生活是 2026-07-10（支部委员会会议），已满 4 个月</td>`),
    );
    expect(text).toMatch(new RegExp(`<td>${neverPaid}</td><td class="bad">满6个月</td><td>[^<]*没有党费登记`));
    expect(text).toContain(`<td>${elsewhere}</td>`);
    expect(signalRows(text)).toBeGreaterThan(2);
    expect(cardCount(text)).toBe(signalRows(text));
  });

  it('shows a branch account only its own branch’s signals, on 总览 and on the branch page', async () => {
    const client = await h.login('yizhibu');
    const home = await client.page('/');
    expect(home.text).toContain(`<td>${attended}</td>`);
    expect(home.text).not.toContain(`<td>${elsewhere}</td>`);
    expect(cardCount(home.text)).toBe(signalRows(home.text));
    expect(signalRows(home.text)).toBeLessThanOrEqual((await membersOf(firstId)).length);
    const own = await client.page(`/branches/${firstId}`);
    expect(own.text).toContain('最近一次参加组织生活是 2026-07-10');
    expect(signalRows(own.text)).toBe(signalRows(home.text));
    // Editing the URL to another branch shows neither the page nor its people.
    for (const path of [`/branches/${hostileId}`, `/branches/${hostileId}#warnings`, `/?branch=${hostileId}`]) {
      const { text } = await client.page(path);
      expect(text, path).not.toContain(`<td>${elsewhere}</td>`);
    }
    expect((await client.page(`/branches/${hostileId}`)).status).toBe(404);
  });

  it('lists schedules in words with the next meeting, never the stored rule', async () => {
    const { text } = await (await h.login('zuzhibu')).page(`/branches/${firstId}`);
    expect(text).toContain('北京时间');
    expect(text).toMatch(/\d{4}-\d{2}-\d{2}（周.）/);
    expect(text).toContain('每月第一个周一 09:00');
    expect(text).not.toContain('FREQ=');
  });
});

describe('web console: figures after a write', () => {
  it('shows a meeting recorded after the pages were seen at once, by this process or another one', async () => {
    // A branch of its own, so this quarter starts with nothing held.
    const branch = await h.stores.branches.bind({
      chatKey: 'test:branch-fresh',
      platform: 'test',
      chatId: 'branch-fresh',
      name: '新建支部',
      zone: 'Asia/Shanghai',
      secretaryKey: 'test:sec-fresh',
      secretaryPlatform: 'test',
      secretaryChatId: 'sec-fresh',
      createdAt: '2026-11-01T00:00:00Z',
    });
    const client = await h.login('zuzhibu');
    const listedHeld = (text: string) =>
      Number(new RegExp(`<a href="/branches/${branch.id}">新建支部</a>.*?<span class="ok">已开 (\\d+)</span>`).exec(text)?.[1]);
    // Seen first, so whatever the console keeps is in place before the writes.
    expect(listedHeld((await client.page('/branches')).text)).toBe(0);
    expect((await client.page(`/branches/${branch.id}`)).text).toMatch(/本季度：<span class="ok">已开 0<\/span>/);

    // Written on the console's own connection, as the bot does when both run in one process; the clock stands still.
    await h.stores.meetings.addRecord(
      branch.id,
      '支委会',
      { date: '2026-11-03', present: 5, topic: '同一进程登记的议题' },
      'test:sec',
      '2026-11-03T08:00:00Z',
      () => null,
    );
    expect(listedHeld((await client.page('/branches')).text)).toBe(1);
    expect((await client.page(`/branches/${branch.id}`)).text).toContain('同一进程登记的议题');

    // Written by another process on the same database (the bot started on its own): its own connection.
    const other = openStorage(h.runtime.storage.dialect === 'postgres' ? h.runtime.config.DANGWU_DB : h.runtime.storage.path);
    try {
      const stores = createRemindersStores(other);
      await stores.meetings.addRecord(
        branch.id,
        '党小组会',
        { date: '2026-11-18', present: 7, topic: '缓存之后登记的议题' },
        'test:sec',
        '2026-11-18T08:00:00Z',
        () => null,
      );
    } finally {
      await other.close();
    }
    expect(listedHeld((await client.page('/branches')).text)).toBe(2);
    const page = await client.page(`/branches/${branch.id}`);
    expect(page.text).toContain('<td>2026-11-18</td><td>党小组会</td><td>实到 7 人</td><td>缓存之后登记的议题</td>');
    expect(page.text).toMatch(/本季度：<span class="ok">已开 2<\/span>/);
    expect(await (await client.request(`/branches/${branch.id}/export.csv`)).text()).toContain('缓存之后登记的议题');
  });

  it('sends the security headers with every kind of response', async () => {
    const client = await h.login('zuzhibu');
    const anonymous = h.client();
    const responses = [
      await client.request('/'),
      await client.request(`/branches/${firstId}`),
      await client.request('/branches/99999'),
      await client.request('/no-such-page'),
      await client.request('/branches/export.csv'),
      await client.request('/assets/console.css'),
      await anonymous.request('/login'),
      await anonymous.request('/'),
    ];
    for (const response of responses) {
      expect(response.headers.get('content-security-policy'), response.url).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options'), response.url).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), response.url).toBe('DENY');
      expect(response.headers.get('referrer-policy'), response.url).toBe('same-origin');
    }
    expect(responses.map((r) => r.status)).toEqual([200, 200, 404, 404, 200, 200, 200, 303]);
  });
});
