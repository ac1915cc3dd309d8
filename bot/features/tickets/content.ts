// The matter as the person said it: what is left once who, where, the holder and the date are out (cleanContent), and
// whether that is a matter at all or only the member announcing one (onlyAnnounced).

import { guessCategory } from './category';
import { PUT_OFF_ASIDE } from './content-later';
import { SOLVED, SOLVED_WORK } from './on-spot';
import { DROPPED_VERBS, UNIT_SUFFIX } from './people';
import { CALL_CUT, TOLD_NOTHING } from './told-nothing';

/** See cleanContent: 经研究, 经走访了解, 现, 拟, 限, 于, 责成, 兹有 standing alone once the holder and the date are out. */
const OFFICIAL_LEFTOVER =
  /(?<=^|[\s，,。；;])(?:经研究(?:决定)?|经走访了解|经了解|经核实|现|拟|限|于|责成|兹有|已督促[^\s，,。；;]{0,6}?于)(?=$|[\s，,。；;])/g;

/** The matter in the person's words, without the verb of saying and the gaps left by what was taken out. */
export function cleanContent(rest: string): string | undefined {
  const content = rest
    // The words of an official register left around what was taken out (经研究, 现由…, 拟由…, 于…前, 责成…): the
    // procedure, not the matter.
    .replace(OFFICIAL_LEFTOVER, ' ')
    .replace(/[（(]\s*[)）]/g, ' ')
    // A 的 left alone where the place and the person were taken out (…杨柳村的努尔买买提反映的): no word of the matter.
    .replace(/(?<=^|\s)的(?=\s|$)/g, ' ')
    .replace(/\s*([，,。；;])(?:\s*[，,。；;])+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s，,。；;:：、的]+/, '')
    // 同志 left where the name before it (韩国庆同志) was taken out as who raised it: a form of address, no matter.
    .replace(/^同志(?=[\s，,。；;]|$)[\s，,。；;]*/, '')
    .replace(DROPPED_VERBS, '')
    // 一位居民说…, 有个大爷反映…: someone not named and the verb; who said it is asked for, it is not the matter.
    .replace(UNNAMED_SAYS, '')
    // 一个送快递的小伙子 left alone once what they said was read as announced: no one named and no matter.
    .replace(UNNAMED_ALONE, '')
    // The visit that found it is not the matter: 今天在三组入户, 走访时发现.
    .replace(/^[^,，。；;\s]{0,12}(?:走访|入户|巡查|排查)[^,，。；;\s]{0,6}?(?:时|中|的时候)?(?:发现|了解到|得知)?(?:[\s,，。]+|$)/, '')
    .replace(/^[\s，,。；;:：、]+|[\s，,。；;:：、]+$/g, '')
    .replace(/\s*(?:反映的|说的)$/, '')
    // …楼顶漏水 一位大姐跟我说的: someone not named who told the member, said last; who said it is asked for.
    .replace(UNNAMED_TOLD_LAST, '')
    // …健身器材坏了 街道城建科(答应月底前换新的), …物业说(周五前)去看看: the body whose promise was taken out, said
    // last, is who follows it up, not the matter.
    .replace(BODY_THAT_PROMISED, '')
    // 王亚光报的 with the name read out: the 报的 left after a gap (reported it) is no word of the matter either.
    .replace(/\s+报的$/, '')
    // 已 left where the arranged day was taken out (…噪音大。已约两家人本周日调解): no matter.
    .replace(/[\s，,。；;]*(?:已经?|并已)$/, '')
    // 谢谢, 辛苦了 closing the message: said to the one reading it, not the matter.
    .replace(/[\s，,。；;！!]*(?:谢谢|多谢|感谢|辛苦了?|麻烦了)[\s。！!~～]*$/, '')
    // What was left around a holder or a promise taken out: 这个事情呢就 (交给…), 我们就 (…).
    .replace(/\s*(?:(?:这个?|此)事(?:情)?)?(?:呢)?(?:我们|俺们|咱们|我|俺|咱)?(?:就)?$/, '')
    // 这个事情 left standing alone where an instruction was taken out (这个事情 交给小张处理).
    .replace(/(?:^|\s)(?:这个?|那个?|此)事(?:情|儿)?(?=\s|$)/g, ' ')
    .replace(/^[\s，,。；;:：、]+|[\s，,。；;:：、]+$/g, '')
    .trim();
  const bare = content.replace(/[\s，,。；;、！!]/g, '');
  // One character left where the rest was read as fields (…回他话 → 话, 叫我…覆佢 → 叫): no matter told.
  if (/^[\u4e00-\u9fa5]$/.test(bare)) return undefined;
  // （电话信号不好没听清，待补充）: the member's note that the matter is to be filled in later, however it was missed.
  if (/^[（(][^()（）]*[)）]$/.test(bare) && /待补充|待补|待填|没听清|没听到|没记下|未记/.test(bare)) return undefined;
  if (!content || !/[\u4e00-\u9fa5a-z\d]/i.test(content) || VAGUE_MATTER.test(bare) || ONLY_DONE.test(bare)) return undefined;
  // The member says the matter was not caught (说的啥没记全, 没听清, 回头再问) and names nothing of one: asked for.
  if (UNCAUGHT.test(content) && guessCategory(content) === '其他') return undefined;
  if (onlyAnnounced(content)) return undefined;
  return content;
}

/**
 * A matter only announced (他有点事想叫社区帮忙, 反映了个事儿, 她那事), with nothing around it but the member's own
 * aside (我先记下来, 当时她着急出门没细说, 具体的回头再说, 找俺了): no problem was told, so the dialogue asks for it.
 * Every phrase must be one or the other, and the words must name no kind of problem (guessed 其他).
 */
const aside = (phrase: string) =>
  MEMBER_ASIDE.test(phrase) ||
  VISIT_ASIDE.test(phrase) ||
  UNCAUGHT.test(phrase) ||
  NO_DAY.test(phrase) ||
  PUT_OFF_ASIDE.test(phrase) ||
  TOLD_NOTHING.test(phrase);
function onlyAnnounced(content: string): boolean {
  const phrases = content
    .replace(/(?<![a-z])(?:hhh+|haha+|233+)(?![a-z])/gi, ' ')
    // 他说的事情我先记在本子上了: the member's aside run on after the matter announced is a phrase of its own.
    .replace(/(?<=\S)(?=(?:我|俺)(?:先|当时|回头))/g, ' ')
    .split(/[\s，,。；;！!…~～]+/)
    // 歹势我先把名字记上, 不好意思…: the member's apology before their aside is part of the aside.
    .map((phrase) =>
      phrase
        .replace(VISIT_LEAD, '')
        .replace(NO_ONE_LEAD, '')
        .replace(/^(?:歹势|拍谢|不好意思|抱歉|对不起)/, ''),
    )
    // One character left where a field was taken out (…回他话 → 话): no phrase of its own.
    .filter((phrase) => phrase.length > 1);
  const announced = phrases.filter((phrase) => ANNOUNCED.test(phrase) || VAGUE_MATTER.test(phrase));
  return (
    // Only asides (人赶着接孙子走了 没讲) name no matter either.
    (announced.length > 0 || phrases.every(aside)) &&
    phrases.every((phrase) => announced.includes(phrase) || aside(phrase)) &&
    // The member's own circumstances (我这会在车间走不开) and the call cut (信号断了) name no kind of the person's problem, nor does where the
    // person stopped the member to announce one (今天在路上拦住我说了半天: the road is where, not what).
    guessCategory(
      phrases.filter((phrase) => !MEMBER_BUSY.test(phrase) && !CALL_CUT.test(phrase) && !announced.includes(phrase)).join(' '),
    ) === '其他'
  );
}

/** The member busy where they are (我这会在车间走不开, 俺正忙着): their own circumstances, no kind of the person's problem. */
const MEMBER_BUSY = /^(?:我|俺|咱)(?:们)?(?:这会儿?|这阵子?|正忙|在忙)/;

/** People not named, then their saying (有居民来说, 几户村民反映, 一位老师傅来说): who brought it, not the matter. */
const NO_ONE_LEAD =
  /^(?:有|一|两|几)?(?:位|个|名|户|家)?(?:[^\s，,。；;]{1,6}?的)?(?:群众|村民|居民|住户|老人家?|业主|家长|人|小伙子?|师傅|大姐|大哥|阿姨|大爷)(?:来电|打电话|来|过来)?(?:反映|反应|说|讲)(?=.)/;

/**
 * A promise with no day left in the matter (年前解决, 过两天再去看看, 尽快处理): it is asked for as the day, and beside a
 * matter only announced it is no matter either.
 */
const NO_DAY =
  /^(?:(?:再?过)(?:两|几|一两)[天日]|回头|改天|年前|节前|尽快|尽早|抓紧|赶紧|近期)(?:再)?(?:去|来|给)?(?:处理|办理|解决|办好?|落实|答复|回复|修|看看?|协调|跟进|上门)?(?:一下)?$/;

/** The visit a matter was heard on, before it in the same phrase (俺走访的时候他说了个事). */
const VISIT_LEAD = /^(?:我|俺|咱)?(?:们)?(?:今天)?(?:走访|入户|上门)(?:的时候|时|中)?(?=.)/;
/**
 * Coming to the member or stopping them before announcing a matter (来找我说, 老人今天在活动室拉住我说了个事, 来村委找我):
 * how the matter was brought, not the matter.
 */
const CAME_LEAD =
  '(?:老人家?|老人)?(?:今天|刚才|刚刚|啱啱|上午|下午|早上|晚上)?(?:(?:在|到)[^\\s，,。；;]{1,6}?)?(?:打(?:了个?)?电话)?(?:(?:过来|跑来|来)[^\\s，,。；;]{0,4}?)?(?:(?:找|拉住|拉到|拦住|叫住|喊住|碰到|截住)(?:我|俺|咱)(?:们)?)?';
/** Whom the person wants help from, in an announced matter (社区, 厂里, 支部). */
const ASKED_BODY = '社区|村里|村委会?|居委会?|网格员?|厂里|单位|公司|支部|党支部|组织|连队|连里|团里|队里';
/** A matter said to exist and not told: 说了个事, 反映了点情况, 他有点事想叫社区帮忙, 有个事情要找社区帮忙, 她那事. */
export const ANNOUNCED = new RegExp(
  [
    `^${CAME_LEAD}(?:他|她|人家)?(?:说|讲|反映|提)?了?(?:个|点|件|些|一个|一件|一点)(?:事情?|事儿|情况|问题)$`,
    // 找我说事, 来反映事情: the matter said to exist with no measure word, nothing of it told.
    `^${CAME_LEAD}(?:他|她|人家)?(?:说|讲|反映)(?:事情?|事儿)$`,
    `^${CAME_LEAD}(?:他|她|人家)?(?:家里|屋里|家中|老家)?(?:那边|这边)?(?:说)?(?:(?:有|还有)(?:个|件|点|些|一个|一件|一点)?(?:事情?|事儿|情况|困难))?(?:想|要|需要)?(?:让|叫|请|找|麻烦)?(?:我们?|俺们?|咱们?|${ASKED_BODY})?(?:帮帮?忙|帮个忙|帮一下|帮忙|帮助|关心一下|关心|关照一下|照顾一下|帮着?(?:弄弄|办办|弄一下|办一下|想想办法))$`,
    '^(?:他|她|人家)?的?(?:那|这)(?:个|件)?(?:事情?|事儿)$',
    // 说了一大堆: much said, nothing of it told.
    // 讲了一堆 with 讲 taken out as the saying (了一堆): the same.
    `^${CAME_LEAD}(?:他|她)?(?:说|讲)?了?(?:一大堆|一大通|一堆|一通|半天|好多|很多)(?:话)?$`,
    // 说有事要(反映), 说有个事情要: the verb after 要 was taken out as the saying; nothing told.
    // 话有件事好急 (Cantonese 话 = 说): one more way of saying, and the haste said after the matter announced; 他那有个事:
    // where the person is (那, 那边) said before it.
    `^${CAME_LEAD}(?:他|她|人家)?(?:那|那边|那儿|这边)?(?:说|讲|话)?(?:有|还有)(?:个|件|点|些|一个|一件|一点|啲)?(?:急|要紧)?(?:事情?|事儿|情况|问题|嘢)(?:要|想)?(?:好|很|比较|十分)?(?:急|要紧)?$`,
  ].join('|'),
);
/**
 * What the member says of themself or of the visit, not the matter: 我先记下来, 俺再去他家一趟, 刚好我要赶去接夜班,
 * 当时她着急出门没细说, 具体的回头再说, 回头细说, 找俺了, and a word left where a promise was taken out (已).
 */
const MEMBER_ASIDE =
  // 我 only with what the member does (我先记下来, 俺再去一趟), never the person's own words (我儿子不孝顺).
  // 让我给记一下, 帮我先记个工单, 先开张单: the person asking to have it noted, or the member noting it; no matter.
  // 非叫我今天给他记上 (northern: he insisted I note it today): the same, insisted on.
  /^(?:非|硬|非要|一定要?)?(?:让|叫|请|帮|要)(?:我|俺)(?:们)?(?:今天|现在|马上)?(?:给(?:他|她)?|先|帮(?:他|她))*(?:记|登记|记录|开)|^先?(?:开|记|登)(?:个|张|一张|一个)(?:单|工单|名字?)|^(?:刚好|正好|当时|后来|具体的?|详细的?|再去|再来|先记)|^(?:我|俺|咱)(?:们)?(?:先|再|就|要|得|回头|答应|记|赶|去|跟|给|这边|刚|当时|这会儿?|这阵子?|正忙|在忙)|^(?:已|已经|我|俺)$|^(?:过来|跑来|来|到)?[^\s，,。；;]{0,4}?找(?:过)?(?:我|俺|咱)?(?:们)?(?:过|来)?了?$|^(?:今天|今日|今朝|今儿个?|刚才|刚刚|啱啱|上午|下午|早上|昨天)*(?:又|也|还)?(?:过来|跑来|来|到|在|上)[^\s，,。；;]{0,4}?(?:找(?:到)?|叫住|拉住|拦住|喊住)(?:我|俺|咱|人)?(?:们)?(?:来)?了?$|^(?:他|她)?(?:又|也|还)?(?:打(?:了个?)?电话|来电话?)(?:过)?来?了?$|^(?:一定|必须)?要?(?:搞掂|搞定|办好|解决|处理好)$|^(?:人|他|她)?(?:就)?(?:赶着|急着|着急|忙着)[^\s，,。；;]{0,6}?走了$|没(?:细|详细)?(?:说|讲)(?:完|清|清楚)?|回头(?:再(?:说|问|聊|补)|再?(?:细说|细讲|细聊|细问|详说|详谈))|^先?把名字?(?:记|登记|写|录)(?:上|下|下来|进去)?(?:了)?$/;

/**
 * A visit that told nothing, phrase by phrase (下午来连部了, 上午来坐了一个钟头, 我在开会, 她讲下礼拜再来, 等她儿子回来再细说,
 * 俺说, 回头我去他家唠唠, 急得很): the person came, the member was busy, it will be told later. No matter.
 */
const VISIT_ASIDE = new RegExp(
  [
    '^(?:今天|今日|今朝|今儿个?|刚才|刚刚|上午|下午|早上|晚上|昨天)*(?:又|也|还)?(?:过来|跑来|来|上|到)[^\\s]{0,5}?(?:坐了[^\\s]{0,6}|了)$',
    '^(?:我|俺|咱)(?:们)?(?:正|正在|在)(?:开会|忙|外面|下乡|值班|出差)[^\\s]{0,4}$',
    '^(?:他|她)(?:们)?(?:讲|说)?(?:下礼拜|下周|下星期|明天|后天|改天|过两天|回头|等会儿?)?再(?:来|说|讲|细说|细讲|补)$',
    // 下午再问他, 回头再补, 明天再细问: the member will ask again later; nothing of the matter yet.
    '^(?:今天|明天|后天|下午|上午|晚上|晚点|等会儿?|回头|改天|过两天|下周|下礼拜)?(?:我|俺)?再(?:问|细问|了解|补|补上|细说|细讲)(?:一下|一哈)?(?:他|她|他们)?(?:一下|清楚)?$',
    '^等[^\\s]{1,8}?(?:回来|来了|有空|方便|下班)了?(?:再|后)(?:细说|细讲|说|讲|聊|谈|记|补)$',
    '^(?:我|俺|咱)(?:们)?(?:跟(?:他|她)(?:们)?)?(?:说|讲)$',
    '^(?:回头|改天|过两天)(?:我|俺|咱)(?:们)?再?(?:去|来|上)[^\\s]{0,6}?(?:唠唠|聊聊|看看|坐坐|问问|谈谈)$',
    '^(?:急得很|很急|挺急|急得不行|急死了|着急得很)$',
  ].join('|'),
);

/** An unnamed person (一位退休老教师来) and nothing else. */
const UNNAMED_ALONE =
  /^(?:有|一|两|几)(?:位|个|名)(?:[^\s，,。；;]{1,6}?的|低保户|五保户|脱贫户|困难户|残疾|退休|独居)?(?:老)?(?:村民|居民|群众|老人家?|大爷|大妈|大娘|阿姨|阿婆|大姐|大哥|老乡|业主|家长|住户|租户|小伙子?|师傅|教师|老师|姑娘|大叔)(?:来|过来)?$/;
/** A body alone as the last clause, with its saying and a look left after the date was taken out (see cleanContent). */
const BODY_THAT_PROMISED = new RegExp(
  // Not a question ending like a body (不晓得怎么办, 找哪个所): no body named.
  `[\\s，,。；;]+(?![^\\s，,。；;]*?(?:怎么|咋|啥|什么|哪|不知|不晓|没人|谁))(?:[\\u4e00-\\u9fa5]{0,6}?(?:${UNIT_SUFFIX})|物业|城管|供电|燃气公司|自来水公司|热力公司|施工队|施工方)(?:也|就)?(?:说|讲|答应|表示|承诺)?了?(?:\\s?(?:去|来)?(?:看看|看一下|瞅瞅|看))?$`,
);
/** The same person said as the last clause with whom they told (一位大姐跟我说的, 有个大爷给俺讲的; 我说的 may be gone). */
const UNNAMED_TOLD_LAST =
  /[\s，,。；;]+(?:有|一|两|几)(?:位|个|名)(?:[^\s，,。；;]{1,6}?的)?(?:老)?(?:村民|居民|群众|老人家?|大爷|大妈|大娘|阿姨|阿婆|大姐|大哥|老乡|业主|家长|住户|租户|小伙子?|师傅|教师|老师|姑娘|大叔)(?:(?:跟|给|对|和|同)(?:我|俺|咱)?们?)?(?:反映|说|讲|提)?的?$/;
// 一个送快递的小伙子, 一位低保户阿姨: who they are said before the person, still no one named.
const UNNAMED_SAYS =
  /^(?:有|一|两|几)(?:位|个|名)(?:[^\s，,。；;]{1,6}?的|低保户|五保户|脱贫户|困难户|残疾|退休|独居)?(?:村民|居民|群众|老人家?|老大爷|大爷|大妈|大娘|阿姨|阿婆|大姐|大哥|老乡|业主|家长|妇女|老太太?|老汉|住户|租户|小伙子?|师傅|老?教师|老师|姑娘|小姑娘|大叔|老师傅)\s?(?:也|就)?(?:来|过来)?(?:(?:来电|来访|打电话)[，,]?\s?(?:反映|反应|说|讲|问|称|提出|提到)?|(?:反映|反应|说|讲|问|称|提出|提到))(?:说)?[:：]?\s*/;
const UNCAUGHT =
  // 彝话我没太听懂, 没怎么听明白: the person's language or speech not followed, so nothing of the matter is known.
  // 我未记低系咩事 (Cantonese: I did not note what it was); 电话里没说清楚: not told clearly on the phone.
  /没顾上(?:记|问|细问|听)|未记(?:低|下|住)|没记(?:低|下)|唔记得|没(?:有)?(?:太|怎么|大)?(?:记|听|问|搞|弄)(?:全|清|住|到|明白|懂|清楚|完)|记不(?:清|住|全)|听不(?:清|懂|明白)|(?<=电话里|电话中)(?:没|未)(?:说|讲)(?:清|清楚|明白)|忘了(?:问|记)|回头再问|再问问/;

/**
 * Words that only point at a matter said elsewhere (他说的那个事, 这个问题) or only announce one (说有个事情要反映):
 * nothing to record, so the dialogue asks.
 */
// 上回那个事情, 事情上回说过的, 之前说过的那个事: a matter said before, named by nothing of it; 又来 (…反映) alone.
const VAGUE_MATTER = new RegExp(
  // 找俺唠了半天, 找我聊了一会: a chat with the member, no matter named in it.
  /^(?:他|她)?(?:来)?找(?:我|俺|咱)(?:们)?(?:唠|聊|拉呱|唠嗑|摆龙门阵|谝|扯)(?:了)?(?:嗑|会儿?|一会儿?|半天|好久|好一阵|几句|一下午|一上午)?$|/
    .source +
    // 又来找了, 还是她家的(那个)事情, 上次也说过的: came again about the same matter, said before and named by nothing of
    // it; with 那个 taken out as a pause, each piece is a phrase of its own. 社区说 left bare once its date was read out
    // (社区说下周三前回复) is whose word the date was, nothing of the matter.
    /^(?:他|她)?(?:又|也|还)(?:来|过来)(?:找|寻)(?:我|俺)?(?:们)?了?$|^(?:还是|又是|就是)(?:他|她)?(?:家)?的?$|^(?:社区|村里|村上|村委会?|居委会?|物业|街道|他们|她们)(?:说|讲|答应)了?$|^(?:今天|昨天|上午|下午|早上|晚上|中午|刚才|刚刚)?(?:给|跟)(?:我|俺)们?打(?:了个?)?电话$|^(?:事情?|事儿|问题|情况)$|^(?:上回|上次|之前|以前)(?:也|都)?(?:说过|讲过|反映过|提过|来过)的?$|/
      .source +
    // 讲他家那个问题还是没解决: his matter, still unsolved, named by nothing of it (讲他家 left where 那个 was a pause).
    // 还是上次那个事 (那个 a pause, so 还是上次 | 事), 来 or 说 left alone: nothing of a matter either.
    /^(?:还是|又是|就是)?(?:上回|上次|之前|以前|前几天|前两天|那天|上个月)(?:那个?|这个?|那件|这件)?(?:事情?|事儿|问题)?$|^(?:来|去|说|讲|找|问)$|^(?:说|讲)?(?:他|她)(?:家|的)?(?:那个?|这个?)?$|^(?:他|她)?(?:说|讲)?(?:他|她)?(?:家|的)?(?:那个?|这个?)?(?:事情?|事儿|问题)?(?:还是|还|一直|到现在|都)?(?:没有?|未)(?:解决|办好?|弄好?|搞好?|落实|处理|修)$|^(?:他|她)?(?:又|也|还)来了?$|^(?:又来?(?:反映|说|讲)?)?(?:上回|上次|之前|以前|前几天|前两天|那天|上个月)?(?:那个?|这个?|那件|这件)?(?:事情?|事儿|问题)(?:上回|上次|之前|以前)?(?:说过|讲过|反映过|提过)?的?$|^(?:上回|上次|之前|以前)?(?:说过|讲过|反映过|提过)的(?:那个?|这个?)?(?:事情?|事儿|问题)$|^[(（]?(?:待补充?|待定|待填|暂无|无|略|空|未知|不详|[?？]+)[)）]?$|^(?:他|她|他们)?(?:说的|讲的|反映的|提的|的)?(?:这|那)?个?(?:事情?|事儿|问题|情况)?$|^(?:他|她)?(?:说|讲)?(?:想|要)(?:找|跟|同|和)(?:我们?|俺们?|咱们?|社区|村里|网格员)(?:说|讲|谈|倾|聊|反映)?(?:一?下|说|讲)?$|^(?:他|她)?(?:家里|屋里|家中|老家)?(?:那边|这边)?(?:(?:来|到|去)(?:村委会?|居委会?|社区|村里|办公室|网格)?)?(?:打电话|打来电话|来电话?|电话里)?(?:说|讲)?(?:有|还有)(?:个|件|点|些|一个|一件|一点)?(?:急|要紧)?(?:事情?|事儿|事体|问题|情况|困难|东西|嘢)(?:要|想|需要)?(?:反映|说|讲|问|找|帮忙|帮助|办)?(?:(?:找|跟|和|同|对|向)?(?:我们?|俺们?|咱们?|社区|村里|网格员|厂里|单位|公司|支部|党支部)(?:说|讲|谈|倾|反映|聊)?)?$/
      .source,
);
/** What was done and nothing of what it was for (已经帮他解决了, 帮她弄好了): no matter, the dialogue asks. */
const ONLY_DONE = new RegExp(
  `^(?:${SOLVED.source})[了啦咯]?$|^(?:已经?|当场|现场|当即|马上|即刻)?就?(?:帮|给)(?:他|她|他们)?(?:手把手|耐心|上门)?${SOLVED_WORK}[了啦咯]?$`,
);
