// Who raised it, when the message says they came to the member's office to say it (拾花工马有福今天又来连部了，说…):
// the one who came, whatever other person the matter names after a place (在7连刘志强家干活…: whom it is about).

import { nameAt } from './name-shape';
import { KIN_ONLY, VISIT_TIME } from './people';

/** Where members sit and people come to them: a village's or a community's office, a 连队's or a farm's. */
const OFFICE = '(?:村委会?|村部|村办|村里|社区|居委会?|网格站|便民服务站|党群服务中心|连部|连队|队部|团部|场部|办公室)';
/**
 * Coming to the office, then the saying or the asking right after it, a pause or 了 between (今天又来连部了，说…, 专门
 * 跑到村委来讲…): the person before it came to bring the matter.
 */
const CAME_TO_OFFICE = new RegExp(
  `(?:${VISIT_TIME})?(?:又|也|就|专门|特意)?(?:跑|过)?(?:来|到)(?:了)?(?:到)?${OFFICE}(?:来)?(?:了)?[\\s，,]{0,2}(?:又|就)?(?:说|讲|反映|反应|找(?:我|俺)|问)`,
  'g',
);
/** A member of staff or a post (书记, 主任, 村长, 老师), not someone who comes with a matter of their own. */
const STAFF_NAME = /(?:书记|主任|长|干部|专干|干事|老师|医生|民警|警官|社工)$/;

/**
 * The person named right before coming to the office (拾花工马有福今天又来连部了，说…, 独居的杨秀英上午来社区讲…):
 * who raised it, and where to cut who they are out of the matter (the description said before the name in the same
 * clause goes too). The verb of saying stays, as the matter's reader splits there.
 */
export function cameToOffice(text: string): { name: string; index: number; length: number } | undefined {
  for (const came of text.matchAll(CAME_TO_OFFICE)) {
    const before = text.slice(0, came.index);
    // The longest name that ends right before the coming (工马有福 is no name, 马有福 is).
    let name: string | undefined;
    for (let length = Math.min(4, before.length); length >= 2 && !name; length--) {
      const tail = before.slice(-length);
      if (nameAt(tail) === tail) name = tail;
    }
    // A kin word alone (锁有财阿舅来村委说的: 阿舅) is how the full name before it is called: read elsewhere.
    if (!name || STAFF_NAME.test(name) || KIN_ONLY.test(name)) continue;
    const nameIndex = came.index - name.length;
    // The clause the name is in starts at a pause or the message's start: a description before the name goes with it.
    const clauseStart = Math.max(...[...'\u0020，,。；;：:'].map((c) => before.lastIndexOf(c))) + 1;
    // Not the member or one they told (我跟王强来村委…): only a description, no clause of its own.
    const lead = text.slice(clauseStart, nameIndex);
    if (/(?:我|俺|咱|跟|和|同|给|对|他|她)/.test(lead) || lead.length > 10) continue;
    const verb = /(?:说|讲|反映|反应|找(?:我|俺)|问)$/.exec(came[0])![0];
    const keepsVerb = /^(?:说|讲|反映|反应)$/.test(verb);
    return { name, index: clauseStart, length: came.index + came[0].length - (keepsVerb ? verb.length : 0) - clauseStart };
  }
  return undefined;
}
