import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import { DangwuError } from './core/errors';

// zod's own messages (a number that is not one, a value out of range) in Chinese like the hints below.
z.config(z.locales.zhCN());

/**
 * The only place that reads the environment. Everything else receives a typed {@link Config}.
 * Each setting carries a Chinese hint, shown when its value is wrong, that says how to fix it.
 */

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const optionalUrl = (hint: string) => optionalText.refine((value) => value === undefined || URL.canParse(value), { message: hint });

const optionalMatching = (pattern: RegExp, hint: string) =>
  optionalText.refine((value) => value === undefined || pattern.test(value), { message: hint });

const configSchema = z.object({
  DANGWU_DB: z.string().trim().min(1, '数据库路径不能为空').default('./data/dangwu.db'),
  /**
   * PostgreSQL only: whether a commit waits for the server's disk. `off` (default) has the durability of our SQLite
   * (WAL with synchronous=NORMAL): a crash of the bot loses nothing; a crash of the server or the machine may lose the
   * last moment's commits, never corrupts. `on` waits for each commit's WAL flush. See docs/deploy.md.
   */
  DANGWU_PG_SYNCHRONOUS_COMMIT: z
    .enum(['off', 'on'], { message: '只能填 off（默认，与 SQLite 相同的持久性）或 on（每次提交等磁盘写完）' })
    .default('off'),
  DANGWU_TIMEZONE: z.string().trim().default('Asia/Shanghai').refine(isTimeZone, { message: '不是有效的时区名，例如 Asia/Shanghai' }),
  DANGWU_SECRETARIES: z
    .string()
    .default('console:me')
    .transform((value) =>
      value
        .split(/[,，\s]+/)
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .refine((list) => list.every((entry) => /^[a-z]+:.+$/.test(entry)), {
      message: '应是逗号分隔的“平台:用户ID”，例如 telegram:123456,slack:U012ABC',
    }),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalUrl('应是完整网址，例如 https://api.example.com/v1'),
  OPENAI_MODEL: z.string().trim().default('gpt-4o-mini'),
  OPENAI_EMBEDDING_MODEL: optionalText,
  TELEGRAM_BOT_TOKEN: optionalMatching(/^\d+:[\w-]{20,}$/, '格式应为 123456789:ABC-DEF…（向 @BotFather 申请）'),
  TELEGRAM_API_ROOT: optionalUrl('应是完整网址，例如 https://api.telegram.org'),
  TELEGRAM_WEBHOOK_URL: optionalUrl('应是 https 网址，Telegram 会把消息推送到这里'),
  TELEGRAM_WEBHOOK_SECRET: optionalMatching(/^[A-Za-z0-9_-]{1,256}$/, '只能含字母、数字、_ 和 -，最长 256 个字符'),
  SLACK_BOT_TOKEN: optionalMatching(/^xoxb-/, '应以 xoxb- 开头（Slack 应用的 Bot User OAuth Token）'),
  SLACK_APP_TOKEN: optionalMatching(/^xapp-/, '应以 xapp- 开头（Socket Mode 的 App-Level Token）'),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_API_URL: optionalUrl('应是完整网址，例如 https://slack.com/api/'),
  SLACK_SLASH_COMMAND: z
    .string()
    .trim()
    .default('/dangwu')
    .refine((value) => /^\/[a-z0-9_-]{1,31}$/.test(value), {
      message: '应以 / 开头，只含小写字母、数字、_ 和 -，例如 /dangwu（与 Slack 应用里创建的斜杠命令一致）',
    }),
  DINGTALK_CLIENT_ID: optionalMatching(
    /^[A-Za-z0-9_-]{6,128}$/,
    '应是钉钉应用“凭证与基础信息”里的 Client ID（原 AppKey），如 dingxxxxxxxxxxxx',
  ),
  DINGTALK_CLIENT_SECRET: optionalText,
  DINGTALK_ROBOT_CODE: optionalMatching(
    /^[A-Za-z0-9_-]{6,128}$/,
    '应是应用“机器人”页面上的 RobotCode（企业内部应用一般与 Client ID 相同，可以不填）',
  ),
  DINGTALK_API_URL: optionalUrl('应是完整网址，例如 https://api.dingtalk.com（专属部署填本单位的开放平台地址）'),
  DINGTALK_OAPI_URL: optionalUrl('应是完整网址，例如 https://oapi.dingtalk.com（上传文件、查询成员姓名用）'),
  DINGTALK_CARD_TEMPLATE_ID: optionalMatching(
    /^[\w.-]{1,128}$/,
    '应是卡片平台里的模板 ID，如 xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.schema；不填用钉钉提供的通用 Markdown 按钮卡片',
  ),
  FEISHU_APP_ID: optionalMatching(
    /^cli_[0-9a-f]{16}$/i,
    '格式应为 cli_ 加 16 位十六进制字符，例如 cli_a1b2c3d4e5f60718（飞书开发者后台 → 凭证与基础信息 → App ID）',
  ),
  FEISHU_APP_SECRET: optionalMatching(/^\S{8,}$/, '应是飞书开发者后台“凭证与基础信息”页的 App Secret（不含空格）'),
  FEISHU_DOMAIN: optionalUrl('应是完整网址：飞书 https://open.feishu.cn，Lark 国际版 https://open.larksuite.com'),
  /**
   * 飞书's send limits as “per minute/per second/per chat per second” (default its documented 1000/50/5). Tests run
   * bursts against the fake at a compressed rate with it (the fake enforces the same numbers); leave it unset for 飞书.
   */
  FEISHU_SEND_LIMITS: optionalMatching(
    /^[1-9]\d*\/[1-9]\d*\/[1-9]\d*$/,
    '格式应为“每分钟/每秒/每个会话每秒”的条数，例如 1000/50/5（飞书文档的发送消息频率限制；一般不用设置）',
  ),
  WECOM_BOT_ID: optionalMatching(
    /^[\w-]{4,128}$/,
    '应是企业微信智能机器人的 Bot ID（管理后台 → 智能机器人 → API 模式 → 长连接），只含字母、数字、_ 和 -',
  ),
  WECOM_BOT_SECRET: optionalText,
  WECOM_WS_URL: optionalMatching(
    /^wss?:\/\/[^\s]+$/,
    '应是 ws:// 或 wss:// 开头的网址，默认 wss://openws.work.weixin.qq.com（私有化部署时填自己的网关）',
  ),
  /** Test only: pushes of platform `loopback` are POSTed here (the scheduler's crash test records them). */
  DANGWU_LOOPBACK_URL: optionalUrl('应是完整网址，例如 http://127.0.0.1:9999/push（仅供测试）'),
  DANGWU_WEB_PORT: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.coerce
      .number({ message: '应是 1–65535 之间的端口号，例如 8080' })
      .int('应是整数端口号，例如 8080')
      .min(0, '端口号不能为负数（0 表示任选一个空闲端口）')
      .max(65535, '端口号最大为 65535')
      .optional(),
  ),
  DANGWU_WEB_HOST: z
    .string()
    .trim()
    .default('127.0.0.1')
    .refine((value) => /^[\w.:-]+$/.test(value), { message: '应是主机地址，例如 127.0.0.1（只允许本机访问）或 0.0.0.0（允许局域网访问）' }),
  /** Read only when a webhook serves HTTP (see {@link servesWebhook}): hosts set PORT for programs of their own. */
  PORT: optionalText,
});

const portSchema = z.coerce
  .number({ error: '应是 1 到 65535 之间的端口号，例如 3000' })
  .int('应是整数端口号，例如 3000')
  .min(1, '端口号至少是 1')
  .max(65535, '端口号最大是 65535')
  .default(3000);

export type Config = Omit<z.output<typeof configSchema>, 'PORT'> & {
  /** Where the webhooks listen (Telegram webhook mode, Slack HTTP mode); undefined when none is configured. */
  PORT: number | undefined;
};

/** Whether a messenger is configured to receive over HTTP (and so needs PORT). */
export function servesWebhook(config: Omit<Config, 'PORT'>): boolean {
  const telegram = Boolean(config.TELEGRAM_BOT_TOKEN && config.TELEGRAM_WEBHOOK_URL);
  const slack = Boolean(config.SLACK_BOT_TOKEN && !config.SLACK_APP_TOKEN && config.SLACK_SIGNING_SECRET);
  return telegram || slack;
}
export type Environment = Record<string, string | undefined>;

/**
 * Checked against the zone list first: the first Intl.DateTimeFormat of a process costs tens of milliseconds (ICU
 * builds its formatter data), which a start that formats no date should not pay. Aliases (PRC, UTC) are not in the
 * list but are valid: those are checked the slow way.
 */
function isTimeZone(zone: string): boolean {
  if (Intl.supportedValuesOf('timeZone').includes(zone)) return true;
  try {
    new Intl.DateTimeFormat('zh-CN', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Reads `.env` (if present) under the real environment: a variable set in the environment wins. */
export function readEnvironment(env: Environment = process.env, envFile = '.env'): Environment {
  if (!existsSync(envFile)) return env;
  let fromFile: Environment;
  try {
    fromFile = parseEnv(readFileSync(envFile, 'utf8'));
  } catch (error) {
    throw new DangwuError('CONFIG_INVALID', `无法读取配置文件 ${envFile}：${(error as Error).message}`);
  }
  return { ...fromFile, ...env };
}

/** Validates settings; a wrong value stops start-up with a message naming the variable and the fix. */
export function loadConfig(env: Environment = readEnvironment()): Config {
  const known = Object.fromEntries(Object.keys(configSchema.shape).map((key) => [key, env[key]]));
  const result = configSchema.safeParse(known);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '');
      return `  ${name}：${issue.message}（当前值：${mask(name, env[name])}）`;
    });
    throw new DangwuError(
      'CONFIG_INVALID',
      ['配置有误，程序未启动。请在环境变量或 .env 文件中修正：', ...lines].join('\n'),
      result.error.issues,
    );
  }
  const { PORT: portText, ...settings } = result.data;
  let port: number | undefined;
  if (servesWebhook(settings)) {
    const parsed = portSchema.safeParse(portText);
    if (!parsed.success)
      throw new DangwuError(
        'CONFIG_INVALID',
        `配置有误，程序未启动。请在环境变量或 .env 文件中修正：\n  PORT：${parsed.error.issues[0]?.message}（当前值：${mask('PORT', env.PORT)}；它是 Telegram webhook 模式或 Slack HTTP 模式接收消息的端口）`,
        parsed.error.issues,
      );
    port = parsed.data;
  }
  const config: Config = { ...settings, PORT: port };
  if (config.TELEGRAM_WEBHOOK_URL && !config.TELEGRAM_WEBHOOK_SECRET) {
    throw new DangwuError(
      'CONFIG_INVALID',
      '配置有误：设置了 TELEGRAM_WEBHOOK_URL 时还必须设置 TELEGRAM_WEBHOOK_SECRET（用来校验推送确实来自 Telegram）。',
    );
  }
  if (config.SLACK_BOT_TOKEN && !config.SLACK_APP_TOKEN && !config.SLACK_SIGNING_SECRET) {
    throw new DangwuError(
      'CONFIG_INVALID',
      '配置有误：设置了 SLACK_BOT_TOKEN 后还需要 SLACK_APP_TOKEN（Socket Mode，推荐）或 SLACK_SIGNING_SECRET（HTTP 模式）之一。',
    );
  }
  if (Boolean(config.DINGTALK_CLIENT_ID) !== Boolean(config.DINGTALK_CLIENT_SECRET)) {
    throw new DangwuError(
      'CONFIG_INVALID',
      '配置有误：DINGTALK_CLIENT_ID 和 DINGTALK_CLIENT_SECRET 要同时设置（钉钉开放平台 → 应用 → 凭证与基础信息）。',
    );
  }
  if (Boolean(config.FEISHU_APP_ID) !== Boolean(config.FEISHU_APP_SECRET)) {
    throw new DangwuError(
      'CONFIG_INVALID',
      '配置有误：FEISHU_APP_ID 和 FEISHU_APP_SECRET 需要同时设置（飞书开发者后台 → 凭证与基础信息）。',
    );
  }
  if (Boolean(config.WECOM_BOT_ID) !== Boolean(config.WECOM_BOT_SECRET)) {
    throw new DangwuError(
      'CONFIG_INVALID',
      '配置有误：企业微信智能机器人需要同时设置 WECOM_BOT_ID 和 WECOM_BOT_SECRET（在管理后台 → 智能机器人 → API 模式 → 长连接中查看）。',
    );
  }
  return config;
}

const secretNames = /TOKEN|SECRET|KEY/;

/** Never echo a secret back, even a malformed one. */
function mask(name: string, value: string | undefined): string {
  if (value === undefined || value === '') return '未设置';
  if (secretNames.test(name)) return '已隐藏';
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}

export const secretKeys = Object.keys(configSchema.shape).filter((key) => secretNames.test(key));
