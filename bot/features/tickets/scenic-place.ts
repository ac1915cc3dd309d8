// Where the staff of a scenic area, a park or a forest farm meet their matters: a scenic area and the spot in it
// (金鞭溪景区, 黄龙洞景区3号游客中心, 袁家界景区2号观景台, 杨家界景区乌龙寨), a numbered facility of it said alone
// (2号游客中心, 天子山5号索道站, 索道下站), a park (贺龙公园, 森林公园), and a forest farm's station or tract
// (青岗管护站, 东沟营林区, 林区保护站). For a branch that works there each is what a 村 or a 网格 is for a village's
// members: where the person was met and where the matter is. They are read where no 村/社区 comes before them (see
// readWhoAndWhat): a village named first is where the person belongs (龙尾巴村1组田家 说景区那边施工…).

import { nameAt } from './name-shape';
import { KIN_NAME, ROLE_LEAD } from './people';
import { PLACE_LEAD } from './place-patterns';
import { UNIT_NUMBER } from './unit-number';

const N = UNIT_NUMBER;
/** A whole area: a scenic area, a park or a reserve, by its kind (景区, 风景区, 度假区, 森林公园, 保护区). */
const AREA_KIND = '(?:风景名胜区|风景区|景区|旅游区|度假区|景点|(?:国家)?(?:森林|湿地|地质|郊野|城市)?公园|自然保护区|保护区)';
/**
 * A facility of a scenic area, numbered or named (3号索道站, 索道下站, 游客中心, 观景台, 售票处, 检票口, 停车场, 观光车站),
 * and a forest farm's station or tract (管护站, 护林站, 营林区, 林区, 作业区): where the staff work.
 */
const FACILITY =
  '(?:索道(?:[上下中]站|站)|缆车(?:[上下中]站|站)|游客(?:服务)?中心|游客服务站|游客接待站|观景台|售票处|售票中心|检票口|观光车站|换乘站|停车场|山门|管护站|护林站|管护点|保护站|营林区|林区|林班|作业区)';
/** Words that end the run before a facility and are no name (门口停车场, 小区停车场: the estate's, 地下停车场). */
const NOT_FACILITY_NAME =
  /(?:门口|楼下|门前|路边|附近|旁边|对面|后面|前面|里面|小区|社区|村|医院|学校|超市|公司|厂|单位|地下|露天|临时|免费|收费)$/;

/** An area, then its facility or a named spot of it (3号游客中心, 水绕四门, 乌龙寨) closing the word. */
const AREA_THEN = new RegExp(
  `([\\u4e00-\\u9fa5]{2,7}?${AREA_KIND})(?:(\\s?)(${N}号)?([\\u4e00-\\u9fa5]{0,3}?${FACILITY})|(\\s?)(${N}号[\\u4e00-\\u9fa5]{1,4}?(?:台|站|亭|点|门|口|处|中心|广场|码头))|([\\u4e00-\\u9fa5]{2,4})(?=\\s|[，,。；;:：]|$))?`,
  'g',
);
/** A facility with its number and the area's or the peak's name before it, or a number alone (天子山3号索道站, 2号游客中心). */
const FACILITY_ALONE = new RegExp(`([\\u4e00-\\u9fa5]{0,7}?)(${N}号)?${FACILITY}`, 'g');

/** Where a place so read stands: the start of a run, after a pause or a bracket. */
const STANDS_AT = /(?:^|[\s，,。；;:：、(（】])$/;

/** The name before the kind, with the words that put a place taken off (反映黄龙洞, 今天在, 有人说): see PLACE_LEAD. */
function named(text: string, index: number, before: string): { skip: number; name: string } | undefined {
  const lead = PLACE_LEAD.exec(before)?.[0] ?? '';
  if (!lead && !STANDS_AT.test(text.slice(0, index))) return undefined;
  return { skip: lead.length, name: before.slice(lead.length) };
}

/**
 * The scenic area, park or forest station said in the message, where it stands as a place (see the file's head):
 * the first one whose name is a name (not 去景区, 小区停车场, 有人说公园). Its length covers what is cut from the matter.
 */
export function scenicPlace(text: string): { name: string; index: number; length: number } | undefined {
  const found: { name: string; index: number; length: number }[] = [];
  AREA_THEN.lastIndex = 0;
  for (let m = AREA_THEN.exec(text); m; m = AREA_THEN.exec(text)) {
    const area = m[1]!;
    const lead = named(text, m.index, area.replace(AREA_KIND_END, ''));
    AREA_THEN.lastIndex = m.index + 1;
    if (!lead || lead.name.length < 2 || NOT_FACILITY_NAME.test(lead.name)) continue;
    let tail = '';
    let gap = '';
    if (m[4] !== undefined) {
      const own = m[4].replace(FACILITY_END, '');
      if (!own || !NOT_FACILITY_NAME.test(own)) [gap, tail] = [m[2] ?? '', (m[3] ?? '') + m[4]];
    } else if (m[6] !== undefined) [gap, tail] = [m[5] ?? '', m[6]];
    // A named spot after the area only where it closes a word (杨家界景区乌龙寨 游客…, 金鞭溪景区水绕四门).
    else if (m[7] !== undefined && spotName(m[7], text.slice(m.index + m[0].length))) tail = m[7];
    const name = area.slice(lead.skip) + tail;
    found.push({ name, index: m.index + lead.skip, length: name.length + gap.length });
    AREA_THEN.lastIndex = m.index + m[0].length;
  }
  FACILITY_ALONE.lastIndex = 0;
  for (let m = FACILITY_ALONE.exec(text); m; m = FACILITY_ALONE.exec(text)) {
    FACILITY_ALONE.lastIndex = m.index + 1;
    const lead = named(text, m.index, m[1]!);
    if (!lead) continue;
    // Named (青岗管护站, 天子山游客中心) or numbered (2号游客中心); never bare (游客中心, 停车场) nor an estate's (小区停车场).
    if (lead.name.length < 2 && m[2] === undefined) continue;
    if (lead.name && NOT_FACILITY_NAME.test(lead.name)) continue;
    const index = m.index + lead.skip;
    // Inside an area's match already (金鞭溪景区停车场): that one is the place.
    if (found.some((f) => index >= f.index && index < f.index + f.length)) continue;
    const name = m[0].slice(lead.skip);
    found.push({ name, index, length: name.length });
    FACILITY_ALONE.lastIndex = m.index + m[0].length;
  }
  return found.sort((a, b) => a.index - b.index)[0];
}
const AREA_KIND_END = new RegExp(`${AREA_KIND}$`);
const FACILITY_END = new RegExp(`${FACILITY}$`);

/**
 * A spot's own name after its area: not the start of the matter (溪里有人, 游客意见) nor a person (游客王先生, 雷洞坪 read
 * as a name is a spot only when the person follows it: 峨眉山景区雷洞坪 游客孙女士说…).
 */
function spotName(said: string, after: string): boolean {
  if (/^(?:游客|导游|村民|居民|群众|有人|那边|这边|里面|门口|旁边|附近)/.test(said) || ROLE_LEAD.test(said)) return false;
  if (!/(?:寨|门|台|峰|洞|桥|亭|谷|峡|岩|瀑|泉|湖|溪|园|阁|楼|坪|垭|口|岭|湾)$/.test(said)) return false;
  if (!nameAt(said)) return true;
  const next = after.replace(/^\s+/, '');
  const lead = ROLE_LEAD.exec(next)?.[0] ?? '';
  const person = next.slice(lead.length);
  return lead !== '' && (nameAt(person) !== undefined || KIN_NAME.test(person));
}

/** What a place so read ends in, for the check of a place's shape (see unsurePlace in parse.ts). */
export const SCENIC_END = new RegExp(
  `(?:${AREA_KIND}|${FACILITY}|号[\\u4e00-\\u9fa5]{1,4}?(?:台|站|亭|点|门|口|处|中心))$|${AREA_KIND}[\\u4e00-\\u9fa5]{2,4}$`,
);
