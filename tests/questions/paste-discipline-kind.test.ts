import { describe, expect, it } from 'vitest';
import {
  suggestByDisciplineKind,
  suggestByMergedPunishment,
  suggestByPunishmentKind,
  suggestBySentencing,
} from '../../knowledge/questions/discipline-kind';
import { createPasteIndex } from '../../knowledge/questions/paste';
import { outcomeAnswer, type PassageHit, resolvePaste } from '../../knowledge/questions/suggest';

/**
 * Issue 21 (paste15): which of the six disciplines an act offends, read from the handbook's line for each discipline
 * (六项纪律各管什么). The pastes are written for the test.
 */

const index = createPasteIndex([]);
const noPassages = async (): Promise<PassageHit[]> => [];

describe('which discipline an act offends', () => {
  it('picks the acts of the discipline the stem names, each placed by the one line that speaks of it', async () => {
    const raw =
      '下列做法中，违反组织纪律的有（ ）\nA.换届时给党员送礼拉票\nB.不如实向组织报告个人有关事项\nC.对配偶子女失管失教\nD.公款吃喝';
    const outcome = await resolvePaste(index, raw, noPassages);
    expect(outcomeAnswer(outcome)).toBe('AB');
    expect(outcome.kind === 'hedged' && outcome.sentence).toMatch(/^组织纪律：/);
  });

  it('names the discipline of the act the stem tells of', async () => {
    const raw = '村干部在扶贫工作中吃拿卡要，这种行为违反的是党的（ ）\nA.政治纪律\nB.群众纪律\nC.生活纪律\nD.工作纪律';
    expect(outcomeAnswer(await resolvePaste(index, raw, noPassages))).toBe('B');
  });

  it('picks the act outside the named discipline when the stem asks for the exception', () => {
    const raw = '下列行为中，不属于违反廉洁纪律的是（ ）\nA.收受礼金\nB.违规经商办企业\nC.妄议党中央大政方针\nD.公款旅游';
    expect(suggestByDisciplineKind(raw)?.choice).toEqual(['C']);
  });

  it('leaves the question when an act is in no line, or in two', () => {
    expect(suggestByDisciplineKind('下列属于违反生活纪律的有（ ）\nA.生活奢靡\nB.没去参加单位体检\nC.贪图享乐')).toBeUndefined();
    // 公款 is 廉洁's word, 优亲厚友 群众's: an act with both is no one line's.
    expect(
      suggestByDisciplineKind('下列属于违反群众纪律的有（ ）\nA.用公款给亲友优亲厚友\nB.超标准向群众摊派\nC.泄露应当保密的事项'),
    ).toBeUndefined();
  });
});

describe('cases that lighten a 处分 or make it heavier', () => {
  it('places each case by the one list of the two that shares its words, the shared ones not counted', async () => {
    const raw =
      '（多选）违纪党员的下列表现中，可以从轻或者减轻处分的有（ ）\nA.把收的钱主动上交组织\nB.拒不退赔违纪所得\nC.调查时配合组织如实说明情况\nD.唆使下属一起违纪';
    expect(outcomeAnswer(await resolvePaste(index, raw, noPassages))).toBe('AC');
    const heavier = '下列情形中，应当从重或者加重处分的是（ ）\nA.主动交代问题\nB.受处分后又故意违纪\nC.主动挽回损失';
    expect(suggestBySentencing(heavier)?.choice).toEqual(['B']);
  });

  it('leaves a case neither list speaks of, or one in words neither has (教唆 for 唆使)', () => {
    expect(suggestBySentencing('可以从轻或者减轻处分的情形有（ ）\nA.主动交代问题\nB.教唆下属一起违纪\nC.主动挽回损失')).toBeUndefined();
    expect(suggestBySentencing('下列哪些情形可以从轻处分（ ）\nA.主动交代问题\nB.平时工作积极肯干\nC.强迫他人违纪')).toBeUndefined();
  });
});

describe('which measures are 党纪处分', () => {
  it('takes the five kinds in and the measures that are none out, in either direction of the ask', async () => {
    const raw =
      '对违纪的党员，下列处理中属于党纪处分的有（ ）（多选）\nA.责令作出书面检查\nB.给予严重警告\nC.开除党籍\nD.予以除名\nE.政务记过';
    expect(outcomeAnswer(await resolvePaste(index, raw, noPassages))).toBe('BC');
    const not = '下面哪一项不属于党纪处分（ ）\nA.留党察看\nB.劝其退党\nC.警告';
    expect(suggestByPunishmentKind(not)?.choice).toEqual(['B']);
  });

  it('leaves a measure named neither way, or both ways, and a question on the kinds’ order', () => {
    expect(suggestByPunishmentKind('下列属于党纪处分的有（ ）\nA.警告\nB.罚款\nC.留党察看')).toBeUndefined();
    expect(suggestByPunishmentKind('下列属于党纪处分的有（ ）\nA.警告\nB.行政警告\nC.除名')).toBeUndefined();
    expect(suggestByPunishmentKind('党纪处分由轻到重排在第二位的是（ ）\nA.警告\nB.严重警告\nC.除名')).toBeUndefined();
  });
});

describe('two acts handled together', () => {
  it('gives the highest 处分 one step heavier, and 严重警告 for one holding no Party post', async () => {
    const raw =
      '党员老马有两种违纪行为，一种应受严重警告，一种应受留党察看，合并处理应当给予（ ）\nA.留党察看\nB.开除党籍\nC.撤销党内职务\nD.严重警告';
    expect(outcomeAnswer(await resolvePaste(index, raw, noPassages))).toBe('B');
    const noPost =
      '普通党员小牛没有担任党内职务，同时有两种违纪行为，分别应受警告和严重警告处分，合并处理应给予（ ）\nA.警告\nB.撤销党内职务\nC.严重警告\nD.留党察看';
    expect(suggestByMergedPunishment(noPost)?.choice).toEqual(['C']);
  });
});
