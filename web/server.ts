import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ServerType, serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { html } from 'hono/html';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger, Storage } from '../bot';
import { createAccountStore, type Session } from './accounts';
import { type CertificateFilter, certificateStatusName, createConsoleData, type Scope } from './data';
import { attachment, type Cell, CONTENT_TYPES, toCsv, toXlsx } from './exports';
import { webFonts } from './fonts';
import { createLoginLimits } from './login-limits';
import { bankPreviewPage, banksPage } from './pages/banks';
import { branchDetailPage, branchListPage, chatName, unbindConfirmPage } from './pages/branches';
import { certificatesPage } from './pages/certificates';
import { knowledgePage } from './pages/knowledge';
import { type Html, notice, type PageContext, page } from './pages/layout';
import { learningPage } from './pages/learning';
import { loginPage } from './pages/login';
import { overviewPage } from './pages/overview';
import { registerTicketRoutes } from './pages/tickets';
import { limitBodies, limitFormFields, SERVER_LIMITS, type ServerLimits } from './request-limits';
import { createUploads, MAX_DOCUMENT_BYTES, MAX_DOCUMENTS_PER_UPLOAD, MAX_QUESTION_FILE_BYTES, UploadError } from './uploads';

/**
 * The organisation department's web console: server-rendered pages over the bot's database, behind accounts.
 * Every page needs a session; every POST needs the session's CSRF token; every read is scoped to the account.
 */

export interface WebConsoleOptions {
  storage: Storage;
  now: () => Date;
  zone: string;
  log: Logger;
  /** Where uploaded handbook documents are kept (beside the database). */
  uploadDir: string;
  /** The server's connection limits ({@link SERVER_LIMITS} by default; tests shorten them). */
  serverLimits?: Partial<ServerLimits>;
}

type Env = { Variables: { session: Session; scope: Scope; sessionId: string } };

const SESSION_COOKIE = 'dangwu_session';
const LOGIN_CSRF_COOKIE = 'dangwu_login_csrf';
const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

function asset(path: string): Buffer {
  return readFileSync(path);
}

// From the sources this file sits in web/; in the compiled build (dist/) the assets are still read from web/public.
const PUBLIC =
  [join(here, 'public'), join(here, '..', 'web', 'public')].find((dir) => existsSync(join(dir, 'console.js'))) ?? join(here, 'public');

const ASSETS: Record<string, { path: string; type: string }> = {
  'console.css': { path: join(PUBLIC, 'console.css'), type: 'text/css; charset=utf-8' },
  'console.js': { path: join(PUBLIC, 'console.js'), type: 'text/javascript; charset=utf-8' },
  // Served from the project's own dependency: the console works offline and inside closed networks.
  'echarts.min.js': {
    path: join(dirname(require.resolve('echarts/package.json')), 'dist/echarts.min.js'),
    type: 'text/javascript; charset=utf-8',
  },
};

const QUESTION_TEMPLATE = {
  headers: ['题型', '题干', '选项A', '选项B', '选项C', '选项D', '选项E', '选项F', '答案', '解析', '等级', '分类', '出处'],
  rows: [
    [
      '单选',
      '预备党员的预备期为（）。',
      '半年',
      '一年',
      '两年',
      '三年',
      '',
      '',
      'B',
      '党章规定预备期为一年。',
      '初级',
      '党员',
      '《中国共产党章程》第七条',
    ],
    [
      '多选',
      '“三会一课”中的“三会”包括（）。',
      '支部党员大会',
      '支部委员会会议',
      '党小组会',
      '党员代表大会',
      '',
      '',
      'ABC',
      '“三会”指支部党员大会、支部委员会会议和党小组会。',
      '初级',
      '组织生活',
      '《中国共产党支部工作条例（试行）》',
    ],
    [
      '判断',
      '党小组会一般每月召开一次。',
      '',
      '',
      '',
      '',
      '',
      '',
      '正确',
      '党小组会一般每月召开一次。',
      '初级',
      '组织生活',
      '《中国共产党支部工作条例（试行）》',
    ],
    ['填空', '党员应按月交纳（）。', '', '', '', '', '', '', '党费', '按月交纳党费是党员的义务。', '', '党费', '《中国共产党章程》'],
  ],
};

const SECURITY_HEADERS = [
  [
    'Content-Security-Policy',
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'",
  ],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'same-origin'],
  ['X-Frame-Options', 'DENY'],
] as const;

/**
 * Sends a page as a plain string. hono's html tag yields a String object, which the Node adapter cannot write as
 * it is: it built a web Response around it and read the page back through a stream (a tenth of a request's cost).
 */
function send(c: Context, body: Html, status?: ContentfulStatusCode) {
  if (body instanceof Promise || body.callbacks?.length) return c.html(body, status);
  return c.html(body.toString(), status);
}

const sameText = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Uploads' bodies: the file limit and room for the form around it. Every other route gets a small form's. */
const QUESTION_UPLOAD_BYTES = MAX_QUESTION_FILE_BYTES + 64 * 1024;
const DOCUMENT_UPLOAD_BYTES = MAX_DOCUMENT_BYTES * 2 + 64 * 1024;

const beijingTime = (at: Date) =>
  at.toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false, hour: '2-digit', minute: '2-digit' });

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * The client's address, for the per-address login limit. X-Forwarded-For is the client's own word, so it is believed
 * only from a reverse proxy on this machine (the README's advice for LAN access), and only its last entry: the
 * address that proxy saw. Otherwise every user behind the proxy would share one address, and one limit.
 */
function clientAddress(c: Context): string {
  let peer: string | undefined;
  try {
    peer = getConnInfo(c).remote.address;
  } catch {
    return 'unknown';
  }
  const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
  return (peer && LOOPBACK.test(peer) && forwarded) || peer || 'unknown';
}

export function createWebApp(options: WebConsoleOptions) {
  const accounts = createAccountStore(options.storage, options.now);
  const loginLimits = createLoginLimits(options.now);
  const data = createConsoleData(options.storage, { now: options.now, zone: options.zone });
  const uploads = createUploads({ db: options.storage.db, now: options.now, uploadDir: options.uploadDir });
  const assetCache = new Map<string, Buffer>();
  const app = new Hono<Env>();

  // Set before the handler runs, so they travel with the response it builds. Set afterwards, each header made hono
  // copy the finished response around a stream, which the server then read back in chunks (a third of a page's cost).
  app.use('*', async (c, next) => {
    for (const [name, value] of SECURITY_HEADERS) c.header(name, value);
    await next();
  });

  // Before any route reads a body: its size, then its fields.
  app.use('*', limitBodies({ '/banks/preview': QUESTION_UPLOAD_BYTES, '/knowledge/upload': DOCUMENT_UPLOAD_BYTES }));
  app.use('*', limitFormFields());

  app.onError((error, c) => {
    // A refusal raised by a middleware (hono's own 4xx) is an answer, not a server error.
    if (error instanceof HTTPException && error.status < 500) return error.getResponse();
    // The log gets the error's message, never request bodies (which may hold a password).
    options.log.error({ err: { message: error.message, name: error.name }, path: c.req.path }, 'web console error');
    return c.text('服务器出错了，请稍后再试。', 500);
  });

  // The Chinese web font (web/fonts.ts): the stylesheet names the files by their content, so the files never change
  // under their name and are cached for a year; the stylesheet itself is checked again like the other assets.
  app.get('/assets/fonts.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(webFonts().css);
  });
  app.get('/assets/fonts/:name', (c) => {
    const fonts = webFonts();
    const file = [fonts.common, fonts.full].find((f) => f.name === c.req.param('name'));
    if (!file) return c.notFound();
    return c.body(file.body, 200, {
      'Content-Type': 'font/otf',
      'Cache-Control': 'public, max-age=31536000, immutable',
    });
  });

  app.get('/assets/:name', (c) => {
    const entry = ASSETS[c.req.param('name')];
    if (!entry) return c.notFound();
    let body = assetCache.get(entry.path);
    if (!body) assetCache.set(entry.path, (body = asset(entry.path)));
    return c.body(new Uint8Array(body), 200, { 'Content-Type': entry.type, 'Cache-Control': 'public, max-age=3600' });
  });

  const secure = (c: Context) => new URL(c.req.url).protocol === 'https:';

  /**
   * The login form's CSRF token is a double-submit cookie. An existing one is kept, so two open login tabs (or a
   * browser that loads the page twice) do not invalidate each other.
   */
  const loginToken = (c: Context) => {
    const existing = getCookie(c, LOGIN_CSRF_COOKIE);
    const token = existing && /^[\w-]{24}$/.test(existing) ? existing : randomBytes(18).toString('base64url');
    setCookie(c, LOGIN_CSRF_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/login', secure: secure(c) });
    return token;
  };

  app.get('/login', (c) => send(c, loginPage(loginToken(c))));

  app.post('/login', bodyLimit({ maxSize: 16 * 1024, onError: (c) => c.text('请求太大', 413) }), async (c) => {
    const body = await c.req.parseBody();
    const username = String(body.username ?? '').trim();
    const password = String(body.password ?? '');
    const cookieToken = getCookie(c, LOGIN_CSRF_COOKIE) ?? '';
    const fresh = loginToken(c);
    if (!cookieToken || !sameText(cookieToken, String(body._csrf ?? '')))
      return send(c, loginPage(fresh, '页面已过期，请重新登录。', username), 403);
    const address = clientAddress(c);
    const blockedUntil = loginLimits.blockedUntil(address);
    if (blockedUntil)
      return send(c, loginPage(fresh, `这台电脑登录失败的次数太多，请在北京时间 ${beijingTime(blockedUntil)} 之后再试。`, username), 429);
    const result = await accounts.login(username, password);
    if (!result.ok) {
      if (result.reason === 'busy') return send(c, loginPage(fresh, '登录的人太多，请稍后再试。', username), 429);
      loginLimits.failed(address);
      const message =
        result.reason === 'locked'
          ? `登录失败次数过多，账号已暂时锁定，请在北京时间 ${beijingTime(result.lockedUntil!)} 之后再试。`
          : '用户名或密码不对。';
      return send(c, loginPage(fresh, message, username), result.reason === 'locked' ? 429 : 401);
    }
    setCookie(c, SESSION_COOKIE, result.sessionId, { httpOnly: true, sameSite: 'Strict', path: '/', secure: secure(c), maxAge: 12 * 3600 });
    deleteCookie(c, LOGIN_CSRF_COOKIE, { path: '/login' });
    return c.redirect('/', 303);
  });

  // Everything below needs a session.
  app.use('*', async (c, next) => {
    const sessionId = getCookie(c, SESSION_COOKIE);
    const session = await accounts.session(sessionId);
    if (!session) {
      if (c.req.method === 'GET') return c.redirect('/login', 303);
      return c.text('请先登录。', 401);
    }
    c.set('session', session);
    c.set('sessionId', sessionId!);
    c.set('scope', data.scopeOf(session.account));
    await next();
  });

  const orgOnly = async (c: Context<Env>, next: () => Promise<void>) => {
    if (c.get('session').account.role !== 'org') return c.text('只有组织部账号可以进行这项操作。', 403);
    await next();
  };

  /** Checks the CSRF token of a parsed form body (or the X-CSRF-Token header of a script's request). */
  const checkCsrf = (c: Context<Env>, body: Record<string, unknown>) => {
    const sent = String(body._csrf ?? c.req.header('x-csrf-token') ?? '');
    return sent !== '' && sameText(sent, c.get('session').csrf);
  };
  const forbiddenCsrf = (c: Context<Env>) => c.text('页面已过期（或不是从本系统的页面提交的），请刷新页面后再试。', 403);

  const ctx = (c: Context<Env>): PageContext => ({ account: c.get('session').account, csrf: c.get('session').csrf, path: c.req.path });
  const actor = (c: Context<Env>) => c.get('session').account.username;

  app.post('/logout', async (c) => {
    const body = await c.req.parseBody();
    if (!checkCsrf(c, body)) return forbiddenCsrf(c);
    await accounts.logout(c.get('sessionId'));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/login', 303);
  });

  app.get('/', async (c) =>
    send(c, overviewPage(ctx(c), await data.overview(c.get('scope')), await data.warnings(c.get('scope')), options.zone)),
  );

  // ---- 支部
  const branchRows = (list: Awaited<ReturnType<typeof data.branches>>): Cell[][] =>
    list.map((b) => [b.branch, b.secretary, b.members, b.held, b.missing, b.upcoming]);
  const BRANCH_HEADERS = ['支部', '书记', '成员', '本季度已召开', '未召开', '待召开'];

  app.get('/branches', async (c) => {
    const q = c.req.query('q') ?? '';
    const scope = c.get('scope');
    const [list, chats, requests] = await Promise.all([data.branches(scope, q), data.boundChats(scope), data.pendingRequests(scope)]);
    return send(c, branchListPage(ctx(c), list, q, data.period().label, { chats, requests }));
  });

  app.get('/branches/:file{export\\.(?:xlsx|csv)}', async (c) => {
    const list = await data.branches(c.get('scope'), c.req.query('q') ?? '');
    return download(c, formatOf(c), `支部落实情况-${data.today()}`, '支部', BRANCH_HEADERS, branchRows(list));
  });

  const branchId = (c: Context<Env>) => {
    const id = Number(c.req.param('id'));
    return Number.isSafeInteger(id) && id > 0 ? id : undefined;
  };
  const notYours = (c: Context<Env>) => send(c, page(ctx(c), '无权查看', notice('error', '没有这个支部，或者您的账号无权查看它。')), 404);

  app.get('/branches/:id{[0-9]+}', async (c) => {
    const id = branchId(c);
    const detail = id === undefined ? undefined : await data.branch(c.get('scope'), id);
    if (!detail) return notYours(c);
    return send(
      c,
      branchDetailPage(
        ctx(c),
        detail,
        (await data.boundChats({ kind: 'branches', ids: [detail.summary.id] })).get(detail.summary.id) ?? [],
      ),
    );
  });

  /** A chat bound to a branch in view, or undefined. */
  const boundChat = async (c: Context<Env>, id: number | undefined, chatKey: string) => {
    const detail = id === undefined ? undefined : await data.branch(c.get('scope'), id);
    if (!detail) return undefined;
    const chat = (await data.boundChats({ kind: 'branches', ids: [detail.summary.id] }))
      .get(detail.summary.id)
      ?.find((x) => x.chatKey === chatKey);
    return chat && { branch: detail.summary, chat };
  };

  app.get('/branches/:id{[0-9]+}/unbind', orgOnly, async (c) => {
    const found = await boundChat(c, branchId(c), c.req.query('chat') ?? '');
    if (!found) return send(c, page(ctx(c), '解除绑定', notice('error', '这个群没有绑定到该支部（可能已经解除）。')), 404);
    return send(c, unbindConfirmPage(ctx(c), found.branch.branch, found.branch.id, found.chat));
  });

  app.post('/branches/:id{[0-9]+}/unbind', orgOnly, bodyLimit({ maxSize: 16 * 1024 }), async (c) => {
    const body = await c.req.parseBody();
    if (!checkCsrf(c, body)) return forbiddenCsrf(c);
    const found = await boundChat(c, branchId(c), String(body.chat ?? ''));
    if (!found || !(await data.unbindChat(found.branch.id, found.chat.chatKey)))
      return send(c, page(ctx(c), '解除绑定', notice('error', '这个群没有绑定到该支部（可能已经解除），没有作任何改动。')), 404);
    await accounts.audit(actor(c), 'branch.unbind', { branchId: found.branch.id, branch: found.branch.branch, chat: chatName(found.chat) });
    return c.redirect(`/branches/${found.branch.id}`, 303);
  });

  app.post('/branches/requests/:id{[0-9]+}/:verb{approve|refuse}', orgOnly, bodyLimit({ maxSize: 16 * 1024 }), async (c) => {
    const body = await c.req.parseBody();
    if (!checkCsrf(c, body)) return forbiddenCsrf(c);
    const approve = c.req.param('verb') === 'approve';
    const decided = await data.decideRequest(Number(c.req.param('id')), approve, `web:${actor(c)}`);
    if (!decided)
      return send(
        c,
        page(ctx(c), '绑定申请', notice('error', '这条绑定申请已经处理过了（或该群已绑定到别的支部），没有作任何改动。')),
        409,
      );
    await accounts.audit(actor(c), approve ? 'branch.bind-approve' : 'branch.bind-refuse', {
      request: Number(c.req.param('id')),
      branchId: decided.branchId,
      chat: decided.chat,
    });
    return c.redirect('/branches', 303);
  });

  app.get('/branches/:id{[0-9]+}/:file{export\\.(?:xlsx|csv)}', async (c) => {
    const id = branchId(c);
    const detail = id === undefined ? undefined : await data.branch(c.get('scope'), id);
    if (!detail) return notYours(c);
    const rows: Cell[][] = detail.records.map((r) => [r.heldOn, r.type, r.attendance, r.topic, r.recordedBy]);
    return download(
      c,
      formatOf(c),
      `${detail.summary.branch}-会议记录-${data.today()}`,
      '会议记录',
      ['日期', '会议', '出席', '议题', '登记人'],
      rows,
    );
  });

  // ---- 持证
  const certificateFilter = (c: Context<Env>): CertificateFilter => {
    const within = Number(c.req.query('within'));
    return {
      level: c.req.query('level') || undefined,
      status: c.req.query('status') || undefined,
      within: Number.isInteger(within) && within > 0 && within <= 3650 ? within : undefined,
    };
  };
  const queryString = (c: Context<Env>) => {
    const search = new URL(c.req.url).search;
    return search;
  };

  app.get('/certificates', async (c) => {
    const filter = certificateFilter(c);
    return send(c, certificatesPage(ctx(c), await data.certificates(c.get('scope'), filter), filter, queryString(c)));
  });

  app.get('/certificates/:file{export\\.(?:xlsx|csv)}', async (c) => {
    const list = await data.certificates(c.get('scope'), certificateFilter(c));
    const rows: Cell[][] = list.map((x) => [x.name, x.branch, x.level, x.number, x.issuedOn, x.expiresOn, certificateStatusName(x.status)]);
    return download(
      c,
      formatOf(c),
      `持证名册-${data.today()}`,
      '持证名册',
      ['姓名', '支部', '等级', '证书编号', '发证日期', '有效期至', '状态'],
      rows,
    );
  });

  const formatOf = (c: Context<Env>) => (c.req.param('file')?.endsWith('.csv') ? 'csv' : 'xlsx');

  async function download(c: Context<Env>, format: 'xlsx' | 'csv', name: string, sheet: string, headers: string[], rows: Cell[][]) {
    await accounts.audit(actor(c), 'export', { what: sheet, format, rows: rows.length });
    const body = format === 'csv' ? toCsv(headers, rows) : new Uint8Array(await toXlsx(sheet, headers, rows));
    return c.body(body, 200, {
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': attachment(`${name}.${format}`),
      'Cache-Control': 'no-store',
    });
  }

  // ---- 题库
  app.get('/banks', async (c) => send(c, banksPage(ctx(c), await data.banks())));

  // A filled-in example of the question file, for the person who prepares one (the import's own column names).
  app.get('/banks/template.csv', (c) =>
    c.body(toCsv(QUESTION_TEMPLATE.headers, QUESTION_TEMPLATE.rows), 200, {
      'Content-Type': CONTENT_TYPES.csv,
      'Content-Disposition': attachment('题库模板.csv'),
    }),
  );

  const uploadLimit = (max: number) =>
    bodyLimit({
      maxSize: max,
      onError: (c) =>
        send(
          c,
          page(
            ctx(c as Context<Env>),
            '上传失败',
            notice('error', `文件太大（上限 ${Math.round(max / 1024 / 1024)} MB），没有写入任何内容。`),
          ),
          413,
        ),
    });

  app.post('/banks/preview', orgOnly, uploadLimit(QUESTION_UPLOAD_BYTES), async (c) => {
    const body = await c.req.parseBody();
    if (!checkCsrf(c, body)) return forbiddenCsrf(c);
    const file = body.file;
    if (!(file instanceof File) || file.size === 0)
      return send(c, banksPage(ctx(c), await data.banks(), notice('error', '请选择一个题库文件。')), 400);
    const preview = await uploads.previewQuestions(file, String(body.bank ?? ''), c.get('session').account.id);
    await accounts.audit(actor(c), 'bank.preview', {
      file: preview.file,
      bank: preview.bank,
      rows: preview.rows,
      errors: preview.errors.length,
      fileError: preview.fileError ?? null,
    });
    return send(c, bankPreviewPage(ctx(c), preview), preview.token ? 200 : 422);
  });

  app.post('/banks/import', orgOnly, async (c) => {
    const body = await c.req.parseBody();
    if (!checkCsrf(c, body)) return forbiddenCsrf(c);
    try {
      const { bank, file, report } = await uploads.importPending(String(body.token ?? ''), c.get('session').account.id);
      await accounts.audit(actor(c), 'bank.import', {
        bank,
        file,
        added: report.added,
        updated: report.updated,
        unchanged: report.unchanged,
      });
      await data.invalidate();
      return send(
        c,
        banksPage(
          ctx(c),
          await data.banks(),
          notice('ok', `已导入题库“${bank}”：新增 ${report.added} 题，更新 ${report.updated} 题，未变化 ${report.unchanged} 题。`),
        ),
      );
    } catch (error) {
      if (!(error instanceof UploadError)) throw error;
      return send(c, banksPage(ctx(c), await data.banks(), notice('error', error.message)), 409);
    }
  });

  app.post('/banks/default', orgOnly, async (c) => {
    const body = await c.req.parseBody({ all: true });
    if (!checkCsrf(c, body)) return forbiddenCsrf(c);
    const known = (await data.banks()).map((b) => b.name);
    const chosen = ([] as unknown[])
      .concat(body.banks ?? [])
      .map(String)
      .filter((b) => known.includes(b));
    if (chosen.length === 0) return send(c, banksPage(ctx(c), await data.banks(), notice('error', '至少选择一个题库。')), 400);
    const every = chosen.length === known.length;
    await data.setDefaultBanks(every ? undefined : chosen, `web:${actor(c)}`);
    await accounts.audit(actor(c), 'bank.default', { banks: every ? '全部' : chosen });
    return send(
      c,
      banksPage(
        ctx(c),
        await data.banks(),
        notice('ok', every ? '已保存：默认练习全部题库。' : `已保存：默认练习 ${chosen.length} 个题库。`),
      ),
    );
  });

  // ---- 知识库
  const knowledgeView = async (c: Context<Env>, message?: ReturnType<typeof notice>, status: 200 | 400 | 422 = 200) =>
    send(c, knowledgePage(ctx(c), await data.documents(), await data.gaps(c.get('scope')), options.zone, message), status);

  app.get('/knowledge', (c) => knowledgeView(c));

  app.post('/knowledge/upload', orgOnly, uploadLimit(DOCUMENT_UPLOAD_BYTES), async (c) => {
    const body = await c.req.parseBody({ all: true });
    if (!checkCsrf(c, body)) return forbiddenCsrf(c);
    const files = ([] as unknown[]).concat(body.files ?? []).filter((f): f is File => f instanceof File && f.size > 0);
    if (files.length > MAX_DOCUMENTS_PER_UPLOAD)
      return knowledgeView(c, notice('error', `一次最多上传 ${MAX_DOCUMENTS_PER_UPLOAD} 个文件。`), 400);
    try {
      const report = await uploads.ingestDocuments(files);
      await accounts.audit(actor(c), 'knowledge.upload', {
        files: report.files.map((f) => ({ title: f.title, chunks: f.chunks, result: f.result })),
      });
      const words = { added: '已导入', replaced: '已更新', unchanged: '未变化' } as const;
      return knowledgeView(
        c,
        notice(
          'ok',
          html`${report.files.map((f) => html`${words[f.result]}：《${f.title}》${f.result === 'unchanged' ? '' : `，${f.chunks} 段`}。`)}`,
        ),
      );
    } catch (error) {
      if (!(error instanceof UploadError)) throw error;
      return knowledgeView(c, notice('error', `导入失败，知识库未作任何改动。${error.message}`), 422);
    }
  });

  app.post('/knowledge/gaps/:id{[0-9]+}/resolve', orgOnly, async (c) => {
    const body = await c.req.parseBody();
    if (!checkCsrf(c, body)) return forbiddenCsrf(c);
    const id = Number(c.req.param('id'));
    // Resolved in the ask feature itself, so the gap leaves the chat's 知识缺口 list as well.
    if (!(await data.resolveGap(id, `web:${actor(c)}`))) return knowledgeView(c, notice('error', '没有这条知识缺口。'), 400);
    await accounts.audit(actor(c), 'gap.resolve', { gap: id });
    return c.redirect('/knowledge', 303);
  });

  // ---- 学习
  app.get('/learning', async (c) => send(c, learningPage(ctx(c), await data.learning(c.get('scope')))));

  // ---- 民情工单
  registerTicketRoutes(app, { storage: options.storage, now: options.now, zone: options.zone, send, pageContext: ctx, download });

  return { app, accounts, data };
}

export interface WebConsole {
  url: string;
  close(): Promise<void>;
}

/** Serves the console on host:port (port 0 picks a free one, for tests). */
export async function startWebConsole(options: WebConsoleOptions & { port: number; host: string }): Promise<WebConsole> {
  const { app, data } = createWebApp(options);
  const limits = { ...SERVER_LIMITS, ...options.serverLimits };
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve(
      {
        fetch: app.fetch,
        port: options.port,
        hostname: options.host,
        serverOptions: {
          headersTimeout: limits.headersTimeoutMs,
          requestTimeout: limits.requestTimeoutMs,
          keepAliveTimeout: limits.keepAliveTimeoutMs,
          connectionsCheckingInterval: limits.checkIntervalMs,
        },
      },
      () => resolve(s),
    );
    s.maxConnections = limits.maxConnections;
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  // 总览's figures and the 五不 signals of every branch take a moment to compute: start now, so the first visitor of
  // 总览 does not wait.
  data.overview({ kind: 'all' }).catch((error: Error) => options.log.warn({ err: { message: error.message } }, '总览预先计算失败'));
  data.warnings({ kind: 'all' }).catch((error: Error) => options.log.warn({ err: { message: error.message } }, '五不预警预先计算失败'));
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
