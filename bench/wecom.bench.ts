import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type TemplateCard, WSClient } from '@wecom/aibot-node-sdk';
import { createWecomAdapter } from '../adapters/wecom';
import { silentLogger } from '../bot/logger';
import type { Runtime } from '../bot/runtime';
import { cardButtons, startWecomPeer, type WecomPeer, type WecomSent } from '../tests/adapters/peers/wecom';
import { combineRounds, ms, rssMb, summarize } from './measure';
import { createQuizBenchRuntime } from './quiz-runtime';

const USERS = Number(process.env.BENCH_WECOM_USERS ?? 20);
const ANSWERS_PER_USER = Number(process.env.BENCH_WECOM_ANSWERS ?? 25);

/**
 * Quiz answers through the 企业微信 adapter (card press → card update for the presser → core → feedback and next
 * question with aibot_send_msg) against the fake 智能机器人 gateway, USERS users answering at once, compared with a
 * bare @wecom/aibot-node-sdk echo bot (press → card update → one card with aibot_send_msg) on the same gateway in
 * the same run. Answers are not paced by the adapter (only pushes are), so neither side waits on a limiter. After a
 * warm-up of both, BENCH_WECOM_ROUNDS rounds alternate the two bots; CPU per press and frames per press are printed
 * for both. The adapter sends more frames per answer than the echo (the presser's card update, the feedback and
 * question as text, then the buttons in two cards: 企业微信 allows six buttons a card and a short card title), which
 * is the platform's shape of a quiz question, not overhead of ours.
 */
export async function run(): Promise<void> {
  const peer = await startWecomPeer();
  const dir = mkdtempSync(join(tmpdir(), 'dangwu-bench-wecom-'));
  const runtime = await createQuizBenchRuntime(dir, 1000, ['初级']);
  try {
    // Warm-up of both bots, then rounds that alternate them, so that a busy spell on the shared machine hurts both.
    await measureEcho(peer, 'echo-warm-');
    await measureAdapter(peer, runtime, 'quiz-warm-');
    const echo: Round[] = [];
    const ours: Round[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      echo.push(await measureEcho(peer, `echo-${round}-`));
      ours.push(await measureAdapter(peer, runtime, `quiz-${round}-`));
    }
    const core = await measureCore(dir);
    const e = combine(echo);
    const o = combine(ours);
    const perRound = ours.map((x, i) => (x.throughput / echo[i]!.throughput).toFixed(2)).join(', ');
    console.log(
      `wecom: bare SDK echo bot        ${e.throughput.toFixed(0)} presses/s   p50 ${ms(e.p50)}   p99 ${ms(e.p99)}   CPU ${ms(e.cpuMs)}/press   ${e.frames.toFixed(1)} frames/press`,
    );
    console.log(
      `wecom: quiz answer via adapter  ${o.throughput.toFixed(0)} answers/s   p50 ${ms(o.p50)}   p99 ${ms(o.p99)}   CPU ${ms(o.cpuMs)}/answer   ${o.frames.toFixed(1)} frames/answer`,
    );
    console.log(
      `wecom: the core alone (app.handle) ${core.throughput.toFixed(0)} answers/s   p50 ${ms(core.p50)}   p99 ${ms(core.p99)}   (adapter/core ${(o.throughput / core.throughput).toFixed(2)})`,
    );
    console.log(
      `wecom: throughput ratio adapter/echo = ${(o.throughput / e.throughput).toFixed(2)} (target ≥ 0.8; per round ${perRound}); CPU per press echo/adapter ${(e.cpuMs / o.cpuMs).toFixed(2)}   RSS ${rssMb()}`,
    );
  } finally {
    await runtime.close();
    await peer.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const ROUNDS = Number(process.env.BENCH_WECOM_ROUNDS ?? 3);

interface Round {
  latencies: number[];
  seconds: number;
  throughput: number;
  /** CPU time of the whole process (bot, SDK and fake gateway) per press, in ms: steadier than wall time here. */
  cpuMs: number;
  /** Frames the bot sent per press (card update, messages): the platform work each side does. */
  frames: number;
}

function combine(rounds: Round[]) {
  const { stats, weighted } = combineRounds(rounds);
  return { ...stats, cpuMs: weighted((r) => r.cpuMs), frames: weighted((r) => r.frames) };
}

/** Resolves with the next frame to a chat that satisfies the predicate (the gateway is in this process). */
function frameWatcher(peer: WecomPeer) {
  const waiting = new Map<string, (sent: WecomSent) => void>();
  peer.onSent = (sent) => waiting.get(sent.chat)?.(sent);
  return (chat: string, predicate: (sent: WecomSent) => boolean) =>
    new Promise<WecomSent>((resolve) => {
      waiting.set(chat, (sent) => {
        if (!predicate(sent)) return;
        waiting.delete(chat);
        resolve(sent);
      });
    });
}

type Press = { taskId: string; key: string };

async function drive(peer: WecomPeer, prefix: string, opening: string, answerOf: (sent: WecomSent) => Press | undefined): Promise<Round> {
  const next = frameWatcher(peer);
  const isQuestion = (sent: WecomSent) => sent.cmd !== 'aibot_respond_update_msg' && answerOf(sent) !== undefined;
  const latencies: number[] = [];
  let framesBefore = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(
    Array.from({ length: USERS }, async (_, i) => {
      const user = `${prefix}${i}`;
      let question = next(user, isQuestion);
      peer.say({ userid: user, text: opening });
      let last = await question;
      // Frames up to each user's first question are the opening's, not the presses'.
      framesBefore += peer.sent.filter((sent) => sent.chat === user).length;
      for (let n = 0; n < ANSWERS_PER_USER; n++) {
        const t = performance.now();
        question = next(user, isQuestion);
        const press = answerOf(last)!;
        peer.press({ userid: user, taskId: press.taskId, key: press.key });
        last = await question;
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const frames = peer.sent.filter((sent) => sent.chat.startsWith(prefix)).length - framesBefore;
  peer.sent.length = 0;
  return {
    latencies,
    seconds,
    throughput: latencies.length / seconds,
    cpuMs: (used.user + used.system) / 1000 / latencies.length,
    frames: frames / latencies.length,
  };
}

async function measureEcho(peer: WecomPeer, prefix: string): Promise<Round> {
  const client = new WSClient({
    botId: peer.botId,
    secret: peer.secret,
    wsUrl: peer.wsUrl,
    logger: { debug() {}, info() {}, warn() {}, error() {} },
  });
  let task = 0;
  const card = (key: string): TemplateCard => ({
    card_type: 'button_interaction',
    main_title: { title: key },
    button_list: [{ text: 'A', key }],
    task_id: `echo_${task++}`,
  });
  client.on('message.text', (frame) => void client.replyTemplateCard(frame, card('echo:A')).catch(() => undefined));
  client.on('event.template_card_event', (frame) => {
    const body = frame.body!;
    const event = body.event as { template_card_event?: { event_key?: string; task_id?: string } };
    const key = event.template_card_event?.event_key ?? 'echo:A';
    void client
      .updateTemplateCard(frame, { ...card(key), task_id: event.template_card_event?.task_id }, [body.from.userid])
      .catch(() => undefined);
    void client.sendMessage(body.chatid ?? body.from.userid, { msgtype: 'template_card', template_card: card(key) }).catch(() => undefined);
  });
  await new Promise<void>((resolve) => {
    client.once('authenticated', resolve);
    client.connect();
  });
  const answerOf = (sent: WecomSent) => cardButtons(sent.body)[0];
  try {
    return await drive(peer, prefix, '开始', answerOf);
  } finally {
    client.disconnect();
  }
}

async function measureAdapter(peer: WecomPeer, runtime: Runtime, prefix: string): Promise<Round> {
  const adapter = createWecomAdapter({ app: runtime.app, log: silentLogger(), botId: peer.botId, secret: peer.secret, wsUrl: peer.wsUrl });
  await adapter.start();
  const answerOf = (sent: WecomSent) => cardButtons(sent.body).find((b) => /^q:a:/.test(b.key));
  try {
    return await drive(peer, prefix, '练习 初级 全部', answerOf);
  } finally {
    await adapter.stop();
  }
}

/** The same answers handed to the core directly (no gateway, no SDK): the ceiling the adapter can reach. */
async function measureCore(dir: string) {
  const runtime = await createQuizBenchRuntime(join(dir, 'core'), 1000, ['初级']);
  const answerOf = (replies: Awaited<ReturnType<typeof runtime.app.handle>>) =>
    replies.flatMap((r) => r.buttons?.flat() ?? []).find((b) => /^q:a:/.test(b.data))!.data;
  const once = async (prefix: string) => {
    const latencies: number[] = [];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: USERS }, async (_, i) => {
        const from = { platform: 'wecom', sender: { id: `${prefix}${i}` }, chat: { id: `${prefix}${i}`, kind: 'private' as const } };
        let replies = await runtime.app.handle({ ...from, text: '练习 初级 全部' });
        for (let n = 0; n < ANSWERS_PER_USER; n++) {
          const t = performance.now();
          replies = await runtime.app.handle({ ...from, action: answerOf(replies) });
          latencies.push(performance.now() - t);
        }
      }),
    );
    return { ...summarize(latencies), throughput: latencies.length / ((performance.now() - started) / 1000) };
  };
  try {
    await once('core-warm-');
    return await once('core-');
  } finally {
    await runtime.close();
  }
}
