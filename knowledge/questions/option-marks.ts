/**
 * Options a paste marks otherwise than with A B C D, rewritten as lettered options before the paste is parsed:
 * survey-app bullets on lines of their own (○ 78元 / ○ 117元), 甲 乙 丙 丁, numbers in brackets ((1)24 (2)32),
 * letters a table copy separates from their words by a tab (A⇥16⇥B⇥24), a spreadsheet row's cells and letters run
 * together with their words (A30B50C100). Without this the options are read
 * as part of the stem and the question goes unanswered, or its value is given instead of its letter.
 */

const LETTERS = 'ABCDEF';
/** A bullet that survey and exam apps put before each option (or before 对 and 错). */
const BULLET_LINE = /^\s*[○◯●〇□■◇◆☐]\s*(\S.*)$/;
const TRUTH_WORD = /^(?:对|對|错|錯|正确|正確|错误|錯誤|√|×)$/;
/** 甲、乙 … as option marks: at a line's start or after a space, followed by a mark or a space. */
const STEM_MARK = /(^|\s)([甲乙丙丁戊])(?:\s*[、.．:：]\s*|\s+)(?=\S)/g;
const STEMS = '甲乙丙丁戊';
/** (1) (2) … or （1）… as option marks: at a line's start or after a space. */
const NUMBER_MARK = /(^|\s)[（(]\s*([1-6])\s*[)）]\s*(?=\S)/g;
/** (A) (B) … or （A）… as option marks, anywhere (（A）11人（B）12人): a letter in brackets is never a stem's word. */
const BRACKET_LETTER = /()[（(]\s*([A-F])\s*[)）]\s*(?=\S)/g;
/** ① ② ③ … as option marks (①一天 ②二天): read as options only after the question's blank (see circled). */
const CIRCLED_MARK = /()([①②③④⑤⑥])\s*(?=\S)/g;
const CIRCLED = '①②③④⑤⑥';
/** A line that already has lettered options (A. / B、 / C）). */
const LETTERED = /(?:^|\s)[A-F]\s*[、.．:：)）]/m;

/** The lines of a paste with bulleted options lettered, and a bulleted 对 / 错 dropped (it is the 判断's choice). */
function bullets(lines: string[]): string[] {
  const at = lines.flatMap((l, i) => (BULLET_LINE.test(l) ? [i] : []));
  if (at.length < 2) return lines;
  const words = at.map((i) => BULLET_LINE.exec(lines[i]!)![1]!.trim());
  if (words.every((w) => TRUTH_WORD.test(w))) return lines.filter((_, i) => !at.includes(i));
  if (at.length > LETTERS.length || LETTERED.test(lines.join('\n'))) return lines;
  return lines.map((l, i) => (at.includes(i) ? `${LETTERS[at.indexOf(i)]}. ${BULLET_LINE.exec(l)![1]!.trim()}` : l));
}

/**
 * Marks that run in order from the first (甲 乙 丙, or (1) (2) (3)), at least three of them, replaced by letters;
 * the text is kept when they do not run so, or when the paste already has lettered options (then they are
 * numbered statements of the stem).
 */
function sequence(text: string, mark: RegExp, order: (m: RegExpMatchArray) => number, lead = ''): string {
  if (LETTERED.test(text)) return text;
  const run: RegExpMatchArray[] = [];
  for (const m of text.matchAll(mark)) if (order(m) === run.length) run.push(m);
  if (run.length < 3) return text;
  let out = '';
  let from = 0;
  for (const [k, m] of run.entries()) {
    out += `${text.slice(from, m.index)}${m[1]}${lead}${LETTERS[k]}. `;
    from = m.index! + m[0].length;
  }
  return out + text.slice(from);
}

/** Letters a table copy separates from their words by tabs (A⇥16⇥B⇥24): each letter given its mark. */
function tabbed(line: string): string {
  if (!/^\s*A\t/.test(line) && !/\t[B-F]\t/.test(line)) return line;
  return line.replace(/(^|\t)\s*([A-F])\t+/g, (_, before: string, letter: string) => `${before ? ' ' : ''}${letter}. `);
}

/** A spreadsheet's header row (序号⇥题型⇥题目⇥答案): the columns' names, not a question. */
const HEADER_CELL = /^(?:序号|题号|编号|题型|类型|题目|题干|试题|内容|答案|正确答案|参考答案|选项[A-F]?|分值|分数|解析|备注)$/;
/**
 * A spreadsheet row as a table copy gives it (41⇥判断⇥计算党龄时…⇥（ ）⇥⇥): its row number and its empty cells are not
 * the question, and the box for the answer in a cell of its own belongs to the stem. The header row goes.
 */
function tableRow(line: string): string {
  if (!line.includes('\t')) return line;
  const cells = line
    .split('\t')
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
  if (cells.length >= 2 && cells.every((c) => HEADER_CELL.test(c))) return '';
  if (cells.length < 3 || !/^\d{1,4}$/.test(cells[0]!)) return line;
  const rest = cells.slice(1).filter((c) => !/^\d{1,2}(?:\.\d)?\s*分$/.test(c));
  const at = ROW_TYPE.test(rest[0]!) ? 1 : 0;
  // The box after the stem (…开始算。⇥（ ）): put back at the stem's end.
  while (at + 1 < rest.length && /^[（(]\s*[)）]$/.test(rest[at + 1]!)) rest[at] = `${rest[at]}${rest.splice(at + 1, 1)[0]}`;
  return rest.join('\t');
}

/** A type a spreadsheet row starts with (单选⇥题干⇥…). */
const ROW_TYPE = /^(?:单选|多选|判断|填空|单项选择|多项选择|不定项)题?$/;
/**
 * A question copied as a spreadsheet row, its options in cells of their own without letters (单选⇥…不少于（ ）学时⇥32⇥40
 * ⇥56⇥72): the type (if any) and the stem each on a line, the cells lettered A, B, C… Only a row whose stem cell asks
 * (a blank or a question mark) and whose two to six option cells are short; a row with letters in cells is tabbed's.
 */
function spreadsheetRow(line: string): string {
  const cells = line.split('\t').map((c) => c.trim());
  if (cells.length < 3 || cells.some((c) => /^[A-F]$/.test(c))) return line;
  const type = ROW_TYPE.test(cells[0]!) ? cells.shift()! : undefined;
  const [stem, ...options] = cells;
  if (!stem || !/[（(]\s*[)）]|_{2,}|[？?]/.test(stem) || options.length < 2 || options.length > LETTERS.length) return line;
  if (options.some((o) => !o || o.length > 40 || /^[A-F]\s*[、.．:：)）]/.test(o))) return line;
  return [...(type ? [type] : []), stem, ...options.map((o, k) => `${LETTERS[k]}. ${o}`)].join('\n');
}

/**
 * Options run together with bare letters on a line of their own (A30B50C100D7, A一周B半个月C一个月), as a quiz app's
 * screen copies them: given their marks when the line is nothing else, A B C… in order with no Latin letter or space
 * between (letters spaced from their words, A 警告   B 严重警告, are read as options where the paste is parsed).
 */
const BARE_RUN = /^\s*A([^A-Za-z\s]+?)B([^A-Za-z\s]+?)C([^A-Za-z\s]+?)(?:D([^A-Za-z\s]+?))?(?:E([^A-Za-z\s]+?))?(?:F([^A-Za-z\s]+?))?\s*$/;
function bareRun(line: string): string {
  const m = BARE_RUN.exec(line);
  if (!m || m.slice(1).some((w) => w !== undefined && /^[、.．:：)）]/.test(w))) return line;
  return m
    .slice(1)
    .flatMap((w, k) => (w === undefined ? [] : [`${LETTERS[k]}. ${w.trim()}`]))
    .join(' ');
}

/**
 * ① ② ③ after the question's blank (培训时间一般不得少于（ ）。①一天 ②二天 ③三天): its options. Before a blank, or
 * with lettered options (A.①③), they number the stem's statements and are left to the combined-choice reader.
 */
function circled(text: string): string {
  const blank = /[（(]\s*[)）]|[_＿]{2,}/.exec(text);
  const first = text.search(/[①②③④⑤⑥]/);
  if (!blank || first < blank.index) return text;
  return text.slice(0, first) + sequence(text.slice(first), CIRCLED_MARK, (m) => CIRCLED.indexOf(m[2]!), ' ');
}

/** A radio button or check box an app puts before a lettered option (○ A. 2年, □A.培训党员): not part of the text. */
const BOX_BEFORE_LETTER = /(^|\s)[○◯●〇□■◇◆☐]\s*(?=[A-F]\s*[、.．:：)）])/g;

/** The paste with its options lettered A, B, C… whatever marks it used (see above); line breaks kept. */
export function letteredOptions(raw: string): string {
  const lines = bullets(raw.replace(BOX_BEFORE_LETTER, '$1').split(/\r?\n/))
    .map(tableRow)
    .map(tabbed)
    .map(spreadsheetRow)
    .map((l) => (LETTERED.test(raw) ? l : bareRun(l)));
  const text = lines.join('\n');
  const stems = sequence(text, STEM_MARK, (m) => STEMS.indexOf(m[2]!));
  const numbered = sequence(stems, NUMBER_MARK, (m) => Number(m[2]) - 1);
  return circled(sequence(numbered, BRACKET_LETTER, (m) => LETTERS.indexOf(m[2]!), ' '));
}
