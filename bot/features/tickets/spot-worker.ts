// Solved there by a worker named by their trade (电工周师傅正好在村里 当场换了灯泡, 水管员小吴刚好路过 当场给接好了):
// the worker who did it there holds it. Not someone who helped the member (俺跟锅炉房小韩一块…: the member did it).

import { SURNAMES } from './people';

/** A trade or post, then the worker by 师傅, 小X/老X or surname and name; then, in the same sentence, done there. */
const WORKER_DID_IT_THERE = new RegExp(
  `(?<![跟和同与]|带着|叫上|喊上)(?:电工|水电工|水管员|管水员|维修工|维修员|管道工|修理工|焊工|网格员|村医|保洁员?|物业)((?:小|老)[${SURNAMES}]|[${SURNAMES}](?:师傅|[\\u4e00-\\u9fa5]{1,2}?(?=正好|刚好|刚巧|恰好|当场|现场)))[^。；;！!]{0,12}?(?:当场|现场|当即)就?(?:给|帮)?(?:他|她)?(?:们)?(?:换|修|接|装|通|疏通|补|焊|调|弄|整|搞)`,
);

/** The worker who solved it there, named by trade, or undefined. */
export function workerWhoSolvedIt(text: string): string | undefined {
  return WORKER_DID_IT_THERE.exec(text)?.[1];
}
