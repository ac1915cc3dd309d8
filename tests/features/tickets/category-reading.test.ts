import { describe, expect, it } from 'vitest';
import { guessCategory, readCategory } from '../../../bot/features/tickets/category';
import { readMatter } from '../../../bot/features/tickets/category-reading';
import { parseTicket } from '../../../bot/features/tickets/parse';

const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

// Sentences of our own, none from an eval set or the generator: matters whose words no keyword list holds, read by
// the thing they are about and what happened to it (category-reading.ts), and matters too thin to be sure of.

describe('the category read from the matter’s structure', () => {
  it('finds the kind of a matter in words no keyword list holds', () => {
    const cases: [string, string][] = [
      ['水塔的浮球阀卡住了，楼上几层都没压力', '基础设施'],
      ['电缆沟的盖板被偷走好几块', '基础设施'],
      ['家里娃娃出麻疹了', '医疗'],
      ['孙女哮喘犯了，喷雾用完了', '医疗'],
      ['她男人在搅拌厂开铲车，三个月的劳务费一直欠着', '就业社保'],
      ['河滩上堆了几堆废渣', '环境'],
    ];
    for (const [said, category] of cases) {
      // Before the reading, none of these had a keyword: all were 其他.
      expect(guessCategory(said), said).toBe('其他');
      expect(readCategory(said).category, said).toBe(category);
    }
  });

  it('reads a noun the lexicon lacks by its last character, and a way of selling (销路) as no road', () => {
    expect(readMatter('排污阀').scores.基础设施).toBeGreaterThan(0);
    expect(readMatter('今年的橘子销路不好').scores.基础设施).toBe(0);
  });

  it('counts a thing people fall out over as a dispute only when someone is at odds over it', () => {
    expect(readCategory('老宅子的房产证丢了想补办').category).toBe('其他');
    expect(readCategory('兄弟俩为老宅吵翻了').category).toBe('矛盾纠纷');
  });

  it('is not sure on one word alone, on nothing, or on keywords split between two kinds', () => {
    expect(readCategory('家里娃娃出麻疹了').sure).toBe(false);
    expect(readCategory('想给社区捐一批旧衣服')).toEqual({ category: '其他', sure: false });
    expect(readCategory('公厕太脏没人打扫').sure).toBe(false);
    expect(readCategory('村东头那座木桥的桥墩朽了')).toEqual({ category: '基础设施', sure: true });
  });

  it('marks the draft’s category unsure only when it was guessed on thin evidence', () => {
    expect(read('民情工单 杏林村 汤大爷 反映家里娃娃出麻疹了 明天').categoryUnsure).toBe(true);
    expect(read('民情工单 杏林村 汤大爷 反映村口路灯坏了 明天').categoryUnsure).toBeUndefined();
    expect(read('民情工单 杏林村 汤大爷 反映家里娃娃出麻疹了 类别：医疗 明天').categoryUnsure).toBeUndefined();
  });
});
