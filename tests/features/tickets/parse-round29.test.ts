import { describe, expect, it } from 'vitest';
import { missingOf, parseTicket } from '../../../bot/features/tickets/parse';

// Wednesday 2026-03-04, 10:00 Beijing time. Wordings of our own: Tibetan names glued to the matter or after a role, the
// one who came to say it named after 是, a spouse who came for the one it befell, who saw it, and whom the member told.
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('Tibetan names as who raised it, wherever they stand', () => {
  it('reads one given name with the kin word it is called by, not cut at a surname-like second character', () => {
    expect(read('民情工单 曲登村五组 卓嘎阿爸讲 家里牦牛丢了两头 周五前帮他找').raiser).toBe('卓嘎阿爸');
    expect(read('民情工单 曲登村二组 德吉阿婆的医保卡丢了 我明天陪她去补办').raiser).toBe('德吉阿婆');
  });

  it('reads two given names as the full name, glued to the matter or before a kin word', () => {
    expect(read('民情工单 曲登村三组 老人扎西顿珠腿摔了 我后天带村医去')).toMatchObject({ raiser: '扎西顿珠', content: '腿摔了' });
    expect(read('曲登村一组索朗卓玛阿妈 低保没批下来 我周五前去乡里问')).toMatchObject({
      raiser: '索朗卓玛',
      content: '低保没批下来 我 去乡里问',
    });
  });

  it('knows 康巴 names (四郎, 降措) and a group head or a young person said before the name', () => {
    expect(read('记一下 曲登村四组青年四郎想学驾驶 问有没有补贴 我下周一前问人社所').raiser).toBe('四郎');
    expect(read('然乌村二组水渠冲坏了 二组组长洛桑反映的 我明天去看').raiser).toBe('洛桑');
  });
});

describe('who holds it', () => {
  it('reads the one the member told who promised haste, and asks for the day', () => {
    const draft = read('东湖村三组 李大爷反映水渠堵了 我跟水管员老周讲了 他讲尽快去通');
    expect(draft.holder).toBe('老周');
    expect(draft.due).toBeUndefined();
    expect(missingOf(draft)).toBe('due');
  });
});

describe('who came to say it, named some other way', () => {
  it('reads the one named after 来讲的是', () => {
    expect(read('三组几户人家讲收购价太低 带头来讲的是李国富 我后天去镇上问').raiser).toBe('李国富');
  });

  it('reads a spouse who came to the member, and leaves the coming out of the matter', () => {
    const draft = read('东湖村 他老公刘建国在工地摔伤了 他老婆王秀英来找我 我周五前去问劳动所');
    expect(draft.raiser).toBe('王秀英');
    expect(draft.content).not.toContain('来找我');
  });

  it('reads the one who saw it, said as a clause of its own', () => {
    expect(read('东湖村村口垃圾堆了一周没人清 李婶看到的 我明天叫保洁员去清')).toMatchObject({
      raiser: '李婶',
      content: '村口垃圾堆了一周没人清',
    });
  });

  it('never takes the one the member told for who raised it', () => {
    expect(read('东湖村饭店油烟熏到居民家 我跟饭店老板周国强讲了 他讲月底前装净化器').raiser).toBeUndefined();
  });
});
