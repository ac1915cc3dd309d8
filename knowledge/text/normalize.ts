// Only the traditional → simplified dictionaries (110 KB), not the full bundle (1.2 MB) every start used to parse.
import * as OpenCC from 'opencc-js/t2cn';

/**
 * Text normalisation shared by commands, retrieval and question matching:
 * traditional → simplified (users in Hong Kong, Taiwan and overseas type traditional characters),
 * full-width ASCII → half-width, unified whitespace.
 */

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/**
 * Traditional to simplified Chinese. Leaves simplified text and other scripts as they are: the converter's phrase
 * table also rewrites characters that are already simplified (打坏 → 打坯, 坏 being an old form of 坯), so where a
 * character that converts to itself on its own came out different, the character typed is kept.
 */
export function simplify(text: string): string {
  const converted = toSimplified(text);
  if (converted === text || converted.length !== text.length) return converted;
  let kept = '';
  for (let i = 0; i < text.length; i++) {
    const typed = text[i]!;
    const out = converted[i]!;
    kept += out !== typed && alone(typed) === typed ? typed : out;
  }
  return kept;
}

const aloneCache = new Map<string, string>();
function alone(character: string): string {
  let out = aloneCache.get(character);
  if (out === undefined) aloneCache.set(character, (out = toSimplified(character)));
  return out;
}

/** Full-width Latin letters, digits and ASCII punctuation become half-width; the ideographic space becomes a space. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** The form in which user input is compared: simplified, half-width, single-spaced, trimmed. */
export function normalizeInput(text: string): string {
  return simplify(toHalfWidth(text)).replace(/\s+/g, ' ').trim();
}
