/**
 * A told situation's negations read in the short form the conditions (conditions.ts) are written in: "没有来过组织生活",
 * "党费也没有交" (as a reading of 粤语 冇 gives them, and as many write in Mandarin) tell what "没来过", "没交" tell;
 * "电话打不通" is "电话不通". Matching only: the question shown and answered keeps its words.
 */

/** 没有 before a verb of coming, paying or taking part: the full form of 没 there ("没有返来过", "没有交"). */
const FULL_NOT = /没有(?=[来去交缴参过返回到开露])/g;
/** A phone that cannot get through, said with the verb ("打不通", "拨不通"). */
const PHONE_FAILS = /(?:打|拨|联系)不通/g;

export function toldNegationsPlain(text: string): string {
  return text.replace(FULL_NOT, '没').replace(PHONE_FAILS, '不通');
}
