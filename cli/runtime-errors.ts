import { isDangwuError } from '../bot/core/errors';
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
