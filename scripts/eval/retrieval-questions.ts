/**
 * The retrieval evaluation set: questions in our own words (plain, traditional characters, colloquial) and
 * the passage that answers each: a handbook section id or an article of the 2017 党章 (ingested at run time).
 */
export interface EvalQuestion {
  q: string;
  /** The passage that answers it, or several that each answer it fully (a handbook section and the article it restates). */
  expect: string | string[];
  style: 'plain' | 'traditional' | 'colloquial';
}

const PC = (article: string) => `《中国共产党章程》${article}`;
const HB = (id: string) => `handbook:${id}`;

export const EVAL_QUESTIONS: EvalQuestion[] = [
  // handbook: 组织生活
  { q: '三会一课指的是哪些会', expect: HB('life.overview'), style: 'plain' },
  { q: '三會一課是什麼', expect: HB('life.overview'), style: 'traditional' },
  { q: '支部党员大会有哪些职权', expect: HB('life.general-meeting'), style: 'plain' },
  { q: '党员大会谁来召集主持', expect: HB('life.general-meeting'), style: 'colloquial' },
  { q: '支部委员会会议多久开一次', expect: HB('life.committee-meeting'), style: 'plain' },
  { q: '支委會一般多久開', expect: HB('life.committee-meeting'), style: 'traditional' },
  { q: '支部委员会会议一般多长时间召开一次', expect: HB('life.committee-meeting'), style: 'plain' },
  { q: '党小组会一般开几次', expect: HB('life.group-meeting'), style: 'plain' },
  { q: '党小组会都干点啥', expect: HB('life.group-meeting'), style: 'colloquial' },
  { q: '党课由谁来讲', expect: HB('life.party-lecture'), style: 'plain' },
  { q: '黨課多久上一次', expect: HB('life.party-lecture'), style: 'traditional' },
  { q: '党员大会表决要多少人到会', expect: HB('life.voting'), style: 'plain' },
  { q: '开会人不够能不能表决', expect: HB('life.voting'), style: 'colloquial' },
  { q: '主题党日每月搞几次', expect: HB('life.theme-day'), style: 'colloquial' },
  { q: '組織生活會多久召開一次', expect: HB('life.review-meeting'), style: 'traditional' },
  { q: '组织生活会要开展批评和自我批评吗', expect: HB('life.review-meeting'), style: 'plain' },
  { q: '民主评议党员的评议结果分几个等次', expect: HB('life.democratic-appraisal'), style: 'plain' },
  { q: '民主評議黨員怎麼搞', expect: HB('life.democratic-appraisal'), style: 'traditional' },
  { q: '谈心谈话要跟谁谈', expect: HB('life.heart-talk'), style: 'colloquial' },
  { q: '会议记录和台账怎么做', expect: HB('life.records'), style: 'plain' },
  // handbook: 支部建设
  { q: '党支部的基本任务有哪些', expect: HB('branch.duties'), style: 'plain' },
  { q: '有几个党员才能成立党支部', expect: HB('branch.setup'), style: 'colloquial' },
  { q: '支部委员会由几个人组成', expect: HB('branch.committee'), style: 'plain' },
  { q: '支部書記要具備什麼條件', expect: HB('branch.secretary'), style: 'traditional' },
  { q: '党小组怎么划分', expect: HB('branch.groups'), style: 'plain' },
  { q: '支委会选举怎么投票', expect: HB('branch.election'), style: 'colloquial' },
  { q: '支部委员会任期几年', expect: HB('branch.term'), style: 'plain' },
  { q: '支部换届有哪些程序', expect: HB('branch.reelection'), style: 'plain' },
  { q: '換屆選舉之前要做什麼準備', expect: HB('branch.reelection'), style: 'traditional' },
  // 2017 党章
  // handbook: 党员、发展党员、党费、纪律、持证上岗 (skipped until their chapters exist)
  { q: '组织关系怎么转到新单位', expect: HB('member.transfer'), style: 'colloquial' },
  { q: '外出打工的党员怎么过组织生活', expect: HB('member.mobile'), style: 'colloquial' },
  { q: '不合格党员怎么处置', expect: HB('member.unqualified'), style: 'plain' },
  { q: '入党积极分子是怎么确定的', expect: HB('develop.activist'), style: 'plain' },
  { q: '發展對象要考察什麼', expect: HB('develop.candidate'), style: 'traditional' },
  { q: '入党申请书交给谁', expect: HB('develop.application'), style: 'colloquial' },
  { q: '接收预备党员要谁审批', expect: HB('develop.admission'), style: 'plain' },
  { q: '党费按工资的多少比例交', expect: HB('dues.rates'), style: 'colloquial' },
  { q: '交党费的基数怎么算', expect: HB('dues.base'), style: 'plain' },
  { q: '預備黨員要交黨費嗎', expect: HB('dues.probationary'), style: 'traditional' },
  { q: '生活困难的党员可以不交党费吗', expect: HB('dues.exemption'), style: 'colloquial' },
  { q: '党员对处分不服可以申诉吗', expect: HB('discipline.appeal'), style: 'plain' },
  { q: '党务工作者持证上岗是什么制度', expect: HB('cert.overview'), style: 'plain' },
  { q: '拿了初级证多久能考中级', expect: HB('cert.levels'), style: 'colloquial' },
  { q: '党务工作者换人了多久内要报备', expect: HB('cert.filing'), style: 'colloquial' },
  { q: '黨務工作者證書什麼情況下會被撤銷', expect: HB('cert.revocation'), style: 'traditional' },
  { q: '多大年纪可以申请入党', expect: [PC('第一条'), HB('member.conditions'), HB('develop.application')], style: 'colloquial' },
  { q: '申请入党需要满多少岁', expect: [PC('第一条'), HB('member.conditions'), HB('develop.application')], style: 'plain' },
  { q: '党员必须履行哪些义务', expect: [PC('第三条'), HB('member.duties')], style: 'plain' },
  { q: '黨員有哪些義務', expect: [PC('第三条'), HB('member.duties')], style: 'traditional' },
  { q: '党员享有哪些权利', expect: [PC('第四条'), HB('member.rights')], style: 'plain' },
  { q: '黨員的權利有哪些', expect: [PC('第四条'), HB('member.rights')], style: 'traditional' },
  { q: '入党介绍人要几个', expect: [PC('第五条'), HB('develop.introducers')], style: 'colloquial' },
  { q: '发展党员要经过哪些手续', expect: [PC('第五条'), HB('develop.overview')], style: 'plain' },
  { q: '入党宣誓的誓词是什么', expect: [PC('第六条'), HB('member.oath')], style: 'plain' },
  { q: '入黨誓詞怎麼說', expect: [PC('第六条'), HB('member.oath')], style: 'traditional' },
  { q: '预备党员的预备期多长', expect: [PC('第七条'), HB('member.probation')], style: 'plain' },
  { q: '預備期滿怎麼轉正', expect: [PC('第七条'), HB('member.probation'), HB('develop.probation-education')], style: 'traditional' },
  { q: '党龄从哪天开始算', expect: [PC('第七条'), HB('member.party-age')], style: 'colloquial' },
  { q: '党员不参加组织生活会怎样', expect: PC('第八条'), style: 'colloquial' },
  { q: '党员要求退党怎么办', expect: [PC('第九条'), HB('member.withdrawal')], style: 'plain' },
  { q: '连续六个月不交党费算什么', expect: [PC('第九条'), HB('member.withdrawal')], style: 'colloquial' },
  { q: '民主集中制的基本原则是什么', expect: PC('第十条'), style: 'plain' },
  { q: '巡视制度是怎么规定的', expect: PC('第十四条'), style: 'plain' },
  { q: '少数服从多数的原则', expect: PC('第十七条'), style: 'plain' },
  { q: '全国代表大会几年开一次', expect: PC('第十九条'), style: 'colloquial' },
  { q: '中央委员会每届任期多久', expect: PC('第二十二条'), style: 'plain' },
  { q: '基层委员会每届任期几年', expect: [PC('第三十一条'), HB('branch.term')], style: 'plain' },
  { q: '党的基层组织有哪些基本任务', expect: [PC('第三十二条'), HB('branch.duties')], style: 'plain' },
  { q: '党支部担负什么职责', expect: PC('第三十四条'), style: 'plain' },
  { q: '党的纪律有哪些', expect: [PC('第四十条'), HB('discipline.principles')], style: 'plain' },
  { q: '黨員紀律處分有幾種', expect: [PC('第四十一条'), HB('discipline.kinds')], style: 'traditional' },
  { q: '给党员处分要经过支部大会吗', expect: [PC('第四十二条'), HB('discipline.authority')], style: 'colloquial' },
  { q: '留党察看最长多久', expect: [PC('第四十一条'), HB('discipline.probation-watch')], style: 'colloquial' },
  { q: '纪律检查委员会的主要任务', expect: PC('第四十六条'), style: 'plain' },
  { q: '党组是怎么设立的', expect: PC('第四十八条'), style: 'plain' },
  { q: '共青团和党是什么关系', expect: PC('第五十一条'), style: 'plain' },
  { q: '党徽是什么图案', expect: [PC('第五十三条'), HB('member.emblem-flag')], style: 'plain' },
  { q: '黨旗長什麼樣', expect: [PC('第五十四条'), HB('member.emblem-flag')], style: 'traditional' },
  // questions that ask for the article itself: only the article counts
  { q: '党章第几条规定了党员的义务', expect: PC('第三条'), style: 'plain' },
  { q: '党章里预备期是怎么规定的', expect: PC('第七条'), style: 'plain' },
  { q: '黨章第幾條講入黨誓詞', expect: PC('第六条'), style: 'traditional' },
  { q: '党章上关于党徽咋说的', expect: PC('第五十三条'), style: 'colloquial' },
];

/**
 * Held-out 党章 questions: written after the ranking was tuned on the set above and never tuned on, so their
 * figures show what to expect on someone else's questions. A handbook section that restates the article counts too.
 */
export const HELDOUT_CONSTITUTION_QUESTIONS: EvalQuestion[] = [
  { q: '入党志愿书谁来填', expect: [PC('第五条'), HB('develop.admission')], style: 'plain' },
  { q: '批准入党前上级党组织要做什么', expect: [PC('第五条'), HB('develop.admission')], style: 'plain' },
  { q: '预备党员有没有表决权', expect: [PC('第七条'), HB('member.rights'), HB('life.voting')], style: 'colloquial' },
  { q: '预备期从哪天算起', expect: [PC('第七条'), HB('member.probation'), HB('develop.probation-education')], style: 'colloquial' },
  { q: '党员不论职务高低都要编入支部吗', expect: PC('第八条'), style: 'plain' },
  { q: '党员领导干部要参加双重组织生活吗', expect: [PC('第八条'), HB('life.overview')], style: 'plain' },
  { q: '不合格党员怎么处置', expect: [PC('第九条'), HB('member.unqualified')], style: 'plain' },
  { q: '党的各级领导机关怎么产生', expect: PC('第十条'), style: 'plain' },
  { q: '代表大会代表的选举要体现什么', expect: PC('第十一条'), style: 'plain' },
  { q: '成立新的党组织由谁决定', expect: [PC('第十三条'), HB('branch.setup')], style: 'plain' },
  { q: '上级领导机关对下级有关的问题要怎么做', expect: PC('第十五条'), style: 'plain' },
  { q: '全国性的重大政策由谁决定', expect: PC('第十六条'), style: 'plain' },
  { q: '党员个人意见和组织决定不一致怎么办', expect: PC('第十七条'), style: 'colloquial' },
  { q: '全国代表大会的职权是什么', expect: PC('第二十条'), style: 'plain' },
  { q: '全国代表会议能干什么', expect: PC('第二十一条'), style: 'colloquial' },
  { q: '中央政治局常委由谁选举', expect: PC('第二十三条'), style: 'plain' },
  { q: '解放军的党组织怎么开展工作', expect: PC('第二十四条'), style: 'plain' },
  { q: '省党代会几年开一次', expect: PC('第二十五条'), style: 'colloquial' },
  { q: '地方各级代表大会有什么职权', expect: PC('第二十六条'), style: 'plain' },
  { q: '有三个正式党员就要成立基层组织吗', expect: [PC('第三十条'), HB('branch.setup')], style: 'colloquial' },
  { q: '村党组织有什么职责', expect: PC('第三十三条'), style: 'plain' },
  { q: '党的干部要具备哪些条件', expect: PC('第三十六条'), style: 'plain' },
  { q: '领导干部可以终身任职吗', expect: PC('第三十八条'), style: 'colloquial' },
  { q: '党的纪律包括哪几方面', expect: [PC('第四十条'), HB('discipline.principles')], style: 'plain' },
  { q: '開除黨籍要經過哪些程序', expect: [PC('第四十二条'), HB('discipline.authority')], style: 'traditional' },
  { q: '处分党员时本人能不能申辩', expect: [PC('第四十三条'), HB('discipline.appeal')], style: 'colloquial' },
  { q: '党组织失职了怎么处理', expect: [PC('第四十四条'), HB('discipline.organization')], style: 'colloquial' },
  { q: '中央纪委由谁产生', expect: PC('第四十五条'), style: 'plain' },
  { q: '上级纪委能不能检查下级纪委', expect: PC('第四十七条'), style: 'colloquial' },
  { q: '党组成员由谁决定', expect: PC('第四十九条'), style: 'plain' },
  { q: '党委要怎么领导共青团', expect: PC('第五十二条'), style: 'colloquial' },
  { q: '要怎么对待党徽党旗', expect: [PC('第五十五条'), HB('member.emblem-flag')], style: 'plain' },
];
