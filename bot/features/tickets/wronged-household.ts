// Who raised it, when no one is said to have brought it and the matter is a quarrel over what one party did to a named
// household's ground (民宿的客人乱停车 停到胡大姐家晒茶的场上 两家吵起来了): the household wronged, named after the
// party who wronged it, is whom the member answers.

import { nameAt } from './name-shape';

/** Putting something onto another's ground or blocking it: 停到, 堆在, 倒在, 占了, 堵了, 拴到. */
const ONTO = /(?:停|堆|倒|扔|丢|放|拴|晒|搭|种)(?:到|在)|占(?:了|到|用了?)|堵(?:了|住了?|到|在)|挡(?:住了?|到|在)/g;
/** A quarrel or anger said in the message: 吵起来, 闹起来, 骂, 打起来, 不气了, 有意见, 纠纷, 矛盾. */
const QUARREL = /吵|闹(?:起来|矛盾|翻)|骂|打起来|动手|气了|生气|不气|有意见|纠纷|矛盾/;

/**
 * The person whose household's ground was intruded on (停到胡大姐家…, 堆在刘长根家门口), in a message telling a
 * quarrel, as who raised it; only when no one else is named before as the one who did it (see findRaiser: called
 * last). The name stays in the matter (its index, nothing cut).
 */
export function wrongedHousehold(text: string): { name: string; index: number; length: number } | undefined {
  if (!QUARREL.test(text)) return undefined;
  // Someone said to have brought it, besides the member's own words (我过去说了几句): then the dialogue asks who.
  const others = text.replace(/(?<=^|[\s，,。；;])(?:我|俺|咱)[^\s，,。；;]*/g, ' ');
  if (/找的|找我|找俺|来找|喊我|反映|反应|(?<![讲说])(?:说|讲)(?![好妥定通])/.test(others)) return undefined;
  for (const onto of text.matchAll(ONTO)) {
    const at = onto.index + onto[0].length;
    const name = nameAt(text.slice(at));
    if (name && text.slice(at + name.length).startsWith('家')) return { name, index: at, length: 0 };
  }
  return undefined;
}
