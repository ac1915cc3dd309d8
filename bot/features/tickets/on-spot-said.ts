// Solved there, said in ways on-spot.ts does not read: the member did the thing for the person (我 给 约上了, 俺帮她
// 续上了), the answer found there and told back (当场打电话问了 已经告诉他了), or the matter closed as a line of its own
// (这个办结). Read on the last clause only, so what the matter says happened before is not it.

import { clausesOf } from './clauses';

/** The member did it for the person: 给/帮 and a verb of booking, paying, signing up, ending in 上了 or 好了. */
const DONE_FOR_THEM =
  /(?:^|[\s，,。；;])(?:我|俺|咱)(?:们)?\s?(?:就\s?|已经?\s?)?(?:给|帮|替)\s?(?:他|她)?(?:们)?\s?(?:挂|约|续|缴|登|办|装|接|充|绑|开|预约|注册|激活|认证|报名)\s?(?:上|好)\s?了[\s。！!~～]*$/;
/**
 * The member mended it for the person, said with 把 (我帮她把机顶盒线重新插好就好了, 俺给他把水管接上了): the thing put
 * right there; 就好了 after it is the thing working again, not a wish (要是有路灯就好了 has no member doing it).
 */
const MENDED_FOR_THEM =
  /(?:^|[\s，,。；;])(?:我|俺|咱)(?:们)?\s?(?:就\s?|已经?\s?)?(?:给|帮|替)\s?(?:他|她)(?:们)?\s?把[^\s，,。；;]{1,12}?(?:插|接|装|拧|修|换|弄|搞|整|调|通|粘|绑|钉|补)(?:好|上|通|紧|牢)(?:就好)?\s?了[\s。！!~～]*$/;
/** The answer told back to the person, after it was found out there (当场问了, 当场查了, 即刻打电话问了). */
const TOLD_BACK = /^(?:已经?|都|也|就)?\s?(?:告诉|告知|转告|话了?给|讲给|说给)(?:了)?\s?(?:他|她)(?:们)?\s?(?:知道?|听)?了?$/;
const FOUND_OUT_THERE = /(?:当场|现场|即刻|当即|马上)[^\s，,。；;]{0,6}?(?:问|查|打电话|打了电话|打听)/;
/** Closed, as a line of its own: 这个办结, 此件已办结, 已销号. */
const CLOSED = /^(?:这个?|这件|此件|此事|这事|该件)?(?:事)?\s?(?:已经?)?\s?(?:办结|销号|结案)(?:了)?$/;

export function solvedSaidOtherwise(text: string): boolean {
  const clauses = clausesOf(text).map((clause) => clause.words.replace(/[。！!~～]+$/, '').trim());
  while (clauses.length && clauses[clauses.length - 1] === '') clauses.pop();
  if (clauses.length < 2) return false;
  const last = clauses[clauses.length - 1]!;
  if (CLOSED.test(last) && /(?:当场|现场)/.test(text)) return true;
  // Typed word by word (我 给 挂上了), the gaps part the clause: read on the message's end.
  if (DONE_FOR_THEM.test(text) || MENDED_FOR_THEM.test(text)) return true;
  return TOLD_BACK.test(last) && FOUND_OUT_THERE.test(text);
}
