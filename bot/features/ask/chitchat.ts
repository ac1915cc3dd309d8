import { strings } from './strings';

const TAIL = '[!！。.~～啊呀哦哈呢嘛吖]*';
const PATTERNS: Array<[RegExp, string]> = [
  [
    new RegExp(`^(你好|您好|你们好|大家好|hi|hello|hey|嗨|哈喽|早上好|上午好|中午好|下午好|晚上好|早安|晚安|早)${TAIL}$`, 'i'),
    strings.chitchat.hello,
  ],
  [new RegExp(`^(在吗|在不在|有人吗|在么|在嘛|在)${TAIL}[?？]*$`), strings.chitchat.online],
  [new RegExp(`^(谢谢|多谢|感谢|谢了|谢谢你|谢谢您|thanks|thank you|辛苦了)${TAIL}$`, 'i'), strings.chitchat.thanks],
  [new RegExp(`^(哈哈+|呵呵+|嘿嘿+|😄|😂|👍)${TAIL}$`), strings.chitchat.laugh],
  [new RegExp(`^(再见|拜拜|bye|回头见)${TAIL}$`, 'i'), strings.chitchat.bye],
  [new RegExp(`^(好的|好|嗯+|哦+|ok|收到|明白了|知道了)${TAIL}$`, 'i'), strings.chitchat.ok],
];

/** A short friendly reply for greetings and small talk (no retrieval), or undefined for a real question. */
export function chitchatReply(text: string): string | undefined {
  const t = text.trim().replace(/\s+/g, '');
  if (!t || t.length > 12) return undefined;
  for (const [re, reply] of PATTERNS) if (re.test(t)) return reply;
  return undefined;
}
