import { describe, expect, it } from 'vitest';
import { judgeCertStep } from '../../knowledge/questions/cert-levels';
import { suggestByClauseCloze } from '../../knowledge/questions/clause-cloze';
import { suggestByDeniedClaim } from '../../knowledge/questions/denied-claim';
import { judgeByValues } from '../../knowledge/questions/fact-values';
import { statementOf } from '../../knowledge/questions/false-statement';
import { suggestByFlippedClaim } from '../../knowledge/questions/flipped-claim';
import { createPasteIndex, parsePasted } from '../../knowledge/questions/paste';
import { suggestByStatedWithSetting } from '../../knowledge/questions/stated-with-setting';
import type { PassageHit } from '../../knowledge/questions/suggest';
import type { TemplateQuestion } from '../../knowledge/questions/template';

/**
 * Issue 21, paste16: 判断 statements a near bank question or a fact's sentence must not answer — the negation moved
 * to another right, another certificate level, a rule that offers a choice of organs. Sentences written for the test.
 */

const question = (stem: string, answer: '正确' | '错误'): TemplateQuestion => ({
  id: `t-${stem.length}`,
  bank: 'test',
  type: '判断',
  stem,
  options: [],
  answer,
  explanation: '',
  level: '初级',
  topic: '测试',
  source: 'test',
});

describe('a bank statement close in words', () => {
  it('does not answer a statement whose negation denies another thing', () => {
    const bank = createPasteIndex([question('列席人员在会上没有表决权、选举权和被选举权。', '正确')]);
    expect(bank.lookup('判断：列席人员在会上有表决权和选举权，但没有被选举权。')).toBeUndefined();
    // The same denial in other words still finds it.
    expect(bank.lookup('判断：列席人员在会上没有表决权、选举权以及被选举权。')?.answerTexts).toEqual(['正确']);
  });

  it('does not answer a statement on another certificate level', () => {
    const bank = createPasteIndex([question('社区专干持初级证书满一年后，可以直接申请高级证书。', '错误')]);
    expect(bank.lookup('判断：持初级证书满一年的社区专干，可以申请中级证书。')).toBeUndefined();
  });
});

describe('a rule offering a choice of organs', () => {
  it('is no misstatement by a statement naming a third organ for another step', () => {
    const sentence = '开会是每名党员的义务；有事不能来的，要提前向党支部或党小组请假。';
    const stem = '老刘外出一年，不交党费也不来开会，支部大会可以讨论把他除名。';
    expect(judgeByValues(parsePasted(`判断：${stem}`), stem, sentence)).toBeUndefined();
  });

  it('still makes false a statement giving the one organ’s step to another', () => {
    const sentence = '处分党员由支部大会讨论决定，报上级党组织批准。';
    const stem = '处分党员由党小组讨论决定即可。';
    expect(judgeByValues(parsePasted(`判断：${stem}`), stem, sentence)?.answerTexts).toEqual(['错误']);
  });
});

const hit = (text: string): PassageHit => ({ text, coverage: 1, source: 'handbook:test', title: '测试手册' });

describe('a statement weighed without its spaces and its closing ask', () => {
  it('keeps a statement that asks on its own line after the type', () => {
    expect(parsePasted('判断题\n党员 调出 以后 三个月 内 要 转 组织关系 。 对 还是 错 ？').stem.replace(/\s/g, '')).toBe(
      '党员调出以后三个月内要转组织关系。对还是错?',
    );
    expect(statementOf('判断题\n党员 调出 以后 三个月 内 要 转 组织关系 。 对 还是 错 ？')).toEqual({
      statement: '党员调出以后三个月内要转组织关系。',
      truth: undefined,
      asksTruth: true,
    });
  });

  it('finds the claim a sentence denies in a spaced statement', () => {
    const rules = hit('发展对象的考察期从支部委员会确定他为发展对象之日算起，不是从党小组推荐之日算起。');
    const said = suggestByDeniedClaim('判断题\n发展对象 的 考察期 从 党小组 推荐 那天 算起 。 对 还是 错 ？', [rules]);
    expect(said?.answerTexts).toEqual(['错误']);
  });

  it('reads the matter of a short denial with a number from its passage', () => {
    const rules = hit(
      '单位换了联络员，要在10个工作日内告诉上级团委。\n\n这个期限是10个工作日，不是10个自然日，周末不算。一般由所在团支部报送。',
    );
    expect(suggestByDeniedClaim('判断：团支部换了联络员，在10个自然日内告诉上级团委就行。', [rules])?.answerTexts).toEqual(['错误']);
    // Another matter with the same number is not it.
    expect(suggestByDeniedClaim('判断：发票要在10个自然日内交到财务室。', [rules])).toBeUndefined();
  });
});

describe('a right denied to the subject of the clauses before', () => {
  const rules = hit('列席人员参加支部会议，可以发表意见，但没有表决权。');
  it('is false where the statement says the subject holds it', () => {
    expect(suggestByFlippedClaim('判断：列席人员和党员一样，在支部会议上享有表决权。', [rules])?.answerTexts).toEqual(['错误']);
  });
  it('says nothing of a statement about someone else', () => {
    expect(suggestByFlippedClaim('判断：正式党员参加支部会议，享有表决权。', [rules])).toBeUndefined();
  });
});

describe('a 填空 whose blank holds a range or a date', () => {
  const rules = hit(
    '团支部要为每名积极分子安排一至两名团员作联系人。团支部每季度听取一次联系人的汇报。\n\n' +
      '新版《工作规则》是2021年6月印发的，自2021年9月1日起施行。\n\n' +
      '志愿服务时长：普通团员每年交纳团费1元至5元；困难团员每年交纳团费0.1元。',
  );
  it('fills a range said as one (一至两名) and a day a rule took effect', () => {
    expect(suggestByClauseCloze('团支部要为每名积极分子安排_____名团员作联系人。', [rules])?.answerTexts).toEqual(['一至两']);
    expect(suggestByClauseCloze('新版《工作规则》于2021年6月印发，自（ ）起施行。', [rules])?.answerTexts).toEqual(['2021年9月1日']);
  });
  it('fills both ends of a range the stem asks, joined by 到 or 至', () => {
    expect(suggestByClauseCloze('普通团员一年的团费在____元到____元之间。', [rules])?.answerTexts).toEqual(['1', '5']);
  });
  it('still leaves a blank that would hold half a range', () => {
    expect(suggestByClauseCloze('普通团员每年交纳团费（ ）元。', [rules])).toBeUndefined();
  });
});

describe('a subject the clause before names and says what it is not', () => {
  const rules = hit('联络员不是支部委员，不能代替支部委员会作决定。');
  it('is false where the statement has it decide, granting or not what it is not', () => {
    expect(suggestByFlippedClaim('判断：联络员可以自己决定发展对象人选，报支部委员会备案即可。', [rules])?.answerTexts).toEqual(['错误']);
    expect(suggestByFlippedClaim('判断：联络员虽然不是支部委员，但也可以代替支部委员会作决定。', [rules])?.answerTexts).toEqual(['错误']);
  });
  it('says nothing where it is named after what is denied', () => {
    expect(suggestByFlippedClaim('判断：支部委员会可以代替联络员作决定。', [rules])).toBeUndefined();
  });
});

describe('a statement whose claim one sentence says, its case told just before', () => {
  const rules = hit(
    '团员对团组织的处理不服的，可以提出复议。复议可以向原团组织提出。\n\n复议期间，不停止对原处理决定的执行。\n\n' +
      '受团内警告的团员，一年内不能评优。警告期间，团员仍然要参加团的活动、交纳团费。',
  );
  it('is true, however the case is told', () => {
    const said = suggestByStatedWithSetting('判断题\n团员对处理决定提出复议，复议期间不停止原处理决定的执行。', [rules]);
    expect(said?.answerTexts).toEqual(['正确']);
    expect(said?.sentence).toBe('复议期间，不停止对原处理决定的执行。');
    expect(suggestByStatedWithSetting('3．受团内警告的团员，在警告期间仍然要参加团的活动、交纳团费。（ ）', [rules])?.answerTexts).toEqual([
      '正确',
    ]);
  });
  it('says nothing where the claim denies otherwise, the case names a number or the case is another', () => {
    expect(suggestByStatedWithSetting('判断：团员提出复议，复议期间停止原处理决定的执行。', [rules])).toBeUndefined();
    expect(suggestByStatedWithSetting('判断：受团内警告一年的团员，在警告期间仍然要参加团的活动、交纳团费。', [rules])).toBeUndefined();
    expect(suggestByStatedWithSetting('判断：受团内严重警告的团员，在警告期间仍然要参加团的活动、交纳团费。', [rules])).toBeUndefined();
    expect(suggestByStatedWithSetting('团员提出复议以后，复议期间原处理决定还执行吗？', [rules])).toBeUndefined();
  });
});

describe('an exam app’s buttons before its status on one line', () => {
  it('is no part of the statement', () => {
    expect(statementOf('判断题\n复议期间不停止原处理决定的执行。\n○ 正确\n○ 错误\n提交答案    已有512人作答')?.statement).toBe(
      '复议期间不停止原处理决定的执行。',
    );
  });
});

describe('a right or a decision named, not granted', () => {
  it('reads no grant in whom the statement names by a right (有表决权的队员)', () => {
    const rules = hit('见习队员没有表决权，但可以发表意见。');
    expect(suggestByFlippedClaim('判断：讨论接收见习队员的会议，到会有表决权的队员超过半数方可开会。', [rules])).toBeUndefined();
    expect(suggestByFlippedClaim('判断：转正以后的见习队员，在队员大会上有表决权。', [rules])).toBeUndefined();
  });
  it('reads no claim of the subject in a decision left to another body', () => {
    const rules = hit('联络员不是支部委员，不能代替支部大会或支部委员会作决定。');
    expect(suggestByFlippedClaim('判断：联络员的人选需要调整时，由支部委员会研究决定。', [rules])).toBeUndefined();
  });
});

describe('a statement on the certificate grades with a 判断 box after its full stop', () => {
  const rules = hit('晋级办法：持初级证书满一年可申请中级，持中级证书满一年可申请高级，不能越级。');
  it('is judged as a statement, not as a blank to fill', () => {
    expect(judgeCertStep('街道的党务专干刚拿到初级证书，业务突出的可以直接申请高级证书。（ ）', [rules])?.answerTexts).toEqual(['错误']);
    expect(judgeCertStep('持有中级证书才半年多、还未满一年的专干，可以申请高级证书。（　　）', [rules])?.answerTexts).toEqual(['错误']);
    expect(judgeCertStep('持初级证书满一年，可以申请（ ）证书。', [rules])).toBeUndefined();
  });
});
