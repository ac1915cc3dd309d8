import { describe, expect, it } from 'vitest';
import { parseTicket } from '../../../bot/features/tickets/parse';

// Wednesday 2026-03-04, 10:00 Beijing time. Wordings of our own, by class: places named by what stands there (商圈,
// 步行街, 广场, 驿站, 路口, 码头) or a village's group or quarter named by its hamlet (X湾组, X片), a works glued to its
// village, a spot pointed at with 那边; the person after a shop, a customer's word or the member's own unit (火锅店何老板,
// 顾客刘女士, 骑手大刘, 反映人是我们驿站骑手小马); a school named X校 before its head; the member telling and sending a
// person; 哪： as a form's label; the bare 乡 of a school gone to; category words (医疗, taking up gig work, a tea
// subsidy); a matter put off until the person is done.
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('a place named by what stands there', () => {
  it('reads a business district, a walking street, a square, a riders’ post, a junction, said first', () => {
    expect(read('记一下 银泰商圈 烧烤店陈老板说 夜里油烟往楼上飘 城管周队长说周五前来查')).toMatchObject({
      place: '银泰商圈',
      raiser: '陈老板',
    });
    expect(read('鼓楼步行街 卖糖葫芦的马大姐 13912345678 说摊位被人占了 市场所说明天来协调').place).toBe('鼓楼步行街');
    expect(read('民情工单 人民广场那边的孙大爷 说广场的路灯坏了三盏 明天报修').place).toBe('人民广场');
    expect(read('工单 城南快递驿站 小冯 电话13712345678 问灵活就业能不能交社保 月底前回他').place).toBe('城南快递驿站');
    expect(read('记下 桥头路口那个红绿灯不亮了 好几天了').place).toBe('桥头路口');
    expect(read('记下 竹园路口那个井盖丢了 晚上怕人掉下去').place).toBe('竹园路口');
  });

  it('keeps the village or the estate whose spot it is, and leaves words of the matter alone', () => {
    expect(read('民情工单 石门村码头那边 渔民老黄说趸船的缆绳断了 明天修').place).toBe('石门村');
    expect(read('广场舞音乐太吵 刘阿姨说的 明天去协调').place).toBeUndefined();
  });
});

describe('a village’s group or quarter named by its hamlet, a works of the village, a spot pointed at', () => {
  it('reads X湾组, X片 and a village’s works said first, with the person after it', () => {
    expect(read('罗湾组张家反映水井干了 吃水困难 村里说后天送水')).toMatchObject({ place: '罗湾组', raiser: '张家' });
    expect(read('民情工单 何湾组 老何反映路边的树倒了挡路 村主任王明说今天就锯')).toMatchObject({
      place: '何湾组',
      raiser: '老何',
    });
    expect(read('竹林片 李春兰 说去年的低保复核没通知她 民政所说3天内答复').place).toBe('竹林片');
    expect(read('白沙村砖厂 工人老王说厂里拖了两个月工资 劳动监察说下周一来查')).toMatchObject({
      place: '白沙村砖厂',
      raiser: '老王',
    });
  });

  it('reads a spot pointed at with 那边 before the person', () => {
    expect(read('记一下 果园那边刘老汉说果树打药的水管爆了 我明天去看')).toMatchObject({ place: '果园', raiser: '刘老汉' });
  });
});

describe('the person after a shop, a customer’s word, a role or the member’s own unit', () => {
  it('is the name, not the description', () => {
    expect(read('滨江社区 面馆赵老板说门口下水道堵了 物业说明天来通').raiser).toBe('赵老板');
    expect(read('滨江社区 顾客何女士说超市门口的台阶碎了 物业说周五前修').raiser).toBe('何女士');
    expect(read('民情工单 滨江社区2网格 快递员大王 他娃想转学 不知道找谁 我下周一前问清楚').raiser).toBe('大王');
    expect(read('记一下 滨江社区 反映人是我们站点快递员小孙 电话13611112222 楼道灯坏了 物业答应周五前修').raiser).toBe('小孙');
  });
});

describe('who holds it', () => {
  it('is the head of a school named X校, promising', () => {
    expect(read('石桥村3组 张大妈 说孙子午饭在学校吃不饱 联校黄校长讲下周二前给回话').holder).toBe('黄校长');
    expect(read('石桥村3组 张大妈 说孙子上学路上没有护栏 村完校周校长答应周五前答复').holder).toBe('周校长');
  });

  it('is the person the member told and sent, with no date said', () => {
    const sent = read('石桥村 孙奶奶说儿媳妇不让她进门 我跟调解员老郑说了 叫他过两天去看看');
    expect(sent).toMatchObject({ holder: '老郑', raiser: '孙奶奶' });
    expect(sent.due).toBeUndefined();
  });
});

describe('a form’s 哪 label and the bare 乡 of a school', () => {
  it('reads 哪： as the place', () => {
    expect(read('民情工单\n- 谁：郑老四\n- 哪：杨柳坳\n- 啥事：院墙裂了\n- 时间：20号前').place).toBe('杨柳坳');
  });

  it('takes no place from 孩子在乡中学', () => {
    expect(read('民情工单 王秀英 13512345678 孩子在乡中学被人要钱 刘校长说明天处理').place).toBeUndefined();
  });
});

describe('category words and a matter put off', () => {
  it('files 医疗 by its word, taking up gig work as 就业社保, a tea subsidy as 其他', () => {
    expect(read('石桥村 李大爷说医疗费用报不了 当场帮他问清楚了').category).toBe('医疗');
    expect(read('石桥村 李大爷说医疗废物扔在沟里 镇里说明天来清').category).not.toBe('医疗');
    expect(read('滨江社区 小周想跑网约车 不知道要办啥证 我明天帮他问').category).toBe('就业社保');
    expect(read('石桥村 李大爷说今年的茶苗补贴还没到账 农业站说周五前查').category).toBe('其他');
  });

  it('asks for the matter when the person will tell it once done', () => {
    const later = read('记一下 滨江社区 快递员老吴 13800001111 他说有点事 等他送完这趟再细说');
    expect(later.content).toBeUndefined();
  });
});
