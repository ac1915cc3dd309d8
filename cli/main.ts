import { type CliCommand, type CliIO, EXIT_OK, EXIT_USAGE } from './command';
import { cliCommands } from './commands';

export function renderUsage(commands: CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.name.length), 4);
  return [
    '党务助手 dangwu：面向党务工作者的聊天助手',
    '',
    '用法：dangwu <命令> [参数]',
    '',
    ...[{ name: 'help', summary: '显示本说明' }, ...commands].map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    '不带命令时等同于 dangwu help。配置通过环境变量或当前目录的 .env 文件设置，详见 README。',
  ].join('\n');
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const topic = args[0] && cliCommands.find((c) => c.name === args[0]);
    io.stdout.write(`${topic ? `${topic.summary}\n用法：${topic.usage}` : renderUsage(cliCommands)}\n`);
    return EXIT_OK;
  }
  const command = cliCommands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`没有 “${name}” 这个命令。\n\n${renderUsage(cliCommands)}\n`);
    return EXIT_USAGE;
  }
  return command.run(args, io);
}

const isEntry = process.argv[1] && /(?:dangwu(?:\.js)?|cli[\\/]main\.ts)$/.test(process.argv[1]);
if (isEntry) {
  const code = await runCli(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  });
  // Let stdout drain before exiting (piped output would otherwise be cut short).
  process.stdout.write('', () => process.exit(code));
}
