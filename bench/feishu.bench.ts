import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as lark from '@larksuiteoapi/node-sdk';
import { createFeishuAdapter } from '../adapters/feishu';
import { silentLogger } from '../bot/logger';
import { cardButtons, FEISHU_APP_ID, FEISHU_APP_SECRET, p2pChat, startFeishuPeer, type FeishuPeer, type SentMessage } from '../tests/adapters/peers/feishu';
import { ms, rssMb, summarize } from './measure';
import { createQuizBenchRuntime } from './quiz-runtime';

const USERS = Number(process.env.BENCH_FEISHU_USERS ?? 20);
const ANSWERS_PER_USER = Number(process.env.BENCH_FEISHU_ANSWERS ?? 25);

/**
 * Quiz answers through the 飞书 adapter (card press → callback answered → core → feedback and next question card)
 * against the fake open platform (real long connection, protobuf frames, HTTP sends), USERS users answering at
 * once, compared with a bare SDK echo bot (press → callback answered → one card) on the same fake in the same run.
 * The adapter's send pacing is off: 飞书's 1000 per minute would cap it and hide the adapter.
 */
export async function run(): Promise<void> {
  const peer = await startFeishuPeer();
  const dir = mkdtempSync(join(tmpdir(), 'dangwu-bench-feishu-'));
  try {
    const echo = await measureEcho(peer);
    const ours = await measureAdapter(peer, dir);
    console.log(`feishu: bare SDK echo bot         ${echo.throughput.toFixed(0)} presses/s   p50 ${ms(echo.p50)}   p99 ${ms(echo.p99)}`);
    console.log(`feishu: quiz answer via adapter   ${ours.throughput.toFixed(0)} answers/s   p50 ${ms(ours.p50)}   p99 ${ms(ours.p99)}`);
    console.log(`feishu: throughput ratio adapter/echo = ${(ours.throughput / echo.throughput).toFixed(2)} (target ≥ 0.8)   RSS ${rssMb()}`);
  } finally {
    await peer.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Resolves with the next message to a chat that satisfies the predicate. */
function sentWatcher(peer: FeishuPeer) {
  const waiting = new Map<string, (message: SentMessage) => void>();
  const listener = (message: SentMessage) => waiting.get(message.receive_id)?.(message);
  peer.onSent.add(listener);
  const next = (chat: string, predicate: (message: SentMessage) => boolean) =>
    new Promise<SentMessage>((resolve) => {
      waiting.set(chat, (message) => {
        if (!predicate(message)) return;
        waiting.delete(chat);
        resolve(message);
      });
    });
  return { next, close: () => peer.onSent.delete(listener) };
}

async function drive(peer: FeishuPeer, firstUser: number, opening: string, isAnswerable: (m: SentMessage) => boolean, pick: (m: SentMessage) => string) {
  const watcher = sentWatcher(peer);
  const latencies: number[] = [];
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: USERS }, async (_, i) => {
        const user = `ou_bench${firstUser + i}`;
        const chat = p2pChat(user);
        const first = watcher.next(chat, isAnswerable);
        await peer.sendText({ user, text: opening });
        let last = await first;
        for (let n = 0; n < ANSWERS_PER_USER; n++) {
          const t = performance.now();
          const reply = watcher.next(chat, isAnswerable);
          await peer.press({ user, message: last, label: pick(last) });
          last = await reply;
          latencies.push(performance.now() - t);
        }
      }),
    );
  } finally {
    watcher.close();
  }
  const seconds = (performance.now() - started) / 1000;
  return { ...summarize(latencies), throughput: latencies.length / seconds };
}

async function waitForNoConnection(peer: FeishuPeer) {
  while (peer.connections() > 0) await new Promise((r) => setTimeout(r, 20));
}

async function measureEcho(peer: FeishuPeer) {
  const quiet = { loggerLevel: lark.LoggerLevel.error };
  const client = new lark.Client({ appId: FEISHU_APP_ID, appSecret: FEISHU_APP_SECRET, domain: peer.domain, ...quiet });
  const card = (data: string) => JSON.stringify({ elements: [{ tag: 'div', text: { tag: 'plain_text', content: data } }, { tag: 'action', actions: [{ tag: 'button', text: { tag: 'plain_text', content: 'A' }, value: { d: data } }] }] });
  const sendCard = (chatId: string, data: string) =>
    client.im.v1.message.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: chatId, msg_type: 'interactive', content: card(data) } });
  const dispatcher = new lark.EventDispatcher(quiet).register<{ 'card.action.trigger': (data: any) => unknown }>({
    'im.message.receive_v1': (data) => {
      void sendCard(data.message.chat_id, 'echo:A');
    },
    'card.action.trigger': (data) => {
      void sendCard(data.context.open_chat_id, data.action.value.d);
      return {};
    },
  });
  let ready!: () => void;
  const connected = new Promise<void>((resolve) => (ready = resolve));
  const ws = new lark.WSClient({ appId: FEISHU_APP_ID, appSecret: FEISHU_APP_SECRET, domain: peer.domain, ...quiet, onReady: () => ready() });
  await ws.start({ eventDispatcher: dispatcher });
  await connected;
  try {
    const any = () => true;
    const first = (m: SentMessage) => cardButtons(m)[0]!.label;
    await drive(peer, 500_000, '开始', any, first); // warm-up
    return await drive(peer, 600_000, '开始', any, first);
  } finally {
    ws.close({ force: true });
    await waitForNoConnection(peer);
  }
}

async function measureAdapter(peer: FeishuPeer, dir: string) {
  const runtime = await createQuizBenchRuntime(dir, 1000, ['初级']);
  const adapter = createFeishuAdapter({ app: runtime.app, log: silentLogger(), appId: FEISHU_APP_ID, appSecret: FEISHU_APP_SECRET, domain: peer.domain, throttle: false });
  await adapter.start();
  const isQuestion = (m: SentMessage) => cardButtons(m).some((b) => /^q:a:/.test(b.value.d));
  const answer = (m: SentMessage) => cardButtons(m).find((b) => /^q:a:/.test(b.value.d))!.label;
  try {
    await drive(peer, 700_000, '练习 初级 全部', isQuestion, answer); // warm-up
    return await drive(peer, 800_000, '练习 初级 全部', isQuestion, answer);
  } finally {
    await adapter.stop();
    await runtime.close();
    await waitForNoConnection(peer);
  }
}
