// Only the traditional → simplified dictionaries (110 KB), not the full bundle (1.2 MB) every start used to parse.
import * as OpenCC from 'opencc-js/t2cn';

/**
 * Text normalisation shared by commands, retrieval and question matching:
 * traditional → simplified (users in Hong Kong, Taiwan and overseas type traditional characters),
 * full-width ASCII → half-width, unified whitespace.
 */

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** Traditional to simplified Chinese. Leaves simplified text and other scripts as they are. */
export function simplify(text: string): string {
  return toSimplified(text);
}

/** Full-width Latin letters, digits and ASCII punctuation become half-width; the ideographic space becomes a space. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** The form in which user input is compared: simplified, half-width, single-spaced, trimmed. */
export function normalizeInput(text: string): string {
  return simplify(toHalfWidth(text)).replace(/\s+/g, ' ').trim();
}
