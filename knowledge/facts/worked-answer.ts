import { plainNumerals } from '../text/numerals';
import { AGE_RULE, ageSaid, CERT_STEPS, certYears } from './age-and-certificates';
import { withAway } from './away-months';
import { certYearsBack } from './cert-years-back';
import { COMBINED_RULE, mergedSanction } from './combined-sanctions';
import {
  activistNotYet,
  activistReady,
  approvalDeadline,
  extendedProbationEnd,
  fiftyYearsOn,
  influenceEnd,
  namedInfluence,
  nextElection,
  overlapWorked,
  partyAgeFrom,
  postWithinInfluence,
  watchEnd,
} from './dates';
import { definedCase } from './defined-case';
import { DUES_FROM_ADMISSION, duesStartDay } from './dues-start';
import { ELECTED_RULE, electedOnVotes } from './election-votes';
import type { Fact } from './facts';
import { headCounts, seatsToFill } from './head-counts';
import { admittedOn, PROBATION_DATES } from './probation-dates';
import { SENIORITY_RULE, seniorityFromMonth } from './seniority-from-month';
import { firstStepNotEnough } from './step-not-enough';
import { stepPlace } from './steps-asked';
import { toldDaysInDigits } from './told-days';
import { ASKS_STANDS, ATTENDANCE_SHORT, noVoteCounted, QUORUM_RULE, THRESHOLDS, VOTE_RULE } from './vote-thresholds';
import { listedUse, othersDecide } from './whether-allowed';

/**
 * A fact's answer worked out on what the question tells: the figures (a head count, a vote, the seats to fill), the
 * days (a 预备期, an 影响期, a term), an age, a step, a use of money. The fact layer states a rule; this says what the
 * rule gives for the asker's own case, said first where it is the verdict asked for.
 */

/**
 * Facts that are rules over a number the asker gives ("支部23个正式党员" → 12 votes needed; "选5个支委" → 6
 * candidates): the answer adds the worked figure, so the asker does not do the arithmetic.
 */
export function specialise(fact: Fact, said: string): string {
  // "正式党员只有陆个": capital numerals are counts like the everyday ones; "去年（2025年）三月十五日" is a day in digits.
  const question = toldDaysInDigits(plainNumerals(said));
  const worked = workedOn(fact, question);
  // Asked whether members without a vote are counted ("预备党员算不算在里面"): no, said first, before the worked count.
  return VOTE_RULE.test(fact.a) && worked !== fact.a ? `${noVoteCounted(question)}${worked}` : worked;
}

/** The fact's sentence worked on the figures and the case the question tells (specialise). */
function workedOn(fact: Fact, question: string): string {
  // A meeting told short of its quorum, asked whether what it decided stands: no, said first, then the rule.
  if (QUORUM_RULE.test(fact.a) && ATTENDANCE_SHORT.test(question) && ASKS_STANDS.test(question))
    return `不算数：到会不到半数，会议不能进行表决，作出的决定无效。${fact.a}`;
  if (VOTE_RULE.test(fact.a)) {
    const { entitled: members, present, inFavour, favours } = headCounts(question);
    if (members && members >= 3 && members <= 500) {
      const needed = Math.floor(members / 2) + 1;
      const half = members / 2;
      let sum = `${fact.a}按你说的${members}名有表决权的党员算，要有${needed}人以上赞成才能通过（到会也要有${needed}人以上）。`;
      if (present && present <= members)
        sum += `实到${present}人，${present >= needed ? '已过半数，可以表决' : `不到${needed}人，不能表决`}。`;
      // Several voted on, each with its votes ("一个7票，另一个6票"): each judged, said first, against the half of
      // those entitled (应到), not of those present.
      const each = (favours ?? []).filter((n) => n <= members && (!present || n <= present));
      if (each.length >= 2 && new Set(each).size === each.length) {
        const verdicts = each.map((n) => (n >= needed ? `${n}票的通过` : `${n}票的没通过`));
        const why = `赞成票要超过应到会有表决权党员${members}人的半数${Number.isInteger(half) ? `（超过${half}票）` : ''}，至少${needed}票`;
        return `${verdicts.join('，')}：${why}。${sum}`;
      }
      if (inFavour && inFavour <= members && (!present || inFavour <= present)) {
        const passed = inFavour >= needed;
        // One vote told: whether it passed said first, then the rule and the working.
        return `${passed ? '能通过' : '不能通过'}：赞成${inFavour}人，${passed ? '超过' : '没有超过'}应到会${members}人的半数（至少要${needed}票）。${sum}赞成${inFavour}人，${passed ? '够了，可以通过' : `不到${needed}人，不能通过`}。`;
      }
      return sum;
    }
  }
  // Offences told each with the 处分 it alone gets, asked what they get together: the merged 处分, said first.
  if (COMBINED_RULE.test(fact.a)) {
    const merged = mergedSanction(question);
    if (merged) return `${merged}${fact.a}`;
  }
  // The votes a candidate got, told, asked whether elected: the verdict first (election-votes.ts).
  const elected = ELECTED_RULE.test(fact.a) ? electedOnVotes(question) : undefined;
  if (elected) return `${elected}${fact.a}`;
  const notTheDoer = othersDecide(fact, question);
  if (notTheDoer) return `${notTheDoer}${fact.a}`;
  // "支部研究同意就能免了嘛": the first step is not the whole of it, said first (step-not-enough.ts).
  const notEnough = firstStepNotEnough(fact.a, question);
  if (notEnough) return `${notEnough}${fact.a}`;
  if (AGE_RULE.test(fact.a)) {
    const age = ageSaid(question);
    if (age) return `${fact.a}${age}`;
  }
  const placed = stepPlace(fact.a, question);
  if (placed) return `${placed}${fact.a}`;
  const listed = listedUse(fact.a, question);
  if (listed) return `${listed}${fact.a}`;
  const threshold = THRESHOLDS.find((t) => t.rule.test(fact.a));
  if (threshold && (!threshold.counted || threshold.counted.test(question))) {
    const { entitled: members, present } = headCounts(question);
    if (members && members <= 500) {
      const attended = present && present <= members ? present : undefined;
      const verdict = threshold.verdict(members, attended);
      // "5个支委今天只有2个在": whether the meeting may go on is the answer; said first, then the rule it follows from.
      const first =
        threshold.attendance && attended !== undefined
          ? verdict.includes('不到')
            ? QUORUM_RULE.test(fact.a) && ASKS_STANDS.test(question)
              ? '不算数，作出的决定无效。'
              : '不能。'
            : '可以。'
          : '';
      return `${first}${fact.a}${verdict}`;
    }
  }
  if (fact.id === 'branch.election.margin') {
    const seats = seatsToFill(question);
    if (seats && seats >= 1 && seats <= 15) {
      const candidates = seats + Math.max(1, Math.ceil(seats * 0.2));
      // The worked least said first: the asker asked for a number, not for the rule.
      return `按你说的应选${seats}名，候选人至少${candidates}名（差额不少于20%）。${fact.a}`;
    }
  }
  // "去年9月10号支部大会通过的…党费从哪天开始交": the day told is the day the 党费 start.
  if (DUES_FROM_ADMISSION.test(fact.a)) {
    const day = duesStartDay(question);
    if (day) return `${fact.a}${day}`;
  }
  if (PROBATION_DATES.test(fact.a) || EXTENSION_RULE.test(fact.a)) {
    const day = extendedProbationEnd(question) ?? (EXTENSION_RULE.test(fact.a) ? undefined : admittedOn(question));
    if (day) return `${fact.a}${day}`;
  }
  // A second 处分 within the first's 影响期: what is left of it plus the new one's.
  if (OVERLAP_RULE.test(fact.a)) {
    const months = overlapWorked(question);
    // The worked length said first: it is what the asker asked.
    if (months) return `${months}${fact.a}`;
  }
  // A post proposed within the 影响期 of a 处分 received lately: not allowed, said first.
  const barred = INFLUENCE_RULE.test(fact.a) && !OVERLAP_RULE.test(fact.a) ? postWithinInfluence(question) : undefined;
  if (barred) return `${barred}${fact.a}`;
  // A 积极分子 named some months back, asked of now: the verdict first (dates.ts).
  const notYet = ACTIVIST_RULE.test(fact.a) ? activistNotYet(question) : undefined;
  if (notYet) return notYet.startsWith('不能') ? `${notYet}${fact.a}` : `${fact.a}${notYet}`;
  // Periods from a day the asker gives: the worked end follows the rule (dates.ts).
  const worked = INFLUENCE_RULE.test(fact.a)
    ? influenceEnd(question)
    : WATCH_RULE.test(fact.a)
      ? watchEnd(question)
      : ACTIVIST_RULE.test(fact.a)
        ? activistReady(question)
        : TERM_RULE.test(fact.a)
          ? nextElection(question)
          : APPROVAL_RULE.test(fact.a)
            ? approvalDeadline(question)
            : undefined;
  if (worked) return `${fact.a}${worked}`;
  // No day told: the 处分 named, each with its own bar, said first (dates.ts).
  const named = INFLUENCE_RULE.test(fact.a) && !OVERLAP_RULE.test(fact.a) ? namedInfluence(question) : undefined;
  if (named) return `${named}${fact.a}`;
  if (FIFTY_YEARS_RULE.test(fact.a)) {
    const on = fiftyYearsOn(question);
    if (on) return `${fact.a}${on}`;
  }
  // A post's least 党龄 (书记: 1年以上) against the month of 转正 the asker tells: when it is reached, said first.
  if (SENIORITY_RULE.test(fact.a)) {
    const reached = seniorityFromMonth(fact.a, question);
    if (reached) return `${reached}${fact.a}`;
  }
  // 党龄 from the day of 转正 the asker gives.
  if (PARTY_AGE_RULE.test(fact.a)) {
    const from = partyAgeFrom(question);
    if (from) return `${fact.a}${from}`;
  }
  // A case told and asked whether it is a defined thing (算不算流动党员, 算自行脱党吗): each condition read, said first.
  const defined = definedCase(fact.a, question);
  if (defined) return `${defined}${fact.a}`;
  // A stay away told ("去深圳实习要待8个月"): which side of the 六个月 of a 流动党员 it falls, said first.
  const away = withAway(fact.a, question);
  if (away !== fact.a) return away;
  if (CERT_STEPS.test(fact.a)) {
    const years = certYears(question) ?? certYearsBack(question);
    if (years) return `${fact.a}${years}`;
  }
  return fact.a;
}

/** Facts whose rule is a period from a day: a 处分's 影响期, a 留党察看, the 积极分子's year, a branch's term. */
const INFLUENCE_RULE = /影响期/;
const PARTY_AGE_RULE = /党龄从预备期满转为正式党员之日算起/;
/** The 光荣在党50年 medal, counted from the day of 转正. */
const FIFTY_YEARS_RULE = /光荣在党50年/;
const OVERLAP_RULE = /尚未执行完的影响期与新处分影响期之和/;
const EXTENSION_RULE = /预备期可以延长/;
const WATCH_RULE = /留党察看期限分一年和二年|留党察看一年的/;
const ACTIVIST_RULE = /一年以上(?:的)?培养/;
// The branch.term fact (每届任期是三年至五年): found by its answer, as the rules above are.
const TERM_RULE = /每届任期(?:是|为)?三年至五年/;
/** The time the 上级党委 has to approve a 预备党员 the 支部大会 admitted. */
const APPROVAL_RULE = /上级党委要在三个月内审批/;
