import { describe, expect, it } from 'vitest';
import { duesForPaste } from '../../bot/features/ask/dues';
import { createFactIndex } from '../../knowledge/facts';
import { alignCloze, clozeOf } from '../../knowledge/questions/cloze';
import { suggestByThreeRights } from '../../knowledge/questions/member-cases';
import { suggestByParaphrase } from '../../knowledge/questions/paraphrase-statement';
import { createPasteIndex } from '../../knowledge/questions/paste';
import { outcomeAnswer, type PassageHit, resolvePaste } from '../../knowledge/questions/suggest';

/**
 * paste33: classes behind the misses of xueqin, zhiyong, qiongfang, yuhua and older tuning leftovers. Sentences
 * written for the test.
 */

const align = (stem: string, statement: string) => alignCloze(clozeOf(stem)!, statement);

describe('a hole whose words begin another sentence', () => {
  it('is not filled across the statement’s full stop', () => {
    expect(
      align('团小组可以直接决定给团员记过（ ）', '特殊情况下团委可以直接决定给团员记过。对团干部的处分由上级团委批准。'),
    ).toBeUndefined();
  });

  it('is filled when its words stand in the same sentence', () => {
    expect(align('特殊情况下可以直接决定给团员（ ）', '特殊情况下团委可以直接决定给团员记过处分。')?.fills).toEqual(['记过处分']);
  });
});

describe('a statement whose opening names what the passage is about', () => {
  const oath = (title: string): PassageHit => ({
    text: '团员意识教育很重要。宣誓时由团支书领读誓词，新团员举起右拳，跟读誓词，最后报出自己的名字。',
    coverage: 1,
    source: 'handbook:test',
    title,
  });
  const judge = (raw: string, title = '测试手册 › 团员 › 入团宣誓') => suggestByParaphrase(raw, [oath(title)])?.answerTexts[0];

  it('restates the sentence when the words it adds are the title’s', () => {
    expect(judge('判断：入团宣誓时，新团员举起右拳，跟读誓词。')).toBe('正确');
  });

  it('does not when the title lacks them, or the rest is not the sentence’s', () => {
    expect(judge('判断：入团宣誓时，新团员举起右拳，跟读誓词。', '测试手册 › 团员 › 团员教育')).toBeUndefined();
    expect(judge('判断：入团宣誓时，新团员举起左拳，跟读誓词。')).toBeUndefined();
  });
});

const passage = (text: string): PassageHit => ({ text, coverage: 0.9, source: 'handbook:test', title: '测试手册 › 团员' });
const answer = async (raw: string, passages: PassageHit[]) =>
  outcomeAnswer(await resolvePaste(createPasteIndex([]), raw, async () => passages, undefined, createFactIndex([])));

describe('which hand', () => {
  const salute = passage('升旗时由旗手护旗，少先队员举起右手、行队礼，齐唱队歌，最后列队退场。');

  it('is another term of one kind: the left hand for the right is false, the right one true', async () => {
    expect(await answer('判断：少先队员举起左手、行队礼。', [salute])).toBe('错误');
    expect(await answer('判断：少先队员举起右手、行队礼。', [salute])).toBe('正确');
  });
});

describe('a choice asking which doings are right', () => {
  const flag = passage(
    '升旗仪式由学校少先队大队部组织。升旗时由旗手护旗，少先队员举起右手、行队礼，齐唱队歌，最后列队退场。少先队员必须面向国旗行队礼。',
  );

  it('is judged option by option, as its sayings would be', async () => {
    const raw =
      '多选：关于升旗仪式，下列做法正确的是（ ）\nA. 少先队员面向国旗行队礼\nB. 少先队员举起左手、行队礼\nC. 升旗时由旗手护旗\nD. 少先队员最后列队退场';
    expect(await answer(raw, [flag])).toBe('ACD');
  });
});

describe('who lacks one of the three rights', () => {
  const lacking = (raw: string) => suggestByThreeRights(raw)?.choice.join('');

  it('is asked of the same people as who lacks all three', () => {
    expect(
      lacking(
        '多选：支部换届时，下列同志中没有选举权的有（ ）\nA. 刚转为预备党员的小刘\nB. 退休的老党员老周\nC. 在留党察看期间的老钱\nD. 受过警告处分的正式党员',
      ),
    ).toBe('AC');
    expect(lacking('多选 开支部大会时，哪些人无被选举权（ ）A.外出打工的正式党员 B.预备党员 C.支部委员 D.留党察看期内的党员')).toBe('BD');
  });

  it('leaves a stem on sayings, or an option it cannot place', () => {
    expect(lacking('多选：关于没有表决权的党员，下列说法正确的有（ ）\nA. 预备党员\nB. 留党察看期间的党员\nC. 正式党员')).toBeUndefined();
    expect(lacking('多选：下列人员中没有表决权的是（ ）\nA. 预备党员\nB. 入党积极分子\nC. 正式党员')).toBeUndefined();
  });
});

describe('the share of an income asked without the word 党费', () => {
  const rate = async (raw: string) =>
    outcomeAnswer(await resolvePaste(createPasteIndex([]), raw, async () => [], duesForPaste, createFactIndex([])));

  it('is the 党费 rate for that income', async () => {
    expect(await rate('退休的老周每月养老金5600元，按规定他每月应交纳养老金的（ ）\nA. 0.5%\nB. 1%\nC. 1.5%\nD. 2%')).toBe('B');
    expect(await rate('小郑在职，每月税后工资2800元，应当交纳月工资收入的（ ）A.0.5% B.1% C.1.5% D.2%')).toBe('A');
  });

  it('is not asked with no options in %', async () => {
    expect(await rate('小郑在职，每月税后工资2800元，应当交纳月工资收入的（ ）A.一半 B.三成')).toBeUndefined();
  });
});
