import { DangwuError, isDangwuError } from '../bot/core/errors';
import { type CliIO, EXIT_FAILURE, EXIT_USAGE } from './command';

/**
 * The CLI's error boundary: known errors print their Chinese message and exit non-zero; anything
 * unexpected prints a short line (not a stack, unless DANGWU_DEBUG is set).
 */
export async function withRuntimeErrors(io: CliIO, work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (error) {
    if (isDangwuError(error)) {
      io.stderr.write(`${error.message}\n`);
      return error.code === 'CONFIG_INVALID' || error.code === 'BAD_INPUT' ? EXIT_USAGE : EXIT_FAILURE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`出错了：${message}\n`);
    if (io.env.DANGWU_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return EXIT_FAILURE;
  }
}

/** A server `dangwu start` opens, in the user's words: what it is, its port, and the setting that chooses it. */
export interface Listener {
  what: string;
  port: number;
  setting: string;
  /** The setting that chooses the address, where there is one (DANGWU_WEB_HOST). */
  hostSetting?: string;
}

/**
 * Starts a server; a port that is taken or not allowed becomes a Chinese error that names the port and the setting
 * to change (Node's own `listen EADDRINUSE: address already in use 127.0.0.1:8080` says neither).
 */
export async function listening<T>(listener: Listener, start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const { what, port, setting, hostSetting } = listener;
    const change = `请在环境变量或 .env 文件中把 ${setting} 改成另一个端口`;
    if (code === 'EADDRINUSE')
      throw new DangwuError(
        'CONFIG_INVALID',
        `${what}没能启动：端口 ${port} 已被别的程序占用（也许另一个党务助手正在运行）。${change}（例如 ${port === 8080 ? 8081 : 8080}），或先关掉占用它的程序。`,
      );
    if (code === 'EACCES')
      throw new DangwuError(
        'CONFIG_INVALID',
        `${what}没能启动：没有权限使用端口 ${port}（1024 以下的端口要管理员权限）。${change}（例如 8080）。`,
      );
    if (code === 'EADDRNOTAVAIL' && hostSetting)
      throw new DangwuError(
        'CONFIG_INVALID',
        `${what}没能启动：本机没有 ${hostSetting} 设的地址。请把 ${hostSetting} 改成 127.0.0.1 或 0.0.0.0。`,
      );
    throw error;
  }
}
