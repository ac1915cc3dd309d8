import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as lark from '@larksuiteoapi/node-sdk';
import { loadConfig } from '../bot/config';
import type { Feature, FeatureFactory } from '../bot/core/feature';
import { silentLogger } from '../bot/logger';
import { createRuntime, type Runtime } from '../bot/runtime';
import {
  cardButtons,
  FEISHU_APP_ID,
  FEISHU_APP_SECRET,
  type FeishuPeer,
  p2pChat,
  type SentMessage,
  startFeishuPeer,
} from '../tests/adapters/peers/feishu';
import { feishuAdapterFor } from '../tests/adapters/peers/feishu-script';
import { combineRounds, ms, rssMb } from './measure';
import { createQuizBenchRuntime } from './quiz-runtime';

const USERS = Number(process.env.BENCH_FEISHU_USERS ?? 20);
const ANSWERS_PER_USER = Number(process.env.BENCH_FEISHU_ANSWERS ?? 15);

/**
 * Quiz answers through the 飞书 adapter (card press → callback answered → core → one card: the feedback joined to the next question)
 * against the fake open platform (real long connection, protobuf frames, HTTP sends), USERS users answering at
 * once, compared with a bare SDK echo bot (press → callback answered → one card) on the same fake in the same run.
 * The adapter's send pacing is off: 飞书's 1000 per minute would cap it and hide the adapter. A third bot, the same
 * core with one feature that answers a press with one card, shows what the adapter and routing cost without the
 * quiz; CPU time per press is printed too, as wall time on a shared machine swings widely.
 */
export async function run(): Promise<void> {
  const peer = await startFeishuPeer();
  const dir = mkdtempSync(join(tmpdir(), 'dangwu-bench-feishu-'));
  const runtime = await createQuizBenchRuntime(dir, 1000, ['初级']);
  // The same core with one feature that answers a press with one card, like the echo bot: what the adapter costs.
  const echoRuntime = await createRuntime({
    config: loadConfig({ DANGWU_DB: join(dir, 'echo.db') }),
    log: silentLogger(),
    features: [echoFeature],
  });
  try {
    // The machine is shared: rounds alternate between the two bots so that a busy spell hurts both alike.
    await measureEcho(peer, 100_000); // warm-up
    await measureAdapter(peer, runtime, 200_000, QUIZ);
    await measureAdapter(peer, echoRuntime, 250_000, ECHO);
    const echo: Round[] = [];
    const ours: Round[] = [];
    const relay: Round[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      echo.push(await measureEcho(peer, 300_000 + round * 10_000));
      ours.push(await measureAdapter(peer, runtime, 400_000 + round * 10_000, QUIZ));
      relay.push(await measureAdapter(peer, echoRuntime, 500_000 + round * 10_000, ECHO));
    }
    const e = combine(echo);
    const o = combine(ours);
    const r = combine(relay);
    const perRound = (side: Round[]) => side.map((x, i) => (x.throughput / echo[i]!.throughput).toFixed(2)).join(', ');
    const cpu = (x: { cpuMs: number }) => `CPU ${ms(x.cpuMs)}/press`;
    console.log(
      `feishu: bare SDK echo bot           ${e.throughput.toFixed(0)} presses/s   p50 ${ms(e.p50)}   p99 ${ms(e.p99)}   ${cpu(e)}`,
    );
    console.log(
      `feishu: quiz answer via adapter     ${o.throughput.toFixed(0)} answers/s   p50 ${ms(o.p50)}   p99 ${ms(o.p99)}   ${cpu(o)}`,
    );
    console.log(
      `feishu: echo feature via adapter    ${r.throughput.toFixed(0)} presses/s   p50 ${ms(r.p50)}   p99 ${ms(r.p99)}   ${cpu(r)}`,
    );
    console.log(
      `feishu: throughput ratio quiz via adapter/echo = ${(o.throughput / e.throughput).toFixed(2)} (target ≥ 0.8; per round ${perRound(ours)}); CPU per press echo/adapter ${(e.cpuMs / o.cpuMs).toFixed(2)}`,
    );
    console.log(
      `feishu: throughput ratio echo feature via adapter/echo = ${(r.throughput / e.throughput).toFixed(2)} (adapter and core routing without the quiz; per round ${perRound(relay)})   RSS ${rssMb()}`,
    );
  } finally {
    await runtime.close();
    await echoRuntime.close();
    await peer.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const ROUNDS = Number(process.env.BENCH_FEISHU_ROUNDS ?? 3);

interface Round {
  latencies: number[];
  seconds: number;
  throughput: number;
  /** CPU time of the whole process (bot, SDK and fake platform) per press, in ms: steadier than wall time here. */
  cpuMs: number;
}

function combine(rounds: Round[]) {
  const { stats, weighted } = combineRounds(rounds);
  return { ...stats, cpuMs: weighted((r) => r.cpuMs) };
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

async function drive(
  peer: FeishuPeer,
  firstUser: number,
  opening: string,
  isAnswerable: (m: SentMessage) => boolean,
  pick: (m: SentMessage) => string,
): Promise<Round> {
  const watcher = sentWatcher(peer);
  const latencies: number[] = [];
  const started = performance.now();
  const cpu = process.cpuUsage();
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
  const used = process.cpuUsage(cpu);
  return { latencies, seconds, throughput: latencies.length / seconds, cpuMs: (used.user + used.system) / 1000 / latencies.length };
}

async function waitForNoConnection(peer: FeishuPeer) {
  while (peer.connections() > 0) await new Promise((r) => setTimeout(r, 20));
}

async function measureEcho(peer: FeishuPeer, firstUser: number): Promise<Round> {
  const quiet = { loggerLevel: lark.LoggerLevel.error };
  const client = new lark.Client({ appId: FEISHU_APP_ID, appSecret: FEISHU_APP_SECRET, domain: peer.domain, ...quiet });
  const card = (data: string) =>
    JSON.stringify({
      elements: [
        { tag: 'div', text: { tag: 'plain_text', content: data } },
        { tag: 'action', actions: [{ tag: 'button', text: { tag: 'plain_text', content: 'A' }, value: { d: data } }] },
      ],
    });
  const sendCard = (chatId: string, data: string) =>
    client.im.v1.message.create({
      params: { receive_id_type: 'chat_id' },
      data: { receive_id: chatId, msg_type: 'interactive', content: card(data) },
    });
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
  const ws = new lark.WSClient({
    appId: FEISHU_APP_ID,
    appSecret: FEISHU_APP_SECRET,
    domain: peer.domain,
    ...quiet,
    onReady: () => ready(),
  });
  await ws.start({ eventDispatcher: dispatcher });
  await connected;
  try {
    return await drive(
      peer,
      firstUser,
      '开始',
      () => true,
      (m) => cardButtons(m)[0]!.label,
    );
  } finally {
    ws.close({ force: true });
    await waitForNoConnection(peer);
  }
}

interface Script {
  opening: string;
  answerable(message: SentMessage): boolean;
  pick(message: SentMessage): string;
}

const QUIZ: Script = {
  opening: '练习 初级 全部',
  answerable: (m) => cardButtons(m).some((b) => /^q:a:/.test(b.value.d)),
  pick: (m) => cardButtons(m).find((b) => /^q:a:/.test(b.value.d))!.label,
};
const ECHO: Script = { opening: '开始', answerable: (m) => cardButtons(m).length > 0, pick: (m) => cardButtons(m)[0]!.label };

const echoFeature: FeatureFactory = (): Feature => ({
  name: 'echo',
  actionPrefix: 'echo',
  onText(ctx) {
    ctx.reply({ text: 'echo:A', buttons: [[{ label: 'A', data: 'echo:A' }]] });
    return true;
  },
  onAction: (ctx, data) => ctx.reply({ text: data, buttons: [[{ label: 'A', data }]] }),
});

async function measureAdapter(peer: FeishuPeer, runtime: Runtime, firstUser: number, script: Script): Promise<Round> {
  const adapter = feishuAdapterFor(runtime.app, peer);
  await adapter.start();
  try {
    return await drive(peer, firstUser, script.opening, script.answerable, script.pick);
  } finally {
    await adapter.stop();
    await waitForNoConnection(peer);
  }
}
