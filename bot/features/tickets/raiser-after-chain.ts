// The recording parser's neighbour (place-reading.ts): who raised it where the usual readers find no one, in the
// positions a message puts the person whatever words it uses: the token right after the place (a place chain read by
// place-chain.ts, then the person, then the matter: 乌兰嘎查冬营盘 老巴 腰疼…), typed word by word as many members type
// on a phone; a person come to the member (X 来 找我 …); a person called by a kin word through a pronoun (乌兰她额吉:
// Ulan's mother, as the member calls her) or by an order and a kin word (九姑, 三叔). And the words of a place's level
// typed as a token of their own (苏木, 嘎查, 浩特), which are never anyone's name.

import { wordTags } from '../../../knowledge';
import { nameAt, standsAsName } from './name-shape';
import { transliterated } from './names';

/** The words of a level or a unit (苏木, 嘎查, 团部): a body or a place, never a person (苏 is a surname). */
const UNIT_WORD = '(?:苏木|嘎查|浩特|旗里?|团部|连部|场部)';
/** A level's or a unit's word typed as a token (苏木 卫生院, 去 嘎查部), or a committee's (村委, 居委). */
const UNIT_TOKEN = new RegExp(`(?<=^|\\s)(?:${UNIT_WORD}|村委|居委)(?=\\s|$)`, 'g');
/** The text with such tokens blanked (the same length, so what is read in it is found at the same index). */
export const withoutUnitTokens = (text: string) => text.replace(UNIT_TOKEN, (word) => ' '.repeat(word.length));
/** A word of a level or a unit read as a name. */
const UNIT_NAME = new RegExp(`^${UNIT_WORD}$`);
export const isUnitWord = (name: string) => UNIT_NAME.test(name);

/** A token that is a person's name: a Han name's shape, a transliterated one (宝音, 达来, 额尔敦), or 老 and one character. */
function isName(token: string): boolean {
  if (isUnitWord(token)) return false;
  if (nameAt(token) === token || standsAsName(token)) return true;
  if (transliterated(token) && token.length <= 5) return true;
  // 老巴, 老孟头: how a herder or a villager is called, 老 and one character (a surname of the region or not).
  return /^老[\u4e00-\u9fa5]头?$/.test(token) && !/^老(?:人|家|伴|公|婆|师|板|乡|表|实|是|有|在|说|要|早|大|小|头)/.test(token);
}

/** Kin called through a pronoun after the name (乌兰她额吉, 宝音他妈): the member's way to name that person. */
const KIN = '(?:额吉|阿妈|阿爸|妈|爸|奶奶|爷爷|媳妇|老伴)';
const KIN_THROUGH_PRONOUN = new RegExp(`^(.{2,5}?)[她他](?:${KIN}|姐|哥)$`);
/** The same kin glued after a name another reader took (苏布达|她额吉): its length, or 0. */
const KIN_AFTER = new RegExp(`^[她他]${KIN}(?=$|[\\s，,。；;])`);
export const kinThroughPronounAfter = (after: string) => KIN_AFTER.exec(after)?.[0].length ?? 0;
/**
 * A household's child or in-law read as who raised it (老宋家小子, 李家闺女), their own name glued or typed after it
 * (…宋浩大学毕业回来了): the named one is the person the matter is about and the member will call; the length of the
 * name's span after the kin word, or 0.
 */
export function nameAfterHouseKin(raiser: string, after: string): { name: string; length: number } | undefined {
  if (!/家(?:小子|闺女|姑娘|儿子|女儿|媳妇|儿媳妇?|女婿|孙子|孙女|丫头)$/.test(raiser)) return undefined;
  const gap = /^\s?/.exec(after)![0];
  // A full name of the surname and one or two characters (宋浩, 宋浩然): nameAt reads where it ends; run on into the
  // matter (宋浩大学毕业), jieba's reading of it as a person's name, in the household's surname.
  const surname = /([\u4e00-\u9fa5])家[\u4e00-\u9fa5]{1,3}$/.exec(raiser)?.[1];
  const first = wordTags(after.slice(gap.length, gap.length + 8))[0];
  const jieba =
    first && /^(?:nr\w*|x)$/.test(first.tag) && /^[\u4e00-\u9fa5]{2,3}$/.test(first.word) && first.word[0] === surname
      ? first.word
      : undefined;
  const name = nameAt(after.slice(gap.length)) ?? jieba;
  if (!name || name.length < 2 || !/^[\u4e00-\u9fa5]{2,3}$/.test(name) || /^(?:老|小)/.test(name)) return undefined;
  return { name, length: gap.length + name.length };
}
/** A person called by order and kin (九姑, 三叔, 大伯, 幺婶), glued to the verb of saying. */
const ORDER_KIN = /^([一二三四五六七八九十大细幺][姑伯叔婶姨婆公嫂哥姐])(?=反映|反应|说|讲|话|问)/;
/** A name typed alone, the person's post typed apart after it, then a verb of saying (萨日娜 大夫 说). */
const NAME_POST_SAYS =
  /(?<=^|\s)([^\s，,。；;：:、()（）]{2,5})\s(?:大夫|医生|老师|书记|主任|会计|站长|所长|校长|队长|连长|组长)\s?(?:说|讲|反映|反应)/g;
/** Words that say the person came to the member, typed word by word (来 找我, 来 找 俺 说). */
const CAME = /^\s?来\s?(?:找|寻)\s?(?:我|俺|咱)/;
/** The person's verb, typed as its own token or glued (说, 讲, 提 的, 反映, 问). */
const SAID = /^\s?(?:来\s?)?(?:说|讲|提|反映|反应|问|求助)/;

/**
 * Who raised it in a position only, with no other reader's name: the token after the place (when the person comes
 * there with nothing of the matter between), a token anywhere followed by 来 找我, or an order-kin name.
 */
export function raiserByPosition(text: string, afterPlace: number): { name: string; index: number; length: number } | undefined {
  if (afterPlace >= 0) {
    const slot = /^(\s*)([^\s，,。；;：:、()（）]+)/.exec(text.slice(afterPlace));
    if (slot) {
      const [, gap, token] = slot as unknown as [string, string, string];
      const index = afterPlace + gap.length;
      const after = text.slice(index + token.length);
      const through = KIN_THROUGH_PRONOUN.exec(token);
      if (through && isName(through[1]!)) return { name: token, index, length: token.length };
      const ordered = ORDER_KIN.exec(token);
      if (ordered) return { name: ordered[1]!, index, length: ordered[1]!.length };
      // Typed as a word of its own, then a gap (the matter, or the verb): the usual order, place, person, matter.
      // Glued to the place, a Han name's whole shape (高家塔村二组刘海珍 脱贫户 说…) is the person as well.
      if (/^\s/.test(after) && isName(token) && (SAID.test(after) || CAME.test(after) || gap !== '' || nameAt(token) === token))
        return { name: token, index, length: token.length + (CAME.exec(after)?.[0].length ?? 0) };
    }
  }
  // 萨日娜 大夫 说: a name, then the person's post typed apart, then the saying.
  for (const posted of text.matchAll(NAME_POST_SAYS)) {
    if (isName(posted[1]!)) return { name: posted[1]!, index: posted.index, length: posted[0].length };
  }
  // 额尔敦 来 找我 要 赔: the one who came to the member, wherever in the message.
  for (const came of text.matchAll(/(?<=^|\s)([^\s，,。；;：:、()（）]{2,5})(?=\s?来\s?(?:找|寻)\s?(?:我|俺|咱))/g)) {
    if (isName(came[1]!)) return { name: came[1]!, index: came.index, length: came[1]!.length };
  }
  return undefined;
}
