import { fixDomainTypos } from '../facts/clean';
import { opensWithCourtesy, withoutCourtesy, withoutKaomoji } from '../text/courtesy';
import { readHomophones } from '../text/homophones';
import { simplify } from '../text/normalize';
import { readSpoken } from '../text/spoken';
import { letteredOptions } from './option-marks';

/**
 * What a paste carries besides the question, removed line by line before the question is parsed (line breaks are
 * lost once the text is normalized): a group chat's sender-and-time header (王姐 09:12), an empty 答案：____ line,
 * a score mark (2分), a page footer (— 7 —), the 对/错 a 判断 offers, and the user's own words after the question
 * (呢題點解？我揀咗A, 是选C吗, 这个选啥, 感觉是对的?), and OCR letters in numbers (2O22, l2月, 3月lO日).
 */

/** A chat header: a short name, then a time (王姐 09:12, 李哥 20:47, 吴大姐 14:05). */
const CHAT_HEADER = /^\s*[^\s\d:：]{1,8}\s+\d{1,2}[:：]\d{2}(?::\d{2})?\s*$/;
/** An answer line left for the reader to fill (答案：____), with whatever the user wrote after it. */
const ANSWER_LINE = /^\s*(?:正确|參考|参考)?答案\s*[:：]\s*(?:[_＿]+|（\s*）|\(\s*\))?(?:\s.*)?$/;
/** A slot left for the answer under the question, said in words (答案写这里____, 答：（ ）, 请把答案填在此处＿＿). */
const ANSWER_SLOT =
  /^\s*(?:请把?)?(?:答案|答)\s*(?:请)?(?:写|填)?(?:在)?(?:这里|这儿|此处|此|下面|下方|后面)?\s*[:：]?\s*(?:[_＿]{2,}|（\s*）|\(\s*\))\s*$/;
/** A score mark (2分), (共3分), （1.5分）. */
const SCORE_MARK = /[（(]\s*(?:共\s*)?\d{1,2}(?:\.\d)?\s*分\s*[)）]/g;
/** A page footer as a PDF leaves it: — 7 —, –3–. */
const PAGE_FOOTER = /^\s*[—–-]{1,2}\s*\d{1,3}\s*[—–-]{1,2}\s*$/;
/** The two answers a 判断 offers, on their own line (对 错, 正確　錯誤, √ 还是 ×), with any words after. */
const TRUTH_LINE =
  /^\s*[（(○◯□☐]?\s*(?:对|對|错|錯|正确|正確|错误|錯誤|√|×|✓|✗)\s*[)）]?\s*(?:还是|還是|或|\/|、)?\s*[（(○◯□☐]?\s*(?:对|對|错|錯|正确|正確|错误|錯誤|√|×|✓|✗)\s*[)）]?(?:\s.*)?$/;
/**
 * One of a 判断's two answers alone on its line (对, ○ 正确, √), as an app shows them one under the other: with its
 * counterpart on the next line, the pair ends the question, as TRUTH_LINE's pair on one line does.
 */
const TRUTH_WORD_LINE = /^\s*[（(○◯□☐]?\s*(?:对|對|错|錯|正确|正確|错误|錯誤|√|×|✓|✗)\s*[)）]?\s*$/;
const truthWord = (line: string) => /对|對|正确|正確|√|✓/.test(line);
/** Whether lines i and i + 1 are a 判断's two answers, one on each (对 / 错, in either order). */
const truthPairAt = (lines: { text: string }[], i: number) =>
  i + 1 < lines.length &&
  TRUTH_WORD_LINE.test(lines[i]!.text) &&
  TRUTH_WORD_LINE.test(lines[i + 1]!.text) &&
  truthWord(lines[i]!.text) !== truthWord(lines[i + 1]!.text);
/** An option line: a letter and its mark at the line's start (A. / b、 / C24元 / D 撤销…). */
const OPTION_LINE = /^\s*[A-Fa-f](?:\s*[、.．:：)）]|\s|(?=[^\sA-Za-z]))/;
/** A line naming where a question was found (转：持证上岗模拟题, 持证上岗那套题里的：, 【党务知识竞赛题库】). */
const SOURCE_NOTE =
  /^\s*(?:[【[]?[^。？?！!（(]{0,16}(?:题库|模拟题|套题|题里的|这块的?|竞赛题)[^。？?！!（(]{0,10}[】\]]?\s*[:：]?|(?:转|FYI|分享)\s*[:：]?[^。？?！!（(]{0,16}[:：]?)\s*$/i;
/** A blank to fill or to choose for (（ ）, ( ), ____). */
const BLANK = /[（(]\s*[)）]|[_＿]{2,}/;
/**
 * Words that mark a line as the user talking about the question, not the question: asking (吗, 呢, 咩, 啊, ？),
 * Cantonese and dialect particles (嘅, 啱, 唔, 係咪, 點解, 俺), asking for help (求问, 救命, 蹲, 有木有), the
 * question itself referred to (这题, 呢題) or their own choice (我选, 我揀).
 */
const ASIDE =
  /[?？吗嗎呢吧啊咩嘅啱唔哋諗谂😭🤔]|係咪|系咪|點解|点解|點計|点计|求问|求問|求助|救命|蹲|有木有|这(?:道|个)?题|這(?:道|個)?題|呢[題题个個]|我(?:选|選|揀|拣|填|觉得|覺得|认为|認為)|对不对|對不對|算不算|算唔算|选几个|选啥|选哪|填啥|填几|小助手|搞混|弄混|请问|請問|刚好用上|记得住|记不住|好难|求解析|麻烦|帮(?:我|忙)|看哈|瞅瞅|标准答案|谢谢|謝謝|多谢|多謝|感谢|感謝|辛苦(?:您|你|了)/u;

/**
 * An exam app's buttons and counters, which a copy of its screen takes along: 提交答案, 上一题 下一题 交卷, < 返回,
 * at a line's end after a space (D.半年 下一题 交卷), and status lines (已有8426人作答, 正确率 44%). A line of
 * nothing else is read as an empty line: what follows it after the options is the user's, not the last option.
 */
const APP_CONTROLS =
  /(?:(?:^|\s+)[<‹〈]?\s*(?:提交答案|提交|上一题|下一题|交卷|返回|跳过|查看解析|请输入答案|请输入|请填写)\s*[>›〉]?)+\s*$/;
/** The buttons a status line may follow on the same line (提交答案    已有9033人作答). */
const LEADING_CONTROLS = /^\s*(?:(?:提交答案|提交|上一题|下一题|交卷|返回|跳过)\s+)+/;
/** A question counter and a countdown inside a line before the question (第5题/共10题 单选题 倒计时00:42 …). */
const APP_COUNTERS =
  /第\s*\d{1,4}\s*题\s*[/／]\s*共\s*\d{1,4}\s*题|(?:倒计时|剩余时间)\s*[:：]?\s*\d{1,2}\s*[:：]\s*\d{2}|(?:倒计时|剩余时间|剩余)\s*[:：]?\s*\d{1,3}\s*(?:s|秒)(?![A-Za-z])|^\s*\d{1,3}\s*[/／]\s*\d{1,3}(?=\s*【|\s+\S)/g;
const APP_STATUS =
  /^\s*(?:已有\s*\d+\s*人(?:作答|答题|参与)|正确率\s*[:：]?\s*\d{1,3}(?:\.\d+)?\s*%|(?:本题)?(?:分值|分数|得分)\s*[:：]?\s*\d{1,3}(?:\.\d)?\s*分?|[<>‹›]+)\s*$/;

/** A page mark on a line of its own, as a PDF copy leaves it (第2页, 第6页 共11页). */
const PAGE_LINE = /^\s*第\s*\d{1,3}\s*页(?:\s*[/／,，]?\s*共\s*\d{1,3}\s*页)?\s*$/;

/**
 * What an exam app, a paper or a chat puts around a question besides its words: the question's number (【第3题】,
 * 第9題, Q7, 7/20, 三、), its type and score (单选题（2分）, 1分, （每题1分，共20分）, 少选得1分 错选不得分), a
 * countdown (倒计时：00:41, ⏱ 00:52, 剩余时间 00:55), a mention (@党务助手), a bracketed title (【每日一练】) and a
 * to-do box (- [ ]). A line of nothing else is a header; its type, if it names one, is kept as 【单选】.
 */
const MARKERS: RegExp[] = [
  /@[^\s，,：:]{1,12}/g,
  /【[^】\n]{0,24}】|\[[^\]\n]{0,24}\]/g,
  /[（(][^（()）\n]{0,16}\d\s*分[^（()）\n]{0,12}[)）]/g,
  /(?:少选|漏选|错选|选错|多选|不选|答错)(?:得|不得|扣|倒扣)?\s*\d*(?:\.\d)?\s*分/g,
  /(?:每题|共|满分|本题)?\s*\d{1,3}(?:\.\d)?\s*分/g,
  /(?:倒计时|剩余时间|剩余|剩|用时|限时)?\s*[:：]?\s*\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?/g,
  /倒计时|剩余时间/g,
  /第\s*(?:\d{1,4}|[一二三四五六七八九十百]{1,4})\s*[题道]|\bQ\s*\d{1,4}|\d{1,4}\s*[/／]\s*\d{1,4}/gi,
  /^\s*[一二三四五六七八九十]{1,3}\s*[、.．]/,
  /^\s*[-*]\s*\[\s*[xX]?\s*\]/,
  /单项选择题?|多项选择题?|不定项选择?题?|单选题?|多选题?|判断题?|是非题|填空题?|选择题/g,
  /\p{Extended_Pictographic}|\u{FE0F}|\u{200D}/gu,
];
const TYPE_IN_LINE = /单项选择|多项选择|不定项|单选|多选|判断|是非|填空/;
/** Words that name a quiz, a paper or where it was found: a line of them before the question is its title. */
const TITLE_WORDS =
  /答题|对战|挑战赛|闯关|排位赛|\bPK\b|测验|测试|模拟|练习|试卷|试题|考卷|卷[（(]?[一二三四五六七八九十\d]|每日一练|天天学|专场|专题|竞赛|题库|转发|推题|抄的|截图|第[一二三四五六七八九十\d]{1,3}[轮套期]|[|｜]/;
const SENTENCE_MARK = /[，,。；;！!：:]/;

/** What is left of a line without the markers above, and the type it names. */
function markersOff(line: string): { rest: string; type?: string } {
  const simple = simplify(line);
  let rest = simple;
  for (const m of MARKERS) rest = rest.replace(m, ' ');
  rest = rest.replace(/[\s·•（()）【】[\]|｜:：,，.．、~～!！?？]+/g, '');
  const type = TYPE_IN_LINE.exec(simple)?.[0];
  return { rest, ...(type ? { type } : {}) };
}

/**
 * Removes, from the top, the lines that only head the question: a line of markers (see above), kept as its type
 * when it names one; and a line the user or the app wrote before it (a title such as 哈铁党建知识答题活动（离退休
 * 专场）, or 同事截图OCR的 帮我看, notion里抄的😵), when a header or the question follows it and it has no blank
 * or option of its own. A line that only leads into the options stays: it is the stem.
 */
function withoutHeaders(kept: { text: string; afterGap: boolean }[]): void {
  const isOption = (i: number) => i < kept.length && OPTION_LINE.test(kept[i]!.text);
  // 'drop': a header whatever follows; 'title': one only when a header or the question's start follows it.
  const header = (i: number): 'drop' | 'title' | undefined => {
    const text = kept[i]!.text;
    // A line followed by a 判断's two answers is the statement they judge, whatever particles it is said with (嘅, 唔).
    const truthNext = i + 1 < kept.length && (TRUTH_LINE.test(kept[i + 1]!.text) || truthPairAt(kept, i + 1));
    if (BLANK.test(text) || isOption(i) || isOption(i + 1) || truthNext || i + 1 >= kept.length) return undefined;
    const { rest, type } = markersOff(text);
    const simple = simplify(text);
    const talk = /[\p{Extended_Pictographic}@]/u.test(text) || ASIDE.test(simple.replace(/[?？]/g, ''));
    // A line ending in the question's number (每日一练 第6题, 四人赛 第3题 00:09) heads it, whatever it names first.
    if (rest === '' || talk || /第\s*\d{1,3}\s*[题題]\s*(?:\d{1,2}[:：]\d{2})?\s*$/.test(simple)) return 'drop';
    if (SENTENCE_MARK.test(simple.replace(/[（(][^）)]*[)）]/g, ''))) return undefined;
    if (type) return 'drop';
    // A short name over a line that is only the question's type (灯塔在线 / 判断题): an app's or a paper's title.
    const next = i + 1 < kept.length ? markersOff(kept[i + 1]!.text) : undefined;
    if (next?.type && next.rest === '' && simple.trim().length <= 12) return 'drop';
    return TITLE_WORDS.test(simple) ? 'title' : undefined;
  };
  const types: string[] = [];
  while (kept.length >= 2) {
    const kind = header(0);
    // A title is known by what follows it: a header, the question's number or type, or a line with the blank.
    // The blank's line follows a title only when the title asks nothing itself (…专题讲的是什么 / （ ） is one question).
    const questionNext = () =>
      header(1) !== undefined ||
      STARTS_QUESTION.test(simplify(kept[1]!.text)) ||
      (BLANK.test(kept[1]!.text) && !/什么|哪|几|多少|吗|是否|怎么|如何/.test(simplify(kept[0]!.text)));
    if (!kind || (kind === 'title' && !questionNext())) break;
    const { type } = markersOff(kept[0]!.text);
    if (type) types.push(type);
    kept.shift();
  }
  if (types.length > 0) kept.unshift({ text: `【${types.at(-1)}】`, afterGap: false });
  // A to-do box before the question (- [ ] 普通党员…) is not its words.
  for (const line of kept) line.text = line.text.replace(TODO_BOX, '');
}
const TODO_BOX = /^\s*[-*]\s*\[\s*[xX]?\s*\]\s*/;
const NUMBERED_LINE = /^\s*(?:\d{1,4}\s*[.．、)）]|第\s*\d{1,4}\s*题)/;

/**
 * Lines before a numbered question that have no blank and no option (请教一下：老年大学发的卷子上有这么一道题。,
 * 《应知应会》第三部分 党费收缴, 请帮助核对以下练习题：): the user's words or a paper's title, not the stem — the
 * question starts at its number (12．, 第18题, 【单选题】). Only when one line is numbered so (several are numbered
 * statements of one stem); a type the dropped lines name is kept as 【单选】.
 */
function fromNumberedStart(kept: { text: string; afterGap: boolean }[]): void {
  // Full-width numbers (１．某矿…) as a paper's scan gives them start a question too.
  const starts = (i: number) => !OPTION_LINE.test(kept[i]!.text) && STARTS_QUESTION.test(simplify(kept[i]!.text).normalize('NFKC'));
  let k = 1;
  while (k < kept.length && !starts(k)) {
    if (BLANK.test(kept[k - 1]!.text) || OPTION_LINE.test(kept[k - 1]!.text)) return;
    k++;
  }
  if (k >= kept.length || BLANK.test(kept[k - 1]!.text) || OPTION_LINE.test(kept[k - 1]!.text)) return;
  if (kept.filter((l) => NUMBERED_LINE.test(simplify(l.text))).length > 1) return;
  // The question itself follows: a blank or an option in the lines from its start.
  if (!kept.slice(k).some((l) => BLANK.test(l.text) || OPTION_LINE.test(l.text))) return;
  const dropped = kept.splice(0, k);
  const type = dropped.map((l) => markersOff(l.text).type).find(Boolean);
  if (type && !kept.some((l) => TYPE_IN_LINE.test(simplify(l.text)))) kept.unshift({ text: `【${type}】`, afterGap: false });
}
/** A line that starts a question: its number (7．, 第9题, 【第3题】) or its type. */
const STARTS_QUESTION =
  /^\s*(?:\d{1,4}\s*[.．、)）]|第\s*\d{1,4}\s*题|【|[（(]\s*\d{1,4}\s*[)）]|[-*]\s*\[|(?:单项选择|多项选择|单选|多选|判断|填空|是非))/;

/**
 * A line after the question that ends it: a paper's 【答案】 or 【解析】, the next question's number (8．下列…), a
 * dashed note (——请予明确…, -- 内部学习资料 --), a note wholly in brackets (（年底事多到爆 emo了）), a source in
 * brackets (【来源：…每日答题】), or the user's words with an emoji, a mention, a dialect pronoun (俺, 咱) or 寻思.
 */
function endsQuestion(line: string): boolean {
  const text = simplify(line);
  return (
    /^\s*[【[]?\s*(?:参考)?(?:答案|解析)\s*[】\]]?\s*(?:[（(]\s*[)）])?\s*$/.test(text) ||
    // An app's 解析 line with its words (解析：（暂无）, 解析：略) ends it too (paste31).
    /^\s*[【[]?\s*(?:参考)?解析\s*[】\]]?\s*[:：]/.test(text) ||
    /^\s*[【[]?\s*(?:来源|出处|摘自)\s*[:：]/.test(text) ||
    /^\s*(?:\d{1,4}\s*[.．、]|第\s*\d{1,4}\s*题)/.test(text) ||
    /^\s*(?:[-—–]{2}|——)/.test(text) ||
    /^\s*[（(][^（()）]*[)）]\s*$/.test(text) ||
    /[\p{Extended_Pictographic}@俺]|咱(?!们党)|寻思|琢磨/u.test(text)
  );
}

/**
 * A statement finished by its full stop and then its answer slot (…参加表决。（ ）): what a line after it says is the
 * user's remark (我们支部…, 这个字咋是繁体的), never the statement going on, which would come before the slot.
 */
const SLOT_AFTER_SENTENCE = /[。！!]\s*(?:[（(]\s*[)）]|[_＿]{2,})\s*$/;
/**
 * A sentence with its blank inside, finished by its full stop (学生党员每月交纳党费（ ）元。): it has been said whole, so
 * a line after it with no blank or option of its own is the user's remark (我们支部就是这个数), as after a slot —
 * unless it names a type (填空 镇里卷子), which is the paper's word on the question, left to the rules reading types.
 */
const BLANK_IN_SENTENCE = /(?:[（(]\s*[)）]|[_＿]{2,})[^。！!？?（()）_＿]*[。！!]\s*$/;

/** Letters a scan puts for digits inside a number (2O22, l2月, 3月lO日, A.l3): read as the digits. */
export function ocrNumbers(text: string): string {
  // A run of digits and O/l/I, not part of a Latin word: a number when it holds a digit, is followed by a unit,
  // or stands alone after a numbering or option mark (A.ll).
  return text.replace(/(?<![A-Za-z])[0-9OlI]+(?![A-Za-z])/g, (m, at: number, all: string) => {
    if (/^[0-9]+$/.test(m)) return m;
    const after = all.slice(at + m.length, at + m.length + 1);
    const before = all.slice(Math.max(0, at - 1), at);
    const number = /[0-9]/.test(m) || /[年月日号元人名个次票天岁]/.test(after) || (/[.．、]/.test(before) && /^$|\s/.test(after));
    return number ? m.replace(/O/g, '0').replace(/[lI]/g, '1') : m;
  });
}

/** The paste without the lines and marks that are not the question (see above); line breaks kept. */
export function cleanPaste(raw: string): string {
  // The domain's common typos (预背 for 预备, 处份 for 处分) read as the words meant, as the fact layer reads them.
  // Options marked otherwise (○, 甲乙丙丁, (1)(2)(3), tab-separated letters) are lettered first: where the question
  // ends is found from its option lines.
  const lines = letteredOptions(fixDomainTypos(ocrNumbers(raw)))
    .split(/\r?\n/)
    // A counter in a line with the question's words goes; a line of nothing else is a header, read as one below.
    .map((l) => l.replace(SCORE_MARK, ' ').replace(/[\s　]+$/, ''))
    .map((l) => (l.replace(APP_COUNTERS, '').trim() ? l.replace(APP_COUNTERS, ' ') : l));
  const kept: { text: string; afterGap: boolean }[] = [];
  let gap = false;
  for (const line of lines) {
    if (!line.replace(APP_CONTROLS, '').trim() || APP_STATUS.test(line.replace(LEADING_CONTROLS, ''))) {
      gap = kept.length > 0;
      continue;
    }
    if (
      CHAT_HEADER.test(line) ||
      ANSWER_LINE.test(line) ||
      ANSWER_SLOT.test(line) ||
      PAGE_FOOTER.test(line) ||
      PAGE_LINE.test(simplify(line))
    )
      continue;
    kept.push({ text: line.replace(APP_CONTROLS, ''), afterGap: gap });
    gap = false;
  }
  // A first line that only says where the question comes from (转：持证上岗模拟题, FYI 题库里的：) is not its stem.
  if (kept.length >= 2 && SOURCE_NOTE.test(kept[0]!.text) && !BLANK.test(kept[0]!.text)) kept.shift();
  fromNumberedStart(kept);
  withoutHeaders(kept);
  // The question ends at its last option line, or else at its last line with a blank; what follows it and reads
  // as the user talking (or the 对/错 of a 判断) is not the question.
  // An option line's letter comes after the letters before it: a line after E. that starts with E (E肯定不选吧) is
  // the user's.
  let end = -1;
  let lastLetter = '';
  // Options side by side on a line (A 32  B 40  C 48  D 56) do not run on to the next line: it is the user's.
  let inline = false;
  for (let i = 0; i < kept.length; i++) {
    if (!OPTION_LINE.test(kept[i].text)) continue;
    const letter = kept[i].text.trim()[0]!.toUpperCase();
    if (letter <= lastLetter) continue;
    const letters = [...kept[i].text.matchAll(/(?:^|\s)([A-F])(?=\s*[、.．:：)）]|\s|[^\sA-Za-z])/g)].map((m) => m[1]!);
    lastLetter = [letter, ...letters].sort().at(-1)!;
    inline = letters.length >= 2;
    end = i;
  }
  if (end < 0) for (let i = 0; i < kept.length; i++) if (BLANK.test(kept[i].text)) end = i;
  let last = kept.length;
  for (let i = Math.max(end + 1, 1); i < kept.length; i++) {
    const { text, afterGap } = kept[i];
    // Nothing but a type before it (判断题 / 预备党员从…交纳党费。对还是错？): the line is the question, asking.
    if (kept.slice(0, i).every((l) => markersOff(l.text).rest === '')) continue;
    // A short line alone is not enough: a question may go on after its blank (…（ ）\n的规定。).
    if (
      TRUTH_LINE.test(text) ||
      truthPairAt(kept, i) ||
      afterGap ||
      ASIDE.test(text) ||
      endsQuestion(text) ||
      (inline && i === end + 1) ||
      (i === end + 1 &&
        (SLOT_AFTER_SENTENCE.test(kept[end]!.text) || (BLANK_IN_SENTENCE.test(kept[end]!.text) && !TYPE_IN_LINE.test(simplify(text)))) &&
        !OPTION_LINE.test(text.normalize('NFKC')) &&
        !BLANK.test(text))
    ) {
      last = i;
      break;
    }
  }
  const question = kept.slice(0, last);
  // Courtesy before the question (请问小助手, 小助手 侬好): a first line that opens with it and, without it, says
  // nothing of the question (no blank, option or type), set apart by an empty line, is the user's note; otherwise
  // only the courtesy goes (小助手 侬好 判断题 … keeps 判断题).
  if (question.length >= 2 && opensWithCourtesy(question[0]!.text)) {
    const rest = withoutCourtesy(question[0]!.text, 1);
    const saysNothing = !BLANK.test(rest) && !OPTION_LINE.test(rest) && !/单选|多选|判断|填空|选择题|是非/.test(rest);
    if (saysNothing && question[1]!.afterGap) question.shift();
    else question[0] = { ...question[0]!, text: rest };
  }
  // A 判断's two answers on their own line (√ ×, 对 错) end the question and say what type it is: a statement whose
  // mark is a blank (…入党宣誓（ ）) is then judged, not filled, unless the paste names another type.
  const truthCut = last < kept.length && (TRUTH_LINE.test(kept[last]!.text) || truthPairAt(kept, last));
  if (truthCut && !question.some((l) => TYPE_IN_LINE.test(simplify(l.text)) || OPTION_LINE.test(l.text)))
    question.unshift({ text: '【判断】', afterGap: false });
  // Dialect function words (伊, 阿拉, 勿, 侬) and homophones of the domain's words read as the bank words them, after
  // the user's asides were told apart by their dialect particles.
  return question.map((l) => readHomophones(readSpoken(simplify(withoutKaomoji(l.text))))).join('\n');
}

/** One of a 判断's two answers as a paper or an app prints it (对, 正确, √), in or out of a bracket or a box. */
const TRUTH_MARK = String.raw`[(○◯□☐]?\s*(对|错|正确|错误|√|×|✓|✗)\s*\)?`;
/** A 判断's two answers at the end of the statement's own line, after a space or its blank (…考察。( ) 对 / 错, …证书。 √ ×). */
const TRUTH_PAIR_TAIL = new RegExp(String.raw`(?:\s|(?<=[。)]))${TRUTH_MARK}\s*(?:还是|或|\/|、|\|)?\s*${TRUTH_MARK}\s*$`);
/**
 * The two answers after the statement's end, then the user's own words on the same line or the next (…预备党员。 对 错
 * 这个好像不对哈): only after a full stop or the box, and only words that open as a guess or a plea do.
 */
const TRUTH_PAIR_THEN_ASIDE = new RegExp(
  String.raw`(?<=[。)])\s*${TRUTH_MARK}\s*(?:还是|或|\/|、|\|)?\s*${TRUTH_MARK}\s+(?:这|那|我|俺|咱|好像|应该|感觉|是不是|求|帮|请问|麻烦)[^。？?！!]{0,30}[。？?！!]*\s*$`,
);
/** A paper's instruction for marking it (对的打√,错的打×; (正确的画“√”,错误的画“×”)). */
const MARKING_TAIL =
  /(?:\s|(?<=[。)]))\(?\s*(?:对|正确)的?(?:打|画|划)\s*["“”]?\s*(?:√|✓|对勾|勾)\s*["“”]?\s*[,;、]?\s*(?:错|错误)的?(?:打|画|划)\s*["“”]?\s*(?:×|✗|叉)\s*["“”]?\s*\)?\s*[。.]?\s*$/;
const isTrue = (word: string) => /^(?:对|正确|√|✓)$/.test(word);

/**
 * A 判断's answers or marking instruction on the statement's own line (normalized text), which cleanPaste keeps
 * since they are no line of their own: the statement without them, and whether they were there (the paste is
 * then a 判断). The two answers must be one true and one false word: …的说法正确 alone is the statement's.
 */
export function withoutTruthTail(text: string): { text: string; truth: boolean } {
  const marking = MARKING_TAIL.exec(text);
  if (marking && marking.index > 0) return { text: text.slice(0, marking.index).trim(), truth: true };
  const pair = TRUTH_PAIR_TAIL.exec(text);
  if (pair && pair.index > 0 && isTrue(pair[1]!) !== isTrue(pair[2]!)) return { text: text.slice(0, pair.index).trim(), truth: true };
  const aside = TRUTH_PAIR_THEN_ASIDE.exec(text);
  if (aside && aside.index > 0 && isTrue(aside[1]!) !== isTrue(aside[2]!)) return { text: text.slice(0, aside.index).trim(), truth: true };
  return { text, truth: false };
}
