// Kinds of matter whose words point elsewhere than the kind writers give them (category.ts calls these): the thing
// two parties quarrel over, the noise of a neighbour's pastime or household, and a tree that leans or wants pruning.

import type { Category } from './category';

/**
 * What two parties quarrel over (跟对门为楼道里堆杂物的事吵起来了, 两家因为漏水闹起来): the quarrel is the matter, the
 * thing is only what it is about, so the thing's words (杂物, 漏水) count for nothing; they are masked with a character
 * of no kind, so the quarrel's own shape (跟…为…吵) still reads.
 */
const QUARREL_OVER =
  /((?:跟|和|与|同)[^\s，,。；;]{1,8}?(?:因为|为了|为)|(?:两家|两户|俩家|双方|邻居)[^\s，,。；;]{0,4}?(?:因为|为了|为))([^\s，,。；;]{1,12}?)(?=(?:的事情?|这事|那事)?(?:吵|闹|相骂|扯皮|打起来|干起来|红脸|起冲突))/g;

/** The matter with what the parties quarrel over masked (see {@link QUARREL_OVER}). */
export function quarrelOverMasked(text: string): string {
  return text.replace(QUARREL_OVER, (_whole, lead: string, what: string) => lead + '某'.repeat(what.length));
}

/**
 * A cooking stove in the home (燃气灶, 煤气灶打不着火): a household's own appliance, as a television or a fridge is,
 * not the gas supply; its words point nowhere (the pipe or the meter, 燃气管 or 燃气表, still do).
 */
// What the stove does not do (打不着火) is no fire either.
const STOVE = /(?:燃气|煤气|天然气|液化气)?灶(?:台|具)?(?:[^，,。；;\s]{0,3}?(?:打不着|点不着|打不燃|点不燃)火?)?/g;
export const withoutStove = (text: string) => text.replace(STOVE, ' ');

/**
 * Neighbours' pastime keeping people up (楼下天天有人打麻将到半夜, 茶馆麻将声音大吵得睡不着, 室友半夜打游戏): people at
 * odds with people, not a works' or a street's noise (工地施工, 烧烤摊, 广场舞 stay 环境), so the noise words count
 * for 矛盾纠纷.
 */
const PASTIME = /麻将|打牌|搓麻|牌局|打游戏|划拳|喝酒划拳/;
const NOISE = /吵|噪音|噪声|声音大|睡不着|半夜/;
/**
 * A neighbouring household making the noise (楼上天天半夜剁肉, 对门邻居半夜拖椅子, 隔壁人家狗叫得睡不着): one household
 * against another, as the pastime is; not a business or a works next door (楼下烧烤摊, 隔壁厂, 楼下广场), whose noise
 * stays 环境.
 */
// 楼下居民反映: the neighbour complaining, not the one making it.
const NEIGHBOUR_HOUSE = /(?:楼上|楼下|对门|隔壁)(?!居民|住户)/;
/** A business or a works anywhere in the matter: the noise may be theirs (see {@link NEIGHBOUR_HOUSE}). */
const BUSINESS = /摊|店|厂|馆|商户|商铺|工地|超市|酒吧|歌厅|KTV|广场|公司|学校|车|烧烤|夜宵|门面|作坊/;

/**
 * A tree that leans or wants pruning (老树歪了, 树枝伸到窗户上要修剪): greenery, 环境, where a tree fallen across the
 * way (杨树倒了横在路上) stays the road's (its 路 counts there).
 */
const TREE_LEANS = /树(?:枝|杈)?[^，,。；;\s]{0,3}?(?:歪|斜|修剪|修枝|剪枝)/g;

/** Points to add per category (see keywordScores in category.ts), for a text already cleaned. */
export function betweenScores(text: string, scores: Readonly<Record<Category, number>>): Partial<Record<Category, number>> {
  const more: Partial<Record<Category, number>> = {};
  if ((PASTIME.test(text) || (NEIGHBOUR_HOUSE.test(text) && !BUSINESS.test(text))) && NOISE.test(text) && scores.环境 > 0) {
    more.矛盾纠纷 = scores.环境 + 1;
    more.环境 = -scores.环境;
  }
  const trees = text.match(TREE_LEANS)?.length ?? 0;
  if (trees) more.环境 = (more.环境 ?? 0) + trees;
  return more;
}
