/** Limits on what one message may be; anything past them is answered, never processed. */
export const MAX_MESSAGE_CHARS = 4000;

export type InputProblem = 'empty' | 'too-long' | 'binary';

export function checkInput(raw: string | undefined): InputProblem | undefined {
  if (raw === undefined || raw.trim() === '') return 'empty';
  if (raw.length > MAX_MESSAGE_CHARS) return 'too-long';
  if (looksBinary(raw)) return 'binary';
  return undefined;
}

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  // Control characters other than tab/newline/carriage return, or the replacement character from undecodable bytes.
  const odd = text.match(/[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g)?.length ?? 0;
  return odd > 0 && odd / text.length > 0.02;
}

export const inputProblemReplies: Record<InputProblem, (raw: string) => string> = {
  empty: () => '没有收到文字内容。可以直接提问，或发送“帮助”查看我能做什么。',
  'too-long': (raw) => `消息太长了（${raw.length} 字），请控制在 ${MAX_MESSAGE_CHARS} 字以内；题目较多时请一次发一道。`,
  binary: () => '这条消息里有无法识别的字符，像是文件或乱码。请直接发送文字。',
};
