/**
 * Ways of asking whether that the yes-or-no reader (verdict.ts) reads only in another spelling: each is said here in
 * the spelling it reads, before the question is read. Only the asking words change; the thing asked is left as said.
 *
 *  - the written 是否, 能否, 可否 before a modal or a verb ("预备党员是否可以投票", "是否需要重新入党", "能否不参加"):
 *    the modal asked both ways (可不可以, 需不需要, 能不能); 是否 before a verb is 是不是;
 *  - 是不是 before a modal ("是不是可以补交", "是不是得本人去"): the modal is what is asked, not whether it is so;
 *  - the modal asked, then 还是不 and the modal again ("能投票还是不能", "算党龄还是不算"): the modal asked with 吗;
 *  - 有资格, 有权 (有没有资格, 有没有权利) before a verb: whether one may (能);
 *  - 允许, 准许 (允不允许): 可以;
 *  - a told thing, then asked whether it is all right ("不交党费，有没有问题", "补交没问题吧", "不去也可以吧",
 *    "这样OK吗", and the 吴语 好伐): 行吗 after it, so that a thing told negated asks whether one may not do it.
 */

/** The modal after 是否 or 是不是, and how it is asked both ways. */
const BOTH_WAYS: Array<[RegExp, string]> = [
  [/^(?:可以|可|允许|准许)$/, '可不可以'],
  [/^(?:能够|能)$/, '能不能'],
  [/^需要$/, '需不需要'],
  [/^(?:要|得要|得|必须|必需|必须要)$/, '要不要'],
  [/^(?:应该|应当|该)$/, '应不应该'],
  [/^用$/, '用不用'],
  [/^算$/, '算不算'],
  [/^属于$/, '属不属于'],
];

/**
 * 是否, 能否, 可否 or 是不是, an adverb (一定, 还, 都, 也, 真的), then the modal. The modal must stand before a thing,
 * not be part of another word: 要求, 要点, 能力, 用于, 该党员, 得到, 算是 (算是 is 算 and 是: read as 算).
 */
const WHETHER_MODAL =
  /(?:是否|是不是)(?:一定|还|都|也|真的|就)?(必须要|必须|必需|得要|可以|能够|允许|准许|需要|应该|应当|属于|可(?!以)|能(?!力)|要(?![求点件])|得(?![到出了])|该(?![党支单同])|用(?![于途来作])|算)/g;

/** 能否, 可否 elsewhere (能否不参加, 可否代交): asked both ways. */
const WRITTEN_MODAL: Array<[RegExp, string]> = [
  [/能否/g, '能不能'],
  [/可否/g, '可不可以'],
];

/** The modal asked, the thing, then 还是不 with the modal again and the thing again or not ("需要补交还是不需要"). */
const OR_NOT = /(可以|能够|能|需要|要|用|算|是|行|属于)([\u4e00-\u9fff]{0,24}?)还是(?:不|没)\1(?:\2)?(?=[？?。！!\s]*$|[，,])/g;

/** 有没有资格, 有资格, 有没有权利, 有权 before a verb: whether one may. 有权利吗 alone (a noun) is left. */
const ENTITLED: Array<[RegExp, string]> = [
  [/有没有(?:资格|权利|权力)(?=[\u4e00-\u9fff])/g, '能不能'],
  [/(?<![没])有(?:资格|权利|权力|权)(?![利力益限威])(?=[\u4e00-\u9fff]{2,}(?:吗|么|嘛|不|没)?[？?！!。\s]*$)/g, '能'],
];

/** 允许 and its kin as 可以; 允不允许 asked both ways. 不允许 says it is not allowed and is left. */
const ALLOWED: Array<[RegExp, string]> = [
  [/(?:允不允许|准不准许)/g, '可不可以'],
  [/(?<![不被未])(?:允许|准许)(?=[\u4e00-\u9fff])/g, '可以'],
];

/**
 * A told thing, then asked whether it is all right: the tag that closes the question, with its 也, 还, 就 before it.
 * 可以吧 and 行吧 close it as 可以吗 does; what does not ask whether it is all right (要紧吗 asks whether it matters) is left.
 */
const ALL_RIGHT =
  /(?:也|还|就)?(?:有没有问题|有问题吗|有问题没|有问题不|没问题吧|没问题吗|没问题不|没毛病吧|没事吧|没事吗|OK吗|ok吗|OK不|ok不|OK吧|ok吧|可以吧|行吧|成吧|中吧)(?=[？?。！!\s]*$)/i;

/** The question with its ways of asking whether said in the spelling the reader reads. */
export function plainYesNoForms(asking: string): string {
  let text = asking.replace(WHETHER_MODAL, (_, modal: string) => BOTH_WAYS.find(([re]) => re.test(modal))?.[1] ?? _);
  for (const [re, to] of WRITTEN_MODAL) text = text.replace(re, to);
  // 是否 before anything else (是否参加, 是否计入党龄): whether it is so.
  text = text.replace(/是否/g, '是不是');
  text = text.replace(OR_NOT, (_, modal: string, thing: string) => `${modal}${thing}吗`);
  for (const [re, to] of ENTITLED) text = text.replace(re, to);
  for (const [re, to] of ALLOWED) text = text.replace(re, to);
  text = text.replace(ALL_RIGHT, '行吗');
  // 好伐 (好吗) closing a thing asked in 吴语: whether it may be done, as 行吗 asks.
  text = text.replace(/(?<=[\u4e00-\u9fff]{2})好(?:伐|吗)(?=[？?。！!\s]*$)/, '行吗');
  return text;
}
