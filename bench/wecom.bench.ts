import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type TemplateCard, WSClient } from '@wecom/aibot-node-sdk';
import { createWecomAdapter } from '../adapters/wecom';
import { silentLogger } from '../bot/logger';
import { cardButtons, startWecomPeer, type WecomPeer, type WecomSent } from '../tests/adapters/peers/wecom';
import { ms, rssMb, summarize } from './measure';
import { createQuizBenchRuntime } from './quiz-runtime';

const USERS = Number(process.env.BENCH_WECOM_USERS ?? 20);
const ANSWERS_PER_USER = Number(process.env.BENCH_WECOM_ANSWERS ?? 25);

/**
 * Quiz answers through the 企业微信 adapter (card press → card update for the presser → core → feedback and next
 * question with aibot_send_msg) against the fake 智能机器人 gateway, USERS users answering at once, compared with a
 * bare @wecom/aibot-node-sdk echo bot (press → card update → one card with aibot_send_msg) on the same gateway in
 * the same run. Answers are not paced by the adapter (only pushes are), so neither side waits on a limiter.
 */
export async function run(): Promise<void> {
  const peer = await startWecomPeer();
  const dir = mkdtempSync(join(tmpdir(), 'dangwu-bench-wecom-'));
  try {
    const echo = await measureEcho(peer);
    const ours = await measureAdapter(peer, dir);
    const core = await measureCore(dir);
    console.log(`wecom: bare SDK echo bot        ${echo.throughput.toFixed(0)} presses/s   p50 ${ms(echo.p50)}   p99 ${ms(echo.p99)}`);
    console.log(`wecom: quiz answer via adapter  ${ours.throughput.toFixed(0)} answers/s   p50 ${ms(ours.p50)}   p99 ${ms(ours.p99)}`);
    console.log(
      `wecom: the core alone (app.handle) ${core.throughput.toFixed(0)} answers/s   p50 ${ms(core.p50)}   p99 ${ms(core.p99)}   (adapter/core ${(ours.throughput / core.throughput).toFixed(2)})`,
    );
    console.log(`wecom: throughput ratio adapter/echo = ${(ours.throughput / echo.throughput).toFixed(2)} (target ≥ 0.8)   RSS ${rssMb()}`);
  } finally {
    await peer.stop();
    rmSync(dir, { recursive: true, force: true });
  }
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

async function drive(peer: WecomPeer, prefix: string, opening: string, answerOf: (sent: WecomSent) => Press | undefined) {
  const next = frameWatcher(peer);
  const isQuestion = (sent: WecomSent) => sent.cmd !== 'aibot_respond_update_msg' && answerOf(sent) !== undefined;
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: USERS }, async (_, i) => {
      const user = `${prefix}${i}`;
      let question = next(user, isQuestion);
      peer.say({ userid: user, text: opening });
      let last = await question;
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
  peer.sent.length = 0;
  return { ...summarize(latencies), throughput: latencies.length / seconds };
}

async function measureEcho(peer: WecomPeer) {
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
    await drive(peer, 'echo-warm-', '开始', answerOf); // warm-up
    return await drive(peer, 'echo-', '开始', answerOf);
  } finally {
    client.disconnect();
  }
}

async function measureAdapter(peer: WecomPeer, dir: string) {
  const runtime = await createQuizBenchRuntime(dir, 1000, ['初级']);
  const adapter = createWecomAdapter({ app: runtime.app, log: silentLogger(), botId: peer.botId, secret: peer.secret, wsUrl: peer.wsUrl });
  await adapter.start();
  const answerOf = (sent: WecomSent) => cardButtons(sent.body).find((b) => /^q:a:/.test(b.key));
  try {
    await drive(peer, 'quiz-warm-', '练习 初级 全部', answerOf); // warm-up
    return await drive(peer, 'quiz-', '练习 初级 全部', answerOf);
  } finally {
    await adapter.stop();
    await runtime.close();
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
