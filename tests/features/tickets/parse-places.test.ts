import { describe, expect, it } from 'vitest';
import { parseTicket } from '../../../bot/features/tickets/parse';
import { placeLevel } from '../../../bot/features/tickets/place';

// Wednesday 2026-03-04, 10:00 Beijing time. Wordings of our own, none from an eval set: each form a member may write a
// place in (the levels above, the levels below, abbreviated, spaced, 繁体, a unit alone, mid-sentence, as a label), and
// words that name no place of the person (网格员, 社区医院, 村口).
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('the 民情工单 place reader: the whole chain, read at the 村/社区 level', () => {
  it('takes off the levels above the village or community, glued or spaced', () => {
    expect(read('民情工单 青石县白沙镇柳湾村 周大爷 反映村口的桥栏杆断了 月底前')).toMatchObject({ place: '柳湾村', raiser: '周大爷' });
    expect(read('民情工单 青石县 白沙镇 柳湾村 周大爷 反映桥栏杆断了 月底前').place).toBe('柳湾村');
    expect(read('民情工单 青石县白沙乡柳湾村 周大爷 反映桥栏杆断了 月底前').place).toBe('柳湾村');
    expect(read('民情工单 南明区花果园街道湖滨社区 钱阿姨 说楼道灯不亮 周五前')).toMatchObject({ place: '湖滨社区', raiser: '钱阿姨' });
    expect(read('民情工单 南明区 花果园街道 湖滨社区 钱阿姨 说楼道灯不亮 周五前').place).toBe('湖滨社区');
    expect(read('民情工单 白沙镇 柳湾村3组 周大爷 反映桥栏杆断了 月底前').place).toBe('柳湾村3组');
    expect(read('民情工单 花果园街道湖滨社区第2网格 钱阿姨 说楼道灯不亮 周五前').place).toBe('湖滨社区第2网格');
    // Only the levels: the street office is the place then.
    expect(read('民情工单 安平市东城区向阳街道 沈大姐 说垃圾没人清 周五前').place).toBe('向阳街道');
    // The same in a label's value.
    expect(read('民情工单 地点：青石县白沙镇柳湾村 周大爷 桥栏杆断了 月底前').place).toBe('柳湾村');
  });

  it('keeps what is below it: a 组, a 网格, an estate, a building and its unit', () => {
    expect(read('民情工单 柳湾村3组 周大爷 反映桥栏杆断了 月底前').place).toBe('柳湾村3组');
    expect(read('民情工单 柳湾村第三组 周大爷 反映桥栏杆断了 月底前').place).toBe('柳湾村第三组');
    expect(read('民情工单 湖滨社区第2网格 钱阿姨 说楼道灯不亮 周五前').place).toBe('湖滨社区第2网格');
    expect(read('民情工单 金桂小区5栋2单元 钱阿姨 说楼道灯不亮 周五前')).toMatchObject({
      place: '金桂小区5栋2单元',
      raiser: '钱阿姨',
      content: '楼道灯不亮',
    });
    const estate = read('民情工单 湖滨社区金桂小区 钱阿姨 说楼道灯不亮 周五前');
    expect(estate).toMatchObject({ place: '湖滨社区金桂小区', raiser: '钱阿姨', content: '楼道灯不亮' });
    expect(read('民情工单 住址：湖滨社区金桂小区3栋 钱阿姨 楼道灯不亮 周五前').place).toBe('湖滨社区金桂小区3栋');
    // An estate word in the matter (老旧小区改造) is no estate of the community.
    expect(read('民情工单 湖滨社区 钱阿姨 说老旧小区改造一直没动静 周五前').content).toContain('老旧小区改造');
  });

  it('reads a village named without 村 (城关, 东关) standing first, before the person', () => {
    expect(read('民情工单 城关 周大爷 反映桥栏杆断了 月底前')).toMatchObject({ place: '城关', raiser: '周大爷' });
    expect(read('民情工单 东关 李婶 说自来水停了三天 明天给回话')).toMatchObject({ place: '东关', raiser: '李婶' });
    // A place name in the matter is no place of the person.
    expect(read('民情工单 周大爷 说去河口赶集的路坏了 月底前').place).toBeUndefined();
  });

  it('reads a name typed apart from its 社区, a message typed character by character, and 繁体', () => {
    expect(read('民情工单 湖滨 社区 钱阿姨 说楼道灯不亮 周五前')).toMatchObject({ place: '湖滨社区', raiser: '钱阿姨' });
    expect(read('民情工单 湖 滨 社 区 钱 阿 姨 说 楼 道 灯 不 亮 周 五 前').place).toBe('湖滨社区');
    expect(read('民情工单 柳灣村 周大爺 反映橋欄杆斷了 月底前').place).toBe('柳灣村');
  });

  it('reads a unit alone (三组, 第五网格, 5号楼) as the place when the person follows it', () => {
    expect(read('民情工单 三组 周大爷 反映桥栏杆断了 月底前')).toMatchObject({ place: '三组', raiser: '周大爷' });
    expect(read('民情工单 第五网格 钱阿姨 说楼道灯不亮 周五前')).toMatchObject({ place: '第五网格', raiser: '钱阿姨' });
    expect(read('民情工单 5号楼 钱阿姨 说楼道灯不亮 周五前')).toMatchObject({ place: '5号楼', raiser: '钱阿姨' });
  });

  it('finds the place in the middle or at the end of the message, and after a label', () => {
    expect(read('民情工单 今天在湖滨社区走访 钱阿姨说楼道灯不亮 周五前').place).toBe('湖滨社区');
    expect(read('民情工单 湖滨社区的钱阿姨说楼道灯不亮 周五前')).toMatchObject({ place: '湖滨社区', raiser: '钱阿姨' });
    expect(read('民情工单 钱阿姨说楼道灯不亮，她住在湖滨社区 周五前').place).toBe('湖滨社区');
    expect(read('民情工单 周大爷 反映桥栏杆断了 月底前 柳湾村').place).toBe('柳湾村');
    expect(read('民情工单 钱阿姨（湖滨社区）说楼道灯不亮 周五前').place).toBe('湖滨社区');
    expect(read('民情工单 地点：湖滨社区 反映人：钱阿姨 内容：楼道灯不亮 时限：周五前').place).toBe('湖滨社区');
    expect(read('民情工单 位置：柳湾村3组 周大爷 桥栏杆断了 月底前').place).toBe('柳湾村3组');
    expect(read('民情工单 所在村：柳湾村 周大爷 桥栏杆断了 月底前').place).toBe('柳湾村');
  });

  it('reads no place from 网格员, 社区医院 in the matter, or 村口 as the problem’s spot', () => {
    expect(read('民情工单 网格员李娟 报 居民陈大妈 反映楼道灯不亮 周五前').place).toBeUndefined();
    const hospital = read('民情工单 陈大妈 反映社区医院排队太久 周五前给回话');
    expect(hospital.place).toBeUndefined();
    expect(hospital.content).toContain('社区医院');
    const gate = read('民情工单 周大爷 反映村口路灯坏了 月底前');
    expect(gate.place).toBeUndefined();
    expect(gate.content).toContain('村口');
    expect(read('民情工单 湖滨社区 网格员钱丽 反映楼道灯不亮 周五前').place).toBe('湖滨社区');
  });
});

describe('placeLevel', () => {
  it('keeps a name holding a level word (新镇社区, 城关镇) and takes no estate for a level (城市花园)', () => {
    expect(placeLevel('新镇社区')).toBe('新镇社区');
    expect(placeLevel('城关镇')).toBe('城关镇');
    expect(placeLevel('城市花园')).toBe('城市花园');
    expect(placeLevel('菜市场社区')).toBe('菜市场社区');
    expect(placeLevel('开发区幸福社区')).toBe('幸福社区');
  });
});

describe('a verb of saying before a bare place word', () => {
  const at = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });
  it('is what was said, not a place named 说小区 or 讲社区; a named place after it still is one', () => {
    expect(at('民情工单 孙师傅说小区门口的减速带松了 承诺明天修')).toMatchObject({ raiser: '孙师傅', content: '小区门口的减速带松了' });
    expect(at('民情工单 孙师傅说小区门口的减速带松了 承诺明天修').place).toBeUndefined();
    expect(at('民情工单 刘阿姨讲社区门口的路灯坏了 明天修')).toMatchObject({ raiser: '刘阿姨', content: '社区门口的路灯坏了' });
    expect(at('民情工单 李婶说新民社区门口的路灯坏了 明天修')).toMatchObject({ place: '新民社区', raiser: '李婶' });
  });
});
