import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DWClient, GATEWAY_URL, TOPIC_CARD, TOPIC_ROBOT } from 'dingtalk-stream';
import { createDingtalkAdapter } from '../adapters/dingtalk';
import { silentLogger } from '../bot/logger';
import type { Runtime } from '../bot/runtime';
import { type DingtalkPeer, type SentMessage, startDingtalkPeer } from '../tests/adapters/peers/dingtalk';
import { combineRounds, ms, rssMb } from './measure';
import { createQuizBenchRuntime } from './quiz-runtime';

const USERS = Number(process.env.BENCH_DT_USERS ?? 20);
const ANSWERS_PER_USER = Number(process.env.BENCH_DT_ANSWERS ?? 25);
/** Optional delay on every HTTP answer of the fake, as the network to api.dingtalk.com would add (default 0). */
const LATENCY_MS = Number(process.env.BENCH_DT_LATENCY_MS ?? 0);

/**
 * Quiz answers through the 钉钉 adapter (card press on the stream → ack → core → feedback through the robot API and
 * the next question as a new card) against the fake open platform, with USERS users answering at once, compared
 * with a bare dingtalk-stream echo bot (press → ack → one card with a button) on the same fake in the same run.
 * Our push throttle is off: 钉钉's limits would cap both and hide the adapter. With no latency (the default) both are
 * CPU-bound on this machine, so the ratio is the CPU an answer costs (the core's SQLite work included) against an
 * echo; BENCH_DT_LATENCY_MS adds the round trip of a real deployment. After a warm-up of both, BENCH_DT_ROUNDS rounds
 * alternate the two bots (a busy spell on the shared machine hurts both alike); process CPU per press is printed
 * beside wall time, and the ratio of the two, as wall time here swings with the other work on the machine.
 */
export async function run(): Promise<void> {
  const peer = await startDingtalkPeer({ latencyMs: LATENCY_MS });
  if (LATENCY_MS > 0) console.log(`dingtalk: every open-platform call answers after ${LATENCY_MS} ms`);
  const dir = mkdtempSync(join(tmpdir(), 'dangwu-bench-dt-'));
  const runtime = await createQuizBenchRuntime(dir, 1000, ['初级']);
  try {
    // Warm-up of both bots, then rounds that alternate them, so that a busy spell on the shared machine hurts both.
    await measureEcho(peer, 100_000);
    await measureAdapter(peer, runtime, 200_000);
    const echo: Round[] = [];
    const ours: Round[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      echo.push(await measureEcho(peer, 300_000 + round * 10_000));
      ours.push(await measureAdapter(peer, runtime, 400_000 + round * 10_000));
    }
    const e = combine(echo);
    const o = combine(ours);
    const perRound = ours.map((x, i) => (x.throughput / echo[i]!.throughput).toFixed(2)).join(', ');
    console.log(
      `dingtalk: bare dingtalk-stream echo bot ${e.throughput.toFixed(0)} presses/s   p50 ${ms(e.p50)}   p99 ${ms(e.p99)}   CPU ${ms(e.cpuMs)}/press`,
    );
    console.log(
      `dingtalk: quiz answer via adapter       ${o.throughput.toFixed(0)} answers/s   p50 ${ms(o.p50)}   p99 ${ms(o.p99)}   CPU ${ms(o.cpuMs)}/answer`,
    );
    console.log(
      `dingtalk: throughput ratio adapter/echo = ${(o.throughput / e.throughput).toFixed(2)} (target ≥ 0.8; per round ${perRound}); CPU per press echo/adapter ${(e.cpuMs / o.cpuMs).toFixed(2)}; open-platform calls per answer ${o.calls.toFixed(1)}, per echo press ${e.calls.toFixed(1)}   RSS ${rssMb()}`,
    );
  } finally {
    await runtime.close();
    await peer.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const ROUNDS = Number(process.env.BENCH_DT_ROUNDS ?? 3);

interface Round {
  latencies: number[];
  seconds: number;
  throughput: number;
  /** CPU time of the whole process (bot, SDK and fake platform) per press, in ms: steadier than wall time here. */
  cpuMs: number;
  /** Messages the fake platform received per press (cards and texts), to show both sides do the same work. */
  calls: number;
}

function combine(rounds: Round[]) {
  const { stats, weighted } = combineRounds(rounds);
  return { ...stats, cpuMs: weighted((r) => r.cpuMs), calls: weighted((r) => r.calls) };
}

/** Resolves with the next message to a chat that satisfies the predicate. */
function sentWatcher(peer: DingtalkPeer) {
  const waiting = new Map<string, { test: (m: SentMessage) => boolean; resolve: (m: SentMessage) => void }>();
  const close = peer.onSent((message) => {
    const waiter = waiting.get(message.chat);
    if (waiter?.test(message)) {
      waiting.delete(message.chat);
      waiter.resolve(message);
    }
  });
  const next = (chat: string, test: (m: SentMessage) => boolean) =>
    new Promise<SentMessage>((resolve) => waiting.set(chat, { test, resolve }));
  return Object.assign(next, { close });
}

async function drive(
  peer: DingtalkPeer,
  firstUser: number,
  begin: (user: { staffId: string; nick: string }) => Promise<SentMessage>,
  press: (user: { staffId: string; nick: string }, last: SentMessage) => Promise<SentMessage>,
): Promise<Round> {
  const latencies: number[] = [];
  // Messages to a user's chat once their opening reply is in: what the presses cost the platform.
  let sent = 0;
  const begun = new Set<string>();
  const stopCounting = peer.onSent((message) => {
    if (begun.has(message.chat)) sent++;
  });
  const started = performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(
    Array.from({ length: USERS }, async (_, i) => {
      const user = { staffId: `bench${firstUser + i}`, nick: `用户${i}` };
      let last = await begin(user);
      begun.add(user.staffId);
      for (let n = 0; n < ANSWERS_PER_USER; n++) {
        const t = performance.now();
        last = await press(user, last);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  stopCounting();
  return {
    latencies,
    seconds,
    throughput: latencies.length / seconds,
    cpuMs: (used.user + used.system) / 1000 / latencies.length,
    calls: sent / latencies.length,
  };
}

async function waitConnected(peer: DingtalkPeer, before: number) {
  const deadline = Date.now() + 10_000;
  while (peer.opened() === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
}

/**
 * The SDK posts to its hard-coded https://api.dingtalk.com gateway: inside this process only, its axios is
 * pointed at the fake on 127.0.0.1 (nothing leaves loopback). The adapter itself takes the address as a setting.
 */
async function interceptGateway(peer: DingtalkPeer): Promise<() => void> {
  const sdkAxios = await sdkOwnAxios();
  const id = sdkAxios.interceptors.request.use((config: { url?: string }) => {
    if (config.url === GATEWAY_URL) config.url = `${peer.apiUrl}/v1.0/gateway/connections/open`;
    return config;
  });
  return () => sdkAxios.interceptors.request.eject(id);
}

/** The axios instance the SDK's ESM build imports: its own nested copy when npm keeps one, else the hoisted one. */
async function sdkOwnAxios(): Promise<any> {
  const nested = new URL('../node_modules/axios/index.js', import.meta.resolve('dingtalk-stream'));
  const module = await import(nested.href).catch(() => import('axios'));
  return module.default;
}

async function measureEcho(peer: DingtalkPeer, firstUser: number): Promise<Round> {
  const release = await interceptGateway(peer);
  const client = new DWClient({ clientId: peer.clientId, clientSecret: peer.clientSecret, keepAlive: true });
  const tokenAnswer = await fetch(`${peer.apiUrl}/v1.0/oauth2/accessToken`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ appKey: peer.clientId, appSecret: peer.clientSecret }),
  });
  const { accessToken } = (await tokenAnswer.json()) as { accessToken: string };
  let n = 0;
  const card = (staffId: string) =>
    fetch(`${peer.apiUrl}/v1.0/card/instances/createAndDeliver`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-acs-dingtalk-access-token': accessToken },
      body: JSON.stringify({
        cardTemplateId: 'echo',
        outTrackId: `echo${++n}`,
        callbackType: 'STREAM',
        openSpaceId: `dtv1.card//IM_ROBOT.${staffId}`,
        imRobotOpenDeliverModel: { spaceType: 'IM_ROBOT' },
        cardData: {
          cardParamMap: {
            markdown: '回声',
            sys_full_json_obj: JSON.stringify({ msgButtons: [{ text: 'A', id: 'echo:A', request: true }] }),
          },
        },
      }),
    }).then((r) => r.json());
  client.registerCallbackListener(TOPIC_ROBOT, (frame) => {
    client.socketCallBackResponse(frame.headers.messageId, {});
    void card(JSON.parse(frame.data).senderStaffId);
  });
  client.registerCallbackListener(TOPIC_CARD, (frame) => {
    client.socketCallBackResponse(frame.headers.messageId, {});
    void card(JSON.parse(frame.data).userId);
  });
  const before = peer.opened();
  await client.connect();
  await waitConnected(peer, before);
  const next = sentWatcher(peer);
  try {
    const begin = async (user: { staffId: string; nick: string }) => {
      const reply = next(user.staffId, () => true);
      await peer.say(user, '开始');
      return reply;
    };
    const press = async (user: { staffId: string; nick: string }, last: SentMessage) => {
      const reply = next(user.staffId, () => true);
      await peer.press(user, last, 'A');
      return reply;
    };
    return await drive(peer, firstUser, begin, press);
  } finally {
    next.close();
    client.disconnect();
    release();
  }
}

async function measureAdapter(peer: DingtalkPeer, runtime: Runtime, firstUser: number): Promise<Round> {
  const adapter = createDingtalkAdapter({
    app: runtime.app,
    log: silentLogger(),
    clientId: peer.clientId,
    clientSecret: peer.clientSecret,
    apiUrl: peer.apiUrl,
    oapiUrl: peer.apiUrl,
    throttle: false,
  });
  await adapter.start();
  const next = sentWatcher(peer);
  const isQuestion = (m: SentMessage) => m.buttons.some((b) => /^q:a:/.test(b.id));
  try {
    const begin = async (user: { staffId: string; nick: string }) => {
      const question = next(user.staffId, isQuestion);
      await peer.say(user, '练习 初级 全部');
      return question;
    };
    const press = async (user: { staffId: string; nick: string }, last: SentMessage) => {
      const question = next(user.staffId, isQuestion);
      await peer.press(user, last, (b) => /^q:a:/.test(b.id));
      return question;
    };
    return await drive(peer, firstUser, begin, press);
  } finally {
    next.close();
    await adapter.stop();
  }
}
