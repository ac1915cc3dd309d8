import { askingClauses } from '../facts';
import type { PassageHit } from './suggest';

/**
 * Reaching the fact record an exam stem asks about. An exam stem is not a chat question: a scenario (某村党支部…
 * 张某…2025年3月…) around one asking clause, the question only hinted (下列说法正确的是), the blank in the middle,
 * the topic carried by the options. Matched whole, its scenario's words keep the fact layer's guards from letting
 * any fact answer it. So the stem is matched in pieces as well, each through the fact layer's own matcher:
 *   - the clauses that ask (the blank read as 几/多少), each with the context said just before it;
 *   - each clause of the stem alone (a scenario clause often names the subject: 支部大会已讨论决定给予他严重警告处分);
 *   - the stem with each option in its blank or after it, and each option alone (the option is the statement).
 * A fact reached this way is only evidence: the judges that weigh an option, a blank or a statement against its
 * sentence still have to find the answer stated there, clearly and with no other option stated as well.
 */

const BLANK = /（\s*）|\(\s*\)|_{2,}/g;
const HAS_BLANK = /（\s*）|\(\s*\)|_{2,}/;
/** Pieces shorter than this say too little to name a fact (他的, 对吗). */
const MIN_PIECE = 5;

/** A blank read as the question it stands for (要过（）年 → 要过几年): the facts are matched on questions. */
const asQuestion = (text: string) =>
  text.replace(/(?:（\s*）|\(\s*\)|_{2,})(?=\s*(?:个|名|年|月|天|次|人|元|岁|学时|小时|周))/g, '几').replace(BLANK, '多少');

/** A piece of a stem to match: from the stem alone, or made with an option (the option in the blank, or alone). */
export interface Piece {
  text: string;
  withOption: boolean;
}

/** Every piece of a stem (and its options) worth matching on its own, most specific to the question first. */
export function reachPieces(stem: string, options: readonly string[], statement = false): Piece[] {
  // Spaces between words (预备党员 从 上级党委 批准) are no breaks; a statement's blank is where its answer goes (（ ）).
  stem = stem.replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g, '');
  const asked = statement ? stem.replace(BLANK, '') : asQuestion(stem);
  const clauses = askingClauses(asked);
  const pieces = asked.split(/[，,。；;？?！!\n]/).map((p) => p.trim());
  const filled = options.map((o) => (HAS_BLANK.test(stem) ? stem.replace(BLANK, o) : `${stem}${o}`));
  // A statement asks nothing: it is its own clause, matched whole before its pieces.
  const own = [...(statement ? [asked] : []), ...clauses, ...pieces].map((text) => ({ text: text.trim(), withOption: false }));
  const made = [...filled, ...options].map((text) => ({ text: text.trim(), withOption: true }));
  const seen = new Set<string>();
  return [...own, ...made].filter((p) => {
    if (p.text.replace(/\s/g, '').length < MIN_PIECE || seen.has(p.text)) return false;
    seen.add(p.text);
    return true;
  });
}

/** A fact's sentence as a passage, and whether only a piece made with an option reached it. */
export type ReachedHit = PassageHit & { byOption: boolean };

/**
 * The distinct facts the pieces of a stem reach (`match` is the fact layer's matcher, giving a fact's sentence as
 * a passage), in the order of the pieces that reached them.
 */
export function reachFacts(
  match: (piece: string) => PassageHit | undefined,
  stem: string,
  options: readonly string[],
  statement = false,
): ReachedHit[] {
  const out: ReachedHit[] = [];
  for (const piece of reachPieces(stem, options, statement)) {
    const hit = match(piece.text);
    if (hit?.fact && !out.some((r) => r.fact === hit.fact)) out.push({ ...hit, byOption: piece.withOption });
  }
  return out;
}
