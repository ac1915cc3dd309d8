import type { PasteOutcome } from './suggest';

/**
 * A share said in everyday words, read as the rules write it: 的一半 and 超过一半 are 的半数 and 超过半数 (赞成的人数超过
 * 应到会党员的一半 is the rule's 超过应到会有表决权党员的半数), 一半以上 is 半数以上. Only after 的, 过 or before 以上:
 * 一半 alone (一半党员在外地) is a count of people, left as typed. Read so only where the paste as typed found
 * nothing: a bank question may say 一半 itself (规定基数的一半), and the paste is then its own question.
 */
const HALF = /(?<=的|过)一半|一半(?=以上)/g;

export function plainShares(text: string): string {
  return text.replace(HALF, '半数');
}

/** The paste read with the rules' share words (plainShares), where it as typed was not answered and it says 一半. */
export async function byPlainShares(
  raw: string,
  outcome: PasteOutcome,
  resolve: (text: string) => Promise<PasteOutcome>,
): Promise<PasteOutcome | undefined> {
  if (outcome.kind !== 'abstain') return undefined;
  const plain = plainShares(raw);
  if (plain === raw) return undefined;
  const again = await resolve(plain);
  return again.kind === 'abstain' ? undefined : again;
}
