import { wordTags } from '../../../knowledge';

// The recording parser's neighbour (parse.ts): whether a word a member typed on its own reads as a person's name when
// no rule of the parser's knows its shape. The rules know Han names by their surname (王秀兰, 老刘, 张阿姨); names
// transliterated from Uyghur, Kazakh, Tibetan or Mongolian (买买提·吐尔逊, 热依汗古丽, 努尔兰, 阿娜尔) have no surname
// and are told instead by jieba: a word it does not know (x) or reads as a proper noun (nr, ns, nz).

/** Tags jieba gives names (of people, places, other proper nouns) and words its dictionary lacks. */
const PROPER = /^(?:nr|nrt|nrfg|ns|nz|x)$/;
/** Tags of words that never stand in a name: particles, prepositions, pronouns, numbers, times, directions, measures. */
const NEVER_IN_NAME = /^(?:u|ul|uj|uz|ug|uv|ud|p|c|r|m|mq|t|tg|f|q|d|zg|y|e|o)$/;
/** Words a name never starts with: someone not named (有个), a pointer (这个), a negation (没人). */
const NOT_A_NAME_START = /^(?:有|一|这|那|某|没|不|很|都|也|就|还|又|再|已|在|给|帮|跟|和|同|与|去|来|先|要|想|说|讲|问)/;

/**
 * A whole token (typed between gaps or pauses) that reads as a person's name though it has no Han surname's shape:
 * two parts joined by a middle dot (买买提·吐尔逊), or two to six characters that are not one dictionary word and that
 * jieba reads, at least in part, as a name or as no word it knows. The caller says where the token stands (right after
 * the place, or after 交给 and a post): this only says the word could be a name.
 */
export function readsAsName(token: string): boolean {
  if (/^[\u4e00-\u9fa5]{2,8}·[\u4e00-\u9fa5]{2,8}$/.test(token)) return true;
  if (!/^[\u4e00-\u9fa5]{2,6}$/.test(token) || NOT_A_NAME_START.test(token)) return false;
  const words = wordTags(token);
  // One word of the dictionary (楼下, 物业, 暖气) is that word, unless jieba knows it as a name.
  if (words.length === 1) return /^nr/.test(words[0]!.tag) || words[0]!.tag === 'x';
  return words.some((w) => PROPER.test(w.tag)) && !words.some((w) => NEVER_IN_NAME.test(w.tag));
}
