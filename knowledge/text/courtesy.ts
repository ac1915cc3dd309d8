/**
 * Courtesy and padding said before or after a question, in any register and region: 请问小助手, 打扰一下,
 * 想请教个事, 麻烦问一下哈, 小助手侬好, @党务助手 before it; 谢谢侬, 谢谢哈, 多谢晒, 唔该, 辛苦了, 拜托了 after it;
 * kaomoji ((๑•̀ㅂ•́)و, ^_^) and chat stickers ([抱拳], [玫瑰]) anywhere. They say nothing about what is asked and only
 * dilute the wording compared. One place for the fact layer, the paste reader and the 民情 recorder.
 */

/** A mention of the bot or of anyone (@党务助手, @小助手 ) at the start. */
const MENTION = /^@[^\s，,：:]{1,12}[\s，,：:]*/;

/** An opener: a greeting, a filler, an asking phrase (longest first within each alternative). */
const OPENER = new RegExp(
  '^(?:' +
    [
      '嗯+',
      '啊+',
      '呃+',
      '哦+',
      '那个(?![月人])',
      '这个(?![月人])',
      '就是',
      '(?:hello|hi|hey)(?![a-z])',
      '亲(?=[，,~！!\\s]|们|爱的)',
      '在吗',
      '在不在',
      '打扰(?:一下|了|您了|你了)?',
      '不好意思',
      '(?:我)?想(?:请教|咨询|问问|问|了解)(?:一下|下|个事儿?|个问题|件事)?',
      '请教(?:一下|下|个事儿?|个问题)?',
      '(?:我)?想问问',
      '麻烦(?:您|你|侬|恁)?(?:问一下|问下|问问|请教一下)?(?:哈|哦|啊)?',
      '问一下(?:哈|哦)?',
      '问下',
      '问问',
      '请问一下',
      '请问',
      '打听一下',
      '咨询一下',
      '(?:小助手|助手|党务助手|机器人)(?:你好|您好|侬好|好)?',
      '(?:老师|领导|书记|同志)(?=[，,、\\s]|您好|你好|侬好)',
      '(?:您好|你好|侬好|你们好|大家好|早上好|上午好|下午好|晚上好)(?:呀|啊)?',
      '我想',
    ].join('|') +
    ')[，,、。!！~\\s]*',
  'i',
);

/**
 * A closing: thanks or a courtesy after the question, or the asker excusing themself (歹势, 不好意思, 第一次弄):
 * "第一次弄" is short enough to pass for a clause that asks, and its 一次 for a frequency asked.
 */
const CLOSING =
  /[，,。\s]*(?:(?:先|提前)?(?:谢谢|多谢|感谢|感恩)(?:您|你|侬|恁|了|啦|哈|啊|喽|晒|大家|老师|领导|小助手)*|唔该(?:晒)?|麻烦(?:您|你|侬)?了|辛苦(?:您|你|侬)?了|拜托(?:了|啦|哈)?|万分感谢|歹势|不好意思(?:哈|啊|了)?|(?:第一次|头一次|头一回)(?:弄|搞|做|办|干)(?:这个|这事)?(?:哈|啊|呢)?|thanks|thx|3q)[！!。.~～]*$/i;

/** Kaomoji: a bracket holding face symbols, or the bare ones (^_^, ^^, orz, QAQ, T_T). */
const KAOMOJI =
  /[(（][^()（）\u4e00-\u9fffA-Za-z0-9]{0,10}[•ω･´`ㅂ≧≦▽°∀◕‿ಥ╥﹏＾^≖⊙◡︶ᴗ][^()（）\u4e00-\u9fffA-Za-z0-9]{0,10}[)）][و✧♪]*|\^_*\^|(?<![A-Za-z])(?:orz|QAQ|T_T|TAT|qwq)(?![A-Za-z])/g;

/** Chat stickers as the apps type them into text ([抱拳], [玫瑰], [捂脸]). */
const STICKER =
  /\[(?:抱拳|握手|玫瑰|微笑|合十|强|OK|ok|愉快|呲牙|捂脸|害羞|可怜|调皮|憨笑|奋斗|加油|谢谢|爱心|心|鼓掌|偷笑|嘿哈|机智|皱眉|耶|好的|作揖|拜托|祈祷|笑脸|流泪|大哭|尴尬|疑问|思考|赞|点赞|Thanks|thanks)\]/g;

/** Kaomoji and stickers made spaces. */
export function withoutKaomoji(text: string): string {
  return text.replace(STICKER, ' ').replace(KAOMOJI, ' ');
}

/**
 * The question without the courtesy before and after it. What is left must still read as a question (`least`
 * characters, four unless told): "请问" alone, or "谢谢" answering the bot, stay as they were.
 */
export function withoutCourtesy(text: string, least = 4): string {
  let out = withoutKaomoji(text).trim().replace(MENTION, '');
  for (let i = 0; i < 8; i++) {
    const next = out.replace(OPENER, '');
    if (next === out || next.length < least) break;
    out = next;
  }
  // Closings said one after another ("第一次弄 歹势", "谢谢 辛苦了") are all taken off.
  let trimmed = out;
  for (let i = 0; i < 3 && CLOSING.test(trimmed); i++) trimmed = trimmed.replace(CLOSING, '');
  return (trimmed.length >= least ? trimmed : out).trim();
}

/** Whether a line says only courtesy (请问小助手, 谢谢侬, 小助手 侬好). */
export function onlyCourtesy(line: string): boolean {
  const t = withoutKaomoji(line).trim().replace(MENTION, '');
  if (!t) return true;
  let out = t;
  for (let i = 0; i < 8; i++) {
    const next = out.replace(OPENER, '');
    if (next === out) break;
    out = next;
  }
  return out.replace(CLOSING, '').trim() === '';
}

/** Whether a line opens with courtesy addressed to the bot (请问小助手…, @党务助手…, 小助手侬好…). */
export function opensWithCourtesy(line: string): boolean {
  const t = line.trim();
  return MENTION.test(t) || (OPENER.test(t) && /^(?:请问|麻烦|打扰|想请教|请教|小助手|助手|党务助手|您好|你好|侬好|老师)/.test(t));
}
