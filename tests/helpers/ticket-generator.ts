/**
 * A generator of 民情工单 recording messages, for testing the recording parser (bot/features/tickets/parse.ts) on
 * messages no writer wrote: each message is composed from independent parts (an opening word, the place, who raised
 * it, a phone, the matter, who holds it, the promised day, 当场解决), put in one of several orders with one of several
 * ways of joining them (gaps, commas, lines, a labelled form), and carries its expected fields by construction.
 *
 * Why: rules fitted to the misses of the messages writers sent did not transfer to strangers; a generator shows which
 * part, next to which other part, the parser breaks on, whatever the words. Every word here is this file's own.
 *
 * Each message also carries tags (which kind of each part, which order, which joiner), so a runner can group the
 * failures by the part that breaks them (scripts/eval/tickets-generated.ts).
 */

import { pick, type Rand, seeded } from './random';

export interface GeneratedTicket {
  text: string;
  expected: {
    raiser?: string;
    place?: string;
    phone?: string;
    /** Words the content must hold. */
    content: string[];
    /** Words the content must not hold: other parts (the opening, a name, the phone, the holder) leaking into it. */
    notInContent: string[];
    category: string;
    holder?: string;
    due?: string;
    onSpot: boolean;
    asks?: 'content' | 'raiser' | 'due' | 'place';
  };
  /** Which kind of each part and which order: for grouping the failures. */
  tags: Record<string, string>;
}

/** The opening word; the words after 民情工单 are not part of the matter. */
const OPENINGS = [
  { kind: '民情工单', text: '民情工单 ' },
  { kind: '民情工单：', text: '民情工单：' },
  { kind: '工单', text: '工单 ' },
  { kind: '记个工单', text: '记个工单：' },
  { kind: '记一下', text: '记一下，' },
  { kind: '帮我登记', text: '帮我登记一下 ' },
  { kind: '#民情工单', text: '#民情工单 ' },
  { kind: 'none', text: '' },
  { kind: 'none', text: '' },
  { kind: '【民情】', text: '【民情工单】' },
] as const;

interface Place {
  kind: string;
  text: string;
  /** The place as the parser should keep it (the level above may be dropped: judged by placeLevel). */
  expected: string;
}

const PLACES: Place[] = [
  { kind: '村', text: '柳树湾村', expected: '柳树湾村' },
  { kind: '村', text: '石桥村', expected: '石桥村' },
  { kind: '镇+村', text: '白马镇石桥村', expected: '白马镇石桥村' },
  { kind: '社区', text: '向阳社区', expected: '向阳社区' },
  { kind: '社区', text: '滨江花园社区', expected: '滨江花园社区' },
  { kind: '街道+社区', text: '东门街道向阳社区', expected: '东门街道向阳社区' },
  { kind: '嘎查', text: '乌力吉嘎查', expected: '乌力吉嘎查' },
  { kind: '嘎查', text: '查干嘎查', expected: '查干嘎查' },
  { kind: '屯', text: '老刘家屯', expected: '老刘家屯' },
  { kind: '屯', text: '靠山屯', expected: '靠山屯' },
  { kind: '社区+网格', text: '向阳社区第3网格', expected: '向阳社区第3网格' },
  { kind: '网格', text: '5号网格', expected: '5号网格' },
  { kind: '小区', text: '桂花苑小区', expected: '桂花苑小区' },
  { kind: '小区', text: '锦绣家园小区', expected: '锦绣家园小区' },
  { kind: '镇+村', text: '青龙镇红旗村', expected: '青龙镇红旗村' },
  { kind: '村+组', text: '石桥村3组', expected: '石桥村3组' },
  { kind: '乡+村', text: '双河乡大坪村', expected: '双河乡大坪村' },
  { kind: '苏木+嘎查', text: '宝力根苏木巴音嘎查', expected: '宝力根苏木巴音嘎查' },
  { kind: '社区+栋', text: '向阳社区5栋', expected: '向阳社区5栋' },
];

interface Person {
  kind: string;
  /** How the message names them (with a role or kin word before the name, sometimes). */
  text: string;
  name: string;
}

const NAMES: { kind: string; name: string }[] = [
  { kind: '大爷', name: '王大爷' },
  { kind: '大爷', name: '贺大爷' },
  { kind: '阿姨', name: '孙阿姨' },
  { kind: '阿姨', name: '邱阿姨' },
  { kind: '婶', name: '刘婶' },
  { kind: '婶', name: '黄二婶' },
  { kind: '老X', name: '老郑' },
  { kind: '老X', name: '老葛' },
  { kind: '小X', name: '小蒋' },
  { kind: '小X', name: '小冉' },
  { kind: '全名', name: '周桂芬' },
  { kind: '全名', name: '马建军' },
  { kind: '全名', name: '石永红' },
  { kind: '全名2', name: '杜娟' },
  { kind: '维吾尔', name: '艾尔肯·托合提' },
  { kind: '维吾尔', name: '阿依古丽·买买提' },
  { kind: '彝', name: '阿苏木呷' },
  { kind: '彝', name: '沙马拉哈' },
  { kind: '蒙古', name: '朝鲁门' },
  { kind: '蒙古', name: '乌日娜' },
  { kind: '藏', name: '次仁卓玛' },
  { kind: '藏', name: '格桑旺堆' },
  { kind: '称呼', name: '张奶奶' },
  { kind: '称呼', name: '陈叔' },
  { kind: '称呼', name: '赵嫂' },
  { kind: '称呼', name: '吴姐' },
  { kind: '称呼', name: '钱女士' },
  { kind: '称呼', name: '孙先生' },
  { kind: '称呼', name: '周师傅' },
  { kind: '称呼', name: '马老师' },
  { kind: '老X头', name: '老李头' },
  { kind: 'X某', name: '杨某' },
  { kind: '全名同志', name: '韩国庆' },
];

/** Words before the name: who they are there (村民, 脱贫户) or kin (他老伴); the name is still the raiser. */
const BEFORE_NAME = [
  { kind: 'none', text: '' },
  { kind: 'none', text: '' },
  { kind: 'none', text: '' },
  { kind: '村民', text: '村民' },
  { kind: '居民', text: '居民' },
  { kind: '党员', text: '老党员' },
  { kind: '脱贫户', text: '脱贫户' },
  { kind: '租户', text: '租户' },
  { kind: '退休', text: '退休职工' },
  { kind: '邻居', text: '隔壁' },
  { kind: '的', text: '村里的' },
  { kind: '年龄', text: '78岁的' },
  { kind: '低保户', text: '低保户' },
  { kind: '做什么的', text: '开小卖部的' },
  { kind: '做什么的', text: '在外打工回来的' },
];

/** No one named: the dialogue must ask who raised it. */
const NO_ONE = ['有群众反映', '村民反映', '有人打电话来说', '几户居民说', '有居民来说', '群众来电反映', '一位老人家说', '有个大姐来问'];

const PHONES = [
  { kind: 'plain', text: '13907651234', number: '13907651234' },
  { kind: 'spaced', text: '139 0765 1234', number: '13907651234' },
  { kind: 'dashed', text: '158-2233-9087', number: '15822339087' },
  { kind: 'brackets', text: '（18611224455）', number: '18611224455' },
  { kind: 'labelled', text: '电话13566778899', number: '13566778899' },
  { kind: 'labelled-colon', text: '电话：177 3456 7788', number: '17734567788' },
  { kind: 'mobile', text: '手机号15099887766', number: '15099887766' },
];

interface Matter {
  category: string;
  text: string;
  key: string[];
  /** What kind of telling (a plain word, no keyword, a trade's context, a story over two clauses): for grouping. */
  kind?: string;
}

/** Several matters per category, short and long, some in dialect words. */
const MATTERS: Matter[] = [
  { category: '基础设施', text: '路灯不亮了', key: ['路灯'] },
  { category: '基础设施', text: '村口那座便桥的栏杆松了，娃娃上学走那里怕出事', key: ['便桥'] },
  { category: '基础设施', text: '自来水三天没来了', key: ['自来水'] },
  { category: '基础设施', text: '屋后头的排水沟堵死了，一下雨就倒灌', key: ['排水沟'] },
  { category: '基础设施', text: '单元楼电梯老是停', key: ['电梯'] },
  { category: '就业社保', text: '在工地干了半年工钱一直没结', key: ['工钱'] },
  { category: '就业社保', text: '想问问公益岗还招不招人', key: ['公益岗'] },
  { category: '就业社保', text: '养老金这个月没到账', key: ['养老金'] },
  { category: '就业社保', text: '儿子失业在家想参加技能培训', key: ['技能培训'] },
  { category: '医疗', text: '老伴血压高，想办慢病卡', key: ['慢病卡'] },
  { category: '医疗', text: '村卫生室老是关门，拿药要跑镇上', key: ['卫生室'] },
  { category: '医疗', text: '住院的钱医保报不了', key: ['医保'] },
  { category: '教育', text: '孙子转学手续办不下来', key: ['转学'] },
  { category: '教育', text: '娃儿放学没人接，想问有没有课后托管', key: ['托管'] },
  { category: '教育', text: '闺女考上大学了学费凑不齐', key: ['学费'] },
  { category: '矛盾纠纷', text: '跟隔壁为宅基地界线吵了好几回', key: ['宅基地'] },
  { category: '矛盾纠纷', text: '两家为一堵墙闹得很僵', key: ['一堵墙'] },
  { category: '矛盾纠纷', text: '房东押金一直不退', key: ['押金'] },
  { category: '环境', text: '垃圾桶满了没人清', key: ['垃圾桶'] },
  { category: '环境', text: '楼下饭馆油烟太大，熏得没法开窗', key: ['油烟'] },
  { category: '环境', text: '河沟里的水臭得很，蚊子多', key: ['河沟'] },
  { category: '环境', text: '半夜广场舞音响太吵', key: ['广场舞'] },
  { category: '基础设施', text: '巷子里的路面坑坑洼洼的，骑车摔过好几个人', key: ['路面'] },
  { category: '基础设施', text: '水管冻裂了', key: ['水管'] },
  { category: '基础设施', text: '手机信号太差，打电话要跑到坡上', key: ['信号'] },
  { category: '就业社保', text: '残疾证年审不晓得去哪办', key: ['残疾证'] },
  { category: '就业社保', text: '养老保险断缴了两年想补上', key: ['养老保险'] },
  { category: '就业社保', text: '在厂里伤了手，老板不给报工伤', key: ['工伤'] },
  { category: '医疗', text: '孩子半夜发烧，村里找不到医生', key: ['医生'] },
  { category: '医疗', text: '想签个家庭医生', key: ['家庭医生'] },
  { category: '教育', text: '娃娃辍学在家天天打游戏', key: ['辍学'] },
  { category: '教育', text: '幼儿园收费太高，想问有没有补助', key: ['幼儿园'] },
  { category: '矛盾纠纷', text: '楼上卫生间漏水到他家，楼上不肯修', key: ['漏水'] },
  { category: '矛盾纠纷', text: '兄弟几个为老人赡养的事闹翻了', key: ['赡养'] },
  { category: '矛盾纠纷', text: '邻居家的狗咬了人不肯赔', key: ['狗'] },
  { category: '环境', text: '工厂半夜偷偷排黑烟', key: ['黑烟'] },
  { category: '环境', text: '路边的垃圾堆了好几天没人拉', key: ['垃圾'] },
  { category: '环境', text: '沟渠里漂着死鱼，味道大得很', key: ['死鱼'] },
  { category: '基础设施', text: '屋头的水管爆了，到处是水', key: ['水管'] },
  { category: '基础设施', text: '俺家那口井干了，吃水得去邻村挑', key: ['井'] },
  { category: '就业社保', text: '想找个离家近的活干，能顾着老人', key: ['活干'] },
  { category: '就业社保', text: '高龄补贴好几个月没发了', key: ['高龄补贴'] },
  { category: '医疗', text: '老头子瘫在床上，想请人上门护理', key: ['护理'] },
  { category: '医疗', text: '大病报销了还差好几万', key: ['大病'] },
  { category: '教育', text: '孩子跟着爸妈来这边打工，想在附近小学插班', key: ['插班'] },
  { category: '矛盾纠纷', text: '两口子天天吵，男的还动手', key: ['动手'] },
  { category: '矛盾纠纷', text: '承包地被人家多占了一垄', key: ['承包地'] },
  { category: '环境', text: '隔壁养猪场的粪水流到路上', key: ['养猪场'] },
  { category: '环境', text: '小区里的树好几年没修剪，挡得屋里黑乎乎的', key: ['修剪'] },
];

interface Holder {
  kind: string;
  /** How the message hands it over; {h} is not used: each text is whole. */
  text: string;
  expected?: string;
}

const HOLDERS: Holder[] = [
  { kind: 'none', text: '' },
  { kind: 'none', text: '' },
  { kind: 'me', text: '我来跟进' },
  { kind: '村委X主任', text: '村委李主任负责', expected: '李主任' },
  { kind: '村委X主任', text: '交给村委会赵主任', expected: '赵主任' },
  { kind: '网格员小X', text: '网格员小范跟进', expected: '小范' },
  { kind: '网格员小X', text: '请网格员小吕处理', expected: '小吕' },
  { kind: '全名', text: '由唐海波负责', expected: '唐海波' },
  { kind: '全名', text: '责任人：郭文斌', expected: '郭文斌' },
  { kind: '部门', text: '交给镇民政办', expected: '镇民政办' },
  { kind: '转给', text: '转给供水站', expected: '供水站' },
  { kind: '转给', text: '已转给派出所', expected: '派出所' },
  { kind: '@', text: '@小范 跟进一下', expected: '小范' },
  { kind: '让X去', text: '让网格员小吕去看看', expected: '小吕' },
  { kind: '职务名', text: '村支书黄德明负责', expected: '黄德明' },
  { kind: '职务名', text: '社区王书记跟进', expected: '王书记' },
  { kind: '职务名', text: '包村干部刘强负责', expected: '刘强' },
  { kind: '部门+人', text: '派出所民警老陈处理', expected: '老陈' },
];

interface Due {
  kind: string;
  text: string;
  expected?: string;
}

/** Days as of Wednesday 2026-03-04 (the eval's clock). */
const DUES: Due[] = [
  { kind: 'none', text: '' },
  { kind: 'N天内', text: '3天内', expected: '2026-03-07' },
  { kind: 'N天内', text: '三天内回复', expected: '2026-03-07' },
  { kind: '本周五前', text: '本周五前', expected: '2026-03-06' },
  { kind: '本周五前', text: '这周五之前答复', expected: '2026-03-06' },
  { kind: '月底前', text: '月底前', expected: '2026-03-31' },
  { kind: '月底前', text: '月底前办好', expected: '2026-03-31' },
  { kind: '下周一', text: '下周一', expected: '2026-03-09' },
  { kind: '下周一', text: '下周一前', expected: '2026-03-09' },
  { kind: 'N号前', text: '12号前', expected: '2026-03-12' },
  { kind: 'N号前', text: '20号之前', expected: '2026-03-20' },
  { kind: '明天', text: '明天', expected: '2026-03-05' },
  { kind: '明天', text: '明天给回话', expected: '2026-03-05' },
  { kind: '周五前', text: '周五前', expected: '2026-03-06' },
  { kind: '两周内', text: '两周内', expected: '2026-03-18' },
  { kind: '后天', text: '后天回复他', expected: '2026-03-06' },
  { kind: '下月N号', text: '下个月5号前', expected: '2026-04-05' },
  { kind: '尽快', text: '尽快处理' },
  { kind: '过两天', text: '过两天再去看看' },
  { kind: '年前', text: '年前解决' },
  { kind: 'M月D日前', text: '3月15日前', expected: '2026-03-15' },
  { kind: '下周三之前', text: '下周三之前', expected: '2026-03-11' },
  { kind: '十天内', text: '十天内', expected: '2026-03-14' },
  { kind: '一周内', text: '一周内答复', expected: '2026-03-11' },
  { kind: '这个月底', text: '这个月底前', expected: '2026-03-31' },
];

const SPOTS = [
  { kind: 'prefix', text: '当场解决：' },
  { kind: 'suffix', text: '已当场解决' },
  { kind: 'suffix', text: '现场处理好了' },
  { kind: 'suffix', text: '当场办结' },
];

/** Said around the message, no field: a greeting before it, thanks after it. */
const GREETINGS = ['', '', '', '', '书记好，', '各位好，', '收到，'];
const THANKS = ['', '', '', '', '，谢谢', '。麻烦了', '！辛苦'];

/** Between the raiser and the matter: a verb of saying, or nothing. */
const SAYS = ['反映', '反映：', '说', '来说', '', ''];

const JOINERS = [
  { kind: 'space', sep: ' ' },
  { kind: 'comma', sep: '，' },
  { kind: 'line', sep: '\n' },
] as const;

/** Generates one message from the random source. */
/** The parts a message is composed from: the set the parser was fixed against, or {@link FRESH} for a check. */
export interface Parts {
  places: Place[];
  /** said: how the message writes the name when it is more than the name (a kin word after it: 买买提·吾守尔大叔). */
  names: { kind: string; name: string; said?: string }[];
  beforeName: { kind: string; text: string }[];
  matters: Matter[];
  holders: Holder[];
  dues: Due[];
  noOne: string[];
  /**
   * A person described but not named (一位低保户阿姨): no one to call back, so, as the tests judge 一位老大娘, the
   * raiser is asked. Only in the wider parts.
   */
  described?: string[];
  /** The matter only said to exist (说有件事想反映): the content is asked, the category is 其他. */
  vague?: string[];
  /**
   * The member's own follow-up on a day, in place of a promised date (俺说下周一去现场说和, 明天带供热公司的人去看):
   * the day is the promise. Only in the round-14 parts.
   */
  ownDays?: Due[];
  /** Solved there, told in the member's words, not as 当场解决 (当场跟他讲明白了, 已闭环, …给推上了，亮了). */
  spotSaid?: string[];
  /**
   * Matters that name someone who did not raise them ({n}: the landlord, the neighbour in the quarrel, the boss): the
   * raiser is still the one who told it, and when no one told it the raiser is asked, never taken from the matter.
   * Only in the round-16 parts.
   */
  others?: Matter[];
  /** The names {n} is filled with. */
  otherNames?: string[];
  /**
   * How the person is named after the matter, as a clause of its own (…垃圾池满了，农德光反映的; …，陆永昌来村委说的),
   * with the place glued before the matter (那禄村弄立屯垃圾池满了): the place's end and the matter's start touch, and
   * the raiser is told last. Only in the round-17 parts.
   */
  toldAfter?: string[];
}
const TUNED: Parts = {
  places: PLACES,
  names: NAMES,
  beforeName: BEFORE_NAME,
  matters: MATTERS,
  holders: HOLDERS,
  dues: DUES,
  noOne: NO_ONE,
};

/**
 * Parts written after the parser's fixes, never run while fixing it (other names, places, matters, holders and days
 * of the same kinds): the generator's own held-out check that the fixes are of a kind, not of these words.
 */
export const FRESH: Parts = {
  places: [
    { kind: '村', text: '杏花村', expected: '杏花村' },
    { kind: '镇+村', text: '马坊镇东沟村', expected: '马坊镇东沟村' },
    { kind: '社区', text: '光明里社区', expected: '光明里社区' },
    { kind: '街道+社区', text: '南关街道幸福社区', expected: '南关街道幸福社区' },
    { kind: '嘎查', text: '额尔敦嘎查', expected: '额尔敦嘎查' },
    { kind: '屯', text: '大榆树屯', expected: '大榆树屯' },
    { kind: '社区+网格', text: '光明里社区第7网格', expected: '光明里社区第7网格' },
    { kind: '小区', text: '翠湖小区', expected: '翠湖小区' },
    { kind: '村+组', text: '杏花村二组', expected: '杏花村二组' },
  ],
  names: [
    { kind: '大爷', name: '鲁大爷' },
    { kind: '阿姨', name: '蔡阿姨' },
    { kind: '婶', name: '田三婶' },
    { kind: '老X', name: '老秦' },
    { kind: '小X', name: '小苗' },
    { kind: '全名', name: '梁振华' },
    { kind: '全名', name: '胡秀珍' },
    { kind: '维吾尔', name: '古丽娜尔·艾山' },
    { kind: '彝', name: '吉克阿依' },
    { kind: '蒙古', name: '苏日娜' },
    { kind: '藏', name: '拉巴卓嘎' },
    { kind: '称呼', name: '汪奶奶' },
    { kind: '称呼', name: '邓师傅' },
  ],
  beforeName: [
    { kind: 'none', text: '' },
    { kind: 'none', text: '' },
    { kind: '村民', text: '村民' },
    { kind: '居民', text: '居民' },
    { kind: '困难户', text: '困难户' },
    { kind: '邻居', text: '对门' },
    { kind: '年龄', text: '七十多岁的' },
    { kind: '做什么的', text: '摆摊卖菜的' },
  ],
  matters: [
    { category: '基础设施', text: '村道上的井盖丢了一个', key: ['井盖'] },
    { category: '基础设施', text: '家里停电两天了', key: ['停电'] },
    { category: '就业社保', text: '低保年审材料不会填', key: ['低保'] },
    { category: '就业社保', text: '老板拖欠了三个月工资', key: ['工资'] },
    { category: '医疗', text: '老伴糖尿病，想问慢性病报销', key: ['慢性病'] },
    { category: '医疗', text: '疫苗本找不到了，孩子要打针', key: ['疫苗'] },
    { category: '教育', text: '孙女上初中要办学籍证明', key: ['学籍'] },
    { category: '矛盾纠纷', text: '和邻居为车位的事吵起来了', key: ['车位'] },
    { category: '矛盾纠纷', text: '租的房子到期了房东不退押金', key: ['押金'] },
    { category: '环境', text: '楼道里堆满了杂物，走不过去', key: ['杂物'] },
    { category: '环境', text: '河边有人烧垃圾，烟熏得厉害', key: ['烧垃圾'] },
  ],
  holders: [
    { kind: 'none', text: '' },
    { kind: 'me', text: '我负责' },
    { kind: '村委X主任', text: '交给村委会孙主任', expected: '孙主任' },
    { kind: '网格员小X', text: '网格员小贾跟进', expected: '小贾' },
    { kind: '全名', text: '由冯志刚负责', expected: '冯志刚' },
    { kind: '转给', text: '已转给司法所', expected: '司法所' },
    { kind: '部门', text: '交给镇社保所', expected: '镇社保所' },
  ],
  dues: [
    { kind: 'none', text: '' },
    { kind: 'N天内', text: '五天内', expected: '2026-03-09' },
    { kind: '周X前', text: '周四前', expected: '2026-03-05' },
    { kind: '月底前', text: '月底之前回复', expected: '2026-03-31' },
    { kind: '下周X', text: '下周二', expected: '2026-03-10' },
    { kind: 'N号前', text: '18号前', expected: '2026-03-18' },
    { kind: '后天', text: '后天', expected: '2026-03-06' },
    { kind: '尽快', text: '抓紧办' },
  ],
  noOne: ['有村民来反映', '群众反映', '好几家住户说'],
};

/**
 * Matters of more kinds than {@link MATTERS}: words of each category the first list never used, matters that name no
 * keyword of their category (老人看病报销跑了三趟), matters of a trade's or a place's context (渔船, 养殖, 光伏, 快递,
 * 骑手, 宿舍, 物业), and matters told as a story over two clauses. Half is tuned on, half ({@link WIDER_FRESH}) kept apart.
 */
const WIDER_MATTERS: Matter[] = [
  { kind: 'vocab', category: '基础设施', text: '村里的路灯杆被车撞歪了', key: ['路灯杆'] },
  { kind: 'vocab', category: '基础设施', text: '楼顶的水箱漏了，楼下天花板起泡', key: ['水箱'] },
  { kind: 'no-keyword', category: '基础设施', text: '一到晚上巷子里黑灯瞎火的，老人不敢出门', key: ['黑灯瞎火'] },
  { kind: 'context', category: '基础设施', text: '渔港的码头台阶断了一截，上下船危险', key: ['码头'] },
  { kind: 'context', category: '基础设施', text: '屋顶装的光伏板被风掀了，电线耷拉下来', key: ['光伏板'] },
  { kind: 'story', category: '基础设施', text: '前天下大雨，进村那段土路冲出一道大口子', key: ['土路'] },
  { kind: 'vocab', category: '就业社保', text: '想办灵活就业的社保', key: ['灵活就业'] },
  { kind: 'no-keyword', category: '就业社保', text: '干了一年的活，包工头卷钱跑了', key: ['包工头'] },
  { kind: 'context', category: '就业社保', text: '送外卖的骑手摔伤了，平台说不算工伤', key: ['骑手'] },
  { kind: 'context', category: '就业社保', text: '快递站的分拣工干满三个月还没签合同', key: ['分拣工'] },
  { kind: 'story', category: '就业社保', text: '老伴去年走了，抚恤金到现在还没领到', key: ['抚恤金'] },
  { kind: 'vocab', category: '就业社保', text: '临时救助的申请交上去一个月没消息', key: ['临时救助'] },
  { kind: 'no-keyword', category: '医疗', text: '老人看病报销跑了三趟还没办成', key: ['报销'] },
  { kind: 'vocab', category: '医疗', text: '孙子要做手术，想问能不能先垫付', key: ['手术'] },
  { kind: 'context', category: '医疗', text: '渔船上的船员出海受了伤，想问怎么转诊', key: ['转诊'] },
  { kind: 'story', category: '医疗', text: '老爷子前几天摔了一跤，到现在腿还肿着走不了路', key: ['摔了一跤'] },
  { kind: 'no-keyword', category: '医疗', text: '老太太眼睛越来越看不清，想做白内障', key: ['白内障'] },
  { kind: 'vocab', category: '教育', text: '孩子转学籍转不过来', key: ['学籍'] },
  { kind: 'no-keyword', category: '教育', text: '娃娃开学报名说户口不在本地不收', key: ['报名'] },
  { kind: 'context', category: '教育', text: '厂里宿舍住的工人家孩子没地方上幼儿班', key: ['幼儿班'] },
  { kind: 'story', category: '教育', text: '孩子去年跟着爸妈去了外地，今年回来想接着念五年级', key: ['五年级'] },
  { kind: 'vocab', category: '教育', text: '想给闺女申请助学金', key: ['助学金'] },
  { kind: 'no-keyword', category: '矛盾纠纷', text: '两家为排水沟吵得不可开交', key: ['排水沟'] },
  { kind: 'context', category: '矛盾纠纷', text: '业主和物业为停车费闹到要起诉', key: ['停车费'] },
  { kind: 'context', category: '矛盾纠纷', text: '两户养殖户为鱼塘的进水口争了好几天', key: ['鱼塘'] },
  { kind: 'story', category: '矛盾纠纷', text: '他家盖房子把屋檐伸到邻居院里，邻居天天堵门骂', key: ['屋檐'] },
  { kind: 'vocab', category: '矛盾纠纷', text: '老人走了以后几个子女为房产分不拢', key: ['房产'] },
  { kind: 'no-keyword', category: '环境', text: '屋后头那条沟一到夏天就发黑发臭', key: ['发黑'] },
  { kind: 'context', category: '环境', text: '养殖场的鸡粪堆在田边，苍蝇成群', key: ['鸡粪'] },
  { kind: 'context', category: '环境', text: '快递站门口纸箱子堆成山，也没人收拾', key: ['纸箱子'] },
  { kind: 'story', category: '环境', text: '上个月有人往河里倒了几车建筑垃圾，水都变浑了', key: ['建筑垃圾'] },
  { kind: 'vocab', category: '环境', text: '楼下烧烤摊的烟直往屋里钻', key: ['烧烤摊'] },
  // A second batch, written after the first fixes: more matters that tell what happened rather than name a kind.
  { kind: 'no-keyword', category: '基础设施', text: '桥头那段坡一下雪就上不去车', key: ['桥头'] },
  { kind: 'context', category: '基础设施', text: '菜市场的顶棚塌了半边', key: ['顶棚'] },
  { kind: 'story', category: '基础设施', text: '去年新打的那段水泥地，今年开春就全起皮了', key: ['水泥地'] },
  { kind: 'context', category: '就业社保', text: '在冷库干装卸的几个人被扣了押的钱', key: ['冷库'] },
  { kind: 'no-keyword', category: '就业社保', text: '在饭店端了半年盘子，走的时候老板一分没给', key: ['端了半年盘子'] },
  { kind: 'story', category: '就业社保', text: '孩子他爸在矿上出了事，厂里到现在不认', key: ['矿上'] },
  { kind: 'vocab', category: '就业社保', text: '想问问退役军人的优待证怎么办', key: ['优待证'] },
  { kind: 'no-keyword', category: '医疗', text: '老人家心口疼了一晚上，想问镇上能不能做检查', key: ['心口疼'] },
  { kind: 'context', category: '医疗', text: '养殖场的工人被牛顶伤了腰，想问能不能治疗费先报', key: ['治疗费'] },
  { kind: 'story', category: '医疗', text: '孩子生下来就有心脏方面的毛病，一直在省城治', key: ['心脏'] },
  { kind: 'vocab', category: '医疗', text: '想给老伴办个门特', key: ['门特'] },
  { kind: 'no-keyword', category: '教育', text: '孩子在学校被高年级的要钱，不敢去了', key: ['高年级'] },
  { kind: 'context', category: '教育', text: '跑船人家的孩子没人带，成绩掉得厉害', key: ['成绩'] },
  { kind: 'story', category: '教育', text: '闺女去年没考上，今年想复读找不到地方', key: ['复读'] },
  { kind: 'vocab', category: '教育', text: '孩子的营养餐停了好几天', key: ['营养餐'] },
  { kind: 'no-keyword', category: '矛盾纠纷', text: '前后两家为一条过道堵来堵去', key: ['过道'] },
  { kind: 'context', category: '矛盾纠纷', text: '合伙包鱼塘的两个人散伙了，钱算不清', key: ['散伙'] },
  { kind: 'story', category: '矛盾纠纷', text: '他借给表哥两万块，如今表哥不认账', key: ['不认账'] },
  { kind: 'vocab', category: '矛盾纠纷', text: '上下楼的为装空调外机的位置顶上了', key: ['空调外机'] },
  { kind: 'no-keyword', category: '环境', text: '村边的小河一下雨就漂满了白花花的饭盒', key: ['饭盒'] },
  { kind: 'context', category: '环境', text: '光伏板底下的草长得一人高，怕起火', key: ['草长得'] },
  { kind: 'story', category: '环境', text: '隔壁作坊天天刷油漆，一屋子的味散不掉', key: ['油漆'] },
];

/** Described, not named: no one to call back. */
const DESCRIBED = ['一位低保户阿姨说', '有个开出租的师傅来说', '一个送快递的小伙子反映', '一位退休老教师来反映', '两个骑电动车的大姐说'];

/** Only said to exist: 说有件事, no matter told. */
const VAGUE = ['说有件事想反映', '说有个情况要找社区', '来说有事要找村里，没讲是什么事', '打电话说有点事，人在忙没说清'];

/** The wider parts: the tuned names, places, holders and days, with the wider matters, people and vague matters. */
export const WIDER: Parts = { ...TUNED, matters: WIDER_MATTERS, described: DESCRIBED, vague: VAGUE };

/** The wider parts kept apart: never run while fixing the parser. */
export const WIDER_FRESH: Parts = {
  ...FRESH,
  matters: [
    { kind: 'vocab', category: '基础设施', text: '村委会门口的消防栓漏水好几天了', key: ['消防栓'] },
    { kind: 'no-keyword', category: '基础设施', text: '一刮风家里就断网，孩子上不了网课', key: ['断网'] },
    { kind: 'context', category: '基础设施', text: '养殖区那条便道被拉饲料的大车压烂了', key: ['便道'] },
    { kind: 'story', category: '基础设施', text: '上周修管道挖开的口子，到现在还没填上', key: ['口子'] },
    { kind: 'vocab', category: '就业社保', text: '想申请残疾人两项补贴不知道要啥材料', key: ['两项补贴'] },
    { kind: 'context', category: '就业社保', text: '在光伏电站干活的临时工被扣了半个月工钱', key: ['临时工'] },
    { kind: 'no-keyword', category: '就业社保', text: '厂子倒闭了，老板跑了，二十几个人没拿到钱', key: ['倒闭'] },
    { kind: 'story', category: '就业社保', text: '儿子从部队退伍回来，安置的事一直没人管', key: ['退伍'] },
    { kind: 'vocab', category: '医疗', text: '想给老人办个长期护理险', key: ['长期护理险'] },
    { kind: 'no-keyword', category: '医疗', text: '老伴做完化疗，回来报不了多少', key: ['化疗'] },
    { kind: 'context', category: '医疗', text: '宿舍里好几个工人上吐下泻，怕是吃坏了', key: ['上吐下泻'] },
    { kind: 'vocab', category: '教育', text: '孩子小升初分不到家门口的学校', key: ['小升初'] },
    { kind: 'no-keyword', category: '教育', text: '儿子转学过来学籍一直挂在老家', key: ['学籍'] },
    { kind: 'story', category: '教育', text: '孙女去年休学在家，今年想复学没人管', key: ['复学'] },
    { kind: 'no-keyword', category: '矛盾纠纷', text: '两家为一棵树的归属吵了半年', key: ['一棵树'] },
    { kind: 'context', category: '矛盾纠纷', text: '渔船停靠的位置两家抢来抢去，差点打起来', key: ['渔船'] },
    { kind: 'story', category: '矛盾纠纷', text: '楼上装修把他家墙震裂了，楼上一直躲着不见', key: ['装修'] },
    { kind: 'vocab', category: '环境', text: '村头的公厕臭气熏天', key: ['公厕'] },
    { kind: 'context', category: '环境', text: '物业好几天没收垃圾，楼道里一股味', key: ['物业'] },
    { kind: 'no-keyword', category: '环境', text: '路边的水沟里全是白色泡沫', key: ['泡沫'] },
  ],
  described: ['一位摆摊的大爷说', '有个住在出租屋的小伙子反映', '一位残疾人大哥来说'],
  vague: ['说有个事要反映一下', '来村委说有急事，没说啥事'],
};

/**
 * Round 14 (2026-12-06), from the misses of four writers moved into tuning: a village named for a family (马家庄)
 * glued to the name, riders, tenants and a boat's master before the name, Minnan 阿X姆/阿X伯 names and a dotted name
 * with a kin word glued after it, staff brought in, agreed with or reported to (拉…介入, 跟…拉通, 已报…), an office
 * with 的 before a name of no Han surname's shape, the member's own day (俺说下周一去说和, 明天带…的人去看, 约在下周二),
 * an estate's numbered part (翠苑一区) and a matter solved there told in the member's words. Half of each is tuned on ({@link ROUND14}), half kept apart
 * ({@link ROUND14_FRESH}), written at the same time and never run while fixing the parser.
 */
export const ROUND14: Parts = {
  ...TUNED,
  places: [
    ...PLACES.slice(0, 6),
    { kind: '姓家庄', text: '马家庄', expected: '马家庄' },
    { kind: '姓家庄', text: '李家湾', expected: '李家湾' },
    { kind: '姓家庄', text: '赵家峪', expected: '赵家峪' },
    { kind: '苑N区', text: '翠苑一区', expected: '翠苑一区' },
  ],
  names: [
    ...NAMES.slice(0, 14),
    { kind: '阿X姆', name: '阿凤姆' },
    { kind: '阿X姆', name: '阿土伯' },
    { kind: '阿X姆', name: '阿英婆' },
    { kind: '维吾尔+称呼', name: '买买提·吾守尔', said: '买买提·吾守尔大叔' },
    { kind: '全名3', name: '王福来' },
  ],
  beforeName: [
    ...BEFORE_NAME.slice(0, 6),
    { kind: '骑手', text: '骑手' },
    { kind: '租客', text: '租客' },
    { kind: '船老大', text: '船老大' },
  ],
  holders: [
    ...HOLDERS.slice(0, 6),
    { kind: '拉X介入', text: '已拉社区网格员张姐介入', expected: '张姐' },
    { kind: '跟X拉通', text: '已经跟城管中队刘队拉通', expected: '刘队' },
    { kind: '已报X', text: '已报镇环保办林主任', expected: '林主任' },
    { kind: '所的X', text: '市场管理所的帕尔哈提负责', expected: '帕尔哈提' },
    { kind: '单位X站长', text: '已转给镇农业服务中心陈站长', expected: '陈站长' },
  ],
  ownDays: [
    { kind: '俺说X去', text: '俺说下周一去现场说和', expected: '2026-03-09' },
    { kind: '带人去', text: '明天带供热公司的人去看', expected: '2026-03-05' },
    { kind: '叫X去', text: '我明天叫保洁队去清', expected: '2026-03-05' },
    { kind: '把X发给', text: '下周一把报名表发给他', expected: '2026-03-09' },
    { kind: '领着去', text: '俺明天领着他去卫生院', expected: '2026-03-05' },
    { kind: '约在', text: '约在下周二上门', expected: '2026-03-10' },
  ],
  spotSaid: ['当场跟他讲明白了', '已闭环', '当场都签了字', '俺去看了是开关跳了，给推上了，亮了'],
};

/** The round-14 parts kept apart: the same kinds in other words, never run while fixing (see {@link ROUND14}). */
export const ROUND14_FRESH: Parts = {
  ...FRESH,
  places: [
    ...FRESH.places.slice(0, 4),
    { kind: '姓家庄', text: '郑家营', expected: '郑家营' },
    { kind: '姓家庄', text: '周家坳', expected: '周家坳' },
    { kind: '姓家庄', text: '何家铺', expected: '何家铺' },
    { kind: '苑N区', text: '锦苑三区', expected: '锦苑三区' },
  ],
  names: [
    ...FRESH.names.slice(0, 7),
    { kind: '阿X姆', name: '阿秀姆' },
    { kind: '阿X姆', name: '阿火伯' },
    { kind: '维吾尔+称呼', name: '努尔买买提·艾力', said: '努尔买买提·艾力大哥' },
    { kind: '全名3', name: '孙德和' },
  ],
  beforeName: [
    ...FRESH.beforeName.slice(0, 4),
    { kind: '房客', text: '房客' },
    { kind: '驿站站长', text: '驿站站长' },
    { kind: '网约车司机', text: '网约车司机' },
  ],
  holders: [
    ...FRESH.holders.slice(0, 4),
    { kind: '请X出面', text: '已请村里网格长王姐出面', expected: '王姐' },
    { kind: '跟X对齐', text: '跟社区民警小吴对齐了', expected: '小吴' },
    { kind: '已报X', text: '已报街道城建科何科长', expected: '何科长' },
    { kind: '所的X', text: '供电所的艾力负责', expected: '艾力' },
    { kind: '单位X局长', text: '已转给县医保局周局长', expected: '周局长' },
  ],
  ownDays: [
    { kind: '俺说X去', text: '我跟他讲后天去现场调解', expected: '2026-03-06' },
    { kind: '带人去', text: '周五带电工去看', expected: '2026-03-06' },
    { kind: '叫X去', text: '明天喊环卫站的人来拉', expected: '2026-03-05' },
    { kind: '把X发给', text: '后天把申请表送给她', expected: '2026-03-06' },
    { kind: '领着去', text: '我下周二陪她去民政办', expected: '2026-03-10' },
    { kind: '约在', text: '定在3.16当面谈', expected: '2026-03-16' },
  ],
  spotSaid: ['当场给她解释了政策', '已经闭环了', '当场按了手印', '去看了是水阀没开，拧开了，通了'],
};

/**
 * A third batch of matters (2026-12-06), for the category reading: per category, matters told by their object and what
 * happened to it (a pump burnt out, a wage put off, a rash, a child bullied, a field ridge moved, oil on a river), in
 * words neither earlier list used. Written in two halves of different vocabulary before the category reading was
 * changed; {@link WIDER2} is tuned on, {@link WIDER2_FRESH} is kept apart and never read while fixing.
 */
const WIDER2_MATTERS: Matter[] = [
  { kind: 'object', category: '基础设施', text: '村口的漫水桥桥墩被水掏空了', key: ['桥墩'] },
  { kind: 'object', category: '基础设施', text: '家门口的下水道井箅子被人偷了', key: ['井箅子'] },
  { kind: 'object', category: '基础设施', text: '巷子里的电缆被挖掘机挖断了，整条街黑着', key: ['电缆'] },
  { kind: 'object', category: '基础设施', text: '单元门的对讲机坏了好几个月', key: ['对讲机'] },
  { kind: 'object', category: '基础设施', text: '村里提灌站的抽水机烧了，田里放不进水', key: ['抽水机'] },
  { kind: 'object', category: '基础设施', text: '老街的排洪渠塌了一段', key: ['排洪渠'] },
  { kind: 'object', category: '就业社保', text: '在砖厂搬了三个月砖，工头说年底再结', key: ['砖厂'] },
  { kind: 'object', category: '就业社保', text: '想问问失地农民的养老保险怎么交', key: ['失地农民'] },
  { kind: 'object', category: '就业社保', text: '纺织厂把他辞了，一分补偿金都没有', key: ['补偿金'] },
  { kind: 'object', category: '就业社保', text: '家里老人八十岁了，高龄津贴一直没领到', key: ['高龄津贴'] },
  { kind: 'object', category: '就业社保', text: '在物流园开叉车，合同到期公司不续也不给说法', key: ['叉车'] },
  { kind: 'object', category: '就业社保', text: '想报名村里的护林员岗位', key: ['护林员'] },
  { kind: 'object', category: '医疗', text: '老伴查出来肺上有结节，想去市里复查', key: ['结节'] },
  { kind: 'object', category: '医疗', text: '孩子出水痘，烧到三十九度', key: ['水痘'] },
  { kind: 'object', category: '医疗', text: '老人中风以后半边身子不能动，想做康复', key: ['中风'] },
  { kind: 'object', category: '医疗', text: '想问透析一次能报多少', key: ['透析'] },
  { kind: 'object', category: '医疗', text: '隔壁阿婆牙全掉了，想配副假牙', key: ['假牙'] },
  { kind: 'object', category: '医疗', text: '工地上好几个人中暑晕倒了', key: ['中暑'] },
  { kind: 'object', category: '教育', text: '孩子在幼儿园被老师罚站，家长想讨个说法', key: ['罚站'] },
  { kind: 'object', category: '教育', text: '高三的女儿想报艺考，不晓得去哪集训', key: ['艺考'] },
  { kind: 'object', category: '教育', text: '娃娃上学路远，想问能不能寄宿', key: ['寄宿'] },
  { kind: 'object', category: '教育', text: '孩子有自闭症，普通学校不收，想找特教班', key: ['特教班'] },
  { kind: 'object', category: '教育', text: '孙子英语跟不上，想问社区有没有免费辅导', key: ['英语'] },
  { kind: 'object', category: '教育', text: '职校的毕业证一直没发下来', key: ['毕业证'] },
  { kind: 'object', category: '矛盾纠纷', text: '两兄弟为老宅的一间偏房争得脸红脖子粗', key: ['偏房'] },
  { kind: 'object', category: '矛盾纠纷', text: '前夫不给孩子抚养费，还不让她见孩子', key: ['抚养费'] },
  { kind: 'object', category: '矛盾纠纷', text: '邻居家的鸡天天钻进他家菜园啄菜，说了几回不管用', key: ['菜园'] },
  { kind: 'object', category: '矛盾纠纷', text: '合伙开店的两个人闹掰了，账对不上', key: ['闹掰'] },
  { kind: 'object', category: '矛盾纠纷', text: '村里两户为田埂往哪边挪吵翻了天', key: ['田埂'] },
  { kind: 'object', category: '矛盾纠纷', text: '买的二手车出了毛病，卖车的人不认', key: ['二手车'] },
  { kind: 'object', category: '环境', text: '河面上浮着一层油花，鱼都翻白了', key: ['油花'] },
  { kind: 'object', category: '环境', text: '村西头的砖窑天天冒黄烟，呛得人咳嗽', key: ['砖窑'] },
  { kind: 'object', category: '环境', text: '楼后有人养了几十只鸽子，鸽子屎落得到处都是', key: ['鸽子'] },
  { kind: 'object', category: '环境', text: '工地晚上打桩，整栋楼睡不着', key: ['打桩'] },
  { kind: 'object', category: '环境', text: '山脚下有人偷偷倒医疗废物', key: ['医疗废物'] },
  { kind: 'object', category: '环境', text: '菜市场污水横流，一股馊味', key: ['馊味'] },
];

/** The third batch's other half, in other words: never run while fixing the category reading. */
const WIDER2_FRESH_MATTERS: Matter[] = [
  { kind: 'object', category: '基础设施', text: '村后的拦水坝裂了条缝，怕汛期出事', key: ['拦水坝'] },
  { kind: 'object', category: '基础设施', text: '镇上到村里的客运线停了，老人赶集没车坐', key: ['客运线'] },
  { kind: 'object', category: '基础设施', text: '楼顶的避雷针歪了', key: ['避雷针'] },
  { kind: 'object', category: '基础设施', text: '村里的变压器一到晚上就跳，家里一闪一闪的', key: ['变压器'] },
  { kind: 'object', category: '基础设施', text: '楼上下来的雨水管断了，水顺着墙往下淌', key: ['雨水管'] },
  { kind: 'object', category: '基础设施', text: '村部前面文化广场的石板翘起来了', key: ['文化广场'] },
  { kind: 'object', category: '就业社保', text: '在养鸡场喂了一年鸡，场主拖着不发钱', key: ['养鸡场'] },
  { kind: 'object', category: '就业社保', text: '想问问被征地以后的生活补助怎么领', key: ['征地'] },
  { kind: 'object', category: '就业社保', text: '保洁公司让他签自愿放弃社保的协议', key: ['保洁公司'] },
  { kind: 'object', category: '就业社保', text: '儿子大专毕业半年了还没着落，想问有没有见习岗', key: ['见习岗'] },
  { kind: 'object', category: '就业社保', text: '孤寡老人想申请特困供养', key: ['特困供养'] },
  { kind: 'object', category: '就业社保', text: '装修队的小工从架子上掉下来，老板不管了', key: ['小工'] },
  { kind: 'object', category: '医疗', text: '老人得了带状疱疹，疼得睡不着', key: ['带状疱疹'] },
  { kind: 'object', category: '医疗', text: '孩子打完预防针一直发高烧', key: ['预防针'] },
  { kind: 'object', category: '医疗', text: '想问问产检在村里能不能做', key: ['产检'] },
  { kind: 'object', category: '医疗', text: '婆婆老年痴呆越来越重，想找个地方看', key: ['老年痴呆'] },
  { kind: 'object', category: '医疗', text: '儿子癫痫犯了好几回，药快吃完了', key: ['癫痫'] },
  { kind: 'object', category: '医疗', text: '他上山被蛇咬了，镇上没有血清', key: ['血清'] },
  { kind: 'object', category: '教育', text: '女儿高考志愿不会填，想找人问问', key: ['志愿'] },
  { kind: 'object', category: '教育', text: '娃娃被同学欺负，班主任不管', key: ['班主任'] },
  { kind: 'object', category: '教育', text: '想给孙子报个少年宫的书法班', key: ['书法班'] },
  { kind: 'object', category: '教育', text: '孩子听不懂普通话，跟不上进度', key: ['普通话'] },
  { kind: 'object', category: '教育', text: '想问问农村娃娃上大学有没有专项计划', key: ['专项计划'] },
  { kind: 'object', category: '教育', text: '留守娃娃放了寒假没人管', key: ['寒假'] },
  { kind: 'object', category: '矛盾纠纷', text: '他家的羊啃了别人家的麦苗，对方要他赔三百', key: ['麦苗'] },
  { kind: 'object', category: '矛盾纠纷', text: '两个亲家为彩礼退不退闹翻了', key: ['彩礼'] },
  { kind: 'object', category: '矛盾纠纷', text: '承包果园的老板跟村民为水源抢来抢去', key: ['水源'] },
  { kind: 'object', category: '矛盾纠纷', text: '卖房子的钱三个儿子都想要', key: ['卖房子'] },
  { kind: 'object', category: '矛盾纠纷', text: '楼下说他家空调滴水，天天上楼敲门', key: ['敲门'] },
  { kind: 'object', category: '矛盾纠纷', text: '老两口闹分居，为存折归谁僵住了', key: ['存折'] },
  { kind: 'object', category: '环境', text: '竹林里堆了一大片烂果子，招了好多苍蝇', key: ['烂果子'] },
  { kind: 'object', category: '环境', text: '屠宰场的血水直接排进沟里', key: ['血水'] },
  { kind: 'object', category: '环境', text: '夜市的音箱一直开到后半夜', key: ['音箱'] },
  { kind: 'object', category: '环境', text: '沿河的树被人砍了一大片', key: ['沿河'] },
  { kind: 'object', category: '环境', text: '搅拌站的粉灰飘得满村都是', key: ['搅拌站'] },
  { kind: 'object', category: '环境', text: '田里的农药瓶子扔得满地都是', key: ['农药瓶'] },
];

/** The wider parts with the third batch of matters (tuned on). */
export const WIDER2: Parts = { ...WIDER, matters: WIDER2_MATTERS };
/** The wider kept-apart parts with the third batch's kept-apart matters: never run while fixing. */
export const WIDER2_FRESH: Parts = { ...WIDER_FRESH, matters: WIDER2_FRESH_MATTERS };

/**
 * The round-16 parts (2026-12-06), for the raiser, the place and what the dialogue asks: people as they are called
 * across regions (X嬢嬢, X伯, 阿X, X哥, kin before the name, titles, names in 繁體, Dai, Zhuang, Korean, Kazakh names),
 * places at and below the village (自然村, 寨, 社, 组, 坊, 里, 弄, 巷, 号院, 网格 in several forms, 繁體), a group or the
 * member's own relation telling it (no one to call back: asked), and matters naming someone who is not the raiser.
 * Written in two halves of different words before the parser was changed; {@link ROUND16} is tuned on,
 * {@link ROUND16_FRESH} is kept apart and never read while fixing.
 */
export const ROUND16: Parts = {
  ...TUNED,
  places: [
    ...PLACES.slice(0, 4),
    { kind: '村+自然村', text: '石桥村李家湾自然村', expected: '石桥村李家湾自然村' },
    { kind: '寨', text: '岩脚寨', expected: '岩脚寨' },
    { kind: '村+社', text: '大坪村5社', expected: '大坪村5社' },
    { kind: '坊', text: '文昌坊', expected: '文昌坊' },
    { kind: '里', text: '桂花里', expected: '桂花里' },
    { kind: '弄', text: '康乐弄', expected: '康乐弄' },
    { kind: '巷', text: '槐树巷', expected: '槐树巷' },
    { kind: '号院', text: '向阳社区2号院', expected: '向阳社区2号院' },
    { kind: '网格汉数', text: '向阳社区第三网格', expected: '向阳社区第三网格' },
    { kind: '繁體', text: '柳灣村', expected: '柳灣村' },
    { kind: '繁體', text: '幸福社區', expected: '幸福社區' },
    { kind: '嘎查+组', text: '乌力吉嘎查二组', expected: '乌力吉嘎查二组' },
  ],
  names: [
    ...NAMES.slice(0, 6),
    { kind: 'X嬢嬢', name: '李嬢嬢' },
    { kind: 'X伯', name: '陈伯' },
    { kind: '阿X', name: '阿芳' },
    { kind: 'X哥', name: '刘哥' },
    { kind: 'X婆', name: '黄阿婆' },
    { kind: '亲属+全名', name: '王德发', said: '表叔王德发' },
    { kind: '职衔', name: '周校长' },
    { kind: '繁體', name: '陳秀蘭' },
    { kind: '傣', name: '岩罕' },
    { kind: '壮', name: '韦美玲' },
    { kind: '朝鲜', name: '金英淑' },
    { kind: '哈萨克', name: '努尔兰·叶尔肯' },
  ],
  beforeName: [
    ...BEFORE_NAME.slice(0, 5),
    { kind: '老支书', text: '老支书' },
    { kind: '五保户', text: '五保户' },
    { kind: '楼长', text: '楼长' },
  ],
  noOne: [...NO_ONE.slice(0, 3), '几户村民反映', '楼里的老人们说', '好几家租户一起来说', '组里的几个老党员反映'],
  described: ['我婆婆说', '我家老爷子讲', '我表姐反映', '社里的几户人家说'],
  others: [
    { kind: 'other', category: '矛盾纠纷', text: '跟邻居{n}为院墙吵了好几回', key: ['院墙'] },
    { kind: 'other', category: '矛盾纠纷', text: '房东{n}一直不退押金', key: ['押金'] },
    { kind: 'other', category: '就业社保', text: '包工头{n}欠了三个月工钱', key: ['工钱'] },
    { kind: 'other', category: '矛盾纠纷', text: '楼上{n}家卫生间漏水到他家', key: ['漏水'] },
  ],
  otherNames: ['刘德贵', '赵国强', '孙二柱'],
};

/** The round-16 parts kept apart: the same kinds in other words, never run while fixing (see {@link ROUND16}). */
export const ROUND16_FRESH: Parts = {
  ...FRESH,
  places: [
    ...FRESH.places.slice(0, 4),
    { kind: '村+自然村', text: '东沟村王家坪自然村', expected: '东沟村王家坪自然村' },
    { kind: '寨', text: '苗岭寨', expected: '苗岭寨' },
    { kind: '村+社', text: '杏花村三社', expected: '杏花村三社' },
    { kind: '坊', text: '西关坊', expected: '西关坊' },
    { kind: '里', text: '永安里', expected: '永安里' },
    { kind: '弄', text: '同福弄', expected: '同福弄' },
    { kind: '巷', text: '石板巷', expected: '石板巷' },
    { kind: '号院', text: '光明里社区7号院', expected: '光明里社区7号院' },
    { kind: '网格汉数', text: '幸福社区第五网格', expected: '幸福社区第五网格' },
    { kind: '繁體', text: '東溝村', expected: '東溝村' },
    { kind: '繁體', text: '光明里社區', expected: '光明里社區' },
    { kind: '嘎查+组', text: '额尔敦嘎查三组', expected: '额尔敦嘎查三组' },
  ],
  names: [
    ...FRESH.names.slice(0, 6),
    { kind: 'X嬢嬢', name: '杨嬢嬢' },
    { kind: 'X伯', name: '林伯' },
    { kind: '阿X', name: '阿梅' },
    { kind: 'X哥', name: '赵哥' },
    { kind: 'X婆', name: '何阿婆' },
    { kind: '亲属+全名', name: '孙国富', said: '堂哥孙国富' },
    { kind: '职衔', name: '吴会计' },
    { kind: '繁體', name: '黃志偉' },
    { kind: '傣', name: '玉香' },
    { kind: '壮', name: '覃春燕' },
    { kind: '朝鲜', name: '朴正浩' },
    { kind: '哈萨克', name: '阿依达娜·波拉提' },
  ],
  beforeName: [
    ...FRESH.beforeName.slice(0, 4),
    { kind: '老支书', text: '老队长' },
    { kind: '五保户', text: '独居老人' },
    { kind: '楼长', text: '单元长' },
  ],
  noOne: [...FRESH.noOne, '三四户村民联名反映', '单元里的老人们说', '一帮摆摊的来说'],
  described: ['我丈母娘说', '俺家老太太讲', '我小舅子反映', '寨子里的几家人说'],
  others: [
    { kind: 'other', category: '矛盾纠纷', text: '跟对门{n}为车位吵起来了', key: ['车位'] },
    { kind: 'other', category: '就业社保', text: '老板{n}拖着两个月工资不给', key: ['工资'] },
    { kind: 'other', category: '矛盾纠纷', text: '隔壁{n}把围墙砌到他家地里了', key: ['围墙'] },
    { kind: 'other', category: '矛盾纠纷', text: '借给{n}的五千块要不回来', key: ['五千块'] },
  ],
  otherNames: ['何春生', '钱富贵', '郑大海'],
};

/**
 * The round-17 parts (2026-12-06), from the structure of four writers' misses (jinlan, guiying, jiahao, majun), not their
 * words: a hamlet named after its village (X村Y屯) and a numbered 号院 after the community, glued to what follows; the
 * full name with what the village calls the same person in brackets (韦德荣（韦伯）) or beside it (李德明李大爷,
 * 冯大爷冯德才); a description of the person in words of no list before the name (街坊, 独居长者, 租客); the person told
 * after the matter (…，X反映的 / X来村委说的); a matter only announced, with the member's own aside (说有个事情要反映，
 * 帮我先记个工单; （没听清，待补充）); and the member's day with someone sent or arranged (明天找人去修, 明天安排); and, added with the second
 * batch of rules, a county town before the community (县城X社区), a trade and 的 before the holder (交给环卫的老X), a
 * date with its weekday in brackets (3月10号（下周二）前), going with someone that day (明天我跟调解员一块去调解) and
 * the person's return home said before the name (外地返乡的); and, with the third, Hui surnames (海, 锁) and 阿舅 after
 * the name, an office, a name and a post as the holder (物业管理处X经理), the person who phoned the member (打电话叫我过去的),
 * and a matter announced in Cantonese words with the member's note that it was not taken down (话有件事好急，我未记低).
 * Written in two halves of different words before the parser was changed for them; {@link ROUND17} is tuned on,
 * {@link ROUND17_FRESH} is kept apart and never read while fixing.
 */
export const ROUND17: Parts = {
  ...TUNED,
  places: [
    ...PLACES.slice(0, 4),
    { kind: '村+屯', text: '石桥村老鸦屯', expected: '石桥村老鸦屯' },
    { kind: '村+屯', text: '柳树湾村岩脚屯', expected: '柳树湾村岩脚屯' },
    { kind: '社区+号院', text: '向阳社区2号院', expected: '向阳社区2号院' },
    { kind: '社区+号院', text: '滨江花园社区11号院', expected: '滨江花园社区11号院' },
    { kind: '县城+社区', text: '县城向阳社区', expected: '向阳社区' },
  ],
  holders: [
    ...HOLDERS.slice(0, 6),
    { kind: '行当的X', text: '交给环卫的老郑处理', expected: '老郑' },
    { kind: '行当的X', text: '交给物业的周师傅跟进', expected: '周师傅' },
    { kind: '单位+名+职务', text: '交给物业管理处林德胜经理跟进', expected: '林德胜' },
  ],
  dues: [...DUES, { kind: '日期（星期）前', text: '3月10号（下周二）前', expected: '2026-03-10' }],
  names: [
    ...NAMES.slice(0, 6),
    { kind: '全名（称呼）', name: '韦德荣', said: '韦德荣（韦伯）' },
    { kind: '全名（称呼）', name: '覃月娥', said: '覃月娥（覃婶）' },
    { kind: '全名（排行）', name: '韦福生', said: '韦福生（韦老三）' },
    { kind: '全名+称呼', name: '李德明', said: '李德明李大爷' },
    { kind: '称呼+全名', name: '冯德才', said: '冯大爷冯德才' },
    { kind: '回族姓', name: '海秀兰' },
    { kind: '回族姓+阿舅', name: '锁有财', said: '锁有财阿舅' },
  ],
  beforeName: [
    ...BEFORE_NAME.slice(0, 4),
    { kind: '描述', text: '街坊' },
    { kind: '描述', text: '独居长者' },
    { kind: '描述', text: '外来务工租客' },
    { kind: '描述', text: '合作社社员' },
    { kind: '返乡的', text: '外地返乡的' },
  ],
  vague: [
    '刚刚打电话来找我说有个事情要反映，帮我先记个工单',
    '在院坝头拉到我说了半天，我先记一下名字',
    '说那个事还没弄好',
    '（电话没听清，待补充）',
    '头先在街口叫住我，话有件事好急，我未记低系咩事',
  ],
  ownDays: [
    { kind: '找人去', text: '明天找人去修', expected: '2026-03-05' },
    { kind: '要安排人', text: '明天要安排人疏通', expected: '2026-03-05' },
    { kind: '安排', text: '明天安排', expected: '2026-03-05' },
    { kind: '让X过去', text: '明天让水管员过去修', expected: '2026-03-05' },
    { kind: '跟X一块去', text: '明天我跟网格员一块去处理', expected: '2026-03-05' },
    { kind: '去找X对接', text: '明天我去找物业对接', expected: '2026-03-05' },
  ],
  toldAfter: ['反映的', '来村委说的', '打电话来说的', '提的', '打电话叫我过去的'],
};

/** The round-17 parts kept apart: the same structures in other words, never run while fixing (see {@link ROUND17}). */
export const ROUND17_FRESH: Parts = {
  ...FRESH,
  places: [
    ...FRESH.places.slice(0, 4),
    { kind: '村+屯', text: '杏花村坡底屯', expected: '杏花村坡底屯' },
    { kind: '村+屯', text: '东沟村那坡屯', expected: '东沟村那坡屯' },
    { kind: '社区+号院', text: '光明里社区7号院', expected: '光明里社区7号院' },
    { kind: '社区+号院', text: '幸福社区15号院', expected: '幸福社区15号院' },
    { kind: '县城+社区', text: '城区光明里社区', expected: '光明里社区' },
  ],
  holders: [
    ...FRESH.holders.slice(0, 4),
    { kind: '行当的X', text: '交给供水的老邝处理', expected: '老邝' },
    { kind: '行当的X', text: '交给保洁的岑阿姨跟进', expected: '岑阿姨' },
    { kind: '单位+名+职务', text: '交给供电营业所韦海宁所长处理', expected: '韦海宁' },
  ],
  dues: [...FRESH.dues, { kind: '日期（星期）前', text: '3月13日（下周五）前', expected: '2026-03-13' }],
  names: [
    ...FRESH.names.slice(0, 6),
    { kind: '全名（称呼）', name: '蒙秀兰', said: '蒙秀兰（蒙嬢）' },
    { kind: '全名（称呼）', name: '黎振东', said: '黎振东（黎叔）' },
    { kind: '全名（排行）', name: '罗长贵', said: '罗长贵（罗老二）' },
    { kind: '全名+称呼', name: '孔繁荣', said: '孔繁荣孔大伯' },
    { kind: '称呼+全名', name: '潘玉珍', said: '潘阿婆潘玉珍' },
    { kind: '回族姓', name: '纳玉梅' },
    { kind: '回族姓+阿舅', name: '撒明德', said: '撒明德阿舅' },
  ],
  beforeName: [
    ...FRESH.beforeName.slice(0, 3),
    { kind: '描述', text: '老街坊' },
    { kind: '描述', text: '护林员' },
    { kind: '描述', text: '新市民' },
    { kind: '描述', text: '返乡创业青年' },
    { kind: '返乡的', text: '从浙江回乡的' },
  ],
  vague: [
    '上午在路口拦住我说有件事要反映，让我先记一下',
    '在菜地边叫住我讲了一大堆，我先把名字记上',
    '讲上次那个事还没办',
    '（当时太吵没听到，待补）',
    '又打了个电话过来，刚才在门口拉住我，话有啲嘢好要紧，我没记下是什么',
  ],
  ownDays: [
    { kind: '找人去', text: '后天喊人来清', expected: '2026-03-06' },
    { kind: '要安排人', text: '周五必须派人来换', expected: '2026-03-06' },
    { kind: '安排', text: '后天安排', expected: '2026-03-06' },
    { kind: '让X过去', text: '明天请电工过去看', expected: '2026-03-05' },
    { kind: '跟X一块去', text: '后天我和电工一起去修', expected: '2026-03-06' },
    { kind: '去找X对接', text: '周五我去找供电所沟通', expected: '2026-03-06' },
  ],
  toldAfter: ['来社区讲的', '打电话过来反映的', '说的', '找我讲的', 'call我的'],
};

/**
 * The round-19 parts, written for the four writers who moved into tuning on 2026-12-06 (a 延边 朝鲜族 member writing
 * Chinese as a second language, a 晋语 speaker's voice input, an 安多 Tibetan herding area where people go by a given
 * name only, a hospital nurse's lists), as structures, not their words: a Korean surname with the Korean word for an old
 * mother or father after the full name (朴X阿妈妮), 老阿妈 before a name; Tibetan given names alone, of two to four
 * characters; a herders' committee and its 社 (X牧委会N社), a settlement below the village (X村定居点), a resettlement
 * quarter and its building (X移民新区N号楼); the holder named by where they work and a post around a name with no Han
 * surname (乡上的电工X, X站长); the work given to people sent, with a Hui surname's character after 人 (组织人撒沙子:
 * no one named); 当场 and what the member did, typed word by word or said as the member's own (我 当场 合上 了); a day,
 * then what is brought or the member going, said last (明天把药送过来, 后天去); a matter only referred back to
 * (又来找了，还是他家的那个事情). Written in two halves of different words after this round's first fixes (so the
 * tuning half only checks them by construction); {@link ROUND19} is tuned on, {@link ROUND19_FRESH} (other names,
 * places, posts, days and the member's words for the same structures, some of them outside any list the fixes added)
 * is kept apart: its items are never read while fixing, only its totals.
 */
export const ROUND19: Parts = {
  ...TUNED,
  places: [
    ...PLACES.slice(0, 3),
    { kind: '牧委会+社', text: '扎西滩牧委会三社', expected: '扎西滩牧委会三社' },
    { kind: '村+定居点', text: '青草滩村定居点', expected: '青草滩村定居点' },
    { kind: '移民新区+楼', text: '东坪移民新区5号楼', expected: '东坪移民新区5号楼' },
  ],
  names: [
    ...NAMES.slice(0, 6),
    { kind: '朝鲜族+阿妈妮', name: '朴英子', said: '朴英子阿妈妮' },
    { kind: '朝鲜族', name: '朴成浩' },
    { kind: '老阿妈+藏名', name: '央宗', said: '老阿妈央宗' },
    { kind: '藏名', name: '才让卓玛' },
    { kind: '藏名', name: '尕藏' },
    { kind: '藏名', name: '仁青草' },
  ],
  beforeName: [...BEFORE_NAME.slice(0, 4), { kind: '牧民', text: '牧民' }, { kind: '年轻人', text: '年轻人' }],
  holders: [
    ...HOLDERS.slice(0, 6),
    { kind: '单位的+职务+藏名', text: '请乡上的电工旦增去看一下', expected: '旦增' },
    { kind: '职务+藏名', text: '交给村水管员扎西处理', expected: '扎西' },
    { kind: '单位的+藏名+职务', text: '交给乡兽医站的多杰站长跟进', expected: '多杰' },
    { kind: '组织人', text: '组织人撒沙子' },
  ],
  ownDays: [
    { kind: '把X送过来', text: '明天把药送过来', expected: '2026-03-05' },
    { kind: '去', text: '后天去', expected: '2026-03-06' },
  ],
  spotSaid: ['我 当场 合上 了', '当场 给他 讲清楚 了', '我领着他去信用社当场重置了密码'],
  vague: ['又来找了，还是他家的那个事情，上次也说过的'],
};

/** The round-19 parts kept apart: the same structures in other words, never run while fixing (see {@link ROUND19}). */
export const ROUND19_FRESH: Parts = {
  ...TUNED,
  places: [
    ...PLACES.slice(3, 6),
    { kind: '牧委会+社', text: '塔秀牧委会二社', expected: '塔秀牧委会二社' },
    { kind: '村+安置点', text: '赛尔龙村安置点', expected: '赛尔龙村安置点' },
    { kind: '搬迁新区+楼', text: '河湾搬迁新区2号楼', expected: '河湾搬迁新区2号楼' },
  ],
  names: [
    ...NAMES.slice(10, 16),
    { kind: '朝鲜族+阿爸吉', name: '玄正日', said: '玄正日阿爸吉' },
    { kind: '朝鲜族', name: '朴美善' },
    { kind: '阿爸+藏名', name: '完德加', said: '阿爸完德加' },
    { kind: '藏名', name: '索南才让' },
    { kind: '藏名', name: '拉毛吉' },
    { kind: '藏名', name: '东智' },
  ],
  beforeName: [...BEFORE_NAME.slice(4, 8), { kind: '牧户', text: '牧户' }, { kind: '小年轻', text: '小年轻' }],
  holders: [
    ...HOLDERS.slice(6, 12),
    { kind: '单位的+职务+藏名', text: '请镇上的护林员桑杰去看一下', expected: '桑杰' },
    { kind: '职务+藏名', text: '交给村医卓玛处理', expected: '卓玛' },
    { kind: '单位的+藏名+职务', text: '交给乡卫生院的拉姆院长跟进', expected: '拉姆' },
    { kind: '安排人', text: '安排人撒盐' },
  ],
  ownDays: [
    { kind: '把X拿过去', text: '明天把表格拿过去', expected: '2026-03-05' },
    { kind: '来', text: '大后天来', expected: '2026-03-07' },
  ],
  spotSaid: ['我 当场 接好 了', '当场 帮她 填好 了', '我带他去银行当场激活了'],
  vague: ['又过来找我了，还是她家那个事，之前也提过的'],
};

/**
 * The round-20 parts: the grassroots units of the 兵团 and of state farms, where a 连 (or a farm's 队, 作业站) is what a
 * 村 is elsewhere. A 团 and its 连 (141团2连, in digits or in words: 一四一团十二连), the 师 before them, a 连 alone, a
 * 连 and its 排, a 总场 and its 连, a farm's 分场 and 队, its 管理区 and 作业站; 职工 (the 村民 of those places) before a
 * name; the posts of a 连 as who raised it (X连长, X指导员) and as who holds it (连长 and a name, 指导员 and a name,
 * X排长), an office of the 团 (团部X科); and matters told with words of 连 that are no unit (一连三天, 连夜, 连着,
 * 连锁), which must stay in the matter. {@link ROUND20} is tuned on; {@link ROUND20_FRESH} (other numbers, names of
 * farms and 总场, posts and offices, other words of 连) is kept apart: its items are never read while fixing.
 */
export const ROUND20: Parts = {
  ...TUNED,
  places: [
    { kind: '团+连', text: '141团2连', expected: '141团2连' },
    { kind: '汉字团+连', text: '一四一团十二连', expected: '一四一团十二连' },
    { kind: '师+团+连', text: '第八师133团5连', expected: '第八师133团5连' },
    { kind: '连', text: '8连', expected: '8连' },
    { kind: '连+排', text: '3连2排', expected: '3连2排' },
    { kind: '总场+连', text: '石河子总场4连', expected: '石河子总场4连' },
    { kind: '农场+分场+队', text: '友谊农场三分场二队', expected: '友谊农场三分场二队' },
    { kind: '农场+管理区+作业站', text: '二道河农场第三管理区第二作业站', expected: '二道河农场第三管理区第二作业站' },
  ],
  names: [...NAMES.slice(0, 4), ...NAMES.slice(10, 13), { kind: 'X连长', name: '王连长' }, { kind: 'X指导员', name: '刘指导员' }],
  beforeName: [...BEFORE_NAME.slice(0, 3), { kind: '职工', text: '职工' }, { kind: '老职工', text: '老职工' }],
  matters: [
    ...MATTERS.slice(0, 12),
    { category: '基础设施', text: '一连三天停水了', key: ['停水'], kind: '连不是单位' },
    { category: '环境', text: '隔壁工地连夜施工吵得睡不着', key: ['施工'], kind: '连不是单位' },
  ],
  holders: [
    ...HOLDERS.slice(0, 4),
    { kind: '连长+全名', text: '连长李卫东负责', expected: '李卫东' },
    { kind: '指导员+全名', text: '指导员刘芳跟进', expected: '刘芳' },
    { kind: 'X连长', text: '王连长跟进', expected: '王连长' },
    { kind: '团部X科', text: '交给团部农业科', expected: '团部农业科' },
  ],
};

/** The round-20 parts kept apart: the same structures in other words, never run while fixing (see {@link ROUND20}). */
export const ROUND20_FRESH: Parts = {
  ...TUNED,
  places: [
    { kind: '团+连', text: '150团7连', expected: '150团7连' },
    { kind: '汉字团+连', text: '一二一团九连', expected: '一二一团九连' },
    { kind: '师+团+连', text: '第七师126团11连', expected: '第七师126团11连' },
    { kind: '连', text: '十四连', expected: '十四连' },
    { kind: '连+排', text: '6连3排', expected: '6连3排' },
    { kind: '总场+连', text: '北泉总场6连', expected: '北泉总场6连' },
    { kind: '农场+分场+队', text: '宝泉岭农场二分场五队', expected: '宝泉岭农场二分场五队' },
    { kind: '农场+管理区+作业站', text: '七星农场第一管理区第四作业站', expected: '七星农场第一管理区第四作业站' },
  ],
  names: [...NAMES.slice(4, 8), ...NAMES.slice(13, 16), { kind: 'X排长', name: '韩排长' }, { kind: 'X指导员', name: '高指导员' }],
  beforeName: [...BEFORE_NAME.slice(3, 6), { kind: '职工', text: '连队职工' }, { kind: '退休职工', text: '退休职工' }],
  matters: [
    ...MATTERS.slice(12, 24),
    { category: '基础设施', text: '连着两天没来电了', key: ['来电'], kind: '连不是单位' },
    { category: '环境', text: '连锁超市门口垃圾堆成山', key: ['垃圾'], kind: '连不是单位' },
  ],
  holders: [
    ...HOLDERS.slice(4, 8),
    { kind: '连长+全名', text: '由副连长蔡建华负责', expected: '蔡建华' },
    { kind: '指导员+全名', text: '请指导员邵红霞跟进', expected: '邵红霞' },
    { kind: 'X指导员', text: '周指导员跟进', expected: '周指导员' },
    { kind: '团部X科', text: '转给团部社保科', expected: '团部社保科' },
  ],
};

export function generateTicket(r: Rand, parts: Parts = TUNED): GeneratedTicket {
  const opening = pick(r, OPENINGS);
  const hasPlace = r() > 0.12;
  const place = pick(r, parts.places);
  const hasRaiser = r() > 0.12;
  const nameOf = pick(r, parts.names);
  const before = pick(r, parts.beforeName);
  const person: Person = {
    kind: nameOf.kind,
    text: `${before.text}${nameOf.said ?? nameOf.name}${nameOf.kind === '全名同志' ? '同志' : ''}`,
    name: nameOf.name,
  };
  const hasPhone = hasRaiser && r() > 0.5;
  const phone = pick(r, PHONES);
  let matter = pick(r, parts.matters);
  // Only the round-16 parts draw these (the other samples stay the same messages): a matter naming someone else.
  if (parts.others && parts.otherNames && r() < 0.35) {
    const other = pick(r, parts.others);
    matter = { ...other, text: other.text.replaceAll('{n}', pick(r, parts.otherNames)) };
  }
  const holder = pick(r, parts.holders);
  let onSpot: { kind: string; text: string } | undefined = r() < 0.12 ? pick(r, SPOTS) : undefined;
  let due = onSpot ? parts.dues[0]! : pick(r, parts.dues);
  const joiner = pick(r, JOINERS);
  const says = pick(r, SAYS);
  const form = r() < 0.1;
  // Only the wider parts draw these, so the tuned and FRESH samples stay the same messages for the same seed.
  const described = parts.described && !hasRaiser && r() < 0.5 ? pick(r, parts.described) : '';
  const vague = parts.vague && r() < 0.1 ? pick(r, parts.vague) : '';
  // Only the round-14 parts draw these (the other samples stay the same messages): the member's own day, or the
  // matter solved there in the member's words; never on a form, which has its own labels for both.
  const own = parts.ownDays && !form && !onSpot && r() < 0.3 ? pick(r, parts.ownDays) : undefined;
  const spotSaid = parts.spotSaid && !form && !own && r() < 0.15 ? pick(r, parts.spotSaid) : undefined;
  if (own) due = own;
  // Only the round-17 parts draw this (the other samples stay the same messages): the person told after the matter.
  const toldAfter = parts.toldAfter && !form && !vague && hasRaiser && hasPlace && r() < 0.35 ? pick(r, parts.toldAfter) : undefined;
  if (spotSaid) {
    onSpot = { kind: 'said', text: spotSaid };
    due = parts.dues[0]!;
  }

  const placeText = hasPlace ? place.text : '';
  const raiserText = hasRaiser ? person.text : '';
  const phoneText = hasPhone ? phone.text : '';
  const sep = joiner.sep;
  let text: string;
  let order: string;
  let greeting = '';
  let thanks = '';
  if (form) {
    order = 'form';
    const lines = [
      hasRaiser ? `姓名：${person.text}` : '',
      hasPlace ? `地点：${place.text}` : '',
      hasPhone ? `电话：${phone.number}` : '',
      `问题：${vague || matter.text}`,
      holder.expected ? `负责人：${holder.expected}` : '',
      due.expected ? `时限：${due.text}` : '',
      onSpot ? '处理：当场解决' : '',
    ].filter(Boolean);
    text = `${opening.text.trim()}\n${lines.join('\n')}`;
  } else {
    // The place and the raiser are written together (柳树湾村王大爷) or with a gap; the phone after the name or at the
    // end; the holder and the day after the matter in either order.
    const glue = r() < 0.4 ? '' : sep;
    // 石桥村的王大爷, or the name first and the place after it (王大爷，石桥村的): the same two parts.
    const whoShape = hasPlace && hasRaiser ? pick(r, ['together', 'together', 'together', 'of', 'name-first']) : 'together';
    const who =
      whoShape === 'of'
        ? `${placeText}的${raiserText}`
        : whoShape === 'name-first'
          ? `${raiserText}${sep === '\n' ? '，' : sep}${placeText}的`
          : [placeText, raiserText].filter(Boolean).join(glue);
    // No one named, said as such (有群众反映): the dialogue asks who.
    const noOne = described || (!hasRaiser && r() < 0.5 ? pick(r, parts.noOne) : '');
    const phoneAfterName = r() < 0.6;
    const dueFirst = r() < 0.3;
    const matterFirst = !vague && r() < 0.15;
    // Said once: 一位低保户阿姨说 + 说有件事 would say it twice (说说有件事), which no one writes.
    const matterPart = vague
      ? `${noOne}${noOne ? vague.replace(/^(?:来说|打电话说|说)/, '') : vague}`
      : `${hasRaiser && !matterFirst ? says : noOne}${matter.text}`;
    const tail = (dueFirst ? [due.text, holder.text] : [holder.text, due.text]).filter(Boolean);
    let pieces: string[];
    if (toldAfter) {
      order = 'place-matter-told';
      pieces = [`${placeText}${matter.text}`, `${raiserText}${toldAfter}`, phoneText, ...tail];
    } else if (matterFirst) {
      order = 'matter-first';
      pieces = [matter.text, who ? `${who}${hasRaiser ? pick(r, ['反映的', '说的', '']) : ''}` : '', phoneText, ...tail];
    } else {
      order = `${phoneAfterName ? 'phone-after-name' : 'phone-at-end'}${dueFirst ? '+due-first' : ''}${whoShape === 'together' ? '' : `+${whoShape}`}`;
      pieces = phoneAfterName ? [who, phoneText, matterPart, ...tail] : [who, matterPart, ...tail, phoneText];
    }
    greeting = pick(r, GREETINGS);
    thanks = pick(r, THANKS);
    text = greeting + opening.text + pieces.filter(Boolean).join(sep) + thanks;
    if (onSpot)
      text =
        onSpot.kind === 'prefix'
          ? `${onSpot.text}${pieces.filter(Boolean).join(sep)}`
          : `${text}${sep === '\n' ? '\n' : '，'}${onSpot.text}`;
  }

  const raiser = hasRaiser ? person.name : undefined;
  const asks = vague ? 'content' : !raiser ? 'raiser' : !onSpot && !due.expected ? 'due' : !hasPlace ? 'place' : undefined;
  const notInContent = [
    // A request to note it down (记一下, 帮我登记一下) is the command, not the matter.
    ...(['记个工单', '记一下', '帮我登记'].includes(opening.kind) ? [opening.text.replace(/[\s：:，,#]/g, '')] : []),
    ...(raiser ? [raiser] : []),
    ...(hasPhone ? [phone.number.slice(-4)] : []),
    ...(holder.expected ? [holder.expected] : []),
    ...(hasPlace ? [place.text.replace(/^.*?[镇道]/, '')] : []),
  ];
  return {
    text,
    expected: {
      raiser,
      place: hasPlace ? place.expected : undefined,
      phone: hasPhone ? phone.number : undefined,
      // Nothing told: no content at all (the judge wants none), asked first.
      content: vague ? [] : matter.key,
      notInContent,
      category: vague ? '其他' : matter.category,
      holder: holder.expected,
      due: due.expected,
      onSpot: onSpot !== undefined,
      asks,
    },
    tags: {
      opening: opening.kind,
      place: hasPlace ? place.kind : 'none',
      raiser: hasRaiser ? nameOf.kind : 'none',
      beforeName: hasRaiser ? before.kind : '-',
      phone: hasPhone ? phone.kind : 'none',
      category: vague ? 'vague' : matter.category,
      matter: vague ? 'vague' : matter.text.slice(0, 8),
      matterKind: vague ? 'vague' : (matter.kind ?? '-'),
      described: described ? described.slice(0, 6) : '-',
      holder: holder.kind,
      due: due.kind,
      onSpot: onSpot ? onSpot.kind : 'none',
      joiner: form ? 'form' : joiner.kind,
      says: hasRaiser ? says || 'none' : '-',
      noOne: hasRaiser ? '-' : 'maybe',
      around: `${greeting ? 'greeting' : ''}${thanks ? '+thanks' : ''}` || 'none',
      order,
      ...(parts.ownDays ? { round14: own ? 'own-day' : spotSaid ? 'spot-said' : '-' } : {}),
      ...(parts.toldAfter ? { toldAfter: toldAfter ?? '-' } : {}),
    },
  };
}

/** A fixed sample: the same messages for the same seed. */
export function generateTickets(count: number, seed: number, parts: Parts = TUNED): GeneratedTicket[] {
  const r = seeded(seed);
  return Array.from({ length: count }, () => generateTicket(r, parts));
}
