import { describe, expect, it } from 'vitest';
import { parseTicket } from '../../../bot/features/tickets/parse';

// Wednesday 2026-03-04, 10:00 Beijing time. Wordings of our own, none from an eval set: a works' branch writing where
// its workers live (宿舍区, 生活区, the park's canteen), a building and its unit said mid-message or in brackets on a
// form, a clinic before its doctor, the member's own step of seeing a body, a quarrel talked out there, two people at
// odds, a household coming to say it, and a matter only announced.
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('a works’ dormitory or living quarter is the place, with its numbered building', () => {
  it('reads 宿舍区 and 生活区 with the building glued after them, whatever follows the building', () => {
    expect(read('记一下 宿舍区2号楼 孙师傅说水管爆了 行政部答应明天修')).toMatchObject({ place: '宿舍区2号楼', raiser: '孙师傅' });
    expect(read('生活区5栋楼道堆满杂物 楼长刘姐反映').place).toBe('生活区5栋');
    expect(read('宿舍区3号楼205 小吴和小郑闹矛盾 我后天找他们谈')).toMatchObject({ place: '宿舍区3号楼', raiser: '小吴' });
  });

  it('reads the quarter alone, not as a district above a place', () => {
    expect(read('宿舍区后面的化粪池冒了 臭得很 宿管李姐说的 环卫说后天来抽').place).toBe('宿舍区');
    expect(read('生活区后头路灯不亮 好几天了 一个大哥跟我说的').place).toBe('生活区');
  });

  it('reads the park’s canteen said first as the place, before a workshop named with the person', () => {
    expect(read('嗯 园区食堂 包装车间老周说菜太咸 我跟后勤张主任说了 他说下周一前改').place).toBe('园区食堂');
    // A dormitory of the park with no number says not which.
    expect(read('工业园宿舍 阿华说热水器坏了 明天找后勤').place).not.toBe('工业园宿舍');
  });
});

describe('a building and its unit as an address', () => {
  it('is the place as a word of its own anywhere in the message, and leaves the matter', () => {
    const draft = read('电梯老停 烦死了 3栋2单元 有人说卡了好几回');
    expect(draft.place).toBe('3栋2单元');
    expect(draft.content).not.toContain('3栋2单元');
    expect(read('楼道里堆满纸箱 5号楼1单元 刘姐说的 物业说周五前清')).toMatchObject({ place: '5号楼1单元', raiser: '刘姐' });
  });

  it('is not the place glued to the way there', () => {
    expect(read('我去3栋2单元看了 楼道灯不亮 明天找物业').place).toBeUndefined();
  });

  it('is the place in brackets after the person on a form, not after the one who holds it', () => {
    expect(read('民情工单\n反映人：刘桂兰（8栋）\n问题：家里下水道堵了 返臭\n负责：物业王师傅\n时限：明天')).toMatchObject({
      raiser: '刘桂兰',
      place: '8栋',
      holder: '王师傅',
    });
    expect(read('姓名：杨大妈（三社） 问题：猪圈漏雨 负责：村主任老李 时限：周五前').place).toBe('三社');
  });
});

describe('who holds it, the date, the spot, the kind and the matter', () => {
  it('reads a doctor with the clinic before the name as who holds it', () => {
    expect(read('赵大爷 高血压 卫生室黄医生答应下周一上门').holder).toBe('黄医生');
  });

  it('reads the member seeing a body on a day as the date', () => {
    expect(read('记一下 石桥村 有人说村口桥栏杆松了 我明天找交通站').due).toBe('2026-03-05');
    expect(read('王大爷说低保卡丢了 我后天找民政').due).toBe('2026-03-06');
    expect(read('刘婶说猪跑丢了 明天找不到就麻烦了').due).toBeUndefined();
    expect(read('记一下 东风社区3网格 何大爷 今天上午上村部找我来了 回头我去他家坐坐').due).toBeUndefined();
  });

  it('reads a quarrel the member went and mediated to its end as solved there', () => {
    expect(read('五组 两家为宅基地吵起来了 刘大哥找的我 我过去给调解完了 两家都服气').onSpot).toBe(true);
    expect(read('两口子吵架 王姐来找我 我明天过去给调解').onSpot).toBeUndefined();
  });

  it('reads two people at odds as a dispute, whatever it started from', () => {
    expect(read('职工于小军说他爸住院了想请假陪护 主任不批 俩人吵起来了 我明天找人事谈谈').category).toBe('矛盾纠纷');
    expect(read('俩人都住院了 医药费不够 张姐说的').category).toBe('医疗');
  });

  it('reads a household coming to say it as who raised it', () => {
    expect(read('民情工单 孙家来反映 跟隔壁为院墙吵起来了 调解员老何说周五前去看').raiser).toBe('孙家');
    expect(read('郑福来反映 村口路灯坏了').raiser).toBeUndefined();
  });

  it('leaves a matter only announced, to be told later, for the dialogue to ask', () => {
    expect(read('记一下 东风社区3网格 孙大妈找我了 说有点事儿 回头细说 我明天过去').content).toBeUndefined();
    expect(read('记一下 东风社区3网格 孙大妈说家里水管漏了 回头细说 我明天过去').content).toContain('水管漏了');
  });
});
