// Words of a matter that look like a category's and are not, masked before the category is counted (see cleaned in
// category.ts): a concession card one applies for, footage looked through, a grave's rites.

/**
 * An old person's concession card (老年优待证, 老年人优待证, 老年证, 敬老卡): a card of the office that issues it, filed
 * under 其他 as an ID card is; the 老年 in it names no pension. A veteran's 优待证 stays what category.ts counts it
 * (优抚, 就业社保).
 */
const CONCESSION_CARD = /(?:老年人?|老人|高龄)(?:优待证|优待卡)|老年证|老年卡|敬老卡|敬老证/g;
/**
 * Footage looked through to find something (调监控, 查了监控, 翻监控): what was done about a loss or a theft, not a
 * camera that is broken.
 */
const FOOTAGE = /(?:调|查|看|翻|调取|调出)了?(?:一下)?(?:[^\s，,。；;]{0,4}的)?(?:监控|录像)(?:录像|视频)?/g;
/**
 * A grave and its rites (坟地, 上坟烧纸, 祭扫): a household's custom, filed under 其他; the fire feared from the paper
 * burnt (怕着火) and the firebreak beside it (防火隔离带) name no public works, so the clause that holds them goes.
 */
const GRAVE_CLAUSE = /[^，,。；;\s]*(?:坟|墓|烧纸|祭扫|扫墓|祭祖)[^，,。；;\s]*/g;
const FIRE_NEAR_GRAVE = /防火隔离带|隔离带|防火|着火|起火|失火/g;

/** The matter's words with the above taken out. */
export function withoutPapers(said: string): string {
  const graves = GRAVE_CLAUSE.test(said);
  GRAVE_CLAUSE.lastIndex = 0;
  const text = said.replace(CONCESSION_CARD, ' ').replace(FOOTAGE, ' ');
  return graves ? text.replace(GRAVE_CLAUSE, ' ').replace(FIRE_NEAR_GRAVE, ' ') : text;
}
