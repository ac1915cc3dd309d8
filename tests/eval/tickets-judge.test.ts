import { describe, expect, it } from 'vitest';
import { judge } from '../../scripts/eval/tickets.eval';

/** The 民情工单 eval's verdict on the place: the 村/社区 is what is judged, with or without its 组 or building. */
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

  it('still tells one place from another', () => {
    expect(judge(item('民情工单 柳树社区 三号楼 孔大爷 反映路灯坏了 月底前', '桃园社区')).fields.place).toBe(false);
  });
});
