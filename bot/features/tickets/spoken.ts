import { HAN_DIGITS, readSpokenKeepingLength, simplify } from '../../../knowledge';

// The recording parser's neighbour (parse.ts): the text its rules read, 繁体 simplified and dialect and voice-input
// words rewritten to Mandarin, and a field given back as it was typed.

/**
 * Words of Cantonese and northern speech rewritten to the Mandarin the parser's rules read (听日 → 明天, 夜来 → 昨天,
 * 嗌交 → 吵架); the dialects' function words come from the shared table afterwards. Every rewrite keeps the length, so what was read can be taken back as it was typed.
 */
const SPOKEN: ReadonlyArray<[RegExp, string]> = [
  [/听日/g, '明天'],
  [/听朝/g, '明早'],
  [/(?<![以之前然最今随落往日])后日/g, '后天'],
  [/(?:琴|寻)日/g, '昨天'],
  [/下昼/g, '下午'],
  [/上昼/g, '上午'],
  [/今个(?=月|礼拜|星期)/g, '这个'],
  // Guanzhong and Shandong: 夜儿个, 夜来 (yesterday), 头午/后晌 (morning/afternoon); 赶明儿 is "some day", never
  // tomorrow, so it becomes 改天 and is asked about.
  [/赶明儿个/g, '  改天'],
  [/赶明儿/g, ' 改天'],
  [/夜儿个/g, ' 昨天'],
  [/夜(?:儿|来)(?![香里间])/g, '昨天'],
  [/头午/g, '上午'],
  [/(?:过|下|后)晌/g, '下午'],
  [/晌午/g, '中午'],
  // 克 for 去 (Guanzhong, Shandong, Guizhou: 克调解, 克他屋头), except in the words 克 belongs to (克服, 千克, 巧克力)
  // and the Yi clan names 吉克, 克其 (吉克阿牛 is no 吉去阿牛).
  [/(?<![千公毫巧坦扑夹马攻沙柯阿普兆吉])克(?![服隆制扣星拉力勤罗思莱斯林里期其])/g, '去'],
  // 额 for 我 (Guanzhong: 额让张海涛跟进), except 金额, 名额, 额度.
  // Nor 额尔敦, 额日和木, 额吉 (Mongolian names, and the word for mother).
  [/(?<![金名超限份数差余巨总定配税面票])额(?![度外头定满尔日吉])/g, '我'],
  // Cantonese 月尾/年尾 (month's/year's end), 听晚 (tomorrow night); the dialect's function words (呢个, 佢, 畀, 睇)
  // are in the shared table (knowledge/text/spoken.ts).
  [/月尾/g, '月底'],
  [/年尾/g, '年底'],
  [/听晚/g, '明晚'],
  [/(明|今|后)儿个/g, ' $1天'],
  [/(明|今|后)儿(?![子女童媳])/g, '$1天'],
  [/明个(?!人)/g, '明天'],
  // 后个, 今个 said alone (Shandong, Guizhou): the day after tomorrow, today.
  [/(?<![前以之])后个(?![月人星礼把])/g, '后天'],
  [/今个(?![月人星礼])/g, '今天'],
  [/嗌(?:交|架)/g, '吵架'],
  [/搞(?:掂|定)/g, '解决'],
  // 看一哈, 协调一哈 (Sichuan, Hubei, Guizhou): 一下.
  [/(?<=[看问说整弄搞调理帮等试查实通释进催瞅跟核办接])一哈/g, '一下'],
  // Slips of pinyin input in the words that carry the fields (负则 for 负责, 承若 for 承诺, 月低 for 月底).
  [/负则/g, '负责'],
  [/(?:承若|成诺)/g, '承诺'],
  // Not 月 then a word of 低 (这个月低保没到账, 上个月低收入补贴, 这个月低温): the month, then the allowance.
  [/月低(?!保|收入|洼|压|温|价|烧|血)/g, '月底'],
  // 答夏 for 答复 and 报消 for 报销 (a stroke or pinyin slip in the words of the answer and the claim).
  [/答夏/g, '答复'],
  [/报消/g, '报销'],
  [/(?<=[天周日号底末一二三四五六七八九十\d])已前/g, '以前'],
  [/以经/g, '已经'],
  // 己经 for 已经 (a stroke slip: 己 and 已 differ by one stroke's height).
  [/己经/g, '已经'],
  // Henan and Anhui 木 for 没 (木有, 木事了, 木啥): not a tree's 木 (树木, 木头, 木材).
  [/(?<![树林草积乔灌伐苗枕])木(?=有|事|啥)/g, '没'],
  [/反应人/g, '反映人'],
  // Homophones of voice input in the same words (付责, 跟紧 for 跟进).
  [/付(?:责|则)/g, '负责'],
  [/跟紧|根进|跟近|根近/g, '跟进'],
  [/网格园/g, '网格员'],
  // Pinyin initials typed for the words of the work (wgy 网格员, zrr 责任人, sq 社区): each as long as its word.
  [/(?<![a-z])wgy(?![a-z])/gi, '网格员'],
  [/(?<![a-z])zrr(?![a-z])/gi, '责任人'],
  [/(?<![a-z])fzr(?![a-z])/gi, '负责人'],
  [/(?<![a-z])cwh(?![a-z])/gi, '村委会'],
  [/(?<![a-z])jwh(?![a-z])/gi, '居委会'],
  [/(?<![a-z])dzb(?![a-z])/gi, '党支部'],
  [/(?<![a-z])sq(?![a-z])/gi, '社区'],
  // 交给dy马骏, 让zb纪检委员邓敏: 党员 and 支部 before a name or a post.
  [/(?<![a-z])dy(?=[\u4e00-\u9fa5])/gi, '党员'],
  [/(?<![a-z])zb(?=[\u4e00-\u9fa5])/gi, '支部'],
  // Punctuation said aloud and written out by voice input (…砸到过电瓶车 逗号 电话…): a pause, as long as the words.
  [/(?<=^|\s)(?:逗号|句号)(?=\s|$)/g, '  '],
  // English time words (today, tmr, asap), padded before so a holder's name and its errand still meet.
  [/(?<![a-z])today(?![a-z])/gi, '   今天'],
  [/(?<![a-z])tomorrow(?![a-z])/gi, '      明天'],
  [/(?<![a-z])tmr(?![a-z])/gi, ' 明天'],
  // EOD (end of day): by the end of that working day, 下班前, said where the date is said (今天EOD回复, EOD前).
  [/(?<![a-z])eod(?![a-z])(?!\s?(?:之前|以前|前))/gi, '下班前'],
  [/(?<![a-z])eod(?![a-z])(?=\s?(?:之前|以前|前))/gi, ' 下班'],
  [/(?<![a-z])wgz(?![a-z])/gi, '网格长'],
  [/(?<![a-z])sj(?![a-z])/gi, '书记'],
  [/(?<![a-z])zr(?![a-z])/gi, '主任'],
  // Cantonese and Hakka 即场 (there and then) is 当场; 教识 (taught so the person can) is 教会.
  [/即场/g, '当场'],
  [/教识/g, '教会'],
  // Cantonese and Hakka 话 (to say) after a person, right before the day promised (廖主任话明天回覆, 组长话月底前修好):
  // 说. Not the noun (电话, 回话, 讲话, 普通话) nor 话 before anything but a day (今日 and 明日 as Cantonese says them too).
  [
    /(?<=[\u4e00-\u9fa5])(?<![电回说讲对打通句笑废白土谈答问神闲好坏情实鬼童佳传夜])话(?=(?:今天|今日|明日|明天|后天|大后天|本周|这周|下周|下个?礼拜|这个?礼拜|下个?星期|这个?星期|本月|这个?月|下个?月|月底|年底|\d{1,2}[号日月]|[一二三四五六七八九十两]{1,3}(?:号|日|天|周|个月|个工作日)))/g,
    '说',
  ],
];

/**
 * A 公文's title (关于石桥村六组路灯损坏的问题：) and its enumerators (一是责任人…；二是…): the words around the matter and
 * the fields, no part of either, become gaps of the same length, the title's close a pause. Done on the typed text, so
 * that a field given back as typed (see asTyped) holds none of them.
 */
export function withoutOfficialFrame(typed: string): string {
  return typed
    .replace(/^关于(?=[^：:，,。]{2,40}?的(?:问题|情况|诉求|事项|事)[：:，,])/, '  ')
    .replace(/^(\s*[^：:，,。]{2,40}?)的(问题|情况|诉求|事项|事)([：:])/, (m, title: string, kind: string) =>
      /^\s{2}/.test(title) ? `${title}，${' '.repeat(kind.length + 1)}` : m,
    )
    .replace(/(?<=^|[\s，,。；;:：])[一二三四五六七八九]是(?=[\u4e00-\u9fa5])/g, '  ');
}

/**
 * Whom a person speaks for, between their name and the verb of saying (钱德旺代表组上茶农反映, 代表全组村民提出): the
 * group behind them, not the matter; a gap of the same length, so the name reads as who raised it.
 */
export function withoutSpokenFor(typed: string): string {
  return typed.replace(
    /(?<=[\u4e00-\u9fa5]{2})代表(?:组上|组里|全组|全村|村上|村里|大家|几户|[一二三四五六七八九十\d]{1,2}户)?[^\s，,。；;]{0,4}?(?:村民|群众|居民|茶农|果农|菜农|农户|住户|户主|家长|租户|业主|工友|老人)(?=(?:来|过来)?(?:反映|反应|提出))/g,
    (m) => ' '.repeat(m.length),
  );
}

/**
 * The text the rules read: simplified (繁体 as typed in Hong Kong or Taiwan), dialect words rewritten, emoji and
 * bars (｜, a slash not between digits) turned into gaps. The same length as `typed` whenever simplifying kept it.
 */
export function workingText(typed: string): string {
  const simple = simplify(typed);
  // A character whose simplified form is of another length (嗰 → 𠮶, outside the BMP) keeps its own form, the rest is
  // simplified one character at a time: one such character used to leave the whole message in 繁體, unread.
  let text =
    simple.length === typed.length
      ? simple
      : [...typed]
          .map((c) => {
            const one = simplify(c);
            return one.length === c.length ? one : c;
          })
          .join('');
  for (const [pattern, to] of SPOKEN) text = text.replace(pattern, to);
  // 周5前, 礼拜3: a weekday typed as a digit, as the rules read it in words.
  text = text.replace(/(?<=周|星期|礼拜)[1-7](?![\d号日点个天月:：.])/g, (d) => '一二三四五六日'[Number(d) - 1]!);
  // The function words of every dialect (阿拉, 侬, 伊, 勿, 佢, 冇, 咗, 莫得, 三天里向), from the table the fact layer
  // reads too, each rewrite as long as what it replaces, receipt numerals included (叁天内, 伍个工作日).
  text = readSpokenKeepingLength(text);
  text = text.replace(
    // Voice input may leave gaps between the groups (幺三五 六五三九 八八七六); the gaps stay, as in 135 6539 8876.
    // Dictation may put commas there instead (幺三九，五三九二，八八七六): they become gaps.
    /(?<![零〇幺一二两三四五六七八九十])[幺一][三四五六七八九](?:[\s，,]?[零〇幺一二两三四五六七八九]){9}(?![零〇幺一二两三四五六七八九十])/g,
    (m) => [...m].map((c) => HAN_DIGITS[c] ?? ' ').join(''),
  );
  // Any number said in words right after its label (座机 零五九五 二二九零八八七七, 电话 二二九零八八七七): a landline
  // too, which the run above (a mobile's 1 and second digit) does not take.
  text = text.replace(
    /(?<=(?:电话|座机|固话|手机)(?:号码|号)?(?:是|为)?[:：]?\s?)[零〇幺一二两三四五六七八九](?:[\s，,-]?[零〇幺一二两三四五六七八九]){6,11}(?![零〇幺一二两三四五六七八九十])/g,
    (m) => [...m].map((c) => HAN_DIGITS[c] ?? ' ').join(''),
  );
  // A table row (| 地址 | 石桥村 |) or a label barred off inline (地址｜石桥村): the bar after a label is its colon, so
  // the label reads as on a form.
  text = text.replace(
    /(?<=(?:^|[|｜\s])\s*)(姓名|反映人|地址|住址|地点|村\/社区|村居|电话|手机|联系电话|诉求|反映内容|内容|问题|负责人|责任人|时限|期限|承诺时限|类别)(\s*)[|｜]/g,
    (_, label: string, gap: string) => `${label}：${gap}`,
  );
  return (
    text
      .replace(/\p{Extended_Pictographic}|\u200d|\ufe0f/gu, (m) => ' '.repeat(m.length))
      .replace(/[|｜‖→“”"「」『』]|(?<!\d)\/|\/(?!\d)/g, ' ')
      // The numbers of a numbered form (1.反映人：… 2.地点：…).
      .replace(/(?<=^|\s)\d{1,2}[.、)](?=\s*[\u4e00-\u9fa5])/g, (m) => ' '.repeat(m.length))
      // The dashes or dots of a list typed line by line (- 质检部杨建国 - 孩子上学…): each item a phrase of its own.
      .replace(/(?<=^|\s)[-–•·*](?=\s)/g, '，')
  );
}

/**
 * A field read from the working text, given back as it was typed (鄭太, not 郑太; 佢, not 他): each run of the
 * field's text is found in the working text and replaced by the same stretch of the typed one.
 */
export function asTyped(value: string, work: string, typed: string): string {
  if (work === typed || work.length !== typed.length) return value;
  let from = 0;
  const back = (run: string): string | undefined => {
    const at = work.indexOf(run, from);
    if (at < 0) return undefined;
    from = at + run.length;
    const was = typed.slice(at, at + run.length);
    // A word typed in letters and read in characters (today → 今天) is given as read: a slice of it would be noise.
    return /[a-z]/i.test(was) && !/[a-z]/i.test(run) ? run : was;
  };
  // A run with a field taken out of its middle (…换了,已经当场解决,记低备查 → …换了,记低备查) is found clause by clause.
  return value.replace(/\S+/g, (run) => back(run) ?? run.replace(/[^,，。；;！!、]+/g, (clause) => back(clause) ?? clause));
}
