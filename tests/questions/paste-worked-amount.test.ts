import { describe, expect, it } from 'vitest';
import { duesForPaste } from '../../bot/features/ask/dues';
import { createFactIndex } from '../../knowledge/facts';
import { createPasteIndex } from '../../knowledge/questions/paste';
import { outcomeAnswer, resolvePaste, suggestFromHandbook } from '../../knowledge/questions/suggest';
import { bankQuestion } from '../helpers/bank-question';

/**
 * Issue 21, paste17: an amount worked out from the case (each month's 党费 on an income, the least votes in favour) is
 * not read off another bank question sharing a figure: the bank's case may be a retired member, or a year's dues
 * (a retired member's 7000元 pays 70元, a working member's 105元). Bank questions written for the test.
 */

const question = bankQuestion;

const bank = createPasteIndex([
  question({ stem: '退休党员老梁每月领取养老金7000元，他每月应交党费（）元。', options: ['35', '70', '105', '140'], answer: 'B' }),
  question({
    id: 'q2',
    stem: '某支部有正式党员19名（均有表决权），讨论一项决议，赞成的至少要有（）人才能通过。',
    options: ['9', '10', '11', '13'],
    answer: 'B',
  }),
]);
const suggest = (raw: string) => outcomeAnswer(suggestFromHandbook(raw, [], bank.statements(raw)));

describe('an amount worked out from the case', () => {
  it('is not taken from a bank question on another case with the same figure', () => {
    expect(suggest('某在职党员税后月工资7000元，他每月应交党费（）元。\nA.35 B.70 C.105 D.140')).toBeUndefined();
    expect(
      suggest('某支部有正式党员19名，其中2名在留党察看期内，讨论一项决议，赞成的至少要有（）人才能通过。\nA.9 B.10 C.11 D.13'),
    ).toBeUndefined();
  });

  it("leaves the bank's own question to the bank", async () => {
    const raw = '退休党员老梁每月领取养老金7000元，他每月应交党费（）元。\nA.35 B.70 C.105 D.140';
    const outcome = await resolvePaste(bank, raw, async () => [], undefined, createFactIndex([]));
    expect(outcome.kind).toBe('bank');
    expect(outcomeAnswer(outcome)).toBe('B');
  });
});

describe('a rate asked of a case', () => {
  it('is still weighed against a bank question on the same band', () => {
    const rates = createPasteIndex([
      question({ stem: '在职党员税后月工资6500元，交纳党费的比例是（）。', options: ['0.5%', '1%', '1.5%', '2%'], answer: 'C' }),
    ]);
    const raw = '在职党员每月税后工资为6500元的，应按（）交纳党费。\nA.0.5% B.1% C.1.5% D.2%';
    expect(outcomeAnswer(suggestFromHandbook(raw, [], rates.statements(raw)))).toBe('C');
  });
});

describe('a rate worked out from the case among rates half a point apart', () => {
  const empty = createPasteIndex([]);
  const answer = async (raw: string) => outcomeAnswer(await resolvePaste(empty, raw, async () => [], duesForPaste, createFactIndex([])));

  it('picks the one rate of the income’s band, not its neighbours half a point off', async () => {
    expect(await answer('在职党员老周税后月工资3500元，他每月交纳党费的比例应为（ ）\nA. 0.5%\nB. 1%\nC. 1.5%\nD. 2%')).toBe('B');
    expect(await answer('某在职党员每月税后收入8000元，应按（ ）的比例交纳党费。A.0.5% B.1% C.1.5% D.2%')).toBe('C');
    expect(await answer('某在职党员每月税后收入2500元，应按（ ）的比例交纳党费。A.0.5% B.1% C.1.5% D.2%')).toBe('A');
  });
});
