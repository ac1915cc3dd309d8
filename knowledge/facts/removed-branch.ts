/**
 * A branch said to have gone wrong ("支部出了大问题", "违纪了又纠正不了") and then to be 撤了 by those above: that is the
 * 改组 or 解散 the discipline rules name, not the 撤销 of a branch that no longer has three 正式党员 (whose members the
 * handbook says nothing of). Read as 解散 so the discipline facts (who decides, what becomes of the members) answer it;
 * a branch 撤了 with no wrong told keeps the word, and the setting-up rule answers it as before.
 */

/** The branch, or Party organisation, gone wrong: the story that makes its removal a sanction. */
const WENT_WRONG = /出了?大?问题|出大事|违纪|违法乱纪|犯了?(?:大)?错|乱了套|乱套|烂掉|烂透|纠正不了|整不好|搞不好|管不好|瘫痪|软弱涣散/;

/** "把支部给撤了", "党组织撤掉": the body, a few characters, then the removal. */
const BODY_REMOVED = /(支部|党组织)([^，,。？?！!\s]{0,4}?)撤(?:了|掉|除|销)(?!党内职务|职务)/g;

/** "撤了里头的党员咋办", "撤了以后": a clause opening on the removal done, the body left out. */
const REMOVED_THEN = /(^|[，,。？?！!\s])撤(?:了|掉)(?=以后|之后|的话|后|[^，,。？?！!\s]{0,3}党员)/g;

/** The question with a branch's removal read as 解散 where the story tells the branch went wrong. */
export function removalAsDissolution(question: string): string {
  if (!WENT_WRONG.test(question) || !/支部|党组织/.test(question)) return question;
  return question.replace(BODY_REMOVED, '$1$2解散了').replace(REMOVED_THEN, '$1解散了');
}
