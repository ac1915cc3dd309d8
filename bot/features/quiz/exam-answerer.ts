import { loadBuiltinQuestions } from '../../../knowledge/questions/builtin';
import { createPasteIndex, looksLikeExamQuestion, type PasteIndex } from '../../../knowledge/questions/paste';
import type { Answerer, AnswererFactory } from '../../answering';

/**
 * Pasted exam questions, answered from the question bank in the user's own lettering. Anything that does not
 * look like an exam question, or that the bank does not hold, is left to the next answerer (the handbook).
 */
export const createExamAnswerer: AnswererFactory = (): Answerer => {
  let index: PasteIndex | undefined;
  return {
    name: 'exam',
    async answer(text) {
      if (!looksLikeExamQuestion(text)) return undefined;
      index ??= createPasteIndex(loadBuiltinQuestions());
      const match = index.match(text);
      if (!match) return undefined;
      const { question, choice, answerTexts, score } = match;
      const head =
        choice.length > 0
          ? `答案：${choice.join('')}（${answerTexts.join('；')}）`
          : question.type === '判断'
            ? `答案：${question.answer}`
            : `答案：${answerTexts.join('；')}`;
      const [sectionId, ...basis] = question.source.split(/[；;]/);
      const lines = [head, `解析：${question.explanation}`, `出处：题库（${question.topic} · ${question.level}）；手册 ${sectionId}${basis.length ? `；${basis.join('；')}` : ''}`];
      if (score < 0.85) lines.push(`（与题库中的题目相似度 ${Math.round(score * 100)}%，请核对题干是否一致。）`);
      return {
        kind: 'exam',
        answer: lines.join('\n'),
        choice,
        confidence: Number(score.toFixed(2)),
        citations: [{ source: `question:${question.id}`, title: question.stem, text: question.explanation, score }],
      };
    },
  };
};
