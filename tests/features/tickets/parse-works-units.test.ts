import { describe, expect, it } from 'vitest';
import { parseTicket } from '../../../bot/features/tickets/parse';

// Wednesday 2026-03-04, 10:00 Beijing time. Wordings of our own, none from an eval set: a works', a campus' or a
// depot's branch naming where its people work and live by the works' own units (a section, a line, a lettered plant
// area, a road of the park, a dormitory by its building, a fleet, a campus), the staff of such a works by their
// section and post, and the kinds of matter a works' people bring (their contract, a neighbour's noise).
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('a unit of a works is the place', () => {
  it('reads a numbered section or line, with its workshop or not, and the person after it', () => {
    expect(read('记一下 4工段 孙师傅说更衣室没热水 明天找后勤')).toMatchObject({ place: '4工段', raiser: '孙师傅' });
    expect(read('7工段赵师傅找我说跟班长闹了点别扭')).toMatchObject({ place: '7工段', raiser: '赵师傅' });
    expect(read('7号线女工韩梅说孩子入园的事没着落 我下周一前问问')).toMatchObject({ place: '7号线', raiser: '韩梅' });
    expect(read('五号线的钱卫东 医保卡丢了 明天帮他补')).toMatchObject({ place: '五号线', raiser: '钱卫东' });
    expect(read('焊装车间2工段 龚师傅反映排风扇不转了').place).toBe('焊装车间2工段');
  });

  it('does not read a metro line or a wire as the place', () => {
    expect(read('坐地铁2号线上班太挤 王大姐说的 我明天问问班车').place).toBeUndefined();
    expect(read('电工老秦说3号线路老化了 得换').place).toBeUndefined();
  });

  it('reads a dormitory by its building, said either way round', () => {
    expect(read('职工宿舍9栋 赵大爷反映楼道窗户关不上 后天修')).toMatchObject({ place: '职工宿舍9栋', raiser: '赵大爷' });
    expect(read('12栋宿舍何丽说热水器不出热水')).toMatchObject({ place: '12栋宿舍', raiser: '何丽' });
    expect(read('宿舍4栋 门口垃圾没人收 宿管老周说的').place).toBe('宿舍4栋');
  });

  it('reads a lettered plant area and a road of the park, not a bare 厂区', () => {
    expect(read('E厂区员工钱峰反映 班车老是晚点')).toMatchObject({ place: 'E厂区', raiser: '钱峰' });
    expect(read('园区松涛路 下班那段有个大坑 好几个人摔了 付强提的').place).toBe('园区松涛路');
    expect(read('厂区门口路灯坏了 保安说的').place).toBeUndefined();
    expect(read('园区东门路灯不亮 夜班的人说的').place).toBe('园区东门');
  });

  it('reads a fleet, a campus and a teaching building the same way', () => {
    expect(read('公交三车队 司机老郑说休息室空调坏了')).toMatchObject({ place: '公交三车队', raiser: '老郑' });
    expect(read('东校区 宿管刘阿姨说热水房漏水')).toMatchObject({ place: '东校区', raiser: '刘阿姨' });
    expect(read('3号教学楼 保洁张姐说厕所堵了').place).toBe('3号教学楼');
    expect(read('学校区域内有人乱停车 老师反映的').place).toBeUndefined();
  });

  it('gives way to the 村/社区 the person lives in, said later, and never reads the 社区 asked for help as one', () => {
    expect(read('3号线 李强说他住幸福社区 楼道灯坏了').place).toBe('幸福社区');
    expect(read('职工宿舍2栋 老党员邹桂兰 独居 想申请社区送餐服务').place).toBe('职工宿舍2栋');
  });
});

describe('the staff of a works and its people', () => {
  it('reads a section (课) and its post as who holds it', () => {
    expect(read('8栋宿舍 罗敏说洗衣房的门坏了 品保课吴课长答应周五前找人修').holder).toBe('吴课长');
  });

  it('reads a form’s label with the team and the person who does the work', () => {
    expect(read('民情工单\n反映人：贺强\n地点：C厂区\n问题：夜班补贴没到账\n处理：仓储组冯姐负责核实\n时限：下周一前').holder).toBe('冯姐');
  });

  it('reads a surname and post, then 他 promising a date, as who holds it', () => {
    expect(read('刘阿姨说澡堂晚上不开 我抄送了人事孔经理 他答应月底前排好').holder).toBe('孔经理');
  });

  it('reads the guard by post or office, a kind of worker, and a name after when it came', () => {
    expect(read('后门外有人烧垃圾 烟很大 安保科老蒋报告的 环保办说周五前处理').raiser).toBe('老蒋');
    expect(read('G厂区门口地砖翘了 保安班长小魏说有人绊倒了 总务说下周二前修')).toMatchObject({ place: 'G厂区', raiser: '小魏' });
    expect(read('2号线派遣工黎明问社保能不能转过来 我当场帮他查了 讲清楚了').raiser).toBe('黎明');
    expect(read('楼道灯坏了好久 好几个人提过 今天何秀兰又来讲 我明天找电工').raiser).toBe('何秀兰');
  });

  it('reads a quarrel settled by moving the shifts apart as solved there', () => {
    expect(read('6工段两个师傅为排班吵起来了 当场把两人的班调开了 俩人都没意见了').onSpot).toBe(true);
  });
});

describe('what a works’ people bring', () => {
  it('reads a worker’s terms with the works as 就业社保', () => {
    expect(read('3号线郑雪说劳务派遣干满两年了 想问能不能转正 人事说下周答复').category).toBe('就业社保');
    expect(read('A厂区员工苗苗反映 合同到期了还没人找她谈').category).toBe('就业社保');
  });

  it('reads a neighbouring household’s noise as a dispute, a business’ as 环境', () => {
    expect(read('宿舍5栋 柏大姐说对门天天半夜拖椅子 噪音大得睡不着').category).toBe('矛盾纠纷');
    expect(read('宿舍5栋 柏大姐说楼下烧烤摊半夜还在吵 睡不着').category).toBe('环境');
  });
});
