/**
 * Several numbered questions pasted together, with the writer naming the one asked (就问第13题, 问的是第2题, 第13题
 * 怎么选): that question alone, as if pasted alone; the others and the remark are no part of it. Undefined unless
 * two numbered questions or more start lines and the named number is one of them: a remark naming a number no
 * question has, or no remark, leaves the paste as it is.
 */

const NUMBER_AT_LINE = /(?:^|\n)[ \t]*(?:第\s*)?(\d{1,3})\s*题?\s*[.．、:：]/g;
const NAMED =
  /(?:(?:就|只|我)?(?:问|看|求|想问|要问)(?:一下|下)?(?:的是)?\s*第\s*(\d{1,3})\s*题)|(?:第\s*(\d{1,3})\s*题(?:怎么|咋|选啥|选什么|选哪|的答案|答案))/;

export function namedQuestion(raw: string): string | undefined {
  const named = NAMED.exec(raw);
  if (!named) return undefined;
  const asked = named[1] ?? named[2];
  const starts = [...raw.matchAll(NUMBER_AT_LINE)].map((m) => ({ n: m[1]!, at: m.index + (m[0].startsWith('\n') ? 1 : 0) }));
  if (new Set(starts.map((s) => s.n)).size < 2 || starts.filter((s) => s.n === asked).length !== 1) return undefined;
  const k = starts.findIndex((s) => s.n === asked);
  // The remark is never the question's: its line is left out wherever it stands.
  const block = raw.slice(starts[k]!.at, starts[k + 1]?.at ?? raw.length);
  const lines = block.split('\n').filter((line) => !NAMED.test(line) || NUMBER_AT_LINE.test(`\n${line}`));
  NUMBER_AT_LINE.lastIndex = 0;
  const question = lines.join('\n').trim();
  return question.length > 0 ? question : undefined;
}
