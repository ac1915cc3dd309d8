// The recording parser's neighbour (parse.ts): a household that brought the matter, named by one of its people and 家
// (老马家反映, 李红梅家反映, 老吴家 说, 老黄家来找俺): the family is who raised it, as 刘家反映 is (see HOUSEHOLD in
// name-shape.ts, which knows a surname and 家 alone); the readers of a name stop before the 家.

import { KIN_NAME } from './people';

/** 家 then the household's verb of saying or coming to the member, glued or after a gap. */
const HOUSE_SAYS = /^家\s?(?:来电|来访|来\s?)?(?:反映|反应|说|讲|称|提出|投诉|求助|找)/;

/** Who raised it, as read, with the 家 after it when the household is what said it; else as read. */
export function householdSaying(raiser: string, work: string): string {
  if (/家$/.test(raiser) || !/^(?:老|小)?[\u4e00-\u9fa5]{1,3}$/.test(raiser)) return raiser;
  // A kin name (王大爷家说) is one person of the house, who is how the member knows it: kept as read.
  if (KIN_NAME.exec(raiser)?.[0] === raiser && !/^(?:老|小)[\u4e00-\u9fa5]$/.test(raiser)) return raiser;
  for (let at = work.indexOf(raiser); at >= 0; at = work.indexOf(raiser, at + 1)) {
    if (HOUSE_SAYS.test(work.slice(at + raiser.length))) return `${raiser}家`;
  }
  return raiser;
}

/** The 家 left at the start of the matter once the household is who raised it (家 说养老金没到账). */
export const withoutHouseLeft = (content: string) => content.replace(/^家\s?(?:说|讲|反映|反应)?[\s，,:：]*/, '');
