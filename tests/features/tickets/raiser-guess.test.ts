import { afterEach, describe, expect, it } from 'vitest';
import { createTicketStore } from '../../../bot/features/tickets';
import { parseTicket } from '../../../bot/features/tickets/parse';
import { createTestBot, type Speaker, type TestBot, textOf } from '../../helpers/runtime';

/**
 * A raiser read where the name's end is unsure (郑福|来说: 郑福 or 郑福来) is never recorded as sure: the dialogue
 * offers it in its question, and only a yes records it; any other answer is read as the raiser's name, as before.
 */
let bot: TestBot;
afterEach(async () => bot?.close());

const secretary: Speaker = { userId: 'me', name: '王书记', chatId: 'g1', chatKind: 'group' };
const alice: Speaker = { userId: 'alice', name: '张三', chatId: 'g1', chatKind: 'group' };
const ticket = (id: number) => createTicketStore(bot.runtime.storage).byId(id);

async function setUp(): Promise<void> {
  bot = await createTestBot(); // Monday 2026-03-02 09:00 Beijing time
  await bot.say('绑定支部 城关村党支部', secretary);
  await bot.say('订阅会议提醒', alice);
}

describe('an unsure raiser offered, not stored', () => {
  it('keeps the guess out of the raiser and offers it', () => {
    // Before: no guess kept; the dialogue asked who as if nothing had been read.
    const draft = parseTicket('民情工单 柳湾村 何长来说水渠堵了 周五前', {
      from: new Date('2026-03-04T10:00:00+08:00'),
      zone: 'Asia/Shanghai',
    });
    expect(draft.raiser).toBeUndefined();
    expect(draft.raiserGuess).toBe('何长来');
  });

  it('asks 反映人是X吗, records X on a yes, and reads another name when the member gives one', async () => {
    await setUp();
    const asked = textOf(await bot.say('民情工单 柳湾村 何长来说水渠堵了 周五前', alice));
    expect(asked).toContain('反映人是何长来吗');
    const recorded = textOf(await bot.say('是', alice));
    expect(recorded).toContain('民情工单 1 号');
    expect((await ticket(1))!.raiser_name).toBe('何长来');

    expect(textOf(await bot.say('民情工单 柳湾村 何长来说水渠又堵了 周五前', alice))).toContain('反映人是何长来吗');
    const other = textOf(await bot.say('何长', alice));
    expect(other).toContain('民情工单 2 号');
    expect((await ticket(2))!.raiser_name).toBe('何长');

    // 不是 alone: the plain question follows, not the same guess again; 不是 with a name records that name.
    expect(textOf(await bot.say('民情工单 柳湾村 何长来说水渠还堵着 周五前', alice))).toContain('反映人是何长来吗');
    const plain = textOf(await bot.say('不是', alice));
    expect(plain).not.toContain('何长来');
    expect(plain).toContain('是谁反映的');
    expect(textOf(await bot.say('何长', alice))).toContain('民情工单 3 号');
    expect((await ticket(3))!.raiser_name).toBe('何长');
    expect(textOf(await bot.say('民情工单 柳湾村 何长来说水渠堵得更厉害了 周五前', alice))).toContain('反映人是何长来吗');
    expect(textOf(await bot.say('不是，是何长', alice))).toContain('民情工单 4 号');
    expect((await ticket(4))!.raiser_name).toBe('何长');
  });
});
