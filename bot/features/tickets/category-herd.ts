// The categories of herding and farming matters (category.ts): a beast held back or let onto another household's land,
// or a dividend or land rent kept short, is a quarrel between them; trees felled or a water source grazed is the environment; a subsidy or compensation for the
// household's own flock, raft or pen is the household's livelihood, not a farm's pollution; and children afraid on their
// way from school say when the trouble is met, not what the matter is about.

const BEAST = '(?:牛|羊|马|驴|骡|骆驼|猪|牦牛|羊羔|牛犊)';
/**
 * A beast held back by another household, or a household's beast into another's crops or grass (邻居扣了他家的马不还,
 * 他家的驴啃了人家麦苗), or a pen or a stack built onto a shared way (把羊圈盖到巷道上): between two households.
 */
const BEAST_BETWEEN = new RegExp(
  `(?:扣|圈|关|牵|拉|赶)(?:了|住|下|走)?(?:他家|人家|我家|别人家)?的?${BEAST}|${BEAST}[^。；;]{0,12}?(?:被[^。；;]{0,6}?)?(?:扣住|扣下|扣了|扣着|圈走|牵走)|` +
    `${BEAST}[^。；;]{0,10}?(?:吃了|啃了|踩了|糟蹋了?)[^。；;]{0,8}?(?:庄稼|麦苗|苗|草场|地里|菜)|` +
    '(?:羊圈|猪圈|牛圈|马圈|草垛|柴垛|粪堆)[^。；;]{0,6}?(?:垒|堆|盖|搭|修)(?:到|在)[^。；;]{0,8}?(?:路|道|巷)',
  'g',
);
/**
 * A cooperative's dividend or the rent of land let out, short or kept from the household (合作社分红少算了, 流转的地租金还差
 * 一半, 分红的账不公开): money between the household and the other party, a dispute.
 */
const FARM_MONEY_SHORT = /(?:分红|租金|流转费|承包费|土地款)[^。；;]{0,12}?(?:少算|少给|少分|不公开|还差|差一半|扣了|扣下|不认)/g;
/** Trees felled without leave, or beasts grazed at the drinking water's source: the environment. */
const LAND_HARMED = /(?:偷砍|乱砍|滥砍|盗伐|滥伐|偷伐|乱伐)|(?:水源地?|饮水)[^。；;]{0,10}?(?:放牛|放羊|放牧|牲畜|牛羊)/g;
/** Stray or wild dogs about the place: the environment of the estate or the village. */
const STRAY_DOGS = /流浪狗|流浪猫|野狗|疯狗/g;
/** Children afraid on their way to or from school: when they meet the trouble, not a matter of schooling. */
const SCHOOL_WAY = /(?:上学|放学)(?:的时候|时|路上)?(?:都|也|就)?(?:怕|害怕|不敢)/g;
/** Money for the household's means (补贴, 补偿, 理赔): with no pollution said, 养殖 is the livelihood, not a farm's filth. */
const PAID_FOR = /补贴|补助|补偿|理赔|赔偿/;
const POLLUTION = /污水|臭|粪|排[^\s，,。；;]{0,4}?(?:河|沟|渠)|味|污染/;

/** The matter with the herding and farming words that point elsewhere than their look taken out. */
export function herdMasked(text: string): string {
  let out = text.replace(SCHOOL_WAY, ' ');
  if (PAID_FOR.test(out) && !POLLUTION.test(out)) out = out.replace(/养殖(?!场)/g, '  ');
  return out;
}

/** More evidence for a kind, from herding and farming matters. */
export function herdScores(text: string): { 矛盾纠纷: number; 环境: number } {
  return {
    矛盾纠纷: ((text.match(BEAST_BETWEEN)?.length ?? 0) + (text.match(FARM_MONEY_SHORT)?.length ?? 0)) * 2,
    环境: (text.match(LAND_HARMED)?.length ?? 0) * 2 + (text.match(STRAY_DOGS)?.length ?? 0),
  };
}
