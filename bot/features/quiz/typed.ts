import { normalizeInput } from '../../../knowledge';
import type { QuestionType } from './bank';

/**
 * Answers typed instead of pressed: letters in any case or width (`b`, `Ｂ`, `选B`, `B和C`, `A、C、D`), truth
 * words for 判断 (`对`, `错误`, `√`, `T`), the blank's words for 填空, and the words on the buttons
 * (`结束练习`, `交卷`, `下一题`, `跳过`, `收藏`). Text that is none of these is not claimed, so a real question
 * typed while a question is open still reaches the question answerer.
 */
export type TypedInput =
  | { kind: 'answer'; value: string }
  | { kind: 'stop' | 'hand-in' | 'next' | 'skip' | 'star' | 'submit' }
  | { kind: 'invalid'; reason: string };

const WORDS: Record<string, Exclude<TypedInput, { kind: 'answer' | 'invalid' }>['kind']> = {
  结束练习: 'stop',
  结束: 'stop',
  停止练习: 'stop',
  退出练习: 'stop',
  结束背题: 'stop',
  结束复习: 'stop',
  交卷: 'hand-in',
  提交试卷: 'hand-in',
  我要交卷: 'hand-in',
  下一题: 'next',
  下一个: 'next',
  下一道: 'next',
  继续: 'next',
  跳过: 'skip',
  跳过这题: 'skip',
  跳过本题: 'skip',
  不会: 'skip',
  收藏: 'star',
  收藏本题: 'star',
  收藏这题: 'star',
  取消收藏: 'star',
  提交: 'submit',
};

const TRUE = /^(正确|对|对的|是|是的|√|✓|✔|t|true|y|yes)$/i;
const FALSE = /^(错误|错|错的|不对|否|不是|×|✗|✘|x|f|false|n|no)$/i;

/** Strips what people put around an answer: 选B, 答案是B, 我选 B。 */
function core(text: string): string {
  return text
    .replace(/^(我)?(选择?|选的是|答案是?|答|应该是|是)[:：\s]*/, '')
    .replace(/[。.!！~～]+$/, '')
    .trim();
}

export function parseTyped(type: QuestionType, optionCount: number, raw: string): TypedInput | undefined {
  const text = normalizeInput(raw);
  if (!text) return undefined;
  const word = WORDS[text.replace(/[。.!！\s]/g, '')];
  if (word) return { kind: word };
  const body = core(text);
  if (type === '判断') {
    const choice = body.replace(/^选?项?/, '');
    if (TRUE.test(choice)) return { kind: 'answer', value: '正确' };
    if (FALSE.test(choice)) return { kind: 'answer', value: '错误' };
    if (/^[AaBb]$/.test(choice)) return { kind: 'answer', value: /^[Aa]$/.test(choice) ? '正确' : '错误' };
    return undefined;
  }
  if (type === '填空') return body.length <= 60 ? { kind: 'answer', value: body } : undefined;
  // Letters with separators (和、与、,，;；/ and spaces) and nothing else.
  const compact = body.replace(/\s*(和|与|及|以及|还有|[、,，;；/+\s])\s*/g, '');
  if (!/^[A-Fa-f]{1,6}$/.test(compact) && !/^[A-Za-z]$/.test(compact)) return undefined;
  const letters = [...new Set(compact.toUpperCase())].sort();
  const beyond = letters.find((l) => 'ABCDEF'.indexOf(l) < 0 || 'ABCDEF'.indexOf(l) >= optionCount);
  if (beyond) return { kind: 'invalid', reason: `本题只有 A–${'ABCDEF'[optionCount - 1]} 这几个选项，没有 ${beyond}。` };
  if (type === '单选' && letters.length > 1) return { kind: 'invalid', reason: '这是单选题，只能选一个选项。' };
  return { kind: 'answer', value: letters.join('') };
}
