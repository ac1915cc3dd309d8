import { describe, expect, it } from 'vitest';
import { loadBuiltinQuestions } from '../../knowledge/questions/builtin';
import { type LintFindingKind, lintQuestions } from '../../knowledge/questions/lint';
import { questionId, type TemplateQuestion } from '../../knowledge/questions/template';

type Draft = Partial<TemplateQuestion> & Pick<TemplateQuestion, 'stem'>;

function q(draft: Draft): TemplateQuestion {
  const base = {
    type: '单选' as const,
    options: ['一年', '两年', '三年', '半年'],
    answer: 'A',
    explanation: '解析',
    level: '初级' as const,
    topic: '党员',
    source: 'member.probation',
    bank: 't',
    ...draft,
  };
  return { ...base, id: questionId('t', base.stem, base.options) };
}

/** A small clean bank: different facts, keys spread, no finding of any kind. */
const clean: TemplateQuestion[] = [
  q({ stem: '预备党员的预备期为（）。', options: ['一年', '两年', '三年', '半年'], answer: 'A' }),
  q({ stem: '支部委员会会议一般多久召开一次？（）', options: ['每季度', '每月', '每半年', '每年'], answer: 'B' }),
  q({ stem: '组织生活会每年至少召开（）。', options: ['三次', '两次', '一次', '四次'], answer: 'C' }),
  q({ stem: '党费由谁负责收缴？（）', options: ['上级党委', '组织部', '纪委', '党支部'], answer: 'D' }),
  q({
    type: '多选',
    stem: '三会一课中的三会包括（）。',
    options: ['支部党员大会', '党员代表大会', '支部委员会会议', '党小组会'],
    answer: 'ACD',
  }),
  q({ type: '判断', stem: '党龄从转为正式党员之日算起。', options: [], answer: '正确' }),
  q({ type: '填空', stem: '发展党员须有（）名正式党员作入党介绍人。', options: [], answer: '两/2' }),
];

const kinds = (questions: TemplateQuestion[]) => new Set(lintQuestions(questions, { keyBand: [0, 1] }).findings.map((f) => f.kind));
const fires = (kind: LintFindingKind, planted: TemplateQuestion) => {
  expect(kinds(clean).has(kind), `clean bank already has ${kind}`).toBe(false);
  expect(kinds([...clean, planted]).has(kind)).toBe(true);
};

describe('questions lint: each finding fires on a planted bad question', () => {
  it('finds nothing in the clean bank', () => {
    expect(lintQuestions(clean, { keyBand: [0, 1] }).findings).toEqual([]);
  });

  it('near-duplicate: the same fact asked again in nearly the same words', () => {
    fires('near-duplicate', q({ stem: '按照规定，预备党员的预备期为（）。', options: ['一年', '两年', '三年', '半年'], answer: 'A' }));
  });

  it('all-but-last: a 多选 whose key is every option but the last, above 35%', () => {
    fires(
      'all-but-last',
      q({ type: '多选', stem: '党员的权利有（）。', options: ['表决权', '选举权', '被选举权', '任免权'], answer: 'ABC' }),
    );
  });

  it('giveaway: a stem that names its own answer, or a key far longer than the rest', () => {
    fires('giveaway', q({ stem: '主题党日要先确定主题，主题由（）研究确定。', options: ['主题', '书记', '上级', '党员'], answer: 'A' }));
    fires('giveaway', q({ type: '填空', stem: '党员大会选举支部委员会，支部委员会由（）选举产生。', options: [], answer: '党员大会' }));
    fires(
      'giveaway',
      q({
        stem: '某党员对决定有不同看法，应当（）。',
        options: ['在坚决执行的前提下通过组织渠道向上级党组织反映意见', '拒绝执行', '私下议论', '公开反对'],
        answer: 'A',
      }),
    );
    // A number only counts whole: 50 is not in 5000.
    expect(kinds([q({ stem: '月工资5000元，每月交党费（）元。', options: ['50', '75', '25', '100'], answer: 'A' })]).has('giveaway')).toBe(
      false,
    );
  });

  it('throwaway: a distractor no candidate would pick', () => {
    fires('throwaway', q({ stem: '支部委员会一般设（）。', options: ['书记', '财务总监', '宣传委员', '组织委员'], answer: 'C' }));
  });

  it('repeated-option: one option text in many questions', () => {
    const many = Array.from({ length: 10 }, (_, i) =>
      q({
        stem: `第${'甲乙丙丁戊己庚辛壬癸'[i]}类事项由谁决定？（）`,
        options: ['支部委员会', `机构${i}`, `部门${i}`, `单位${i}`],
        answer: 'B',
      }),
    );
    expect(kinds(clean).has('repeated-option')).toBe(false);
    expect(kinds([...clean, ...many]).has('repeated-option')).toBe(true);
  });

  it('missing explanation or source', () => {
    fires('missing-explanation', q({ stem: '党小组会一般每月召开几次？（）', options: ['一次', '两次', '三次', '四次'], explanation: '' }));
    fires('missing-source', q({ stem: '党课多久至少上一次？（）', options: ['每季度', '每月', '每年', '每周'], source: ' ' }));
  });

  it('key-skew: single-choice keys piled on one letter', () => {
    const skewed = Array.from({ length: 20 }, (_, i) =>
      q({ stem: `第${i}题：下列哪项正确？（）`, options: [`甲${i}`, `乙${i}`, `丙${i}`, `丁${i}`], answer: 'A' }),
    );
    const report = lintQuestions(skewed, { nearDuplicate: 1.01 });
    expect(report.keys.单选).toEqual({ A: 20 });
    expect(report.findings.some((f) => f.kind === 'key-skew')).toBe(true);
  });
});

describe('questions lint on the built-in bank', () => {
  const questions = loadBuiltinQuestions();
  const report = lintQuestions(questions);

  it('has at most 2% near-duplicates', () => {
    const pairs = report.findings.filter((f) => f.kind === 'near-duplicate').map((f) => f.message);
    expect(report.nearDuplicates.share, pairs.join('\n')).toBeLessThanOrEqual(0.02);
  });

  it('has the all-but-last pattern in at most 35% of 多选', () => {
    expect(report.allButLast.share).toBeLessThanOrEqual(0.35);
  });

  it('spreads single-choice keys over A–D (each between 15% and 35%)', () => {
    expect(report.findings.filter((f) => f.kind === 'key-skew').map((f) => f.message)).toEqual([]);
  });

  it('has no question missing an explanation or source, and no throwaway distractor', () => {
    const flagged = report.findings.filter((f) => ['missing-explanation', 'missing-source', 'throwaway'].includes(f.kind));
    expect(flagged.map((f) => f.message)).toEqual([]);
  });
});
