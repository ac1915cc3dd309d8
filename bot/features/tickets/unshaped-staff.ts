// Staff named by a name with no Han surname's shape (Tibetan, Mongolian, Uyghur given names: 泽仁, 益西, 德吉, 拉姆)
// after the body they work for or before their post (学校德吉老师, 交警中队扎西队长, 乡社保所拉姆, 次仁校长): who
// promised, as 学校杨老师 is for a Han name (see promiserName, and the body before the name in parse.ts). The name is
// given without its post, as 黄志强副主任 is given as 黄志强: the name finds the member.

import { unshapedName } from './name-shape';
import { transliterated } from './names';
import { SURNAMES } from './people';

const HAN_SURNAME_FIRST = new RegExp(`^[${SURNAMES}]`);

/** The posts said after such a name (泽仁主任, 益西院长, 德吉老师): part of how the person is called. */
export const POST_AFTER_UNSHAPED = '(?:主任|副主任|院长|校长|老师|队长|站长|所长|书记|医生|大夫|会计|组长|社长|干部|经理)';
const WITH_POST = new RegExp(`${POST_AFTER_UNSHAPED}$`);

/**
 * The person in a subject read as staff: a name of no Han surname's shape and its post at the end (乡综治办泽仁主任 →
 * 泽仁), or the name alone after a body the caller says it works for (乡社保所拉姆 → 拉姆). Otherwise nothing.
 */
export function unshapedStaff(said: string, namedByWork: (work: string) => boolean): string | undefined {
  const post = WITH_POST.exec(said)?.[0] ?? '';
  const before = said.slice(0, said.length - post.length);
  // Shortest first, the rest being the body (卫生院|益西院长, not 卫生|院益西): a name with nothing before it stands alone.
  for (let length = 2; length <= Math.min(4, before.length); length++) {
    const given = before.slice(-length);
    const work = before.slice(0, -length);
    if (!unshapedName(given) || (work !== '' && !namedByWork(work))) continue;
    // By its post: a name that starts with no Han surname (泽仁主任; 曹海平主任 is read as Han names are). Alone after its
    // body: only a name of the syllables such names are written in (拉姆, not 籍室 of 户籍室 or 部问 of 团部问).
    if (post && (transliterated(given) || !HAN_SURNAME_FIRST.test(given))) return given;
    if (!post && work && transliterated(given)) return given;
  }
  return undefined;
}

/**
 * A holder read with the body before such a name, where its post follows it, glued (乡综治办泽仁|主任负责): the name, as
 * 黄志强副主任 is 黄志强 (the post says who they are, the name finds the member).
 */
export function withoutBodyBeforePost(holder: string, text: string): string {
  if (HAN_SURNAME_FIRST.test(holder) && !transliterated(holder)) return holder;
  const at = text.indexOf(holder);
  const post = at < 0 ? undefined : new RegExp(`^${POST_AFTER_UNSHAPED}`).exec(text.slice(at + holder.length))?.[0];
  return (post && unshapedStaff(holder + post, (work) => BODY_END.test(work))) ?? holder;
}
/** What a body named before its staff ends in (乡综治办, 卫生院, 交警中队, 乡上). */
const BODY_END = /(?:办|所|站|院|局|队|中心|科|校|委|会|上|里)$/;
