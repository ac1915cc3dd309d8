/**
 * Splits text into parts of at most `limit` characters (UTF-16 units, as Telegram and Slack count them), at line
 * boundaries where possible; a single longer line is cut where it must, never inside a surrogate pair.
 */
export function splitText(text: string, limit: number): string[] {
  if (text.length <= limit) return [text];
  const parts: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const candidate = current === '' ? line : `${current}\n${line}`;
    if (candidate.length <= limit) {
      current = candidate;
      continue;
    }
    if (current !== '') parts.push(current);
    let rest = line;
    while (rest.length > limit) {
      let cut = limit;
      const code = rest.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut--; // keep a surrogate pair together
      parts.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    current = rest;
  }
  if (current !== '') parts.push(current);
  return parts.length > 0 ? parts : [''];
}
