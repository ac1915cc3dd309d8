// A message written as a form (反映人：…, 地点：…, 反映内容：…), and the phone number with whose it is.

import { cut, LOCAL_PHONE, LOCAL_PHONE_AFTER, PHONE } from './message-frame';
import { nameAt, standsAsName, unshapedName } from './name-shape';
import { transliterated } from './names';
import type { TicketDraft } from './parse';
import { FULL_THEN_KIN, HOUSE_OF_AH, KIN_NAME, NEIGHBOUR, POST_ROLE_LEAD, ROLE, SURNAMES } from './people';
import { findPlace, isUnitAlone } from './place-reading';
import { describedName } from './raiser';
import { readWho } from './who-reply';

/** A form's one-character labels, each a word of its own before its value: 人 (who), 地 (where), 事 (what), 类 (kind). */
const SHORT_LABEL = /(?<=^|\s)([人地事类])\s(?=[^\s人地事类])/g;
const SHORT_LABEL_AS: Record<string, string> = { 人: '反映人：', 地: '地点：', 事: '问题：', 类: '类别：' };
/**
 * 人 刘福生 / 地 罗坊村4组 / 事 自来水管冻裂了 / 类 基础设施: a form of one-character labels on lines of their own (the lines
 * joined by a gap), read as the full labels; only when 人, 地 and 事 all stand so, since one alone may be a word of the
 * matter.
 */
function shortLabelsRead(text: string): string {
  const labels = new Set([...text.matchAll(SHORT_LABEL)].map((m) => m[1]!));
  if (!(labels.has('人') && labels.has('地') && labels.has('事'))) return text;
  return text.replace(SHORT_LABEL, (_, label: string) => SHORT_LABEL_AS[label]!);
}

/**
 * A message written as a form (反映人：张桂芳 地点：红旗村 反映内容：…): a labelled person or place is taken as
 * written, the content label is dropped, and whoever reports for someone else (网格员李娟 报 居民陈大妈…) is not
 * the one who raised it.
 */
export function readLabels(text: string, draft: TicketDraft): string {
  text = shortLabelsRead(text);
  // Who recorded it (走访人：沈佳怡, 记录人 李娟) is the member typing, not the person who raised it: dropped.
  let rest = text.replace(
    new RegExp(
      `(?:走访人|记录人|登记人|填报人|录入人|走访干部)\\s*[:：]?\\s*(?:(?:老|小)?[${SURNAMES}][\\u4e00-\\u9fa5]{1,2}(?=$|[\\s，,。；;]))?`,
      'g',
    ),
    ' ',
  );
  // A label and its value, after a colon, or after a gap or glued for the labels that cannot be anything else
  // (反映人 李秀英, 反映人冯阿姨).
  // Glued only at the start of a phrase: in 让物业联系人冯刚盯到 the 联系人 is a post.
  const labelled = (labels: string, gap = false) =>
    new RegExp(
      `(?:${labels})\\s*${gap ? '(?:[:：]|\\s)' : '[:：]'}\\s*([^\\s，,。；;:：]{1,20})${gap ? `|(?<=^|[\\s，,。；;])(?:${labels})([^\\s，,。；;:：]{1,20})` : ''}`,
    ).exec(rest);
  const person =
    labelled('反映人|提出人|来访人|来电人|来信人|诉求人|求助人|投诉人|咨询人|当事人|联系人|报事人|群众姓名|姓名|走访对象', true) ??
    labelled('(?<=^|[\\s，,。；;])(?:对象|群众|居民|村民|住户|业主|人|谁|哪个)');
  if (person) {
    // 反映人是赵铁柱: the 是 between the label and the name is neither.
    // 反映人：高三(7)班学生家长顾红梅: the pupil's class before the parent says whose parent, not the name.
    let { name, place } = readWho((person[1] ?? person[2])!.replace(/^(?:是|为)(?=.{2})/, '').replace(SCHOOL_CLASS, ''));
    let length = person[0].length;
    // A form's 对象：碧江苑 严老师 — the place first, then the name after a gap.
    if (!name && place) {
      const next = /^\s+(\S{1,8})/.exec(rest.slice(person.index + length));
      const after = next ? nameAt(next[1]!) : undefined;
      if (after) {
        name = after;
        length += next![0].indexOf(after) + after.length;
      }
    }
    // 姓名：隔壁孙阿姨, 姓名：在外打工回来的石永红: what the person is, written before the name in the field, is not the name.
    const described = name ? DESCRIBED_NAME.exec(name) : null;
    if (described && (nameAt(described[1]!) === described[1] || standsAsName(described[1]!))) name = described[1]!;
    // 反映人8幢楼长许阿姨: the building and the post before the name say who the person is, not their name.
    const posted = name && !described ? POST_ROLE_LEAD.exec(name)?.[0] : undefined;
    // Only a building or a post (8幢楼长, 居民代表): 吴家阿哥 is the household's name for him, kept whole.
    if (posted && /(?:\d|号楼|单元|层|栋|幢|室|长|代表)$/.test(posted) && nameAt(name!.slice(posted.length)) === name!.slice(posted.length))
      name = name!.slice(posted.length);
    // 姓名：独居长者韦福生, 姓名：街坊刘婶: a description in words of no list before the name (see describedName).
    const shown = name && !described ? describedName(name) : undefined;
    if (shown && shown.length === name!.length) name = shown.name;
    // 反映人是李家老三李国庆: the household and the birth order before the full name say whose son, not the name.
    const house = name ? new RegExp(`^${HOUSE_OF_AH}`).exec(name) : null;
    // Only before a full name: 吴家阿哥 is the household's name for him, kept whole.
    const afterHouse = house ? name!.slice(house[0].length) : '';
    if (house && new RegExp(`^[${SURNAMES}]`).test(afterHouse) && nameAt(afterHouse) === afterHouse) name = afterHouse;
    // 姓名：锁有财阿舅, 姓名：王桂兰大姐: a kin word after a full name is how the member calls them, as in free text.
    const fullThenKin = name ? FULL_THEN_KIN.exec(name) : null;
    if (fullThenKin) name = fullThenKin[1]!;
    if (name) draft.raiser = name;
    // 反映人8幢楼长许阿姨 with 石湖东社区8幢 said elsewhere: a unit alone in the person's field gives way to the fuller
    // place the message names (the search reads it); alone in the message, it is the place.
    const fuller = place !== undefined && isUnitAlone(place) && findPlace(cut(rest, person.index, length)) !== undefined;
    if (place && !fuller) draft.place = place;
    rest = cut(rest, person.index, length);
  }
  const place = labelled(
    '地点|地址|住址|家庭住址|居住地|(?:所在|所属)(?:村居|村|社区|小区|网格|村组)|村居|村组|村\\(社区\\)|村/社区|(?<=^|[\\s，,。；;])(?:网格|村|社区|小区|哪里|在哪|哪儿|哪)',
  );
  if (place) {
    // 地点：红星村反映：… typed run on: the next label is not part of the place.
    draft.place = place[1]!.replace(/(?:反映|问题|诉求|内容|情况|电话|手机|联系|姓名|负责|责任|时限|期限)+$/, '') || place[1]!;
    rest = cut(rest, place.index, place[0].length);
  }
  return (
    rest
      .replace(
        /(?:反映内容|诉求内容|具体问题|问题描述|反映问题|问题|内容|情况|事项|事由|诉求|(?<=^|\s)(?:啥事|什么事|事情|事))\s*[:：]/g,
        ' ',
      )
      .replace(/(?<=^|\s)(?:反映内容|诉求内容|具体问题|问题描述|反映问题|问题|事由|诉求)(?=\s)/g, ' ')
      // A form typed line by line with its lines numbered and a gap after each label (1 提出人 程冬生 2 地点 … 3 事情 …):
      // the numbers counting up and the labels of the place and the matter are the form's, not the matter.
      .replace(/(?<=^|\s)(?:事情|地点|地址|住址)(?=\s)/g, (label, _at: number, all: string) => (formNumbered(all) ? ' ' : label))
      .replace(/(?<=^|\s)[1-9](?=\s|$)/g, (n, _at: number, all: string) => (formNumbered(all) ? ' ' : n))
      .replace(
        new RegExp(`(?:${STAFF})\\s*(?:(?:老|小)?[${SURNAMES}][\\u4e00-\\u9fa5]{1,2}?)?\\s*(?:上报|报告|报|走访发现|发现|反映)`, 'g'),
        ' ',
      )
  );
}

/** Line numbers 1, 2, 3 standing alone in order (the lines of a numbered form, once the lines are joined). */
function formNumbered(text: string): boolean {
  const numbers = [...text.matchAll(/(?<=^|\s)([1-9])(?=\s)/g)].map((m) => Number(m[1]));
  return numbers.length >= 3 && numbers.slice(0, 3).every((n, i) => n === numbers[0]! + i);
}

/** A pupil's grade and class (高三(7)班, 初二3班, 五年级2班的): see readLabels. */
const SCHOOL_CLASS = /^(?:[高初][一二三]|[一二三四五六]年级)?[(（]?[\d一二三四五六七八九十]{1,2}[)）]?班的?(?=[\u4e00-\u9fa5]{2})/;

/**
 * Labels in brackets, as work-group templates write them (【反映人】张三 【地点】…, 【联系电话】139…): a label and a
 * colon, so the rules for `label：value` read them.
 */
export function bracketLabels(text: string): string {
  return text.replace(
    /[【[]\s*((?:反映|提出|来访|来电|诉求|求助|投诉|联系|当事|报事|跟进|包抓|包联)人|走访对象|对象|姓名|地点|地址|住址|所在村|所在社区|网格|反映内容|诉求内容|具体问题|问题描述|反映问题|问题|内容|情况|事项|事由|诉求|责任人|负责人|承办人|经办人|处理人|办理人|跟进|包抓|时限|期限|办结时限|办理时限|承诺时限|联系电话|电话|手机|类别|分类)\s*[】\]]\s*[:：]?/g,
    ' $1：',
  );
}

/** A description before a name in a form's field (隔壁孙阿姨, 78岁的周桂芬, 开小卖部的石永红): see readLabels. */
const DESCRIBED_NAME = /^(?:[^的]{1,10}的|(?:隔壁|邻居|对门|邻家)|(?:\d{1,3}|[一二三四五六七八九十]{1,3})多?岁)(.{2,12})$/;

/** People who report for others: their name is not the raiser's. */
const STAFF = '网格员|网格长|楼栋长|楼长|信息员|村干部|社区干部|驻村干部|志愿者';

/** The mobile number in a text (spaces and dashes dropped) and the text without it (nor its 电话是). */
export function readPhone(text: string): { number: string; rest: string; owner?: string } | undefined {
  const phone = PHONE.exec(text) ?? LOCAL_PHONE.exec(text) ?? LOCAL_PHONE_AFTER.exec(text);
  if (!phone) return undefined;
  // A landline keeps its area code apart (0851-12345678); a mobile is eleven digits.
  const digits = phone[1]!.replace(/[\s()，,-]/g, '');
  const number = digits.startsWith('0') ? digits.replace(/^(0(?:10|2\d|\d{3}))(\d{7,8})$/, '$1-$2') : digits;
  // A number in brackets (刘建国（136…）说, 屈老汉(电话:189…)) goes with its brackets, so the name and what follows
  // it meet again.
  let at = phone.index;
  let length = phone[0].length;
  const open = /[(（]\s*$/.exec(text.slice(0, at));
  const close = /^\s*[)）]/.exec(text.slice(at + length));
  if (open && close) {
    at = open.index;
    length += open[0].length + close[0].length;
  }
  const owner = phoneOwner(text.slice(0, at));
  return { number, rest: cut(text, at, length).trim(), ...(owner ? { owner } : {}) };
}

export const ANONYMOUS_SAID =
  /(?:有)?(?:一位|一个|位)?匿名(?:群众|居民|村民|人士)?|不愿(?:意)?(?:透露|留)(?:姓名|名字)的?(?:群众|居民|村民)?/;
const ROLE_END = new RegExp(`(?:${ROLE}|${NEIGHBOUR})的?$`);

/**
 * The person a number was written right after (邻家屈老汉(电话:…), 刘建国 136…): whose number it is, and so who raised
 * it when nothing else says so. Not someone the member was told to call (联系王主任 138…).
 */
function phoneOwner(before: string): string | undefined {
  // 古力巴哈尔 ，电话 180…: a name then a pause before the number's label is whose number it is, when it reads as a name.
  const paused = /(?:^|[\s，,。；;:：、])([^\s，,。；;:：、]+)\s*[，,]\s*$/.exec(before);
  if (paused && (nameAt(paused[1]!) === paused[1] || unshapedName(paused[1]!))) return paused[1];
  const chunk = /[^\s，,。；;:：、]*$/.exec(before.trimEnd())![0];
  if (!chunk || /联系|找|打|问|拨|咨询|转|交|让|请|由/.test(chunk)) return undefined;
  // 格日勒图 电话158…: a name of transliterating characters only, as a word of its own before the number.
  if (transliterated(chunk) && chunk.length >= 3 && unshapedName(chunk)) return chunk;
  for (let i = 0; i < chunk.length - 1; i++) {
    const tail = chunk.slice(i);
    if (nameAt(tail) === tail && (KIN_NAME.test(tail) || i === 0 || ROLE_END.test(chunk.slice(0, i)))) return tail;
  }
  return undefined;
}
