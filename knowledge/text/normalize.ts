// Only the traditional → simplified dictionaries (110 KB), not the full bundle (1.2 MB) every start used to parse.
import * as OpenCC from 'opencc-js/t2cn';

/**
 * Text normalisation shared by commands, retrieval and question matching:
 * traditional → simplified (users in Hong Kong, Taiwan and overseas type traditional characters),
 * full-width ASCII → half-width, unified whitespace.
 */

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/**
 * Simplified characters in their own right that the converter's phrase table reads as an old form of another
 * (坏 of 打坏 as 坯, 打坯 being to make adobe bricks). A general "keep what converts to itself alone" would also keep
 * 覆 of 回覆, which is rightly 回复.
 */
const KEPT_AS_TYPED = new Set(['坏']);

/** Traditional to simplified Chinese. Leaves simplified text and other scripts as they are. */
export function simplify(text: string): string {
  const converted = toSimplified(text);
  if (converted === text || converted.length !== text.length) return converted;
  let kept = '';
  for (let i = 0; i < text.length; i++) kept += KEPT_AS_TYPED.has(text[i]!) ? text[i]! : converted[i]!;
  return kept;
}

/** Full-width Latin letters, digits and ASCII punctuation become half-width; the ideographic space becomes a space. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** The form in which user input is compared: simplified, half-width, single-spaced, trimmed. */
export function normalizeInput(text: string): string {
  return simplify(toHalfWidth(text)).replace(/\s+/g, ' ').trim();
}
