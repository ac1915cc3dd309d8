// The member telling a member of staff and sending them (我跟调解员老郑说了 让他过几天去看看): the one told and sent holds
// it, whether or not a date is said (过几天 is no date: the dialogue asks for it).

import { promiserName } from './promiser';

/** The member told someone (跟…说了, 给…打了招呼), then sent them (让他, 叫她) in the next words. */
const TOLD_AND_SENT =
  /(?:我|俺|咱)(?:们)?(?:已经|已|也|就)?(?:跟|和|给|对|找了?|联系了?)([\u4e00-\u9fa5]{2,10}?)(?:说了|讲了|说过了|讲过了|打了招呼|打过招呼了|交代了|交待了)[\s，,。；;]*(?:就|也|已经)?(?:让|叫|请|喊)(?:他|她)(?:们)?/;

/**
 * Whom the member told and sent, when no other reading named a holder: a person (老孙, 调解员老郑, 村医小杨), not a
 * person called by kin alone (王大爷) nor a body (物业: the member follows a body up).
 */
export function toldAndSent(text: string): { name: string; index: number; length: number; day?: string } | undefined {
  const told = TOLD_AND_SENT.exec(text);
  const name = told ? promiserName(told[1]!) : undefined;
  return told && name ? { name, index: told.index, length: told[0].length } : undefined;
}
