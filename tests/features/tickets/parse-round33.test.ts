import { describe, expect, it } from 'vitest';
import { missingOf, parseTicket } from '../../../bot/features/tickets/parse';

// Wednesday 2026-03-04, 10:00 Beijing time. Wordings of our own, by class: a 班车 a child takes to school, a person told
// then a pause before the date or a day with the work, a category named with the verb that files it, a numbered form's
// holder label without a colon, the member's promise said before its date, the member going first on a day, a 连 glued
// to who is in it, a village glued to a guesthouse (村民宿), a hamlet's word running into a community's name (六里屯北里社区),
// the pension check (刷脸认证) and things thrown into water.
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('a 班车 a child takes to school is a school bus', () => {
  it('files it under 教育, whatever the bus is called where the family lives', () => {
    expect(read('民情工单 3连 李秀珍 13912345678 反映她孙子每天坐班车去场部上学，班车改了点，娃赶不上，本周五前给她回话').category).toBe(
      '教育',
    );
    expect(read('7连几户家长反映娃坐班车去学校，班车老是不等人，娃迟到了，三天内俺跟团教育科说').category).toBe('教育');
  });

  it('leaves a works’ 班车 with no schooling said a bus', () => {
    expect(read('民情工单 二厂宿舍 职工老包说通勤班车改点了 夜班下来赶不上 3天内重新排').category).not.toBe('教育');
  });
});

describe('a person told, then a pause before the date or a day with the work', () => {
  it('holds it when a comma stands between the telling and the date', () => {
    expect(read('3网格的周丽华说，楼下的快递柜坏了取不了件。我跟物业客服主管小郑说了，3月15号前给她回话。')).toMatchObject({
      holder: '小郑',
      due: '2026-03-15',
    });
  });

  it('holds it when a day and the work on it follow, the workplace said before the post', () => {
    expect(read('4网格独居老人孙玉兰说食堂饭菜太咸。已经跟食堂刘经理说了，下周一调整菜单。')).toMatchObject({
      holder: '刘经理',
      due: '2026-03-09',
    });
    expect(read('1网格 张凤英说饭菜太硬。已经跟食堂王经理说了，下周一调整菜单。').holder).toBe('王经理');
    expect(read('4网格独居老人孙玉兰说食堂饭菜太咸。已经跟社区网格员刘芳说了，下周二上门看看。').holder).toBe('刘芳');
  });

  it('takes no one told by a pronoun', () => {
    expect(read('4网格独居老人孙玉兰说食堂饭菜太咸。我跟他说了，下周二再来。').holder).toBeUndefined();
  });
});

describe('a category named with the verb that files it', () => {
  it('reads 类别算其他吧 and 分类就归矛盾纠纷 as named', () => {
    expect(read('4网格独居老人孙玉兰说食堂饭菜太咸。类别算其他吧。已经跟食堂刘经理说了，下周一起调整菜单。')).toMatchObject({
      category: '其他',
      categoryGiven: true,
      holder: '刘经理',
    });
    expect(read('4网格孙玉兰说食堂饭菜太咸。分类就归矛盾纠纷。下周一我去食堂问').category).toBe('矛盾纠纷');
  });
});

describe('a numbered form’s holder label without a colon', () => {
  it('reads 4 谁管 X as who holds it', () => {
    expect(read('工单\n1 提出人 李春生\n2 地点 坑头村二组\n3 事情 村口桥面裂了\n4 谁管 村委委员周建国\n5 时间 明天')).toMatchObject({
      raiser: '李春生',
      place: '坑头村二组',
      holder: '周建国',
      due: '2026-03-05',
    });
  });

  it('reads no holder from 谁管 asked in free text', () => {
    expect(read('坑头村二组李春生说村口桥面裂了 这事谁管 没人知道 明天我去问').holder).toBeUndefined();
  });
});

describe('the member’s promise said before its date, and the member going first on a day', () => {
  it('reads the date said after what the member promised to do', () => {
    const draft = read('二组王奶奶讲孙子没人辅导作业 我答应去跟学校商量 月底前给她回话');
    expect(draft.due).toBe('2026-03-31');
    expect(draft.dueProblem).toBeUndefined();
    expect(draft.content).not.toMatch(/月底前/);
  });

  it('reads 明天我先去一趟 as the day the member follows it up', () => {
    expect(read('三组李大爷腿脚不好 想有人隔几天去看看 明天我先去一趟').due).toBe('2026-03-05');
    expect(missingOf(read('三组李大爷腿脚不好 想有人隔几天去看看 我明天先去一趟'))).toBeUndefined();
  });
});

describe('a 连 glued to who is in it', () => {
  it('reads the company before a description of the person or a count of households', () => {
    expect(read('10连四川籍老职工张发反映，支渠塌了一截，明儿叫水管站王站长去看看')).toMatchObject({ place: '10连', raiser: '张发' });
    expect(read('12连河南籍职工李长顺说条田的滴灌带漏水 月底前俺去团部问').place).toBe('12连');
    expect(read('7连几户家长反映娃坐班车去学校，班车老是不等人，三天内俺跟团教育科说').place).toBe('7连');
  });

  it('still reads 一连 before a count as the adverb', () => {
    expect(read('张大姐说一连三天停水了 明天俺去看').place).toBeUndefined();
    expect(read('张大姐说一连几天停水了 明天俺去看').place).toBeUndefined();
  });
});

describe('a village glued to a guesthouse in it', () => {
  it('reads 柳湾村民宿 as the village, then the guesthouse, never a villager called 柳湾', () => {
    const draft = read('柳湾村民宿客人半夜放音乐 王奶奶睡不着 明天我去讲');
    expect(draft.place).toBe('柳湾村');
    expect(draft.raiser).toBeUndefined();
    expect(read('上坑自然村民宿客人半夜放音乐 王奶奶来找我 我去跟老板讲了 当场关了').place).toBe('上坑自然村');
  });
});

describe('settled there: a thing switched off, the one who came satisfied said last', () => {
  it('reads 当场把音响关了 as done there', () => {
    expect(read('上坑自然村民宿客人半夜放音乐 王奶奶来反映 老板当场把音响关了').onSpot).toBe(true);
  });

  it('reads 王奶奶也满意了 said last as settled, and not 不满意', () => {
    expect(read('上坑自然村民宿客人半夜放音乐 隔壁王奶奶睡不着来找我 我跟民宿老板讲了 他说以后十点以后不放 王奶奶也满意了').onSpot).toBe(
      true,
    );
    expect(read('上坑自然村民宿客人半夜放音乐 隔壁王奶奶睡不着来找我 我去跟民宿老板讲 王奶奶不满意').onSpot).toBeUndefined();
  });
});

describe('a hamlet’s or a lane’s word running on into a community’s name', () => {
  it('reads the whole community, never its first part alone', () => {
    expect(read('民情工单：八里庄北里社区2网格的王秀兰反映楼道灯坏了，明天我去看').place).toBe('八里庄北里社区2网格');
    expect(read('民情工单：马家堡东里社区的刘桂芝反映楼道灯坏了，明天我去看')).toMatchObject({ place: '马家堡东里社区', raiser: '刘桂芝' });
  });

  it('leaves a hamlet or a lane said alone as it was', () => {
    expect(read('张家庄王大爷说村道坏了 社区明天来修').place).toBe('张家庄');
    expect(read('民情工单：东风里 王大爷说楼道灯坏了 社区明天来修').place).toBe('东风里');
  });
});

describe('the pension check, and things thrown into water', () => {
  it('files 老年人认证 and 刷脸认证 under 就业社保', () => {
    expect(read('赵桂兰说手机上的老年人认证她弄不来 我当场帮她刷脸认证好了').category).toBe('就业社保');
  });

  it('files things thrown into a stream or a river under 环境, not water backing up', () => {
    expect(read('茶园坞那边有人往溪里丢农药瓶 吴大伯看到的 明天我去看').category).toBe('环境');
    expect(read('三组李大爷说有人往河边扔死猪 明天我去看').category).toBe('环境');
    expect(read('付家村二组李大哥说排水沟堵了 雨一下就往院子里倒灌 村委3天内派人来清').category).not.toBe('环境');
  });
});
