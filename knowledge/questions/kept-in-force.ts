/**
 * A 判断 that a decision stays in force while it is appealed, in the writer's words: 原来的处分照样执行，不因为申诉就
 * 暂停 / 提出申诉后，原处理决定继续执行. The handbook says it as a denial (…期间，不停止对原…决定的执行), which no
 * reader of a restatement aligns with 照样 or 继续: 正确, with that sentence as 依据. Only when every word of stopping
 * in the statement is denied in its clause (不因为申诉就暂停, 不停止) and going on is not (不再照样执行 says the
 * opposite); a stop affirmed is left to the readers of a flipped claim (flipped-claim.ts), which find it false.
 */
import { handbookSentences, statementOf, trueBy } from './false-statement';
import type { HandbookSuggestion, PassageHit } from './suggest';

type Hedged = Extract<HandbookSuggestion, { kind: 'hedged' }>;

/** What is appealed and the decision appealed against. */
const APPEALED = /申诉|复查|复议|复核/;
const DECISION = /处分|处理|决定/;
/** Going on as before: 照样执行, 继续执行, 仍然有效. */
const GOES_ON = /(?:照样|照常|照旧|继续|仍然|依然|仍旧|还是|仍)(?:要|得|会)?(?:执行|有效|算数)/;
const STOPS = /暂停|停止|中止|暂缓|停下|不执行|不算数|失效|作废|撤销|取消/;
/** A condition or a limit makes it another claim (除非, 只有…才, 一律, 都要…). */
const OTHER_CLAIM = /除非|只有|才|如果|一律|必须|可以|[?？吗]/;
/** The handbook's sentence: during the appeal the decision's carrying out does not stop. */
const RULE = /申诉期间[，,]?不停止[^。；;]{0,16}执行/;

export function suggestByKeptInForce(raw: string, hits: PassageHit[]): Hedged | undefined {
  const read = statementOf(raw);
  if (!read?.asksTruth) return undefined;
  const statement = read.statement.replace(/^(?:判断题?|【判断题?】)[：:]?/, '');
  if (!APPEALED.test(statement) || !DECISION.test(statement) || !GOES_ON.test(statement) || OTHER_CLAIM.test(statement)) return undefined;
  for (const clause of statement.split(/[，,；;。！!]/)) {
    // A clause of going on that denies it (不再照样执行), or a stop that is not denied before it (就暂停).
    if (GOES_ON.test(clause) && /不|没|未/.test(clause.slice(0, clause.search(GOES_ON)))) return undefined;
    const stop = clause.search(STOPS);
    if (stop >= 0 && !/不|没|未|并非/.test(clause.slice(0, stop))) return undefined;
  }
  for (const { hit, sentence } of handbookSentences(hits)) if (RULE.test(sentence)) return trueBy(read.truth, sentence, hit);
  return undefined;
}
