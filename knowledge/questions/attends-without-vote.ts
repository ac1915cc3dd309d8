/**
 * A 判断 that a 预备党员 may attend the meeting but has no vote, said of the meeting it attends (预备党员可以参加
 * 换届选举的党员大会，但没有选举权; 换届选举时预备党员可以参加党员大会，但没有选举权，不参加投票): the handbook says
 * it of 会议 in general (预备党员…可以参加会议…没有表决权、选举权和被选举权…), which no reader of a restatement
 * aligns with a meeting named. 正确 only when the statement says nothing else — its words are the attending, the
 * rights it lacks, speaking at the meeting and when (换届选举时) — and every right it says is lacked the sentence
 * says is lacked too.
 */
import { handbookSentences, statementOf, trueBy } from './false-statement';
import type { HandbookSuggestion, PassageHit } from './suggest';

type Hedged = Extract<HandbookSuggestion, { kind: 'hedged' }>;

const RIGHTS = /被选举权|选举权|表决权/g;
/** Attending: 可以参加（换届选举的）党员大会, 能出席会议. */
const ATTENDS =
  /(?:可以|能够?|有权|允许)(?:参加|出席|列席|参与)(?:[^，,。；;但]{0,12}?的)?(?:支部党员大会|党员大会|支部大会|选举大会|大会|会议)/;
/** The lack: 没有选举权(、表决权…), 不参加投票, 不能投票. */
const LACKS =
  /(?:但是?|不过|可是)?(?:没有|无|不享有|不具有)(?:被选举权|选举权|表决权)(?:[、和及与](?:被选举权|选举权|表决权))*|(?:但是?|并且|也)?不(?:能|可以|得)?(?:参加|参与)?(?:投票|表决)/g;
const SPEAKS = /(?:但是?|并且|也)?(?:可以|能)?(?:发表意见|发言)/g;
/** When: 党支部换届选举时, 在换届选举中. */
const WHEN = /(?:在)?(?:党支部|支部)?(?:换届选举|换届|选举)(?:时|的时候|中|期间)?/g;
/** The sentence: a 预备党员 may attend 会议 and lacks rights. */
const SENTENCE = /预备党员/;

export function suggestByAttendsWithoutVote(raw: string, hits: PassageHit[]): Hedged | undefined {
  // A statement asked of as such, or one with no options and no blank inside (its box after it).
  const read = statementOf(raw);
  if (!read) return undefined;
  const statement = read.statement.replace(/^.*?(?:判断题?|第\d+题)[：:]?/, '').replace(/[（(]\s*[)）]/g, '');
  if (!/预备党员/.test(statement) || !ATTENDS.test(statement) || !statement.match(LACKS)) return undefined;
  const said = new Set(statement.match(RIGHTS) ?? []);
  const votes = /投票|表决(?!权)/.test(statement);
  const rest = statement
    .replace(ATTENDS, '')
    .replace(LACKS, '')
    .replace(SPEAKS, '')
    .replace(/预备党员/, '')
    .replace(WHEN, '')
    .replace(/[，,。；;、的也都\s]/g, '');
  if (rest !== '') return undefined;
  for (const { hit, sentence } of handbookSentences(hits)) {
    if (!SENTENCE.test(sentence) || !/可以参加[^。；;]{0,4}会议/.test(sentence)) continue;
    const lacked = new Set(sentence.match(RIGHTS) ?? []);
    if (!/没有|无/.test(sentence) || [...said].some((r) => !lacked.has(r)) || (votes && !/投票|表决权/.test(sentence))) continue;
    return trueBy(read.truth, sentence, hit);
  }
  return undefined;
}
