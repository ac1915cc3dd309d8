import { describe, expect, it } from 'vitest';
import { parseTicket } from '../../../bot/features/tickets/parse';
import { DEADLINE_CLASSES, eachPhrase } from '../../helpers/deadline-generator';

// Wednesday 2026-03-04, 10:00 Beijing time. Each class of deadline phrase people type (tests/helpers/deadline-generator.ts)
// in a 民情工单 of our own: the date read, and the phrase no part of the matter. None is a generator's sentence.
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('promised dates by class, in a message', () => {
  it.each([
    // Spans of two numbers, hours.
    ['红星村赵大妈反映自来水发黄，四五天内给答复', '2026-03-09'],
    ['红星村赵大妈反映自来水发黄，七十二小时之内处理完', '2026-03-07'],
    // The week after next; a weekday typed as a digit.
    ['红星村赵大妈反映自来水发黄，网格员小郑跟进，下下礼拜四之前', '2026-03-19'],
    ['红星村赵大妈反映自来水发黄，星期4前回复', '2026-03-05'],
    // Parts of a month, with the work after them or closing the clause.
    ['红星村赵大妈反映自来水发黄，下月中旬回复，我负责', '2026-04-15'],
    ['红星村赵大妈反映自来水发黄 我负责 承诺下个月上旬办好', '2026-04-10'],
    ['红星村赵大妈反映自来水发黄，五月初', '2026-05-05'],
    // Numeric: four digits; a day of the month with 日 after a promise word.
    ['红星村赵大妈反映自来水发黄，0405前落实', '2026-04-05'],
    ['红星村赵大妈反映自来水发黄，争取18日之前答复', '2026-03-18'],
    // Festivals and what follows them.
    ['红星村赵大妈反映自来水发黄，国庆节后上班第一天答复', '2026-10-08'],
    ['红星村赵大妈反映自来水发黄，答应端午节后上班第一天办好', '2026-06-22'],
    ['红星村赵大妈反映自来水发黄，农历二月初二前', '2026-03-20'],
    // Office shorthand.
    ['红星村赵大妈反映自来水发黄，EOD回复', '2026-03-04'],
    ['红星村赵大妈反映自来水发黄，周四eod答复，网格员小郑跟进', '2026-03-05'],
    ['红星村赵大妈反映自来水发黄，W12处理完', '2026-03-22'],
    // Limit markers.
    ['红星村赵大妈反映自来水发黄，网格员小郑跟进，到25号为止给答复', '2026-03-25'],
    ['红星村赵大妈反映自来水发黄，下周二为止', '2026-03-10'],
  ])('%s → %s', (text, due) => {
    const draft = read(text);
    expect(draft.due).toBe(due);
    expect(draft.content).toContain('自来水');
    expect(draft.content).not.toMatch(/[旬号周]|EOD|eod|W12|节后|为止|小时/);
  });

  it.each([
    '红星村赵大妈反映自来水发黄，二十五号左右处理完，网格员小郑跟进',
    '红星村赵大妈反映自来水发黄，12号前后办好',
    '红星村赵大妈反映自来水发黄，争取年前给答复',
    '红星村赵大妈反映自来水发黄，ASAP',
    '红星村赵大妈反映自来水发黄，初七回复',
  ])('%s: no date, the dialogue asks for one', (text) => {
    const draft = read(text);
    expect(draft.due).toBeUndefined();
  });

  it('reads 左右 after a day as no name (左 is a surname): the approximate day is asked, not cut as a holder', () => {
    const draft = read('红星村赵大妈反映自来水发黄，十五号左右处理完，我负责');
    expect(draft.holder).toBeUndefined();
    expect(draft.due).toBeUndefined();
  });
});

// The generator's own tuning half, each phrase once in its plainest frame: a guard that every class stays read.
describe('the deadline generator’s tuning phrases, one by one', () => {
  it.each(eachPhrase('tuning').map(({ kind, phrase }) => [kind, phrase.text, phrase.expected]))('%s: %s → %s', (_, phrase, expected) => {
    expect(read(`石桥村刘大爷反映路灯坏了，${phrase}`).due).toBe(expected);
  });

  it('has every class in both halves', () => {
    for (const cls of DEADLINE_CLASSES) expect(cls.tuning.length > 0 && cls.kept.length > 0, cls.kind).toBe(true);
  });
});
