// The member's own follow-up on a day, in the words of northern and northwestern speech (see MEMBER_DAY in due.ts):
// what the member will do that day for the person, said as the phrase's last words.

/**
 * 我明天去镇上社保所给问, 俺后天给办: 给 then the verb, as 陕北, 晋 and 关中 say "for him" without the him; 我后天去两家
 * 说合 (说合, 劝合: to mediate, as 说和 is); 我下周一叫人拉沙石, 明天喊人来修 (someone called to do the work that day, as
 * 找人 is). Never the person's own errand (他明天去医院): MEMBER_DAY reads only what the member says of the member.
 */
export const NORTHERN_ERRAND =
  '(?:给|帮)(?:问|查|办|跑|打听|问问|办办|跑跑)(?:一下|一哈|下)?(?=$|[\\s，,。；;！!])|说合|劝合|' +
  '(?:叫|喊|派)[^\\s，,。；;！!]{0,4}?人(?:去|来|过去|过来)?(?![了过])[\\u4e00-\\u9fa5]';
