// Solved while there (已解决, 当场解答了, 劝开了), said inside the message or as its last clause: the 工单's onSpot.

import { clausesOf } from './clauses';

/** Solved while there, said inside the message: 已解决, 当场解答了, 已经搞掂 (rewritten 解决); never 没有当场解决. */
export const SOLVED_WORK =
  // 劝好, 劝开, 说通: a quarrel talked round there.
  '(?:解决|办结|解答|处理好|处理完|办好|办完|办妥|答复|解释清楚|讲清楚|说清楚|教会|调解好|协调好|劝好|劝开|说通|弄好|搞好|整好|修好|换好|搞定|修复|(?:弄|整|搞)利索|拾掇好|闭环)';
/** What done there solves nothing: looked, asked, called, reported, handed on, promised, quarrelled (see SOLVED_THERE). */
const NOT_DONE_THERE =
  '(?:看|问|了解|查|拍|记|核|发现|答应|同意|承诺|表示|说|讲好|定|约|商量|吵|打|骂|联系|报|转|反映|(?:发|交|递)给(?!他|她))';
/**
 * Solved there, told as what the member did on the spot (当场跟他讲明白了, 当场都签了字) or closed (已闭环): said so,
 * it is 当场解决 even with someone named to hold it (the holder is who solved it there), as 已当场解决 is.
 */
export const SOLVED_THERE = new RegExp(
  // 当场我帮他在手机上交好了, 当场送过去了, 当场给补打上了, 当场教她在手机上提交了申请, 当场带他在网上预约了: a clause
  // from 当场 to the work done (好了, 过去了, 上了, 提交了); never what was promised or arranged there (当场答应把东西
  // 搬走, 当场约了下周调解), though booking it for the person (预约了) is done.
  // Typed word by word (当场 合上 了, 当场 给她 讲清楚 表 也 填好 了), as a second-language writer leaves gaps: the same
  // clause with its gaps; and handed over or sent up there (当场借给他了, 当场给她弄好交上去了); shifts or people moved apart there (当场把两人的班调开了); a thing switched off
  // there (当场把音响关了).
  '(?<!没有?|未|不能|没能|还没)(?:当场|现场|当即)(?![^\\s，,。；;]{0,12}?(?:答应|同意|承诺|表示|说|定|(?<!预)约|商量|讲好))(?:[^\\s，,。；;]|\\s(?=[^\\s，,。；;])){0,16}?(?:[好完会妥掉通上](?:名|号|卡|证)?|明白|清楚|过去|上去|回来|提交|预约|申请|登记|报名|办理|激活|绑定|开通|填|缴|交|给(?:他|她)们?|(?<=[搬挪移拉运清拆调分通撬推捅])[走开]|(?<=把[^\\s，,。；;]{1,6}?)关|(?<=[搬挪移拉运送](?:到|进|回)[^\\s，,。；;]{1,8})去)\\s?了' +
    // 俺过去劝开了, 我上前把他俩拉开了: the member went to the quarrel and ended it there; 我过去给调解完了, 俺去给
    // 说和了: the same, the talk between them held and done.
    '|(?<!没有?|未|不能|没能|还没)(?:我|俺|咱)们?(?:赶紧|马上)?(?:过去|上前|赶过去|去)(?:给|帮)?(?:把(?:他|她)(?:们|俩)?)?(?:劝开|劝好|拉开|说通|劝住|调解好|调解完|说和)了' +
    // 我领着他去信用社当场重置了密码, 我 当场 合上 了: the member, then what the member did there and 了; not looking or
    // asking there (我当场看了, 当场问了问), which solves nothing.
    '|(?<!没有?|未|不能|没能|还没)(?:我|俺|咱)们?[^，,。；;\\n]{0,10}?(?:当场|现场)\\s?(?:就\\s?)?(?!看|问|了解|查看|拍|记|核|发现|答应|同意|承诺|表示|说|定|约|商量|讲好|吵|打|骂)[^\\s，,。；;了]{2,4}?\\s?了' +
    // 我当场把材料清单发她微信了, 我带着物业当场给她重新录了卡, 我当场跟他找着车主给拆了: the member, then there a
    // clause done for the person (把 what, 给/帮 him or her, or 给 before the last verb) ending in 了 (or 了 and a short
    // object: 录了卡); never one that looks, asks, calls, reports or hands it on (给他打了电话, 把情况报给了街道), nor
    // what was promised there.
    `|(?<!没有?|未|不能|没能|还没)(?:我|俺|咱)们?(?:(?!没|未|不)[^，,。；;\\n]){0,10}?(?:当场|现场)\\s?(?:就\\s?)?(?![^\\s，,。；;]*?${NOT_DONE_THERE})[^\\s，,。；;]{0,8}?[把给帮替][^\\s，,。；;]{1,8}?了(?=[^\\s，,。；;了]{0,2}(?:$|[\\s，,。；;!！~～]))` +
    // 当场给她讲了流程, 当场跟他讲明白了: told to the person there, the question is answered; 当场都按了手印, 当场签了
    // 字: the parties agreed there, the quarrel is settled.
    '|(?<!没有?|未|不能|没能|还没)(?:当场|现场|当即)[^\\s，,。；;]{0,4}?(?:(?:给|跟|帮|为|向)(?:他|她)(?:们)?(?:讲|教|解释|演示)了|[^\\s，,。；;]{0,6}?(?:查|找|翻|指|调)(?:出来)?给(?:他|她)(?:们)?看了|(?:按|摁)了?手印|签了?(?:字|协议|调解书))' +
    // 当场换了新锁, 即场换咗个开关 (read 当场换了个开关): the part replaced or mended there, with its object after 了.
    '|(?<!没有?|未|不能|没能|还没)(?:当场|现场|当即)就?(?:帮|给|替)?(?:他|她)?(?:们)?(?:换|修|装|补|配|接|焊|疏通|通|清)了(?=[^\\s，,。；;]{0,4}(?:$|[\\s，,。；;！!]))' +
    // 当场打了界桩, 当场钉了木桩, 当场划了线: the line between two parties marked there, the quarrel's cause settled.
    '|(?<!没有?|未|不能|没能|还没)(?:当场|现场|当即)就?(?:打|钉|立|埋|划|画)了(?:个|根|块|条|几根)?(?:界桩|木桩|桩子?|界石|界碑|界线|分界线)' +
    // 已闭环 (office words for closed): the matter done and its loop closed.
    '|(?<!没有?|未|还没)已经?闭环' +
    // …开关跳了 给推上了 亮了: the thing working again, said as the message's last words after what the member did.
    '|(?<=[\\s，,。；;])(?:又|就|都|灯)?(?:亮|通|来电|来水|有水|能用)了[\\s。！!]*$' +
    // …喊楼栋长拿起子紧了一哈就亮了: the same glued to what was done, with 就 (done, then working).
    '|(?<=了[^\\s，,。；;]{0,3})就(?:亮|通|来电|来水|有水|能用)了[\\s。！!]*$',
);
export const SOLVED = new RegExp(
  `(?<!没有?|未|不能|没能|还没)(?:已经?|当场|现场|当即|当时)(?:当场|现场)?就?(?:帮|给)?(?:他|她|他们)?(?:手把手|耐心|上门)?${SOLVED_WORK}` +
    // 即刻搵咗师傅整好咗, 马上叫了电工修好了: at once, with someone called, and done (了), not 马上修好 (a promise).
    `|(?:即刻|立刻|立马|马上)就?(?:(?:找|叫|喊)了?[^\\s，,。；;]{1,3}?)?${SOLVED_WORK}了` +
    // …天花渗水 搞掂咗: done, said as the message's last words.
    `|(?<=^|[\\s，,。；;])${SOLVED_WORK}了[\\s。！!]*$` +
    // …没大事 已处理: handled, said as the message's last words.
    '|(?<=^|[\\s，,。；;])已经?处理(?:了|完毕)?[\\s。！!]*$' +
    // 我跟派出所一起调解好了, 俺和电工一块儿修好了: the member with whom they brought, the work done together (了).
    `|(?<!没有?|未|不能|没能|还没)(?:我|俺|咱)们?(?:已经)?(?:跟|和|同|带着?)[^\\s，,。；;]{1,8}?(?:一起|一块儿?|一道)(?:去|过去)?(?:${SOLVED_WORK}|(?:接|装|补|插|通|焊|绑|钉)好)了(?=$|[\\s，,。；;！!])` +
    `|${SOLVED_THERE.source}`,
);

/**
 * The state the matter was left in, said as a clause of its own at the end (…换了个灯泡 现在亮了, …跟她讲清楚了, 两家都没意见
 * 了, 完事儿, 提示认证成功, 她说中): what the member did there worked. Read on the last clause, after the member's asides
 * (hhh, emoji, a remark in brackets), so a state said inside the matter (灯不亮了, 修好了又坏了) is not it.
 */
const OUTCOME_CLAUSE = new RegExp(
  [
    '(?:现在|这下|已经|都|也|就|又)?(?:灯|水|电)?(?<!不|没)(?:亮|通|来电|来水|有水|能用|好|妥|行)了',
    `(?:已经?|都|也|就)?(?:(?:跟|给|帮|和|同)(?:他|她)(?:们)?)?${SOLVED_WORK}了?`,
    `[^\\s]{0,12}?(?:就|都|已经?)${SOLVED_WORK}了`,
    '完事儿?了?|搞掂了?|[\\u4e00-\\u9fa5]{0,4}?成功了?',
    '(?:两家|双方|俩家|他们|她们|俩人|两人|两个人|二人)?(?:也|都)?(?:当场)?(?:没(?:有)?意见了|说开了|和好了|握手言和了?)',
    // …两家都说行了, 两边都同意了: both parties agreeing, said last, after what the member did between them.
    '(?:两家|双方|俩家|两边|两方|他们|她们|俩人|两人|两个人|二人)(?:也|都)(?:说|讲)?(?:行|中|好|可以|同意|认可|接受|服气|满意)了',
    '(?:他|她)(?:们)?(?:说|讲)(?:中|行|好|可以|满意|明白了|懂了)(?:了)?',
    // …叶奶奶也满意了, 胡大姐也不气了: the one who came, satisfied, said last: what the member did there settled it.
    '(?:(?:他|她)(?:们)?|[\\u4e00-\\u9fa5]{1,3}?(?:奶奶|爷爷|大爷|大妈|大娘|大姐|大哥|阿姨|婶|伯|叔|姐|哥|姨|婆|公))?(?:也|都|就)?(?:满意了|不气了|消气了)',
    // The fault gone (不漏了, 不堵了, 不冒了) and the parties' agreement signed (已签字, 两家都签了字).
    '(?:现在|这下|已经|都|也|就)?不(?:漏|堵|响|冒|渗|滴|返水|跳闸)了',
    '(?:两家|双方|他们|她们)?(?:已经?|都|也)签了?字了?',
    // …晚上十点以后不唱了 当场答应的: the other party agreed there, said as the last clause with no work after it; the
    // agreement is what settled it (当场答应把车挪走, with the work still to do, is no such clause).
    '(?:(?:他|她)(?:们)?|两家|双方)?(?:也|都|就)?当场(?:就)?(?:答应|同意|讲好|说好|谈好)(?:了|的)了?',
    // The matter settled or the person well again (没事了, 都没事了), the person gone back to rest after the member
    // took them (已经回宿舍休息了), the thing moved by whom the member talked to (他自己搬走了).
    // 冇得事了, 莫得事了, 木事了 (湘, 川, 豫): the same in the dialects' words for 没.
    '(?:现在|这下|已经|都|也|就)?(?:没|冇|冒|莫|木)(?:得|有)?(?:啥|什么|大|么子|么)?事(?:儿)?了',
    // …我们调监控找到了 已经还给她了, 已经当面交还: the lost thing found and handed back, said as done.
    '(?:已经?|都|也|就)?(?:当面)?(?:还给|交还|退还|送还|归还)[^\\s]{0,6}?了|已经?(?:当面)?(?:还给|交还|退还|送还|归还)[^\\s]{0,6}|物归原主了?',
    // …工程部已经拧紧了, 医务室已经包扎好了: the fault mended by whom the member called, said as done (已); not
    // reported or sent for mending (已经报修了, 已送修).
    '[^\\s]{0,8}?已经?(?<!报|送|待)(?:拧|扎|绑|焊|钉|补|接|装|换|修|疏|扶|捆|固定|加固|包扎)(?:紧|牢|好|上|住|通|齐|稳)?了',
    // …调解好了 说定各摆各的: the parties' terms settled, said as the last clause.
    '(?:两家|双方|他们|她们)?(?:也|都)?(?:说定|讲定|谈妥|说妥|讲妥)(?:了)?[^\\s]{0,8}',
    // 认证已经通过了, 审核通过了: what the member did for the person went through.
    '(?:现在|这下|已经|都|也|就)?(?:审核|认证|审批)?(?:已经)?通过了',
    // 教会她在手机上办了: taught there, and the person did it.
    '(?:已经?|都|也|就)?教会(?:他|她)(?:们)?[^\\s，,。；;]{0,12}?(?:办|弄|交|报|填|申请|提交|认证|缴)(?:好|完)?了',
    '(?:(?:他|她)(?:们)?)?(?:已经?|都|也|就)?回(?:家|宿舍|去|屋)(?:休息|歇着?)?了',
    '(?:他|她)(?:们)?(?:自己)?(?:已经?|都|也|就|当场)?(?:搬|挪|清|拆|移|拉|运|收)(?:走|掉|开)了',
    // …下午已清运完毕, 杂物已清走: the thing complained of gone, said as done (已) in the last clause, after what the
    // member did; a request (垃圾清走) or a promise (明天清走) has no 已.
    '[\\u4e00-\\u9fa5]{0,4}?已经?(?:清运|清理|清|拉|运|搬|挪|拆)(?:走|掉|完毕|干净|完)了?',
  ]
    .map((said) => `(?:${said})`)
    .join('|'),
);
const OUTCOME_LAST = new RegExp(`^(?:${OUTCOME_CLAUSE.source})[。！!~～]*$`);
export function outcomeSaidLast(text: string): boolean {
  const clauses = clausesOf(text.replace(/[（(][^（）()]{0,20}[)）][\s。！!]*$/, ''));
  // Laughter and letters after it (嘿嘿, yyds) are the member's mood, not the matter's state.
  while (clauses.length && /^(?:[^\u4e00-\u9fa5]+|[嘿哈呵嘻耶]+)$/.test(clauses[clauses.length - 1]!.words)) clauses.pop();
  return clauses.length > 1 && OUTCOME_LAST.test(clauses[clauses.length - 1]!.words);
}

/** Mediation as the member's step (调解员, 组织两家调解, 约双方调解), not a word of the person's. */
// And a neighbour who came to the member about another party, whom the member then went to tell (隔壁何大妈来找我 我去跟
// 民宿老板娘讲好了): the member stood between the two, as a mediator does, whatever the noise or the smoke was.
export const MEDIATED =
  /调解员|调解委员会|调委会|(?:约|组织|安排)[^\s，,。；;]{0,8}?调解|(?:隔壁|邻居|对门|楼上|楼下)[^\s，,。；;]{1,10}?(?:来找|找)(?:我|俺)[^。；;]{0,30}?(?:我|俺)(?:去|过去)?(?:跟|和|同|找)[^\s，,。；;]{1,10}?(?:讲|说|协调|沟通)/;
