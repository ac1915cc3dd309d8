import { wordTags } from '../../../knowledge';

// The recording parser's neighbour (parse.ts): whether a word a member typed on its own reads as a person's name when
// no rule of the parser's knows its shape. The rules know Han names by their surname (王秀兰, 老刘, 张阿姨); names
// transliterated from Uyghur, Kazakh, Tibetan or Mongolian (买买提·吐尔逊, 热依汗古丽, 努尔兰, 阿娜尔) have no surname
// and are told instead by jieba: a word it does not know (x) or reads as a proper noun (nr, ns, nz).

/** Tags jieba gives names (of people, places, other proper nouns) and words its dictionary lacks. */
const PROPER = /^(?:nr|nrt|nrfg|ns|nz|x)$/;
/** Tags of words that never stand in a name: particles, prepositions, pronouns, numbers, times, directions, measures. */
const NEVER_IN_NAME = /^(?:u|ul|uj|uz|ug|uv|ud|p|c|r|m|mq|t|tg|f|q|d|zg|y|e|o)$/;
/** Words a name never starts with: someone not named (有个), a pointer (这个), a negation (没人), hearsay (听屯里人讲). */
const NOT_A_NAME_START = /^(?:有|一|这|那|某|没|不|很|都|也|就|还|又|再|已|在|给|帮|跟|和|同|与|去|来|先|要|想|说|讲|问|听|据)/;

/**
 * Characters that transliterate Mongolian, Tibetan, Uyghur and Kazakh names (巴特尔, 其木格, 苏和, 阿拉腾, 那木吉拉,
 * 扎西, 古丽): jieba knows few of these names and cuts many into words of its own (苏/和, 其/木格, 达/来), so a token made
 * of these characters alone reads as a name too. Characters common in Han words of a matter (中, 明, 文, 水, 路) are
 * not among them, so that 文明, 水路 are never read so. Tibetan given names of 安多 (才让, 尕藏, 周毛, 仁青草, 旦正, 贡却,
 * 更登, 华旦, 多杰, 央宗, 完玛, 切吉, 昂本) add their own: each a common character, but a token made of these alone is a name.
 */
const TRANSLITERATION =
  /^[阿敖巴白宝包贝毕布查朝楚达岱丹德登迪都朵额尔恩嘎噶格根古哈罕汗浩合和赫呼胡吉喀卡克肯库拉来兰朗勒力丽鲁伦玛麦曼满蒙孟米莫姆木穆那纳娜尼努帕齐其钦沁琴热仁日萨赛桑色沙斯苏索塔特腾提图吐托瓦娃旺乌吾希锡雅亚伊依音尤扎札卓次措央旦增顿珠买艾班夏仓云乐西洛普贡堆才让尕藏周毛草青东南杰正却更加华多宗完切本知智昂嘉保错确]{2,6}$/;

/** Words of the herding lands written in the same characters that name no one: 嘎查, 苏木, 敖包, 额吉 (mother). */
const NOT_TRANSLITERATED = /嘎查|苏木|敖包|浩特|蒙古|额吉|娃娃/;

/** A token made only of transliterating characters (see {@link TRANSLITERATION}), such as 满都拉, 达来: a name's
 * characters, though 都 and 来 are also words of a clause. */
export const transliterated = (token: string) => TRANSLITERATION.test(token) && !NOT_TRANSLITERATED.test(token);

/**
 * A whole token (typed between gaps or pauses) that reads as a person's name though it has no Han surname's shape:
 * two parts joined by a middle dot (买买提·吐尔逊), or two to six characters that are not one dictionary word and that
 * jieba reads, at least in part, as a name or as no word it knows. The caller says where the token stands (right after
 * the place, or after 交给 and a post): this only says the word could be a name.
 */
export function readsAsName(token: string): boolean {
  if (/^[\u4e00-\u9fa5]{2,8}·[\u4e00-\u9fa5]{2,8}$/.test(token)) return true;
  if (!/^[\u4e00-\u9fa5]{2,6}$/.test(token)) return false;
  const words = wordTags(token);
  // Transliterating characters only, not one word of the dictionary that is no name (巴图, 苏和, 那木吉拉): a name
  // even when it starts as a pointer does (那木吉拉, 那仁), if it is longer than the pointer's words (那个).
  const transliterated =
    TRANSLITERATION.test(token) && !NOT_TRANSLITERATED.test(token) && !(words.length === 1 && !PROPER.test(words[0]!.tag));
  if (transliterated && (token.length >= 3 || !NOT_A_NAME_START.test(token))) return true;
  if (NOT_A_NAME_START.test(token)) return false;
  // One word of the dictionary (楼下, 物业, 暖气) is that word, unless jieba knows it as a name.
  if (words.length === 1) return /^nr/.test(words[0]!.tag) || words[0]!.tag === 'x';
  return words.some((w) => PROPER.test(w.tag)) && !words.some((w) => NEVER_IN_NAME.test(w.tag));
}
