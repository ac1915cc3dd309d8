import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DWClient, GATEWAY_URL, TOPIC_CARD, TOPIC_ROBOT } from 'dingtalk-stream';
import { createDingtalkAdapter } from '../adapters/dingtalk';
import { silentLogger } from '../bot/logger';
import { type DingtalkPeer, type SentMessage, startDingtalkPeer } from '../tests/adapters/peers/dingtalk';
import { ms, rssMb, summarize } from './measure';
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
 * echo; BENCH_DT_LATENCY_MS adds the round trip of a real deployment.
 */
export async function run(): Promise<void> {
  const peer = await startDingtalkPeer({ latencyMs: LATENCY_MS });
  if (LATENCY_MS > 0) console.log(`dingtalk: every open-platform call answers after ${LATENCY_MS} ms`);
  const dir = mkdtempSync(join(tmpdir(), 'dangwu-bench-dt-'));
  try {
    const echo = await measureEcho(peer);
    const ours = await measureAdapter(peer, dir);
    console.log(
      `dingtalk: bare dingtalk-stream echo bot ${echo.throughput.toFixed(0)} presses/s   p50 ${ms(echo.p50)}   p99 ${ms(echo.p99)}`,
    );
    console.log(
      `dingtalk: quiz answer via adapter       ${ours.throughput.toFixed(0)} answers/s   p50 ${ms(ours.p50)}   p99 ${ms(ours.p99)}`,
    );
    console.log(
      `dingtalk: throughput ratio adapter/echo = ${(ours.throughput / echo.throughput).toFixed(2)} (target ≥ 0.8)   RSS ${rssMb()}`,
    );
  } finally {
    await peer.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Resolves with the next message to a chat that satisfies the predicate. */
function sentWatcher(peer: DingtalkPeer) {
  const waiting = new Map<string, { test: (m: SentMessage) => boolean; resolve: (m: SentMessage) => void }>();
  peer.onSent((message) => {
    const waiter = waiting.get(message.chat);
    if (waiter?.test(message)) {
      waiting.delete(message.chat);
      waiter.resolve(message);
    }
  });
  return (chat: string, test: (m: SentMessage) => boolean) => new Promise<SentMessage>((resolve) => waiting.set(chat, { test, resolve }));
}

async function drive(
  firstUser: number,
  begin: (user: { staffId: string; nick: string }) => Promise<SentMessage>,
  press: (user: { staffId: string; nick: string }, last: SentMessage) => Promise<SentMessage>,
) {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: USERS }, async (_, i) => {
      const user = { staffId: `bench${firstUser + i}`, nick: `用户${i}` };
      let last = await begin(user);
      for (let n = 0; n < ANSWERS_PER_USER; n++) {
        const t = performance.now();
        last = await press(user, last);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { ...summarize(latencies), throughput: latencies.length / seconds };
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

async function measureEcho(peer: DingtalkPeer) {
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
    await drive(100_000, begin, press); // warm-up
    return await drive(200_000, begin, press);
  } finally {
    client.disconnect();
    release();
  }
}

async function measureAdapter(peer: DingtalkPeer, dir: string) {
  const runtime = await createQuizBenchRuntime(dir, 1000, ['初级']);
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
    await drive(300_000, begin, press); // warm-up
    return await drive(400_000, begin, press);
  } finally {
    await adapter.stop();
    await runtime.close();
  }
}
