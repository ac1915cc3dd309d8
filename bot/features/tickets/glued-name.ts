// A full name said right after the place, run on into the matter with no verb of saying (复兴里社区4网格 陈淑珍低保年审
// 没通过): the usual order (place, person, matter) with the pause left out, as voice input and quick typing leave it.

import { wordTags } from '../../../knowledge';
import { FULL_NAME, NOT_NAME_START } from './people';

/** Characters that end a common word of place or way read as a name by jieba (马路边, 石板路, 大门口), never a name's. */
const NOT_NAME_END = /[边路口上下头里门家村区楼屋场厂店街巷道桥沟河塘坡岭]$/;

/**
 * The three-character full name at the start of `text`, when jieba reads it as a person's name whole (王秀兰) or as a
 * surname and a given name (陈|淑珍), and the matter's words start right after it: never a common noun that has a
 * surname's first character (高压线, 马路边), and never a name cut off a longer word (the words must break after it).
 */
export function fullNameGluedToMatter(text: string): string | undefined {
  const full = FULL_NAME.exec(text)?.[0];
  if (full?.length !== 3 || NOT_NAME_START.test(full) || NOT_NAME_END.test(full)) return undefined;
  // 李建国家的狗咬人, 王秀兰的儿子: a person named as whose thing or kin is the matter's other party, or another's.
  if (/^[家的]/.test(text.slice(3))) return undefined;
  const words = wordTags(text.slice(0, 12));
  let at = 0;
  for (const { word, tag } of words) {
    if (!/^nr/.test(tag)) return undefined;
    at += word.length;
    if (at >= 3) break;
  }
  // The matter goes on after the name in a word of its own (低保, 医保卡), not a character of the name's word.
  const next = words.find((_, i) => words.slice(0, i).reduce((n, w) => n + w.word.length, 0) === 3);
  return at === 3 && next !== undefined && next.word.length >= 2 ? full : undefined;
}
