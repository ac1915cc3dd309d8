// A body that promises a day itself (路政所答应一周内修, 苏木 说 三天内 推开, 物业承诺明天清运): the body answers for
// its own work and the member follows it up; no member of the branch is made to hold it, so no holder is recorded. A
// person of the body (城管中队张队说明天来) is someone, and holds it.

import { DAY, DEADLINE_SHAPE } from './due-shape';

/** A body by its name's end, with no person's name in it (张队, 刘站长 are people). */
const BODY = /^(?:[\u4e00-\u9fa5]{0,8}(?:局|所|站|办|中心|公司|中队|大队|科|股|委会|街道|服务队)|物业|苏木|嘎查|社区|村里|镇上|乡里|街道)$/;

/** The body, then its own word of promise and a day right after it. */
const promisedBy = (body: string) =>
  new RegExp(
    `${body}\\s*(?:也|都|就|已经?|还)?\\s*(?:说|讲|答应|承诺|表示)(?:了|说)?\\s*(?:在|于)?\\s*(?:${DEADLINE_SHAPE.source}|${DAY})`,
  );

/** Whether the holder as read is a body that promised the day itself (see above). */
export function bodyPromisedItself(holder: string, text: string): boolean {
  if (!BODY.test(holder)) return false;
  return promisedBy(holder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).test(text);
}
