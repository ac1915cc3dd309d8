import { BRANCH_SIZE_THRESHOLD } from './branch-size';
import { SHORT_OF_HALF } from './conditions';

/**
 * Rules over a head count — the vote on a 预备党员, the quorum of a 支委会 and of an election, the members a branch or
 * its committee needs — and the verdicts worked on the counts the asker tells (head-counts.ts), so the asker does not
 * do the arithmetic.
 */

/** Asked whether members without a vote count in a vote: "预备党员算不算在里面", "包不包括留党察看的". */
const ASKS_NO_VOTE_COUNTED =
  /(预备|察看)[^，,。？?]{0,8}(?:算不算|算吗|算不|算在|算进|计入|计不计|包括|包不包括|在内|在里面|里头)|(?:算不算|包不包括|包括|算上|计入|算进)[^，,。？?]{0,4}(预备|察看)/;

export function noVoteCounted(question: string): string {
  const m = ASKS_NO_VOTE_COUNTED.exec(question);
  if (!m) return '';
  return (m[1] ?? m[2]) === '预备'
    ? '预备党员不算在内：预备党员没有表决权，不计入有表决权的人数。'
    : '受留党察看处分的党员不算在内：察看期间没有表决权，不计入有表决权的人数。';
}

/** A rule that a meeting goes on only with more than half there (the 支委会's, the 支部党员大会's vote). */
export const QUORUM_RULE = /半数以上(?:有表决权的党员|委员)到会/;
/** Fewer than half told of those there ("到会的不够一半", "来的人没过半"), not of the votes in favour. */
export const ATTENDANCE_SHORT = new RegExp(`(?:到会|到场|出席|在场|参会|来的|到的|来了|到了)[^，,。？?]{0,8}(?:${SHORT_OF_HALF.source})`);
/** Asked whether what was decided stands ("定的事作数吗", "决议有效没有"). */
export const ASKS_STANDS = /算数|作数|算不算|有效|无效|决定|决议/;

/** A fact whose rule counts the votes against everyone entitled to vote (应到会), whatever the attendance. */
export const VOTE_RULE = /赞成人数超过应到会有表决权党员的半数/;

/** Rules over the number of 正式党员 (预备党员 not counted): the verdict for the number the asker gives. */
export const THRESHOLDS: Array<{ rule: RegExp; verdict: (n: number, present?: number) => string; counted?: RegExp; attendance?: boolean }> =
  [
    {
      rule: /有正式党员3人以上/,
      verdict: (n) =>
        `按你说的${n}名正式党员，${n >= 3 ? '够3人，应当成立党支部：由本单位申请，所在乡镇（街道）或单位的基层党委研究决定并批复' : '不足3人，不能单独成立党支部，可以按地域相邻、行业相近成立联合党支部'}。`,
    },
    {
      // A 流动党员党支部 is a 党支部: the full members told ("我们仨都是正式党员") are judged against the three it needs.
      rule: /成立流动党员党支部/,
      // Only full members counted ("仨人都是正式党员", "正式党员4个"): the 流动党员 of a place are not all full members.
      counted:
        /(?:\d+|[一二两三四五六七八九十仨俩])\s*(?:个|名|位)?人?[^，,。？?\d]{0,4}正式党员|正式党员[^，,。？?\d]{0,4}(?:\d|[一二两三四五六七八九十仨俩])/,
      verdict: (n) =>
        `按你说的${n}名正式党员，${n >= 3 ? '够3人，可以成立' : '不足3人，不能单独成立党支部'}（成立党支部要有正式党员3人以上）。`,
    },
    {
      rule: /有正式党员7人以上的党支部应当设立支部委员会/,
      verdict: (n) =>
        `按你说的${n}名正式党员，${n >= 7 ? '够7人，应当设立支部委员会' : '不足7人，不设支部委员会，选书记1名（必要时设副书记1名）'}。`,
    },
    {
      // The 支委会's quorum over the 委员 the asker counts ("支委一共5个人", "5个委员，今天只来了2个"): more than half.
      rule: /支委会必须有半数以上委员到会/,
      attendance: true,
      // Only a count of the 委员 themselves: "支部30个党员" is not the committee.
      counted:
        /(?:委员|支委)[^，,。？?\d]{0,6}(?:\d+|[一二两三四五六七八九十])|(?:\d+|[一二两三四五六七八九十])\s*(?:个|名|位)(?:支部)?(?:委员|支委)/,
      verdict: (n, present) => {
        const needed = Math.floor(n / 2) + 1;
        const sum = `按你说的${n}名委员算，到会至少要${needed}人（半数以上）才能开。`;
        if (present === undefined) return sum;
        return `${sum}实到${present}人，${present >= needed ? '够了，可以开' : `不到${needed}人，不能开会`}。`;
      },
    },
    {
      // An election's quorum: more than four fifths of those entitled to vote (预备党员 have no vote) must be present.
      rule: /有选举权的到会人数超过应到会人数的五分之四/,
      attendance: true,
      verdict: (n, present) => {
        const needed = Math.floor((4 * n) / 5) + 1;
        // The four fifths said as a figure when whole ("40的五分之四是32人"), so the asker sees why the least is one more.
        const fifths = (4 * n) % 5 === 0 ? `${n}的五分之四是${(4 * n) / 5}人，` : '';
        const sum = `按你说的应到会${n}名有选举权的党员算，${fifths}到会至少要${needed}人（超过五分之四），选举才有效。`;
        // "只到了19个，算不算有效": the attendance said is judged, so the asker does not compare it themselves.
        if (present === undefined) return sum;
        return `${sum}实到${present}人，${present >= needed ? '够了，选举有效' : `没有超过五分之四（不到${needed}人），选举无效，不能进行选举`}。`;
      },
    },
    // The size of one branch (branch-size.ts).
    BRANCH_SIZE_THRESHOLD,
  ];
