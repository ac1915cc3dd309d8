import { readableSource } from '../../../knowledge';
import type { Button, Reply } from '../../core/message';
import type { QuizQuestion } from './bank';
import { strings } from './strings';

/**
 * Button data, all under the `q` prefix and ≤ 64 bytes:
 *   q:a:<session>:<step>:<answer>   answer a single-choice (letter) or true/false (T/F) question
 *   q:t:<session>:<step>:<letter>   toggle an option of a multiple-choice question
 *   q:s:<session>:<step>            submit the toggled options
 *   q:x:<session>                   stop practice / ask to hand in an exam
 *   q:X:<session>                   hand in the exam (confirmed)
 *   q:c:<session>:<step>            show the current question again (after "continue")
 *   q:d:<round>:<index>:<answer>    answer a daily-quiz question;  q:D:<round>:<index>  its explanation
 *   q:L:<level>  q:P:<level>:<topic>  q:E:<level>  q:R  q:W  q:S:<HHMM>   menus (they act on the presser's own data)
 *   q:B:<bank id>|*                 toggle a bank the chat practises (secretaries in groups)
 * `step` is the number of questions already answered in the session, so a button from an earlier question
 * never matches the current one.
 */
export const PREFIX = 'q';

export function button(label: string, ...parts: (string | number)[]): Button | undefined {
  const data = [PREFIX, ...parts].join(':');
  return Buffer.byteLength(data, 'utf8') <= 64 ? { label, data } : undefined;
}

export const letters = (n: number) => 'ABCDEF'.slice(0, n).split('');

export function optionLines(q: QuizQuestion): string[] {
  return q.options.map((text, i) => `${'ABCDEF'[i]}. ${text}`);
}

export function questionBody(q: QuizQuestion): string {
  return [q.stem, ...optionLines(q)].join('\n');
}

export function answerText(q: QuizQuestion): string {
  if (q.type === '判断') return q.answer;
  if (q.type === '填空')
    return q.answer
      .split('|')
      .map((blank) => blank.split('/')[0])
      .join('；');
  return q.answer
    .split('')
    .map((letter) => `${letter}. ${q.options['ABCDEF'.indexOf(letter)] ?? ''}`)
    .join('；');
}

/** The feedback after an answer: right or wrong, the correct answer, the explanation and the source. */
export function feedback(q: QuizQuestion, correct: boolean, extra: string[] = []): string {
  const lines = [correct ? strings.common.right : `${strings.common.wrong}${strings.common.correctAnswer(answerText(q))}`];
  if (q.explanation) lines.push(strings.common.explanation(q.explanation));
  if (q.source) lines.push(strings.common.source(readableSource(q.source)));
  return [...lines, ...extra].join('\n');
}

/** Answer buttons of a question in a session (practice, review, exam). */
export function answerButtons(q: QuizQuestion, sessionId: number, step: number, selection: string): Button[][] {
  const rows: Button[][] = [];
  if (q.type === '单选')
    rows.push(
      ...chunk(
        letters(q.options.length).map((l) => button(l, 'a', sessionId, step, l)!),
        4,
      ),
    );
  if (q.type === '判断') rows.push([button('正确', 'a', sessionId, step, 'T')!, button('错误', 'a', sessionId, step, 'F')!]);
  if (q.type === '多选') {
    rows.push(
      ...chunk(
        letters(q.options.length).map((l) => button(`${selection.includes(l) ? '☑' : '☐'} ${l}`, 't', sessionId, step, l)!),
        4,
      ),
    );
    rows.push([button(strings.practice.submit, 's', sessionId, step)!]);
  }
  return rows;
}

export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function reply(text: string, buttons?: (Button | undefined)[][]): Reply {
  const rows = buttons?.map((row) => row.filter((b): b is Button => b !== undefined)).filter((row) => row.length > 0);
  return rows && rows.length > 0 ? { text, buttons: rows } : { text };
}

/** `1小时05分` / `12分30秒` */
export function duration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}小时${String(m).padStart(2, '0')}分`;
  return `${m}分${String(s).padStart(2, '0')}秒`;
}

/** Given a button answer (`T`/`F` for true/false), the text the bank compares. */
export function decodeButtonAnswer(q: QuizQuestion, code: string): string {
  if (q.type === '判断') return code === 'T' ? '正确' : code === 'F' ? '错误' : code;
  return code;
}
