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
/** A score mark (2分), (共3分), （1.5分）. */
const SCORE_MARK = /[（(]\s*(?:共\s*)?\d{1,2}(?:\.\d)?\s*分\s*[)）]/g;
/** A page footer as a PDF leaves it: — 7 —, –3–. */
const PAGE_FOOTER = /^\s*[—–-]{1,2}\s*\d{1,3}\s*[—–-]{1,2}\s*$/;
/** The two answers a 判断 offers, on their own line (对 错, 正確　錯誤, √ 还是 ×), with any words after. */
const TRUTH_LINE =
  /^\s*[（(○◯□☐]?\s*(?:对|對|错|錯|正确|正確|错误|錯誤|√|×|✓|✗)\s*[)）]?\s*(?:还是|還是|或|\/|、)?\s*[（(○◯□☐]?\s*(?:对|對|错|錯|正确|正確|错误|錯誤|√|×|✓|✗)\s*[)）]?(?:\s.*)?$/;
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
  /[?？吗嗎呢吧啊咩嘅啱唔哋諗谂😭🤔]|係咪|系咪|點解|点解|點計|点计|求问|求問|求助|救命|蹲|有木有|这(?:道|个)?题|這(?:道|個)?題|呢[題题个個]|我(?:选|選|揀|拣|填|觉得|覺得|认为|認為)|对不对|對不對|算不算|算唔算|选几个|选啥|选哪|填啥|填几|小助手|搞混|弄混|请问|請問|刚好用上|记得住|记不住|好难|求解析|麻烦|帮(?:我|忙)|看哈|瞅瞅|标准答案/u;

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
    .map((l) => l.replace(SCORE_MARK, ' ').replace(/[\s　]+$/, ''));
  const kept: { text: string; afterGap: boolean }[] = [];
  let gap = false;
  for (const line of lines) {
    if (!line.trim()) {
      gap = kept.length > 0;
      continue;
    }
    if (CHAT_HEADER.test(line) || ANSWER_LINE.test(line) || PAGE_FOOTER.test(line)) continue;
    kept.push({ text: line, afterGap: gap });
    gap = false;
  }
  // A first line that only says where the question comes from (转：持证上岗模拟题, FYI 题库里的：) is not its stem.
  if (kept.length >= 2 && SOURCE_NOTE.test(kept[0]!.text) && !BLANK.test(kept[0]!.text)) kept.shift();
  // The question ends at its last option line, or else at its last line with a blank; what follows it and reads
  // as the user talking (or the 对/错 of a 判断) is not the question.
  let end = -1;
  for (let i = 0; i < kept.length; i++) if (OPTION_LINE.test(kept[i].text)) end = i;
  if (end < 0) for (let i = 0; i < kept.length; i++) if (BLANK.test(kept[i].text)) end = i;
  let last = kept.length;
  for (let i = Math.max(end + 1, 1); i < kept.length; i++) {
    const { text, afterGap } = kept[i];
    // A short line alone is not enough: a question may go on after its blank (…（ ）\n的规定。).
    if (TRUTH_LINE.test(text) || afterGap || ASIDE.test(text)) {
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
  // Dialect function words (伊, 阿拉, 勿, 侬) and homophones of the domain's words read as the bank words them, after
  // the user's asides were told apart by their dialect particles.
  return question.map((l) => readHomophones(readSpoken(simplify(withoutKaomoji(l.text))))).join('\n');
}
