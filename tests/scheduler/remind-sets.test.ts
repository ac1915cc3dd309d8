import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isHeldOut, judgeReply, leftTime, type RemindVerdict, readSets, TUNING } from '../../scripts/eval/remind.eval';
import { createTestBot, type TestBot } from '../helpers/runtime';

/**
 * The writers' 提醒我 phrases the parser was tuned on, through the whole chat (as `npm run eval -- remind` runs them):
 * none may be half-read or read as other dates. Held-out writers' sets are the eval's to report, not this test's.
 */
describe('提醒我: the tuning writers’ phrases through the chat are never half-read nor wrong', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await createTestBot();
  });
  afterAll(async () => bot?.close());

  const tuning = readSets().filter((set) => TUNING.has(set.writer));

  it('tunes on the seven writers read so far; a writer not listed (a new set) is held out', () => {
    expect(tuning.map((set) => set.writer).sort()).toEqual(['cunwei', 'laozhou', 'lead', 'wangge', 'wanglaoshi', 'xiaodong', 'xiaolin']);
    expect(isHeldOut('guifen')).toBe(true);
    expect(isHeldOut('xiaolin')).toBe(false);
  });

  it.each(tuning.map((set) => [set.writer, set.items] as const))('%s', async (_writer, items) => {
    const misses: string[] = [];
    const counts: Record<RemindVerdict, number> = { right: 0, asked: 0, 'half-read': 0, wrong: 0 };
    for (const [i, item] of items.entries()) {
      bot.clock.set(item.from);
      const as = { userId: `w${_writer}${i}` };
      const { verdict, got } = judgeReply(item, await bot.say(item.text, as));
      counts[verdict]++;
      if (verdict === 'half-read' || verdict === 'wrong') misses.push(`${item.text} → ${got}`);
      await bot.say('取消', as);
    }
    expect(misses).toEqual([]);
    expect(counts['half-read'] + counts.wrong).toBe(0);
  });
});

describe('the judge of 提醒我 replies', () => {
  it('counts time words left at the start or inside the matter as half-read, and other wording as the writer’s', () => {
    expect(leftTime('0日上午9点 开会', '开会')).toBe(true);
    expect(leftTime('嘅25号 上午十点 交党费统计', '交党费统计')).toBe(true);
    expect(leftTime('pm 去街道拎资料', '去街道拎资料')).toBe(true);
    expect(leftTime('交材料 下午3点', '交材料')).toBe(true);
    expect(leftTime('上', '开会')).toBe(true);
    // Paraphrase and typos of the writer are not time: 去看看 for 看, 再 typed for 在.
    expect(leftTime('去看看杨大娘家的机井修好木有', '看杨大娘家机井修好没有')).toBe(false);
    expect(leftTime('再村部开支委会', '在村部开支委会')).toBe(false);
    expect(leftTime('通知周五下午3点开会', '通知周五下午3点开会')).toBe(false);
    // The writer shortened the member's words (看一眼 → 看, 打个电话问问 → 打电话问): still the matter, whole.
    expect(leftTime('看一眼班组群里的通知', '看班组群里的通知')).toBe(false);
    expect(leftTime('给在外地打工的流动党员小孙打个电话问问党费咋交的', '给流动党员小孙打电话问党费')).toBe(false);
    // …but a word left out that is a clock or a date is a leftover time.
    expect(leftTime('给在3号打工的小孙打电话', '给小孙打电话')).toBe(true);
    expect(leftTime('看晌午班组群', '看班组群')).toBe(true);
  });
});
