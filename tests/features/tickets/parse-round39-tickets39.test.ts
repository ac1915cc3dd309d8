import { describe, expect, it } from 'vitest';
import { parseTicket } from '../../../bot/features/tickets/parse';

// Wednesday 2026-03-04, 10:00 Beijing time. Wordings of our own, by class: a natural village's group (X村小组, with
// its 村委会 before it or not) as one place; a bus stop or a route as the place of a transit branch, where bodies
// ending in 站 (农机站, 卫生服务站) and a stop's parts (站台, 站牌) are none; a school's staff compound by its building
// and a campus with its teaching building; the member's adverb before 联系社区; a landmark before the place it is near.
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('a natural village group (村小组) as a place of its own', () => {
  it('keeps X村小组 whole, with the person glued after it or after a gap', () => {
    expect(read('青枫村小组邓老四跟邻居为了水田放水吵架 明天去调解')).toMatchObject({ place: '青枫村小组', raiser: '邓老四' });
    expect(read('今天走访 白竹村小组 吴阿婆说屋后的水管破了 我后天带人来修')).toMatchObject({
      place: '白竹村小组',
      raiser: '吴阿婆',
    });
  });

  it('keeps the 村委会 and its village group as one place, none of it left in the matter', () => {
    const draft = read('民情工单 岭脚村委会上坡村小组 符亚莲反映饮水池漏水 明天叫人来看');
    expect(draft).toMatchObject({ place: '岭脚村委会上坡村小组', raiser: '符亚莲' });
    expect(draft.content).not.toMatch(/小组/);
  });

  it('leaves 村小组长 to the post, and a numbered group as it was', () => {
    expect(read('青枫村3组邓老四反映路灯坏了 明天修').place).toBe('青枫村3组');
    expect(read('青枫村小组长邓老四反映路灯坏了 明天修').place).toBe('青枫村');
  });
});

describe('a bus stop or a route as the place', () => {
  it('reads a stop said first, before the person or a gap', () => {
    expect(read('民情工单 梧桐坡站 等车的李秀兰反映站台顶棚漏水 周五前找人补')).toMatchObject({
      place: '梧桐坡站',
      raiser: '李秀兰',
    });
    expect(read('鹿鸣湾站 赵大爷反映 电子站牌不亮 下周一前问清楚')).toMatchObject({ place: '鹿鸣湾站', raiser: '赵大爷' });
  });

  it('does not cut a stop named by a hamlet (X家湾站, X家坪站) down to the hamlet', () => {
    expect(read('记一下 郑家湾站 孙大哥说候车亭的椅子坏了 明天修').place).toBe('郑家湾站');
    expect(read('有个乘客跟我说 何家坪站那个台阶缺了一块 月底前报上去').place).toBe('何家坪站');
  });

  it('reads a stop where the member was, at the end of the story', () => {
    expect(read('今天晚班 一位老人在车上头晕 叫周桂香 我扶她在青石岭站下的车 已处理').place).toBe('青石岭站');
    expect(read('今天在青竹岗站候车的孔大爷说座椅坏了 明天报修')).toMatchObject({ place: '青竹岗站', raiser: '孔大爷' });
    // Where someone works is no stop of the branch.
    expect(read('赵姐说她在城东北站上班 工资拖了两个月 月底前问清楚').place).toBeUndefined();
  });

  it('reads a route as written: its number and 公交, not the bus (车上)', () => {
    expect(read('58路车上 钱婆婆说老年卡刷不出来 我当场帮她查好了')).toMatchObject({ place: '58路', raiser: '钱婆婆' });
    expect(read('乘客孔先生跟我们17路公交的司机吵了几句 车队说周五前回复他').place).toBe('17路公交');
  });

  it('takes a named estate or community over the route or the stop', () => {
    expect(read('23路乘客谭大妈反映 她住的松柏社区 没有菜市场 社区说下周答复').place).toBe('松柏社区');
    expect(read('帮我记一下 鹿鸣湾站旁边翠竹社区的陶大哥说 小区门口的路灯坏了 明天修').place).toBe('翠竹社区');
    expect(read('民情 科技城站附近锦绣小区的简姐 问托管班的事 这个月20号前回她').place).toBe('锦绣小区');
  });

  it('reads no body or facility ending in 站 as a place, nor a stop not named', () => {
    expect(read('农机站 刘站长说拖拉机补贴月底前到').place).toBeUndefined();
    expect(read('卫生服务站 蒋医生反映药房缺降压药 下周一前补上').place).toBeUndefined();
    expect(read('公交站 有群众说候车亭没有灯 周五前去看').place).toBeUndefined();
    expect(read('站台 有群众说地面太滑 周五前去看').place).toBeUndefined();
    expect(read('记一下 吴大姐说村里抽水站的电机烧了 田里没水 明天修').place).toBeUndefined();
  });

  it('takes a stop written under a form label', () => {
    expect(read('民情工单\n反映人：柯大明\n地点：纺织路站\n问题：站牌歪了\n时限：3天内').place).toBe('纺织路站');
  });
});

describe('a school: its staff compound by its building, a campus with its teaching building', () => {
  it('reads 家属区 or 家属院 with its building as the place, the person after it', () => {
    expect(read('记一下：家属区8幢退休教师关文斌老师反映，楼顶水箱漏水。')).toMatchObject({
      place: '家属区8幢',
      raiser: '关文斌',
    });
    expect(read('家属院3栋的退休老教师严秀珍找我反映了个事，我答应周五前回话').place).toBe('家属院3栋');
  });

  it('reads the campus with its numbered teaching building', () => {
    expect(read('东校区5号教学楼三楼厕所漏水，是学生反映的。已报后勤处，明天修好。').place).toBe('东校区5号教学楼');
  });

  it('keeps the compound over the community the member contacted', () => {
    const draft = read('家属区6幢退休老教师葛春生，腿脚不便，想办长护险。我已联系社区医保专干小柏，她说下周五前上门。');
    expect(draft).toMatchObject({ place: '家属区6幢', raiser: '葛春生' });
  });

  it('reads no place from the community as the body the member contacted', () => {
    expect(read('学生家长俞国强反映孩子近视加深 我已联系社区卫生服务中心 下周一前答复').place).toBeUndefined();
  });
});
