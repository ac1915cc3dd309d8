import { escapeRegExp } from '../../../knowledge';

// Whose thing did the harm (李建国家的狗咬人, 徐家的牛跑到毛家的茶园里): the owner named before the thing is the other
// party of the matter, not who raised it, unless the message says the owner reported it.

/**
 * Right after the person read as who raised it: 家的 or 的, a thing of theirs (an animal, a car, a tree) and the harm it
 * did to others: it bit, trod, rooted, knocked into someone (咬人, 咬了隔壁小孩, 把隔壁小孩咬了, 拱了沙马家的地), or got
 * into another's place (跑到毛家的茶园里). Never the thing suffering (李建国家的狗被人毒死了, 其其格家的饮水井坏了: the
 * owner's own matter) nor the owner hurt by another's thing (被邻居家的狗咬了).
 */
const HARM_TO_OTHERS = new RegExp(
  '^家?的[\\u4e00-\\u9fa5]{1,4}?(?![^\\s，,。；;]*?[被叫让遭])' +
    '(?:(?:又|老是|总是|经常|天天|把|将)?(?:咬|踩|拱|啃|撞|抓|挠|顶|踢)(?:了|伤了?|死了?|坏了?|倒了?)?(?:人|[^\\s，,。；;]{0,6}?(?:人家|别人|邻居|隔壁|对门|[^\\s，,。；;]家|小孩|孩子|娃|路人|老人))' +
    '|把[^\\s，,。；;]{1,8}?(?:咬|踩|拱|啃|撞|抓|挠|顶|踢)(?:了|伤|死|坏|倒)' +
    '|(?:跑|钻|窜|闯)(?:到|进)(?:人家|别人|邻居|[^\\s，,。；;]{1,4}家))',
);

/**
 * The owner read as who raised it, when the words right after the name in `work` tell of the harm their thing did to
 * others (see HARM_TO_OTHERS): the matter, with the owner's name given back to it (李建国家的狗咬人), or undefined when
 * the reading stands.
 */
export function ownerOfHarm(raiser: string, content: string | undefined, work: string): string | undefined {
  const at = work.indexOf(raiser);
  if (at < 0 || !content || !/^家?的/.test(content)) return undefined;
  if (!HARM_TO_OTHERS.test(work.slice(at + raiser.length))) return undefined;
  return raiser + content;
}

/**
 * The one who asks the owner to pay for the harm (沙马尔哈要海来家赔, 孙大嫂要求赵家赔偿): the party harmed, who brought
 * it, named as a word of its own before the demand; undefined when no one is.
 */
export function claimantAgainst(owner: string, work: string): string | undefined {
  const escaped = escapeRegExp(owner);
  const claim = new RegExp(`(?:^|[\\s，,。；;])([\\u4e00-\\u9fa5]{2,4}?)(?:要求?|让|找)${escaped}家?(?:赔|赔偿)`).exec(work);
  return claim?.[1];
}
