// Whether a run of text starts with a person's name, and where that name ends (nameAt): full names, kin names, 阿 names,
// hidden names (王某), Yi and compound surnames, households; and names with no Han surname's shape.

import { wordTags } from '../../../knowledge';
import { guessCategory } from './category';
import { DEADLINE_SHAPE } from './due-shape';
import { readsAsName, transliterated } from './names';
import {
  ANONYMOUS,
  BODY_OR_POST,
  DOTTED_THEN_KIN,
  FULL_NAME,
  GIVEN_FIRST,
  KIN,
  KIN_NAME,
  KIN_OF,
  NAME_ENDS,
  NOT_NAME_START,
  NOT_TIBETAN_NAME,
  POST_AFTER,
  ROLE,
  SHORT_NAME,
  SURNAMES,
  TIBETAN_NAMES,
  YI_CLANS,
} from './people';

export const ROLE_ONLY = new RegExp(`^(?:${ROLE})$`);

/**
 * A name with no Han surname's shape that needs no verb after it to be read as one: two parts joined by a middle dot
 * (艾尔肯·托合提) whatever their characters, a word of three or more that jieba reads whole as a name or as no word it
 * knows (朝鲁门), or transliterating characters only (其其格玛, 哈斯): no word of a matter is written so.
 */
export function standsAsName(token: string): boolean {
  if (!unshapedName(token)) return false;
  // Each part of a dotted name is a name's length, with no 的 in it (开小卖部的艾尔肯·托合提 is a description, then the name).
  if (/·/.test(token)) return /^[^的了在是]{2,6}·[^的了在是]{2,8}$/.test(token);
  const whole = wordTags(token);
  const one = whole.length === 1 ? whole[0]!.tag : '';
  return (
    /·/.test(token) ||
    (token.length >= 3 && /^(?:nr|nrt|nrfg|x)$/.test(one)) ||
    (transliterated(token) && (token.length >= 3 || /^(?:nr|nrt|x)$/.test(one)))
  );
}

/** Such a name at the start of the text, typed alone or glued to a verb of saying (次仁卓玛反映的). */
export function unshapedAt(text: string): string | undefined {
  const run = /^[^\s，,。；;：:、()（）]+/.exec(text)?.[0];
  if (!run) return undefined;
  const dottedKin = DOTTED_THEN_KIN.exec(run);
  if (dottedKin && standsAsName(dottedKin[1]!)) return dottedKin[1];
  const token = /^([\u4e00-\u9fa5·]{2,12}?)(?=来电|来访|反映|反应|说|讲)/.exec(run)?.[1] ?? run;
  return standsAsName(token) ? token : undefined;
}
/** A name glued to 家 or to 的 and kin, as a household's matter is told (see nameInSlot). */
export const HOUSEHOLD_OF = new RegExp(
  // The name holds no 家 of its own: 覃家兄弟为分家的事 is a house's pair, then the matter, not a household 覃家兄弟为分.
  `^((?:(?!家)[\\u4e00-\\u9fa5]){2,6}?)(?=家(?!长|属|门口|门前)|的(?:${KIN_OF}|小?(?:女儿|儿子|孩子|孙子|孙女)|老伴|婆婆|公公|丈夫|爱人))`,
);
/** A name with no Han surname's shape ({@link readsAsName}), and no word of a matter (养老金, 井盖): never a post. */
export const unshapedName = (token: string) =>
  !UNSHAPED_NOT.test(token) &&
  !DEADLINE_SHAPE.test(token) &&
  readsAsName(token) &&
  guessCategory(token) === '其他' &&
  !BODY_OR_POST.test(token) &&
  !NOT_NAME_START.test(token);
/** A surname said alone (王姓), or a role or a kin word ending the word (王姓村民, 赵家大姐): a description, not a name. */
// 家里人, 老伴儿, 孩子他爸: words for kin jieba tags as names (nrt, nr), never the name of who raised it.
export const UNSHAPED_NOT = new RegExp(
  // 额吉, 阿妈 (Mongolian and Tibetan for mother), said with 老: kin, no one named.
  // 扎西德勒, 格桑花: a greeting and a flower that start as Tibetan names do (see NOT_TIBETAN_NAME).
  // 李屋场赖 (家…): a hamlet's word inside, no name has it; the hamlet glued to the household after it.
  `姓|屋场|屋場|自然村|自然屯|^(?:${NOT_TIBETAN_NAME})|(?:${ROLE}|${KIN})$|^老?(?:额吉|阿妈|阿爸)$|^(?:家里|家人|老伴|孩子|儿子|女儿|闺女|媳妇|邻居|隔壁|对门|大家|有人|别人)|^(?:本|这|下个?)?(?:周|星期|礼拜)[一二三四五六日天]`,
);

/** Second characters that make a word with a surname's character rather than a given name (高层, 许多, 余下, 钟楼). */
export const NOT_GIVEN = /^[多下片层楼面边头上里外后部些点处种类批样]$/;

/** A household that brought it, no one person named (5组刘家反映, 刘家说): the family is who raised it. */
// 贾家那个事, 刘家的事情: a household's matter referred to, nothing of it said: the household raised it (the matter is
// asked for).
const HOUSEHOLD = new RegExp(
  `^[${SURNAMES}]家(?=\\s?(?:来电|来访|来)?(?:反映|反应|说|讲|称|提出|投诉|求助|咨询|找)|\\s?(?:的|那个?|那件)?\\s?(?:事情?|事儿)(?:$|[\\s，,。；;]))`,
);

/** Not a clan's household (吉克家) nor its words (阿苏说): the given name's characters start no word after a name. */
const YI_NAME = new RegExp(
  `^(?:${YI_CLANS})(?![家的他她说讲话反映和跟与同在是也就都又还要想去找来们])[\\u4e00-\\u9fa5](?![家的他她说讲话反映们])[\\u4e00-\\u9fa5]`,
);

/** A name with a surname of two characters (欧阳书记, 司马大姐, 诸葛明): see nameAt. */
const COMPOUND_NAME = new RegExp(
  `^(?:欧阳|司马|上官|诸葛|东方|皇甫|慕容|夏侯|公孙|司徒|尉迟|宇文|令狐|端木|南宫|西门|独孤|长孙|呼延|澹台)(?:${POST_AFTER}|${KIN}|[\\u4e00-\\u9fa5]{1,2}?(?=$|[\\s，,。；;]|说|讲|反映|反应|提出|问))`,
);
/** The person's name at the start of the text: 王大爷, 老刘, 孙二柱, 张某; never 有人, 群众. */
/** A Tibetan name at the start of a run (see TIBETAN_NAMES): its first part, and its second when it has one. */
const TIBETAN_ALONE = new RegExp(`^(?!${NOT_TIBETAN_NAME})((?:${TIBETAN_NAMES})((?:${TIBETAN_NAMES}))?)`);
export function nameAt(text: string): string | undefined {
  if (ANONYMOUS.test(text) || NOT_NAME_START.test(text)) return undefined;
  // 次仁卓玛血压高, 四郎降泽从成都…: a Tibetan name of two parts is a full name, whatever is glued after it; a kin
  // word after it is how the member calls the person (次仁拉姆阿妈), not the name. One part alone (格桑, 降措) is a name
  // where a name ends, with the kin word it is called by (格桑阿妈, 降措大哥, 卓嘎阿婆): not 桑阿妈 read by its 桑.
  const tibetan = TIBETAN_ALONE.exec(text);
  if (tibetan && (tibetan[2] || NAME_ENDS.test(text.slice(tibetan[1]!.length)))) {
    const kin = tibetan[2] ? undefined : new RegExp(`^(?:${KIN})`).exec(text.slice(tibetan[1]!.length))?.[0];
    if (!kin || NAME_ENDS.test(text.slice(tibetan[1]!.length + kin.length))) return tibetan[1]! + (kin ?? '');
  }
  // 欧阳书记, 司马大姐, 上官秀英: a surname of two characters, then a post, a kin word or a given name.
  const compound = COMPOUND_NAME.exec(text);
  if (compound && NAME_ENDS.test(text.slice(compound[0].length))) return compound[0];
  const kin = KIN_NAME.exec(text) ?? SHORT_NAME.exec(text) ?? HOUSEHOLD.exec(text);
  if (kin) return kin[0];
  // 王某, 王某某, a name hidden as 王XX or 王**; 王姓 (a surname only) names nobody.
  if (new RegExp(`^[${SURNAMES}]姓`).test(text)) return undefined;
  const some = new RegExp(`^[${SURNAMES}](?:某某?|[Xx×＊*]{1,2})`).exec(text);
  if (some) return some[0];
  // 吉克阿牛, 曲比拉则, 阿苏阿呷: a Yi name, the clan's two characters then two given ones, before 阿X is read as a
  // Cantonese given name and the rest as matter.
  const yi = YI_NAME.exec(text);
  if (yi && NAME_ENDS.test(text.slice(yi[0].length))) return yi[0];
  // 阿珍, 阿强 (Cantonese given names); 阿姨 or 阿婆 alone names nobody.
  const ah = /^阿(?![姨婆伯叔公嫂妈爸])[\u4e00-\u9fa5]/.exec(text);
  // 阿土伯, 阿忠叔, 阿珠姐 (Minnan and Cantonese): the given name with the kin word is what people call the person.
  const ahKin =
    /^阿(?![姨婆伯叔公嫂妈爸])[\u4e00-\u9fa5](?:伯|叔|婶|嫂|姐|哥|公|婆|姨|妹|仔|姆)(?![\u4e00-\u9fa5]{0,1}(?:伯|叔|婶|嫂|姐|哥|公|婆|姨|妹))/.exec(
      text,
    );
  // 阿雪姆高血压…, 阿南伯腿…: an old person's kin word (Minnan 姆, 伯, 婆) closes the name, whatever is glued after it.
  if (ahKin && (NAME_ENDS.test(text.slice(ahKin[0].length)) || /[姆伯婆婶嫂]$/.test(ahKin[0]))) return ahKin[0];
  // 阿强被机器压伤: a given name is told by its 阿 even before 被 (a full name there may be 麦地被占).
  if (ah && (NAME_ENDS.test(text.slice(2)) || text[2] === '被')) return ah[0];
  // A plain name must end where a name ends (孙二柱跟邻居, 吴磊他说, 陈老栓五保户): 路灯坏了 and 高压线断了 start with a
  // surname too, and are the matter.
  // 沙吾提 说: a third character that bars a name only as the start of a word (提出, 因为, 反映, 电话, 承诺) does not bar
  // it when the name stands whole between gaps, as a word-by-word typist leaves it; so does one that ends a name as
  // often as it starts a word (李福来, 王德和, 刘志向).
  const whole = new RegExp(`^[${SURNAMES}]${GIVEN_FIRST}[提因反电手承责被从今对来向和](?=$|[\\s，,。；;])`).exec(text)?.[0];
  if (whole && !NOT_NAME_START.test(whole)) return whole;
  const full = FULL_NAME.exec(text)?.[0];
  if (!full) return undefined;
  for (const name of full.length === 3 ? [full, full.slice(0, 2)] : [full]) {
    // 高层住户, 许多老人, 余下的, 成片的, 钟楼的: a surname's character then a measure or a place word is a word of the
    // matter, not a two-character name; asked for rather than guessed.
    if (name.length === 2 && NOT_GIVEN.test(name[1]!)) continue;
    if (NAME_ENDS.test(text.slice(name.length))) return name;
  }
  return undefined;
}
