// The units of a works, a campus or a depot where its people work and live, named as a village names its 组 and its
// buildings: a workshop's numbered section or line (2工段, 冲压车间3工段, 3号线), a lettered or numbered plant area
// (B厂区, 二厂区), a road of the park (园区青阳路), a dormitory by its building (职工宿舍3栋, 宿舍6栋, 5栋宿舍), a
// numbered store or canteen (2号仓库, 三号食堂), a transit company's fleet or depot (第三车队, 2号停车场), a school's
// campus or teaching building (东校区, 3号教学楼), or both (南校区3号教学楼: which building of which campus). For a
// works' branch each is what a 组 or a 楼 is in a 社区: the place of the 工单 (see PLACE_SEARCH in place-patterns.ts,
// WORKPLACE in place-reading.ts).

import { UNIT_NUMBER } from './unit-number';

const N = UNIT_NUMBER;
/**
 * Where a unit stands as a word of its own: the message's start, a gap or a pause, a bracket, or after the words that
 * put a place (在, 住, 到, 是, 的, 走访). Not glued after other words (坐3号线, 地铁2号线: a metro's line, the way).
 */
const AT_WORD = '(?<=^|\\n|[\\s，,。；;:：、(（】]|工单|在|住|到|去|是|的|走访|走访了)';
/** A dormitory named by its building, either way round (职工宿舍3栋, 宿舍6栋, 5栋宿舍, 3号楼宿舍). */
const DORMITORY = `(?:(?:职工|员工|单身|女工|男工|工人)?宿舍楼?${N}(?:号楼|栋|幢|座)(?![道梯顶])|${N}(?:号楼|栋|幢|座)(?:职工|员工|单身)?宿舍(?:楼(?![道梯顶上下前后里内门口]))?)`;
/** A workshop's numbered section or line, with its workshop before it or not (3工段, 冲压车间2工段, 6号线, 二号产线). */
const SECTION = `(?:[\\u4e00-\\u9fa5]{2,4}?车间)?(?:第?${N}工段|${N}号(?:生产|流水|装配|包装|产)?线(?![路缆圈头索程条性上下]))`;
/** A plant area by a letter or a number (B厂区, 二厂区, 3号厂区), and a road of the park or the plant (园区青阳路; not 园区南门路灯, the gate and its streetlight). */
const AREA = `(?:[A-Za-z]|第?${N}号?)厂区|(?:园区|厂区|工业园区?|开发区)[\\u4e00-\\u9fa5]{2,3}?(?:路|大道)(?![口边上旁面灯况基牌障])`;
/** A numbered store or canteen (2号仓库, 三号食堂), a fleet, a depot, a campus, a teaching building. */
const OTHER = `${N}号(?:仓库|库房)|(?:[\\u4e00-\\u9fa5]{2,4}?)?第?${N}号?车队(?![长员])|${N}号停车场|(?![这那哪本该各每全整])[\\u4e00-\\u9fa5]{1,3}?(?<!学)校区(?!域)(?:${N}号教学楼|[东西南北中]教学楼)?|(?:${N}号|[东西南北中]|第${N})教学楼`;

/** A unit of a works, a campus or a depot as a word of its own (see the file's head). */
export const WORK_UNIT = `${AT_WORD}(?:${DORMITORY}|${SECTION}|${AREA}|${OTHER})`;
/** The whole of a unit as read (for WORKPLACE and the check of a place's shape). */
export const WORK_UNIT_WHOLE = new RegExp(`^(?:${DORMITORY}|${SECTION}|${AREA}|${OTHER})$`);
