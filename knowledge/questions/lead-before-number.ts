/**
 * paste31: the user's words or a topic on the question's own line, before the question's number (这道我总记混 8. 党员…,
 * 党费 单选第3题：党员…, 考前复习 第12题 …): not the stem — the question starts at its number, and a type named
 * with the number (多选第3题) is the question's. Only when the line has one such number (statements numbered 1. 2. 3.
 * in one stem are the stem's), the words before it hold no blank and end no sentence, and a question follows it.
 */

const TYPES = '单项选择|多项选择|不定项|单选|多选|判断|填空|是非';
/** A number that starts a question after a space: 第5题, a type's 多选第5题, or 12. / 12、 before words. */
const NUMBER = new RegExp(
  String.raw`(?:^|\s)(?:(${TYPES})题?\s*)?(?:第\s*\d{1,3}\s*[题道]\s*[:：.、．]?|\d{1,3}\s*[.．、](?![\d.．]))\s*`,
  'g',
);
const BLANK = /[（(]\s*[)）]|[_＿]{2,}/;

export function withoutLeadBeforeNumber(text: string): { text: string; type?: string } {
  const line = text.split('\n')[0]!;
  const marks = [...line.matchAll(NUMBER)];
  if (marks.length !== 1) return { text };
  const [mark] = marks as [RegExpMatchArray];
  const lead = line.slice(0, mark.index).trim();
  // With no words before it, a number alone is the leading number's to read (LEADING_NUMBER); a type with it is read here.
  if (lead === '' && !mark[1]) return { text };
  // A lead naming a type or set in brackets (三、判断题（对的打√错的打×） 3．…) is a paper's heading, read elsewhere.
  if (lead.length > 30 || BLANK.test(lead) || /[。；;:：【】[\]（）()]/.test(lead) || new RegExp(TYPES).test(lead)) return { text };
  const rest = text.slice(mark.index! + mark[0].length);
  // What follows is a question: words of its own, not a bare count (3. 5年).
  if (rest.split('\n')[0]!.replace(/[\s，,。.]/g, '').length < 8 || !/^[\u4e00-\u9fff【（(“"《]/.test(rest)) return { text };
  return mark[1] ? { text: rest, type: mark[1] } : { text: rest };
}
