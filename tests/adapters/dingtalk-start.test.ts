import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { freshDatabase, testBackend } from '../helpers/database';
import { tempDir } from '../helpers/temp';
import { type DingtalkPeer, startDingtalkPeer } from './peers/dingtalk';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin', 'dangwu.js');

/** The real program (`dangwu start`) with 钉钉 settings pointing at the fake, in its own temp folder. */
async function start(env: Record<string, string>) {
  const cwd = tempDir('dangwu-dt-start-');
  const database = await freshDatabase(cwd);
  onTestFinished(() => database.drop());
  const child = spawn(process.execPath, [bin, 'start'], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, DANGWU_DB: database.url, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += String(c)));
  child.stderr.on('data', (c) => (stderr += String(c)));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

describe(`dangwu start with 钉钉 settings (the real program, ${testBackend})`, () => {
  let peer: DingtalkPeer;
  beforeAll(async () => {
    peer = await startDingtalkPeer();
  });
  afterAll(async () => peer?.stop());

  it('connects, answers a private message, and stops cleanly on SIGTERM', async () => {
    const run = await start({
      DINGTALK_CLIENT_ID: peer.clientId,
      DINGTALK_CLIENT_SECRET: peer.clientSecret,
      DINGTALK_API_URL: peer.apiUrl,
      DINGTALK_OAPI_URL: peer.apiUrl,
    });
    const deadline = Date.now() + 50_000;
    while (peer.connections() === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(peer.connections(), run.output().stderr).toBe(1);
    await peer.say({ staffId: 'staff-cli', nick: '小周' }, '帮助');
    const [help] = await peer.waitFor('staff-cli', 1, { seconds: 20 });
    expect(help!.text).toContain('党务助手可以帮你');
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  }, 90_000);

  it('refused credentials: a Chinese message naming the settings and a non-zero exit, no hang', async () => {
    const run = await start({ DINGTALK_CLIENT_ID: peer.clientId, DINGTALK_CLIENT_SECRET: 'wrong-secret', DINGTALK_API_URL: peer.apiUrl });
    const timer = setTimeout(() => run.child.kill('SIGKILL'), 60_000);
    const code = await run.exited;
    clearTimeout(timer);
    expect(code).not.toBe(0);
    expect(code).not.toBeNull(); // exited by itself, not killed
    expect(run.output().stderr).toContain('请核对 DINGTALK_CLIENT_ID 和 DINGTALK_CLIENT_SECRET');
    expect(run.output().stderr).not.toMatch(/Unhandled|at .*\.ts:\d+/);
  }, 90_000);
});
