// Where a bus company's branch meets its matters: a stop or a station (石桥铺站, 观音桥站) and a route (346路, 2路公交).
// For the drivers and the station staff these are what a 村 or a 网格 is for a village's members: where the person was
// met and where the matter is, said as written. They are read last (see readWhoAndWhat): a 村, a 社区 or an estate named
// anywhere in the message is where the person belongs (118路乘客…他住的天星桥社区), and a station is only where they
// were met.

import { nameAt } from './name-shape';
import { ROLE_LEAD } from './people';

/**
 * The names of the bodies and facilities that end in 站 and are no stop: an office or a service (水利站, 卫生服务站,
 * 农技站, 交管站, 劳动保障站), a facility (加油站, 垃圾站, 变电站, 收购站, 泵站, 提灌站), one of a village or a works
 * (村里提灌站, 厂里的站), a stop not named (公交站, 车站, 下一站, 终点站), or a side of something (门口站, 路边站:
 * standing there). A body that promises (水利站说…) is a holder's, never a place.
 */
const NOT_STOP_NAME =
  /(?:卫生|服务|工作|水利|水务|水文|水保|农技|农机|农经|经管|林业|林检|畜牧|兽医|兽防|动监|植保|土肥|种子|草原|文化|计生|交管|医保|社保|保障|环卫|收购|垃圾|中转|转运|加油|加气|充电|换电|检查|检测|监测|观测|气象|防疫|救助|执法|警务|治安|供电|变电|供水|污水|消防|急救|救护|养护|收费|管理|推广|保护|试验|实验|联络|邮政|快递|回收|营业|便民|志愿|作业|维修|指挥|调度|配送|中心|门岗|灌|抽水|扬水|公交|车|地铁|火车|汽车|高铁|客运|粮|血|电|泵|水|驿|网|基|分|总|[边口面头里旁前后上下外内中间处角])$|^(?:[这那哪本该每各某]|[上下前后头末首]一|终点|起点|首末|枢纽|始发|换乘|村|社区|小区|镇|乡|厂|学校|单位|公司|我们|他们|咱们)/;

/**
 * A stop as a word of its own (石桥铺站, 解放碑站): two to five characters of its name, then 站, at the start of a run or
 * after the words that put a place (在, 到, 是); not glued after other words (一站, 车站), not a part of the stop (站台,
 * 站牌: a stop glued to them is left to the matter, where it stops being unsure), not 站 the verb (在门口站着, 站起来:
 * and a name ending in a side, 门口 or 路边, is no stop's, see NOT_STOP_NAME) nor a post (站长).
 */
const STOP = /(?<=^|[\s，,。；;:：、(（】]|工单|在|到|去|是)([\u4e00-\u9fa5]{2,5}?站)(?![台牌点长岗队所着了过起住稳好立])/g;
/** What may follow a stop so read: a gap or a pause, a pointer (那个, 这边), 的, or who was there (候车的陈秀芬). */
const AFTER_STOP = /^(?:$|[\s，,。；;:：、)）]|那个|这个|那边|这边|那里|这里|的)/;

/**
 * A bus route (346路, 2路公交), as a word of its own or after 我们, 在, 是: the numbered route and 公交 if written; 车 and
 * 车上 (346路车上) are the bus of the route, no part of the place. Not a road's number (3路口) nor a count of ways.
 */
const ROUTE = /(?<=^|[\s，,。；;:：、(（】]|工单|在|是|我们|咱们|我们的)(\d{1,4}路(?:公交)?)(?:车|线)?(?:上)?(?![口段边灯面况费人由])/;

/**
 * Where a stop is said: after 在, 到, 去, then getting on or off, waiting or falling ill there (在小龙坎站扶她下的车,
 * 在七星岗站候车), it is where the matter happened; not where someone works (在深圳北站上班: no stop of the branch).
 */
const PUT_BEFORE = /(?:在|到|去)$/;
const PUT_AFTER = /^(?:[上下](?:的)?车|扶|等车|候车|摔|晕|倒|进站|出站|附近|旁边|门口)/;

/** A stop or a route read as the place (see the file's head), where no other place is named. */
export function transitPlace(text: string): { name: string; index: number; length: number } | undefined {
  STOP.lastIndex = 0;
  for (let found = STOP.exec(text); found; found = STOP.exec(text)) {
    // 在小龙坎站: a run that takes in the 在 before the name is tried again from the next character.
    STOP.lastIndex = found.index + 1;
    const name = found[1]!;
    if (NOT_STOP_NAME.test(name.slice(0, -1))) continue;
    const after = text.slice(found.index + name.length);
    const lead = ROLE_LEAD.exec(after)?.[0] ?? '';
    const inside = PUT_BEFORE.test(text.slice(0, found.index));
    const put = inside && PUT_AFTER.test(after);
    // Said first, before who or a gap (石桥铺站 候车的陈秀芬), it opens the message as a 村 does and goes; said inside the
    // matter (在小龙坎站扶她下的车, 杨家坪站那个盲道), it is kept there too: the sentence needs it.
    if (put || AFTER_STOP.test(after) || nameAt(after.slice(lead.length)))
      return { name, index: found.index, length: inside || /^(?:那|这)/.test(after) ? 0 : name.length };
  }
  const route = ROUTE.exec(text);
  if (!route) return undefined;
  // 346路车上 王婆婆: opening a run, the route goes with its bus; 我们2路公交的驾驶员 keeps it in the sentence.
  const opens = /(?:^|[\s，,。；;:：、(（】]|工单)$/.test(text.slice(0, route.index));
  return { name: route[1]!, index: route.index, length: opens ? route[0].length : 0 };
}

/** What a stop or a route so read ends in, for the check of a place's shape (see unsurePlace in parse.ts). */
export const isTransitPlace = (place: string): boolean =>
  (/^[\u4e00-\u9fa5]{2,5}站$/.test(place) && !NOT_STOP_NAME.test(place.slice(0, -1))) || /^\d{1,4}路(?:公交)?$/.test(place);
