import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { App, Button, IncomingFile, IncomingMessage, Reply } from '../../bot';
import type { Adapter } from '../adapter';
import { renderReply } from './render';

export interface ConsoleAdapterOptions {
  app: App;
  input: Readable;
  output: Writable;
  /** A person at a terminal: show a prompt and a banner. Otherwise one message per line, replies only. */
  interactive: boolean;
  /** Where attachments (exports) are written, since a terminal cannot show files. */
  exportDir: string;
  userId?: string;
  userName?: string;
}

export interface ConsoleAdapter extends Adapter {
  /** Settles when standard input ends (or `stop` is called) and every line has been answered. */
  readonly finished: Promise<void>;
}

const PROMPT = '你 › ';
export const CONSOLE_PLATFORM = 'console';

/**
 * The terminal chat: a first-class adapter, not a test hack. It needs no network and no keys.
 * Lines are handled strictly in order; typing the number of a button presses it.
 */
export function createConsoleAdapter(options: ConsoleAdapterOptions): ConsoleAdapter {
  const { app, input, output, interactive, exportDir } = options;
  const sender = { id: options.userId ?? 'me', name: options.userName };
  const chat = { id: 'terminal', kind: 'private' as const, title: '终端' };
  let choices: Button[] = [];
  let queue = Promise.resolve();
  let rl: Interface | undefined;
  let resolveFinished!: () => void;
  const finished = new Promise<void>((resolve) => (resolveFinished = resolve));

  const write = (text: string) => output.write(`${text}\n`);

  function show(reply: Reply) {
    const rendered = renderReply(reply);
    if (rendered.choices.length > 0) choices = rendered.choices;
    write(interactive ? `\n助手 › ${rendered.text}\n` : `${rendered.text}\n`);
    if (reply.attachment) {
      mkdirSync(exportDir, { recursive: true });
      const path = join(exportDir, reply.attachment.filename);
      writeFileSync(path, reply.attachment.content);
      write(`（文件已保存到 ${path}）`);
    }
  }

  function toMessage(line: string): IncomingMessage {
    const number = /^\s*(\d{1,2})\s*$/.exec(line);
    const choice = number ? choices[Number(number[1]) - 1] : undefined;
    if (choice) return { platform: CONSOLE_PLATFORM, sender, chat, action: choice.data };
    const { text, attachments, missing } = filesIn(line);
    for (const path of missing) write(`（找不到文件 ${path}，没有附上）`);
    return { platform: CONSOLE_PLATFORM, sender, chat, text, ...(attachments.length ? { attachments } : {}) };
  }

  async function handleLine(line: string) {
    if (!interactive && line.trim() === '') return;
    const replies = await app.handle(toMessage(line));
    for (const reply of replies) show(reply);
  }

  return {
    name: CONSOLE_PLATFORM,
    finished,
    async start() {
      app.registerMessenger(CONSOLE_PLATFORM, {
        async send(_chatId, reply) {
          show(reply);
          rl?.prompt(true);
        },
      });
      rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, crlfDelay: Infinity });
      if (interactive) {
        write('党务助手（终端版）。直接输入问题或命令，输入“帮助”查看功能，按 Ctrl+D 或输入“再见”退出。');
        rl.setPrompt(PROMPT);
        rl.prompt();
      }
      // Lines that arrive together are gathered first. At the keyboard, lines within 30 ms of each other are a
      // paste, and a paste is one message, as in a chat app (a 党费 list, a question with its options). From a pipe
      // every line is its own message (`printf '帮助\n' | npm start`), except an option line ("A、……"), which
      // belongs to the question before it.
      let burst: string[] = [];
      let timer: NodeJS.Timeout | undefined;
      const flush = () => {
        timer = undefined;
        const messages = interactive && burst.length > 1 ? [burst.join('\n')] : joinOptionLines(burst);
        for (const message of messages) {
          queue = queue
            .then(() => handleLine(message))
            .then(() => {
              if (interactive) rl?.prompt();
            });
        }
        burst = [];
      };
      rl.on('line', (line) => {
        if (interactive && /^(再见|退出程序|exit|quit)$/i.test(line.trim())) {
          rl?.close();
          return;
        }
        burst.push(line);
        timer ??= setTimeout(flush, interactive ? 30 : 0);
      });
      rl.on('close', () => {
        if (timer) {
          clearTimeout(timer);
          flush();
        }
        void queue.then(() => resolveFinished());
      });
    },
    async stop() {
      rl?.close();
      await queue;
      resolveFinished();
    },
  };
}

const OPTION_LINE = /^\s*[A-F]\s*[、.．:：)）]\s*\S/;

/** Lines of one burst as messages: an option line ("B. 每月一次") belongs to the message before it. */
export function joinOptionLines(lines: string[]): string[] {
  const messages: string[] = [];
  for (const line of lines) {
    if (messages.length > 0 && OPTION_LINE.test(line)) messages[messages.length - 1] += `\n${line}`;
    else messages.push(line);
  }
  return messages;
}

const PHOTO_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.gif', '.webp', '.heic', '.bmp']);

/**
 * A terminal has no upload: `附件：/path/to/file` (or 照片：, 图片：, 文件：) in a line attaches that file by its path.
 * The path is the reference; the file is neither read nor copied.
 */
export function filesIn(line: string): { text: string; attachments: IncomingFile[]; missing: string[] } {
  const attachments: IncomingFile[] = [];
  const missing: string[] = [];
  const text = line
    .replace(/(?:附件|照片|图片|文件)[:：]\s*(\S+)/g, (whole, path: string) => {
      const full = resolve(path);
      const stat = statSync(full, { throwIfNoEntry: false });
      if (!stat?.isFile()) {
        missing.push(path);
        return whole;
      }
      const kind = PHOTO_EXTENSIONS.has(extname(full).toLowerCase()) ? 'photo' : 'file';
      attachments.push({ kind, name: basename(full), ref: full, size: stat.size });
      return ' ';
    })
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
  // A line without a file is handed over exactly as typed (a pasted list keeps its line breaks).
  return attachments.length ? { text, attachments, missing } : { text: line, attachments, missing };
}
