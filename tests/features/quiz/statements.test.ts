import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { FeishuAdapter } from '../../../adapters/feishu';
import { END } from '../../../bot/core/messenger-store';
import { createHelpFeature } from '../../../bot/features/help';
import { quizFeature } from '../../../bot/features/quiz';
import { memorySource, type QuizQuestion } from '../../../bot/features/quiz/bank';
import { cardButtons, type FeishuPeer, p2pChat, type SentMessage, startFeishuPeer } from '../../adapters/peers/feishu';
import { feishuAdapterFor } from '../../adapters/peers/feishu-script';
import { testBackend } from '../../helpers/database';
import { createTestBot, type TestBot } from '../../helpers/runtime';

/** Single-choice questions only: every card is answered by one press or one typed letter. */
const bank = memorySource(
  Array.from(
    { length: 40 },
    (_, i): QuizQuestion => ({
      id: `s${i}`,
      type: '单选',
      stem: `第 ${i} 道题的题干（）。`,
      options: ['甲', '乙', '丙', '丁'],
      answer: 'ABCD'[i % 4]!,
      explanation: '解析',
      level: '初级',
      topic: '党员',
      source: 'test',
    }),
  ),
);

const answerButton = (b: { value: { d: string } }) => /^q:a:/.test(b.value.d);
const answerable = (m: SentMessage) => cardButtons(m).some(answerButton);

/**
 * The statements one quiz answer sends to PostgreSQL, from the event's arrival to its turn's end, counted at pg's
 * client (every layer above included), through the real 飞书 adapter: what each answer costs the server, pinned so
 * it cannot creep back. A press: the chat queue entry, the turn's claim, the session read (with its notebook row
 * and the pending state), the answer's one write, the turn's end. A typed letter: the same and the router's state
 * read and the pending answer's session read.
 */
describe.skipIf(testBackend !== 'postgres')('statements per quiz answer on PostgreSQL', () => {
  let peer: FeishuPeer | undefined;
  let bot: TestBot | undefined;
  let adapter: FeishuAdapter | undefined;
  const send = pg.Client.prototype.query;

  afterEach(async () => {
    pg.Client.prototype.query = send;
    await adapter?.stop();
    await bot?.close();
    await peer?.stop();
    peer = bot = adapter = undefined;
  });

  it('a pressed answer takes 5 statements, and so does a typed letter (飞书 presses its button)', async () => {
    const counted: string[] = [];
    let counting = false;
    /** Turns ended so far: each event's last statement is its turn's end. */
    let ended = 0;
    pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
      const query = args[0] as string | { text: string };
      const text = typeof query === 'string' ? query : query.text;
      if (counting) counted.push(text.replace(/\s+/g, ' ').trim().slice(0, 80));
      if (text === END) ended++;
      return (send as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof send;
    peer = await startFeishuPeer();
    bot = await createTestBot({ features: [createHelpFeature, quizFeature({ source: () => bank })] });
    adapter = feishuAdapterFor(bot.runtime.app, peer);
    await adapter.start();
    const fake = peer;
    const user = 'ou_statements';
    const chat = p2pChat(user);
    const mine = (m: SentMessage) => m.receive_id === chat;
    let events = 0;
    let last: SentMessage | undefined;
    /** The statements of one event, from its arrival to its turn's end (which comes after the reply went out). */
    async function statementsOf(act: () => Promise<unknown>): Promise<string[]> {
      counted.length = 0;
      counting = true;
      events++;
      const sent = fake.sent.filter(mine).length;
      await act();
      await fake.waitForSent(sent + 1, mine);
      for (let waited = 0; ended < events && waited < 5_000; waited += 10) await new Promise((r) => setTimeout(r, 10));
      counting = false;
      // The next question's card (a wrong answer's feedback may go out before it).
      last = fake.sent.filter(mine).findLast(answerable);
      return [...counted];
    }
    const label = () => cardButtons(last!).find(answerButton)!.label;
    await statementsOf(() => fake.sendText({ user, text: '练习 初级 全部' }));
    // The first answer writes the user's and chat's rows; the pin is on the ones after.
    await statementsOf(() => fake.press({ user, message: last!, label: label() }));
    for (let i = 0; i < 4; i++) expect(await statementsOf(() => fake.press({ user, message: last!, label: label() }))).toHaveLength(5);
    for (let i = 0; i < 3; i++) expect(await statementsOf(() => fake.sendText({ user, text: label() }))).toHaveLength(5);
  });
});
