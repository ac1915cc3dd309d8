import { describe, expect, it } from 'vitest';
import { judge, sameHolder } from '../../scripts/eval/tickets.eval';

/**
 * The 民情工单 eval's verdict on the place: the 村/社区 is what is judged, with or without the levels above it (县, 镇,
 * 街道) and its 组, estate or building below.
 */
describe('tickets judge', () => {
  const item = (text: string, place: string) => ({
    id: 'x',
    text,
    expected: { raiser: '孔大爷', place, content: ['路灯'], due: '2026-03-31' },
  });

  it('takes the estate with or without a building after it as the same place', () => {
    expect(judge(item('民情工单 柳树社区 三号楼 孔大爷 反映路灯坏了 月底前', '柳树社区')).fields.place).toBe(true);
    expect(judge(item('民情工单 柳树社区3号楼 孔大爷 反映路灯坏了 月底前', '柳树社区3号楼')).fields.place).toBe(true);
    expect(judge(item('民情工单 柳树村2组 孔大爷 反映路灯坏了 月底前', '柳树村')).fields.place).toBe(true);
  });

  it('judges at the 村/社区 level: the 县, 镇, 乡, 区 or 街道 written before it is the same place', () => {
    // Written with the levels above, expected without them.
    expect(judge(item('民情工单 青石县白沙镇柳树村 孔大爷 反映路灯坏了 月底前', '柳树村')).fields.place).toBe(true);
    expect(judge(item('民情工单 南明区 花果园街道 柳树社区 孔大爷 反映路灯坏了 月底前', '柳树社区')).fields.place).toBe(true);
    // Expected with them, written without them.
    expect(judge(item('民情工单 柳树村 孔大爷 反映路灯坏了 月底前', '白沙镇柳树村')).fields.place).toBe(true);
    expect(judge(item('民情工单 柳树村3组 孔大爷 反映路灯坏了 月底前', '白沙乡柳树村')).fields.place).toBe(true);
    // An estate in the community, with its building: below the community, the same place.
    expect(judge(item('民情工单 柳树社区金桂小区5栋 孔大爷 反映路灯坏了 月底前', '柳树社区')).fields.place).toBe(true);
    // A 网格 inside the community, like the 组 of a village.
    expect(judge(item('民情工单 柳树社区第2网格 孔大爷 反映路灯坏了 月底前', '柳树社区')).fields.place).toBe(true);
    expect(judge(item('民情工单 柳树社区 孔大爷 反映路灯坏了 月底前', '柳树社区第2网格')).fields.place).toBe(true);
  });

  it('still tells one place from another', () => {
    expect(judge(item('民情工单 柳树社区 三号楼 孔大爷 反映路灯坏了 月底前', '桃园社区')).fields.place).toBe(false);
    // The same village name under another town is still judged by the village: a different village is not.
    expect(judge(item('民情工单 白沙镇柳树村 孔大爷 反映路灯坏了 月底前', '白沙镇桃园村')).fields.place).toBe(false);
    // A street office alone is not the community in it.
    expect(judge(item('民情工单 花果园街道 孔大爷 反映路灯坏了 月底前', '柳树社区')).fields.place).toBe(false);
    // A 网格 is its own place, not the community it is in.
    expect(judge(item('民情工单 柳树社区第2网格 孔大爷 反映路灯坏了 月底前', '桃园社区第2网格')).fields.place).toBe(false);
  });

  it('counts a place question as asking nothing for writers whose brief could not name it, and as asks place since', () => {
    const placeless = {
      id: 'y',
      text: '民情工单 孔大爷 反映路灯坏了 月底前',
      expected: { raiser: '孔大爷', content: ['路灯'], due: '2026-03-31' },
    };
    expect(judge(placeless, { placeAskable: false }).fields.asks).toBe(true);
    expect(judge(placeless, { placeAskable: true }).fields.asks).toBe(false);
    expect(judge({ ...placeless, asks: 'place' as const }, { placeAskable: true }).fields.asks).toBe(true);
  });

  it('takes a holder with or without the post or unit before the name as the same person, and a bare post as nobody', () => {
    expect(sameHolder('物业刘经理', '刘经理')).toBe(true);
    expect(sameHolder('小吴', '网格员小吴')).toBe(true);
    expect(sameHolder('谢站长', '镇农业站谢站长')).toBe(true);
    expect(sameHolder('刘经理', '刘经理')).toBe(true);
    expect(sameHolder(undefined, undefined)).toBe(true);
    expect(sameHolder('经理', '物业刘经理')).toBe(false);
    expect(sameHolder('张经理', '物业刘经理')).toBe(false);
    expect(sameHolder(undefined, '刘经理')).toBe(false);
    expect(sameHolder('刘经理', undefined)).toBe(false);
  });
});
