/**
 * Two or more offences of one member dealt with together (合并处理), each told with the 处分 it alone would get
 * ("一样该给警告 一样该给严重警告", "一件够留党察看，一件够警告"): the merged 处分 worked out — the heaviest told, one level
 * up; 开除党籍 where one of them is 开除党籍 (knowledge/handbook/06-discipline.md, 从轻减轻、从重加重与合并处理).
 */

/** The five 处分 from the lightest, as the handbook names them. */
const LEVELS = ['警告', '严重警告', '撤销党内职务', '留党察看', '开除党籍'] as const;

/** The merge rule's own sentence (the fact discipline.combined). */
export const COMBINED_RULE = /按其中应受的最高处分加重一档/;

/** A 处分 named as not reached ("够不上警告", "不到留党察看"): not one the offences get. */
const NOT_REACHED = /(?:够不上|够不着|不够|不到|达不到|没到)$/;

/** Every 处分 told of the offences, the lightest first; a 严重警告 is not read as a 警告 too. */
function levelsTold(question: string): number[] {
  const found = new Set<number>();
  // Longer names first, each blanked out once read, so 严重警告 leaves no 警告 behind.
  let rest = question.replace(/撤职/g, '撤销党内职务');
  for (const i of [4, 3, 2, 1, 0]) {
    const name = LEVELS[i]!;
    let at = rest.indexOf(name);
    while (at >= 0) {
      if (!NOT_REACHED.test(rest.slice(Math.max(0, at - 3), at))) found.add(i);
      rest = `${rest.slice(0, at)}${'　'.repeat(name.length)}${rest.slice(at + name.length)}`;
      at = rest.indexOf(name);
    }
  }
  return [...found].sort((a, b) => a - b);
}

/** One 处分 said of both offences ("两样都该警告", "两件都够严重警告"). */
const SAID_OF_BOTH = /(?:两|俩|二)[个样件条项桩回次]?[^，,。？?\s]{0,6}都/;

/**
 * The merged 处分 for the ones the question tells, said first ("合并后给予撤销党内职务处分：…"), or undefined where
 * it tells fewer than two (one 处分 said of both counts as two).
 */
export function mergedSanction(question: string): string | undefined {
  const told = levelsTold(question);
  if (told.length === 0 || (told.length === 1 && !SAID_OF_BOTH.test(question))) return undefined;
  const heaviest = told.at(-1)!;
  const names = told.length === 1 ? `都应受${LEVELS[heaviest]}` : `分别应受${told.map((i) => LEVELS[i]).join('和')}`;
  if (heaviest === 4) return `合并后给予开除党籍处分：按你说的${names}，其中一种应受开除党籍的，给予开除党籍。`;
  // 留党察看 is given for one year or two: whether one level up from it is the longer 察看 or 开除党籍, the handbook does
  // not say, so the rule is given without a worked 处分.
  if (heaviest === 3) return undefined;
  const merged = LEVELS[heaviest + 1]!;
  const noPost = merged === '撤销党内职务' ? '（本人没有党内职务的，给予严重警告）' : '';
  return `合并后给予${merged}处分${noPost}：按你说的${names}，按其中最重的${LEVELS[heaviest]}加重一档。`;
}
