import { asksSomething, hasQuestionWord } from './clauses';
import { cleanQuestion } from './clean';
import type { FactIndex, FactMatch, MatchOptions } from './facts';

/**
 * A situation told before the question with no mark between ("我表姐在超市当收银员她问我党小组会由谁主持", typed by
 * voice or in a hurry): read whole, the told words (who, where they work, how things are at home) drown the question's
 * own, and no fact is near enough. Typed with a comma after the told part, the clause reader keeps it as context and
 * finds the question. Here the comma is put where the asker would have put it: before a word that hands the question
 * on (他问我, 想问一下, 托我打听), where the words before ask nothing and the words after are a question a fact
 * answers near its own wording (as a side of a run-on pair is read: `fits`). The message is then read as if typed so,
 * told part and all: a told detail that changes the fact (a count, a date, a role) is weighed as it is in a punctuated
 * message.
 */

/** Words that hand the question on: what follows them is asked. */
const HANDS_ON = /^(?:他|她|人家|对方)?(?:问我|问俺|问咱|让我问|叫我问|托我打听|托我问|想问一下|想问问|想问|想打听|打听一下|请教一下)/;

/** Any mark between words: the reading is only for a run with none. */
const MARK = /[，,。；;？?！!：:、\s]/;

/** Up to this many readings are offered. */
const MOST_TRIES = 12;

/**
 * The run with a comma after its told part, at each place where the part before asks nothing and the rest is a
 * question one fact answers, the nearest reading first; none for a run with marks, a short one, or one that asks from
 * its start. The caller reads them in order and takes the first that
 * finds a fact.
 */
export function toldRunCut(
  index: FactIndex,
  question: string,
  fits: (m: FactMatch, side: string) => boolean,
  options?: MatchOptions,
): string[] {
  const run = cleanQuestion(question).replace(/[？?。！!.]+$/, '');
  if (run.length < 12 || MARK.test(run)) return [];
  const cuts: { text: string; at: number; similarity: number }[] = [];
  for (let at = 4; at <= run.length - 5 && cuts.length < MOST_TRIES; at++) {
    const rest = run.slice(at);
    if (!HANDS_ON.test(rest)) continue;
    const told = run.slice(0, at);
    // The told part asks nothing: past the first question word the rest is no longer the whole question. Its
    // content may still read as a kind of question (今年17岁, 养了7头猪): only question words count.
    if (hasQuestionWord(told)) break;
    if (!asksSomething(rest)) continue;
    const m = index.match(rest, options);
    if (m && fits(m, rest)) cuts.push({ text: `${told}，${rest}`, at, similarity: m.similarity });
  }
  // The rest read nearest its fact first; of two as near, the longer question.
  return cuts.sort((a, b) => b.similarity - a.similarity || a.at - b.at).map((c) => c.text);
}
