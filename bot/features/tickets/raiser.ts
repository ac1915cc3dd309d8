// Who raised it (反映人): the person named before the verb of saying, in a form's slot, or as the one who came to the
// member (findRaiser, nameInSlot, attribution).

import { wordTags } from '../../../knowledge';
import { cameToOffice } from './came-to-office';
import { fullNameGluedToMatter } from './glued-name';
import { HOUSEHOLD_OF, NOT_GIVEN, nameAt, ROLE_ONLY, standsAsName, unshapedAt, unshapedName } from './name-shape';
import { transliterated } from './names';
import {
  DOTTED_THEN_KIN,
  FULL_NAME,
  GROUP_FIRST,
  HOUSE_OF_AH,
  HOUSE_PAIR,
  KIN,
  KIN_AFTER,
  KIN_NAME,
  KIN_ONLY,
  KIN_THEN_NAME,
  KIN_THROUGH,
  NEIGHBOUR,
  NOT_NAME_START,
  POST_ROLE_LEAD,
  ROLE,
  ROLE_LEAD,
  SAYS,
  SURNAMES,
  TIBETAN_NAME,
  VISIT_TIME,
} from './people';
import { wrongedHousehold } from './wronged-household';

/**
 * A post held by one person in the village or community, said instead of a name (老支书, 老村长, 村医, 村里的赤脚医生):
 * the member knows whom to call back, so it is who raised it. The 的 left after the place it is of (北岙村的村医) goes with it. A description many share (退休教师, 一位群众, 几户村民,
 * 群众) names no one: the dialogue asks, as the tests decide for 一位居民说….
 */
const SOLE_TITLE =
  /^\s*((?:村里|社区|村上|俺村|我们村)的?\s?|的)?(老支书|老书记|老村长|老队长|老主任|老会计|老组长|村医|赤脚医生|乡村医生|村卫生室医生|村小校长)(?=\s?(?:也|就|又)?(?:来电|来访|来|打电话)?(?:反映|反应|说|讲|称|提出|找|问|想|要|希望|求助|咨询)|[\s，,]|$)/;

/** A child said before the name (留守娃, 留守儿童, 学生, 孙子): see raisedLater. */
const CHILD_LEAD = /(?:留守(?:儿童|娃儿|娃子|娃|孩子?)|孩子|小孩|娃娃?|学生|孙子|孙女|外孙女?)的?\s?$/;
/** The guardian's full name, then what says they brought it (急死了, 来找我, 担心): not 他爸爸刘建国在外打工. */
const GUARDIAN_CONCERNED = new RegExp(
  `^([${SURNAMES}][\\u4e00-\\u9fa5]{1,2}?)(?=\\s?(?:都|也|就|很|可|又|天天)?(?:急|着急|担心|操心|发愁|愁|来找|找我|找俺|找到我|说|讲|反映|问|求))`,
);
/** The child's guardian by kin word, before the guardian's name (他爷爷程金水, 她妈妈 李秀英). */
const GUARDIAN_NAMED =
  /(?<=^|[\s，,。；;])(?:他|她)(?:的|家)?(?:爷爷|奶奶|外公|外婆|姥姥|姥爷|爸爸|妈妈|父亲|母亲|爸|妈|爹|娘|监护人)\s?(?=\S)/;

/**
 * 冯老四要在自家宅基地上盖房 后邻冯春生反映说他占了出路: the name read first, in the place's slot, does something in the
 * matter and says nothing; a neighbour named later with 反映 (or 投诉, 举报) is who raised it. Only with the first
 * person's own clause free of any saying, so 王大爷反映…他儿子王强也反映… keeps the first.
 */
function raisedLater(
  text: string,
  first: { name: string; index: number; length: number },
): { name: string; index: number; length: number } | undefined {
  const end = first.index + first.length;
  const own = /^[^，,。；;\s]*/.exec(text.slice(end))![0];
  if (/反映|反应|说|讲|问|投诉|举报|称|求助|咨询|提出|找/.test(text.slice(first.index, end) + own)) return undefined;
  // 留守娃程子涵老是逃学 他爷爷程金水急死了: a child named first (a left-behind child, a pupil), then the one who keeps
  // the child, by kin word and name: the guardian raised it, the child is whom it is about.
  if (CHILD_LEAD.test(text.slice(first.index, end - first.name.length))) {
    const guardian = GUARDIAN_NAMED.exec(text.slice(end));
    const name = guardian ? GUARDIAN_CONCERNED.exec(text.slice(end + guardian.index + guardian[0].length))?.[1] : undefined;
    if (guardian && name && name !== first.name) {
      // 他妈妈张秀英来找我: coming to the member or saying it goes out with who (急死了 stays, the matter's weight).
      const at = end + guardian.index + guardian[0].length;
      const came = /^\s?(?:也|就|又)?(?:来找(?:我|俺)们?|找(?:我|俺)们?|(?:来)?(?:说|讲|反映)的?)/.exec(text.slice(at + name.length))?.[0];
      return came
        ? { name, index: end + guardian.index, length: guardian[0].length + name.length + came.length }
        : { name, index: at, length: name.length };
    }
  }
  for (const verb of text.slice(end).matchAll(/(?:反映|反应|投诉|举报)/g)) {
    const at = end + verb.index;
    const chunk = /[^\s，,。；;]{2,10}$/.exec(text.slice(end, at))?.[0];
    if (!chunk) continue;
    const lead = new RegExp(`^(?:(?:${NEIGHBOUR}|后邻|前邻|${SPOT_OF_HOUSE})的?)`).exec(chunk)?.[0] ?? '';
    const name = nameAt(chunk.slice(lead.length));
    if (lead && name && name.length === chunk.length - lead.length && name !== first.name)
      return { name, index: at - chunk.length, length: chunk.length };
  }
  return undefined;
}

/** The person who raised it: 叫刘桂兰, the name just after the place, or the name just before 反映/说. */
export function findRaiser(text: string, afterPlace: number): { name: string; index: number; length: number } | undefined {
  // 反映的是4楼老吴, 提出人是王姐: the person is named after the verb.
  // 几户家长（牵头的是陈冬梅）, 十几户反映…代表是杨志高: households raising it together, through the one who leads them.
  // 带头来说的是汪德明, 过来讲的是她儿子: the one who came to say it, named the same way.
  const named =
    /(?:(?:反映|反应|提出|来访|来电|求助|牵头|带头|领头|代表)(?:人|的)?|(?:来|过来|跑来)(?:说|讲|反映|反应)的(?:人)?)(?:是|为)\s*/.exec(
      text,
    );
  if (named) {
    const at = named.index + named[0].length;
    const lead = POST_ROLE_LEAD.exec(text.slice(at))?.[0] ?? '';
    const name = nameAt(text.slice(at + lead.length));
    if (name) return { name, index: named.index, length: named[0].length + lead.length + name.length };
  }
  // 王婆婆家水管爆了 是邻居李叔来说的: the one who came to say it is named after 是, whoever else the matter names.
  const cameToSay = new RegExp(`是\\s?(?:(?:${NEIGHBOUR}|${SPOT_OF_HOUSE})的?)?(?=\\S)`, 'g');
  for (const said of text.matchAll(cameToSay)) {
    let at = said.index + said[0].length;
    let name = nameAt(text.slice(at));
    // 是李老三媳妇刘玉梅来说的: the one named after the kin word came to say it; the first is whose kin.
    // The kin word may be read into the first name (李老三媳 | 妇刘玉梅): the name is cut where the kin word starts.
    const kinAt = /(?:的|家的?)?(?:儿子|女儿|闺女|儿媳妇?|女婿|孙子|孙女|外孙女?|老伴|媳妇|丈夫|爱人|侄子|侄女)/.exec(
      text.slice(at, at + 10),
    );
    const whose = kinAt ? text.slice(at, at + kinAt.index) : '';
    const through = whose && nameAt(whose) === whose ? KIN_THEN_NAME.exec(text.slice(at + whose.length)) : null;
    const kinNamed = through ? nameAt(text.slice(at + whose.length + through[0].length)) : undefined;
    if (through && kinNamed) {
      at += whose.length + through[0].length;
      name = kinNamed;
    }
    // 是罗国强来村部讲的: where the person came to say it (村部, 社区) goes with the coming.
    const verb = name
      ? /^\s?(?:(?:过来|来|去)(?:村部|村委会?|居委会?|社区|办公室|网格|党群服务中心)?)?(?:跟我们?|跟俺|对我们?)?(?:说|讲|反映|反应)的/.exec(
          text.slice(at + name.length),
        )
      : null;
    if (name && verb) return { name, index: said.index, length: at - said.index + name.length + verb[0].length };
  }
  // 有个叫刘桂兰的, 居民叫徐丽: a name given after 叫, glued to it (狗天天叫 李四… is barking).
  // Not 叫 as telling someone to act (当场叫老白头儿子把煤挪走, 我叫电工来修): the member's step, not a name given.
  const called = /(?<!当场|现场|马上|立马|赶紧|我|俺|咱|就|去|又|再)叫(?=\S)/.exec(text);
  if (called) {
    const at = called.index + called[0].length;
    const name = nameAt(text.slice(at));
    // 有个叫阿里的 说…: the words that bring the name in (有个叫, 有位叫) and the 的 closing it go with it, not the matter.
    const brought = /有(?:一)?(?:个|位)(?:人)?$/.exec(text.slice(0, called.index))?.[0] ?? '';
    const closed = name && brought ? (/^的(?=$|[\s，,。；;]|说|讲|反映)/.exec(text.slice(at + name.length))?.[0] ?? '') : '';
    if (name && brought) return { name, index: called.index - brought.length, length: brought.length + 1 + name.length + closed.length };
    if (name) return { name, index: at, length: name.length };
  }
  // 今天在院坝头碰到王秀兰，她说…: the one the member met, named right after meeting them, then a pause or 她/他.
  // 去看望八十五岁的老党员邓明德，: one the member visited, described (…的) and named, is met the same way.
  const met = /(?:碰到|遇到|碰见|遇见|见到|(?:看望|探望|慰问)(?:了|一下)?(?:[^，,。；;\s]{1,8}的)?)(?=\S)/.exec(text);
  if (met) {
    const at = met.index + met[0].length;
    const lead = POST_ROLE_LEAD.exec(text.slice(at))?.[0] ?? '';
    const name = nameAt(text.slice(at + lead.length));
    if (name && /^\s?(?:[，,]|他|她)/.test(text.slice(at + lead.length + name.length)))
      return { name, index: at, length: lead.length + name.length };
  }
  const tryAt = (from: number) => {
    // A kin name standing first is the person, though it may read as a household too (梁婆户口本…: not 梁婆户).
    // 退休 党员 王秀兰, 困难 老党员 周永福: a description typed word by word before the role goes with it.
    const described = DESCRIBED_ROLE.exec(text.slice(from))?.[0] ?? '';
    const roleLead = () => described + (ROLE_LEAD.exec(text.slice(from + described.length))?.[0] ?? '');
    // 老奶奶张桂英: an elder called so by anyone, then her full name: the name is who, as after 村民 (KIN_NAME reads 老奶奶
    // as 小磊奶奶 is read, a child's grandmother).
    const elderThenName = ELDER_THEN_NAME.test(text.slice(from));
    let lead = KIN_NAME.test(text.slice(from)) && !elderThenName ? '' : roleLead();
    let name = nameAt(text.slice(from + lead.length));
    if (!name) {
      lead = POST_ROLE_LEAD.exec(text.slice(from))?.[0] ?? '';
      name = nameAt(text.slice(from + lead.length));
    }
    // 五保户老人马桂英腿疼, 退休职工郭玉琴不会…: after a role, a full name run on into the matter with no pause.
    if (!name) {
      const roled = roleLead();
      // 陈淑珍低保年审没通过 right after the place, with no role: the name as jieba reads a person's (glued-name.ts).
      const afterRole = ROLE_SAID.test(roled);
      const gap = /^\s*/.exec(text.slice(from))![0];
      const glued = afterRole
        ? gluedFullName(text.slice(from + roled.length))
        : afterPlace >= 0 && from === afterPlace && roled.trim() === ''
          ? fullNameGluedToMatter(text.slice(from + gap.length))
          : undefined;
      if (glued) {
        lead = afterRole ? roled : gap;
        name = glued;
      }
    }
    // A name with no Han surname's shape (居民 买买提·吐尔逊 反映, 帕提古丽 家 孩子…) standing where the person stands.
    let gapKin = 0;
    if (!name) {
      lead = roleLead();
      let slot = nameInSlot(text.slice(from + lead.length), ROLE_SAID.test(lead));
      // 5号楼才让卓玛: the building the person lives in, glued before such a name, is where, not who.
      const building = slot ? undefined : /^\s?(?:[\d一二三四五六七八九十]{1,4}(?:号楼|单元|栋|幢|层|室))+的?/.exec(text.slice(from))?.[0];
      if (building) {
        const role = ROLE_LEAD.exec(text.slice(from + building.length))?.[0] ?? '';
        slot = nameInSlot(text.slice(from + building.length + role.length), ROLE_SAID.test(role));
        if (slot) lead = building + role;
      }
      if (slot) {
        name = slot.name;
        gapKin = slot.kin;
      }
      // 开小卖部的朝鲁门, 在外打工回来的艾尔肯·托合提: what the person does, said with 的 before a name that needs no verb
      // after it to be one.
      const did = slot ? null : /^[\s，,]*[^\s，,。；;：:、的了]{2,10}的(?=\S)/.exec(text.slice(from));
      const after = did ? (nameAt(text.slice(from + did[0].length)) ?? unshapedAt(text.slice(from + did[0].length))) : undefined;
      // Not 有几户人家的路坏了: households not named, then the matter (路坏了 is no name).
      if (after && !/^[\s，,]*有/.test(did![0]) && !/[了过着吗呢]/.test(after)) {
        lead = did![0];
        name = after;
      }
    }
    // 街坊何伟明反映, 外来务工租客刘春花，…: what the person is, in words of no list, then a full name said or paused.
    if (!name) {
      const shown = describedName(text.slice(from));
      if (shown) {
        lead = shown.lead;
        name = shown.name;
      }
    }
    // 街坊覃月娥 read whole as a name of no Han surname's shape: the description before the full name is no part of it.
    const within = name ? describedName(`${name} `) : undefined;
    if (within && within.length === name!.length) {
      lead += within.lead;
      name = within.name;
    }
    // 老支书, 村医, 老村长: a post only one person holds in the place names that person, whom the member can call back.
    if (!name) {
      const title = SOLE_TITLE.exec(text.slice(from));
      if (title) return { name: title[2]!, index: from, length: title[0].length };
    }
    // 孙阿姨，柳树湾村的 反映想签个…: a verb of saying is where the words start, never a name's first characters.
    if (name && /^(?:反映|反应|提出|提到|投诉|咨询|希望|要求|建议|需要|说|讲|问)/.test(name)) name = undefined;
    const start = from + lead.length;
    // 5组刘家 with no village read: the group is how the household is known, so it stays with the name rather than
    // being lost (a group alone is no place, see GROUP_ONLY).
    const group = afterPlace < 0 && name ? GROUP_FIRST.exec(lead)?.[1]?.trim() : undefined;
    if (name && group && lead.trim() === group) return { name: group + name, index: from, length: start - from + name.length };
    // The role goes with the name (居民 刘建军), and so does a kin word after a full name (王桂兰大姐): neither is the
    // matter.
    const kin = name ? (KIN_AFTER.exec(text.slice(start + name.length))?.[0].length ?? 0) : 0;
    if (!name) return undefined;
    // 张大妈的儿子小刘反映, 李叔家闺女 王芳 说: the one named after the kin word raised it; the first is whose kin.
    const through = KIN_THEN_NAME.exec(text.slice(start + name.length));
    if (through) {
      const after = start + name.length + through[0].length;
      // A child called by a given name (小芸, 阿明) right before the verb is a name too.
      const second =
        nameAt(text.slice(after)) ?? /^(?:小|阿)[\u4e00-\u9fa5](?=\s?(?:反映|反应|说|讲|问))/.exec(text.slice(after))?.[0] ?? '';
      // With no name of their own (张大妈的儿子反映), the kin as said is who raised it, as 小磊奶奶 is.
      if (/^\s?(?:来|也|就)?(?:反映|反应|说|讲|问|称|提出)/.test(text.slice(after + second.length)))
        return second
          ? { name: second, index: from, length: after - from + second.length }
          : { name: name + through[0].trim(), index: from, length: after - from };
    }
    // 李师傅家的, 老王家的 standing as a word (northern speech): his wife, who raised it; the 家的 is no matter.
    const wife = kin === 0 && KIN_NAME.test(name) ? /^家的(?=$|[\s，,。；;]|反映|反应|说|讲)/.exec(text.slice(start + name.length)) : null;
    if (wife) return { name: name + wife[0], index: from, length: start - from + name.length + wife[0].length };
    const taken = start + name.length + Math.max(kin, gapKin);
    // What the person is, said after the name (葛某（居民）, 葛某 退休教师 说, 葛某，村民，, 葛某 女 66岁): who, not what.
    const roleAfter = ROLE_AFTER_NAME.exec(text.slice(taken))?.[0].length ?? 0;
    return { name, index: from, length: taken - from + roleAfter };
  };
  // The matter told first, then a clause of its own naming who brought it (…天天玩手机不写作业，龙爷爷反映，…;
  // …吵得一塌糊涂，隔壁符大娘来喊我，…; …楼下马先生找的我): said outright, it outweighs a name guessed from its
  // place after the 村/社区, which may be someone the matter is about (留守儿童小龙, 向家婆媳).
  const attributed = attribution(text);
  if (attributed) return attributed;
  // 拾花工马有福今天又来连部了，说…在7连刘志强家…: the one who came to the office to say it, before a name read after a
  // place later in the matter (see came-to-office.ts).
  const came = cameToOffice(text);
  if (came) return came;
  // Right after the place (the usual order), or at the very start when no place was said.
  const first = tryAt(Math.max(afterPlace, 0));
  if (first) return raisedLater(text, first) ?? first;
  // 工业区宿舍 阿强同…, 菜市场 钟姐…: a spot said first that is no 村/社区 (a dormitory, a site, a market), then the
  // person, as the place would be.
  const spot = afterPlace < 0 ? SPOT_FIRST.exec(text) : null;
  const afterSpot = spot ? tryAt(spot[0].length) : undefined;
  if (afterSpot) return afterSpot;
  // Before the place: 居民张女士 1360… 失业了… 东风社区, 何姐（第4网格）个仔….
  const atStart = afterPlace > 0 ? tryAt(0) : undefined;
  // 桂城 东二社区: a word ending like a place (城, 镇, 街, 湾…) said just before the place is a level above it, not a
  // person, unless it reads as kin (苏伯 第10网格).
  const aboveIt =
    atStart &&
    !KIN_NAME.test(atStart.name) &&
    /[城镇乡县区市街路桥湾岗坪山河湖塘港洲沙坑围涌滘冲寨庄村屯堡营铺]$/.test(atStart.name) &&
    /^\s*$/.test(text.slice(atStart.index + atStart.length, afterPlace - 1));
  if (atStart && !aboveIt) return atStart;
  // Just before a verb of saying, with anything in between dropped: …没法开窗周大爷反映的, 杨家兄弟俩 杨大哥反映.
  for (const says of text.matchAll(SAYS)) {
    // The words of coming between the name and the verb (来村委, 打电话来) go out with the name, not into the matter.
    const through = (index: number, length: number) =>
      new RegExp(`^\\s*(?:${CAME_TO_SAY.source})$`).test(text.slice(index + length, says.index)) ? says.index - index : length;
    const before = text
      // Wide enough for a description, a name, a kin word and how they came (独居长者锁有财阿舅打电话来).
      .slice(Math.max(0, says.index - 16), says.index)
      // 刘阿姨跟我说, 王大爷对网格员说: who was told is not part of who said it.
      .replace(/(?:跟|和|对|给|同|向)(?:我们?|俺们?|咱们?|网格员|社区|村里)\s*$/, '')
      // 覃建新打电话来说的, 陆永昌来村委说的: how the person came to say it, after the name.
      .replace(CAME_TO_SAY, '')
      // 独居老汉薛宝，八十七了，反映…: the person's age said as an aside between the name and the verb.
      .replace(/[，,\s]+(?:今年)?(?:[一二三四五六七八九十]{1,3}|\d{1,3})多?(?:岁|了|岁了)[，,\s]*$/, '')
      // 苏大爷，他说: the pronoun and the pause before it.
      .replace(/(?:[\s，,、]*(?:他|她))?(?:就|也|还|又|都)?\s*$/, '')
      .trimEnd();
    const said = before.split(/[\s，,。；;的]/).at(-1)!;
    const chunk = said
      // A role just before the name, with whatever came before it (…时候居民刘秀英阿姨); a resident's post in the
      // building (楼栋长, 单元长); kin said through a pronoun (他个女陈丽, 她儿子王强: Cantonese 佢個女).
      .replace(
        // 楼下韩海说…, 对门钱嫂讲…: where the person lives beside the other party, said before the name.
        new RegExp(
          `^.*?(?:${ROLE}|${SPOT_OF_HOUSE}|楼栋长|楼长|栋长|单元长|组长|(?:他|她)(?:的|个|家)?(?:女儿|女|仔|儿子|闺女|孙子|孙女|老婆|老公|媳妇))+(?=.)`,
        ),
        '',
      );
    const name = nameAt(chunk) ?? (standsAsName(chunk) ? chunk : undefined);
    // 我跟民宿老板胡建平讲了: the one the member told is not who raised it (the member is who speaks).
    // 我去跟老板娘小雷讲好了: the member going to tell them is the same.
    const toldByMember = /(?:我|俺|咱)(?:们)?(?:已经?|也|就)?(?:去|过去)?(?:跟|和|对|同|给|向)[^\s，,。；;]{0,8}$/.test(
      text.slice(0, text.lastIndexOf(chunk, says.index)),
    );
    // 李秀梅老人反映: 老人 after the name says who the person is, as kin does.
    if (toldByMember) continue;
    if (name && (name.length === chunk.length || KIN_ONLY.test(chunk.slice(name.length)) || /^老人家?$/.test(chunk.slice(name.length)))) {
      const index = text.lastIndexOf(chunk, says.index);
      // The building's post or the kin word before the name (楼栋长, 他个女) says who they are: not the matter.
      const lead =
        new RegExp(
          `(?:${SPOT_OF_HOUSE}|楼栋长|楼长|栋长|单元长|组长|(?:他|她)(?:的|个|家)?(?:女儿|女|仔|儿子|闺女|孙子|孙女|老婆|老公|媳妇))$`,
        ).exec(said.slice(0, said.length - chunk.length))?.[0].length ?? 0;
      return { name, index: index - lead, length: through(index - lead, chunk.length + lead) };
    }
    // …渠口塞了。街坊何伟明反映: a description and a full name just before the verb, the chunk being a clause's start.
    const shown = /(?:^|[\s，,。；;：:的])$/.test(text.slice(0, text.lastIndexOf(chunk, says.index)))
      ? describedName(`${chunk}${text.slice(says.index, says.index + 4)}`)
      : undefined;
    if (shown && shown.length === chunk.length)
      return {
        name: shown.name,
        index: text.lastIndexOf(chunk, says.index),
        length: through(text.lastIndexOf(chunk, says.index), chunk.length),
      };
    const tail = new RegExp(`(?:老|小)?[${SURNAMES}](?:${KIN})$`).exec(chunk);
    if (tail)
      return {
        name: tail[0],
        index: text.lastIndexOf(tail[0], says.index),
        length: through(text.lastIndexOf(tail[0], says.index), tail[0].length),
      };
    // Run on from the clause before (…闹得不可开交韦老大媳妇来找我): the longest kin name that ends the chunk.
    for (let i = 1; i < chunk.length - 1; i++) {
      const end = chunk.slice(i);
      if (KIN_NAME.exec(end)?.[0] === end) return { name: end, index: text.lastIndexOf(end, says.index), length: end.length };
    }
  }
  // The matter first, then the person as a clause of their own with what they are (…学费凑不齐，居民马老师，石桥村的):
  // a role and a name, and nothing else between the pauses.
  for (const clause of text.matchAll(ROLE_CLAUSE)) {
    const name = nameAt(clause[2]!) ?? unshapedAt(clause[2]!);
    // 有几户人家的路坏了: a clause's words (了, 过) are no name with no Han surname's shape.
    if (name === clause[2] && !/[了过着吗呢]/.test(name))
      return { name, index: clause.index + clause[0].indexOf(clause[1]!), length: clause[1]!.length + clause[2]!.length };
  }
  // …男的还动手，外来务工租客冯德才，石桥村的: a clause of its own made of a description and the name (see describedName).
  for (const clause of text.matchAll(/(?<=[，,。；;\n]\s?|\S\s)([^\s，,。；;：:、]{3,14})(?=$|\s?[\s，,。；;])/g)) {
    const shown = describedName(`${clause[1]!}，`);
    if (shown && shown.length === clause[1]!.length) return { name: shown.name, index: clause.index, length: clause[1]!.length };
  }
  // 赖家两兄弟为了油茶林吵起来, 张家姐妹俩…: brothers or sisters of one house as a pair where the person stands, and no
  // one else said to have brought it: the pair is who raised it, called by the house as 李家 is.
  const from = Math.max(afterPlace, 0);
  const gap = /^[\s，,]*/.exec(text.slice(from))![0].length;
  // Not when the text says someone came or said it (刘建设找的, 杨大哥反映): the dialogue asks who, rather than take the pair.
  // Nor the member's own talk between them (讲清楚, 说明白, 讲道理): the member explaining, no one bringing it.
  const cameOrSaid = /找的|找我|找俺|来找|喊我|反映|反应|(?<![讲说])(?:说|讲)(?![好妥定通清明道和])/.test(text);
  const pair = cameOrSaid ? undefined : HOUSE_PAIR.exec(text.slice(from + gap))?.[0];
  if (pair) return { name: pair, index: from + gap, length: pair.length };
  // 客人乱停车 停到胡大姐家晒茶的场上 两家吵起来了: with no one else named, the household wronged in a quarrel.
  return wrongedHousehold(text);
}

/**
 * A description of the person in words of no list (街坊, 独居长者, 外来务工租客, 社员), then a full name, then a pause,
 * an age or a verb of saying (see findRaiser): the name is who raised it, the description says who they are. The
 * description names no other party (跟邻居王某, 反映房东王某: the one the matter is about) and holds no clause.
 */
export function describedName(text: string): { lead: string; name: string; length: number } | undefined {
  // 的退休街坊周玉珍 after the place: the 的 joins the place to who.
  const of = /^[\s，,]*(?:的\s?)?/.exec(text)?.[0] ?? '';
  const shape = DESCRIPTION_THEN_NAME.exec(text.slice(of.length));
  if (!shape) return undefined;
  const at = of.length + shape[1]!.length;
  // 独居长者刘婶, 街坊王大爷: a kin name after the description is the person too.
  const kin = KIN_NAME.exec(text.slice(at))?.[0];
  if (kin && kin.length >= 2 && NAME_SAID_AFTER.test(text.slice(at + kin.length)))
    return { lead: of + shape[1]!, name: kin, length: at + kin.length };
  const name = FULL_NAME.exec(text.slice(at))?.[0];
  if (!name || name.length < 2 || NOT_NAME_START.test(name) || /[那这个上下里了来去太很都没不掉高低]/.test(name.slice(1))) return undefined;
  // 街坊锁有财阿舅: a kin word after the full name goes with it.
  const kinAfter = KIN_AFTER.exec(text.slice(at + name.length))?.[0] ?? '';
  const after = NAME_SAID_AFTER.exec(text.slice(at + name.length + kinAfter.length))?.[0];
  // A name of two characters only with the saying after it: before a pause it is as likely a word (食堂卫生 …).
  if (after === undefined || (name.length === 2 && !/[\u4e00-\u9fa5a-z]/i.test(after))) return undefined;
  return { lead: of + shape[1]!, name, length: at + name.length + kinAfter.length };
}
// The description ends as words for people end (街坊, 长者, 租客, 社员, 住户, 村民, 老工人, 亲家…): a person's suffix.
// Not the people sent or arranged to do the work (组织人撒沙子, 安排人清运, 派人去修): a verb and its object, then the work.
const DESCRIPTION_THEN_NAME = new RegExp(
  `^((?:(?![跟和同与对向给被把让叫找说讲话了是在我你他她们的有没不时织排派喊请雇带])[\\u4e00-\\u9fa5]){1,5}?[坊者客员户民工人友长生属婆伯叔姨姐哥嫂妹弟爷奶妈娘家])(?=[${SURNAMES}])`,
);
const NAME_SAID_AFTER =
  /^(?:[，,]\s?(?:\d{1,3}|[一二三四五六七八九十]{1,3})?|\s|$|说|话(?!费)|讲|反映|反应|提议|提出|提(?=的)|建议|问|投诉|求助|咨询|call|打(?:了个?)?电话|好?担心)/i;

/** How the person came to say it, between the name and the verb (打电话来说的, 来村委说的): see findRaiser. */
// 杜老师在车上跟我说, 刘姐在微信上讲: where the person said it (on the bus, on WeChat), with whom they told, goes too.
const CAME_TO_SAY =
  /(?:(?:打(?:了个?)?电话|call)(?:过)?来?|(?:过)?来(?:村委会?|村部|社区|居委会?|办公室)?|在(?:(?:车|路|电话|微信|群|店|站台|院子?)[上里头]|门口|楼下|村口|路边)(?:(?:跟|对|给|和|同)(?:我|俺|咱)们?)?)\s*$/;

/** A clause after a pause made only of a role and a name (see findRaiser). */
const ROLE_CLAUSE = new RegExp(
  `(?<=[，,。；;\\n]\\s?|\\S\\s)((?:${ROLE}|(?:\\d{1,3}|[一二三四五六七八九十]{1,3})多?岁的?|隔壁|邻居|对门|[^\\s，,。；;：:、的]{2,8}的)+)([^\\s，,。；;：:、]{2,12})(?=$|\\s?[\\s，,。；;])`,
  'g',
);

/**
 * A three-character name run on into the matter after a role (马桂英腿疼得厉害, 钱有福养老金认证): taken when the
 * words of the text break right after it (马桂英|腿疼), never where the third character starts a word with what
 * follows (王|大门口 is no 王大门).
 */
function gluedFullName(text: string): string | undefined {
  const full = FULL_NAME.exec(text)?.[0] ?? '';
  // 员工钟文居住证到期, 居民王芳医保卡丢了: a two-character name run on into the matter, when jieba reads those two as one
  // word it knows as a name or does not know, and the matter's next word as a word of two or more.
  const [first, next] = wordTags(text.slice(0, 10));
  if (
    first?.word.length === 2 &&
    full.startsWith(first.word) &&
    /^(?:nr\w*|nz|x)$/.test(first.tag) &&
    !NOT_NAME_START.test(first.word) &&
    !NOT_GIVEN.test(first.word[1]!) &&
    (next?.word.length ?? 0) >= 2
  )
    return first.word;
  // Not the first part of a transliterated name (艾尔肯·托合提): that is read whole elsewhere.
  if (full.length !== 3 || /^[·•.]/.test(text.slice(3)) || NOT_NAME_START.test(full) || NOT_GIVEN.test(full[1]!)) return undefined;
  let at = 0;
  for (const { word } of wordTags(text.slice(0, 10))) {
    at += word.length;
    if (at >= 3) return at === 3 ? full : undefined;
  }
  return undefined;
}

/**
 * A description typed word by word before a role (退休 党员, 困难 老党员, 下岗 职工): one or two short words, none of
 * them a clause (坏了, 没人), then the role and a gap.
 */
/** A Tibetan name (see TIBETAN_NAMES), a kin or address word allowed after it, before saying or the household. */
const TIBETAN_IN_SLOT = new RegExp(`^(${TIBETAN_NAME}(?:${KIN})?)(?=反映|反应|说|讲|家)`);
/** How Uyghur and Kazakh speakers address an elder after the name (热依汗古丽 阿帕, 吐尔逊 阿卡): kin, not the matter. */
const ELDER_ADDRESS = '阿帕|阿卡|阿恰|阿娜|阿塔|阿吉';
const DESCRIBED_ROLE = new RegExp(`^\\s*(?:(?![^\\s]*[了吗说讲坏没很都也还就是的在])[\\u4e00-\\u9fa5]{2,3}\\s){1,2}(?=(?:${ROLE})\\s)`);
/** A lead that says the person's role (居民, 村民, 老党员): what follows it is who. */
// A kin word said before the full name (游客老奶奶张桂英, 奶奶沈桂香) ends the role as 村民 does: ROLE holds it only with
// the surname after it, which this test, at the role's end, does not see.
const ELDER_THEN_NAME = new RegExp(`^\\s*(?:老奶奶|老爷爷|老大爷|老大娘|老婆婆|老太太)(?=[${SURNAMES}][\\u4e00-\\u9fa5]{1,2})`);
const ROLE_SAID = new RegExp(
  `(?:(?:${ROLE})|(?:老)?(?:奶奶|爷爷|大爷|大妈|大娘|阿姨|婆婆|大姐|大哥|大叔|大婶|阿公|阿婆|阿伯|阿嬷|阿爷|阿奶))\\s*$`,
);
/**
 * What may follow a name in the person's place: a kin word (大姐, 老人, 家), a verb of saying, asking or wanting, a
 * quarrel's other party, or a pause and 他/她 speaking of them (阿依先木 ，她 来 村委会 说…).
 */
const AFTER_SLOT_NAME = new RegExp(
  `^\\s?(?:((?:${KIN}|老人|家|${ELDER_ADDRESS})(?=[\\s，,]|(?:来电|来访)?(?:反映|反应|说|讲))\\s?)|(?:来电|来访)?(?:反映|反应|说|讲|问|称|想|要|提出|咨询|求助|投诉|和|跟|同|与|因为|电话|手机)|\\s?来(?:反映|反应)|\\s?[，,]\\s?(?:他|她)(?!们))`,
);

/**
 * A token typed on its own where the person who raised it stands (after the place, after 居民 or 村民), read as a
 * name when it has no Han surname's shape ({@link readsAsName}): only with a role said before it, or a kin word, a
 * verb of saying or a quarrel's other party after it, so that a word of the matter (井盖 坏了) is never taken for one.
 */
function nameInSlot(rest: string, roleBefore: boolean): { name: string; kin: number } | undefined {
  const run = /^[^\s，,。；;：:、()（）]+/.exec(rest)?.[0];
  // 格桑阿妈反映, 次仁大哥说, 多吉叔家…: a Tibetan name and the word the member calls the person by, kept as written;
  // read before the surname rules cut it (格 and 白 are surnames too).
  const tibetan = run && TIBETAN_IN_SLOT.exec(run)?.[1];
  if (tibetan) return { name: tibetan, kin: 0 };
  // The name glued to the verb of saying (朝鲁反映…, 吐尔洪说…), as dictation writes it: the words before the verb.
  // 阿不都热合曼·吐尔逊大叔反映: a dotted name, and a kin word between it and the verb, which is not part of it.
  const beforeSaying =
    run &&
    (/^([\u4e00-\u9fa5]{2,6}?)(?=反映|反应|说|讲)/.exec(run)?.[1] ??
      new RegExp(`^([\\u4e00-\\u9fa5]{2,6}·[\\u4e00-\\u9fa5]{2,6}?)(?=(?:${KIN})(?:反映|反应|说|讲))`).exec(run)?.[1] ??
      // 叶尔兰·哈森说连队门口…: a dotted name glued to the verb with no kin word between, cut there.
      /^([\u4e00-\u9fa5]{2,6}·[\u4e00-\u9fa5]{2,6}?)(?=反映|反应|说|讲)/.exec(run)?.[1]);
  // The household's or the kin's name glued to 家 or to 的 and a kin word (其其格家的水井, 朝鲁家孩子, 乌日娜的婆婆): the
  // one the member will call back, who raised it; what is theirs stays the matter.
  const household = run && HOUSEHOLD_OF.exec(run)?.[1];
  if (household && !beforeSaying && unshapedName(household)) return { name: household, kin: 0 };
  // 买买提·吾守尔大叔: a kin word glued after a dotted name is how the member calls the person, not part of the name.
  const dottedKin = !beforeSaying && run ? DOTTED_THEN_KIN.exec(run) : null;
  if (dottedKin && standsAsName(dottedKin[1]!)) return { name: dottedKin[1]!, kin: dottedKin[2]!.length };
  const token = beforeSaying && unshapedName(beforeSaying) ? beforeSaying : run;
  // A description with 的 before the name (开小卖部的艾尔肯·托合提) is no name: the did-lead in findRaiser reads it.
  if (!token || /的/.test(token) || ROLE_ONLY.test(token) || KIN_ONLY.test(token) || NOT_NAME_START.test(token) || !unshapedName(token))
    return undefined;
  const after = rest.slice(token.length);
  const closer = AFTER_SLOT_NAME.exec(after);
  // A name of transliterating characters only (其其格玛, 格日勒图), three or more, stands alone there too: no word of a
  // matter is written so.
  // Two such characters too when jieba knows the pair as a name or as no word at all (哈斯, 巴图).
  const alone = standsAsName(token) && /^(?:$|\s?[\s，,。；;])/.test(after);
  // 尕藏，反映：…: a name of transliterating characters only, a pause, then the saying (two characters are too few for
  // standsAsName alone).
  const pausedSaying = transliterated(token) && /^\s?[，,]\s?(?:来电|来访|来)?(?:反映|反应|说|讲)(?![\u4e00-\u9fa5]?(?:的|了))/.test(after);
  if (!closer && !alone && !pausedSaying && !(roleBefore && /^(?:$|\s?[\s，,。；;])/.test(after))) return undefined;
  return { name: token, kin: closer?.[1] ? after.indexOf(closer[1]) + closer[1].length : 0 };
}
/** Where a clause may start: the message's start, a gap or a pause. */
const CLAUSE_START = /(?<=^|[\s，,。；;：:！!])/g;
/** Where in the village or the building someone lives, said before their name (村东头王大爷, 楼下马先生). */
const SPOT_OF_HOUSE = '村[东西南北]头|村口|村尾|[东西南北]头|楼上|楼下|对面|前院|后院|前头|后头';
/** A role or a neighbour said before the person in such a clause (隔壁符大娘, 外卖小哥老胡, 楼下马先生). */
// 她侄子阿明来反应的: kin said through a pronoun, whose kin the matter told already; 林家阿坤: the household named first.
// 是韩淑华打电话来的: 是 before the name, saying it was they who brought it; 今天徐某又来讲: when, before the name.
const ATTRIBUTION_LEAD = new RegExp(
  `^(?:是\\s?)?(?:今天|昨天|刚才|刚刚|上午|下午|早上|晚上)?(?:(?:${ROLE}|${NEIGHBOUR}|${SPOT_OF_HOUSE}|${KIN_THROUGH}|${HOUSE_OF_AH})的?\\s?)*`,
);
/**
 * What closes a clause that names who brought the matter: a verb of saying with nothing after it (龙爷爷反映，, 老胡说的),
 * or coming to the member (马先生找的我, 符大娘来喊我, 张婶打电话给我).
 */
const ATTRIBUTION_VERB =
  // 朝鲁门，石桥村3组的说的: with the place taken out, a pause may stand between the name and 说的/反映的.
  // 张守义来镇上反映的: where the person came to say it (镇上, 村部, 社区里) goes with the coming.
  // 吴大伯看到的, 李婶发现的: the one who saw it, as a clause of its own, is who brought it; 报告的 (staff's word) too.
  // 王亚光报的 (reported it: the same said short).
  /^((?:\s?[，,]\s?(?=(?:反映|反应|说|讲)的))?\s?(?:也|就|又|专门)?(?:(?:(?:过来|跑来|来)(?:[镇乡村县区][上里]|村部|村委会?|居委会?|社区|网格|办公室)?|打电话|打了个?电话|找)(?:跟|对|给|同|向)?(?:我们?|俺们?|咱们?)?)?)(?:反映|反应|说|讲|话|提的|报的|报告的|提出来?|(?:看到|看见|瞧见|发现)(?=的))(?:的)?(?=$|[\s，,。；;！!])/;
/** Coming to the member, the clause naming who brought it (马先生找的我, 符大娘来喊我, 张婶打电话给我). */
const CAME_TO_MEMBER = new RegExp(
  `^\\s?(?:${VISIT_TIME})?(?:也|就|又|专门)?` +
    // 刘德秀来喊我的, 老周喊我去看: the same with 的 after it, or with what the member was called to do (去看, 过去).
    // 冯德胜找我好几回了, 罗家辉打电话叫我上去: how often, or called by phone to go up.
    // 毛家来找我讲: coming to the member to tell it, the telling said after.
    /(?:(?:过来|跑来|来)?(?:找的|喊的|叫的)(?:我们?|俺们?)?|(?:打(?:了个?)?电话)?(?:过来|跑来|来)?(?:找|喊|叫)(?:了|到|过)?(?:我们?|俺们?)(?:的|(?:讲|说|反映)(?:的)?|(?:上|过)?去(?:看|瞧|瞅|处理|帮忙)?(?:一下|一哈|哈)?|过来(?:看|瞧|瞅|处理|帮忙)?(?:一下|一哈|哈)?|(?:好几|几|两|三|多)(?:回|次|趟|遍)了?)?|打(?:了个?)?电话(?:给|跟)(?:我们?|俺们?)|打(?:了个?)?电话(?:过)?来的)(?=$|[\s，,。；;！!\d])/
      .source,
);

/** The first clause that is only a person and the verb that says they brought it (see {@link ATTRIBUTION_VERB}). */
function attribution(text: string): { name: string; index: number; length: number } | undefined {
  for (const start of text.matchAll(CLAUSE_START)) {
    const at = start.index;
    let lead = ATTRIBUTION_LEAD.exec(text.slice(at))![0];
    // 开小卖部的艾尔肯·托合提，反映…: what the person does, said with 的, before the name.
    const did = /^[^\s，,。；;：:、的]{2,10}的(?=\S)/.exec(text.slice(at + lead.length))?.[0] ?? '';
    if (
      did &&
      !nameAt(text.slice(at + lead.length)) &&
      (nameAt(text.slice(at + lead.length + did.length)) || unshapedAt(text.slice(at + lead.length + did.length)))
    )
      lead += did;
    // …辍学在家，次仁卓玛反映的: a name with no Han surname's shape says it as well.
    const name = nameAt(text.slice(at + lead.length)) ?? unshapedAt(text.slice(at + lead.length));
    if (!name) continue;
    const kin = KIN_AFTER.exec(text.slice(at + lead.length + name.length))?.[0].length ?? 0;
    // 郑爹爹是六楼的他来找的我: what the person is (是六楼的) and 他 between the name and the verb; when they came
    // (刘阿婆今天又来讲) too.
    // 何大妈睡不着觉来找我: how the person was, a few words glued before coming to the member.
    const described =
      /^(?:是[^\s，,。；;]{1,6}?的)?(?:他|她)?(?:今天|今儿个?|今早|上午|下午|早上|晚上|中午|刚才|刚刚|昨天)?(?=(?:也|就|又|专门)?(?:过来|跑来|来|打))/.exec(
        text.slice(at + lead.length + name.length + kin),
      )?.[0].length ??
      /^[^\s，,。；;的了]{1,6}?(?=(?:就|又|也)?(?:过来|跑来|来)(?:找|喊|叫)(?:我|俺))/.exec(
        text.slice(at + lead.length + name.length + kin),
      )?.[0].length ??
      0;
    const after = text.slice(at + lead.length + name.length + kin + described);
    // The verb of saying stays (matterOf splits there); how they came (来, 打电话) and a visit to the member go.
    const said = ATTRIBUTION_VERB.exec(after);
    const came = said ? undefined : CAME_TO_MEMBER.exec(after);
    if (said || came)
      return {
        name,
        index: at,
        // 看到的, 发现的, 提的 are no word of the matter, as a verb of saying would be.
        length:
          lead.length +
          name.length +
          kin +
          described +
          (said ? (/(?:看到|看见|瞧见|发现|提|报|报告)的$/.test(said[0]) ? said[0].length : said[1]!.length) : came![0].length),
      };
  }
  return undefined;
}

/** A spot where it happened, said as the message's first word (工业区宿舍, 菜市场, 3号工地), not a 村/社区. */
// A numbered road or street said first, then a gap (港湾2路 刘家反映…, 解放大街 老孙说…), is such a spot too.
const SPOT_FIRST =
  /^\s*(?:[\u4e00-\u9fa5\d]{0,6}(?:宿舍|工地|工棚|厂|市场|车间|工业区|工业园|园区|大院|商场|码头|车站)|[\u4e00-\u9fa5]{1,4}\d{0,3}(?:路|街|大街|大道))\s+/;

/** A few words of what a person is (居民, 退休教师, 老党员), as said after their name: see findRaiser. */
const AFTER_NAME_ROLE =
  '(?:退休|离休|下岗)?(?:居民|村民|群众|业主|租户|住户|老?党员|教师|职工|员工|工人|干部|医生|老人家?|低保户|五保户|残疾人|退役军人)';
// Any short aside in brackets right after the name (刘桂芝（独居，82岁）说…): a place there was read before, a number too.
const ROLE_AFTER_NAME = new RegExp(
  `^(?:\\s?[（(][^()（）\\d]{0,12}?(?:${AFTER_NAME_ROLE}|男|女|独居|\\d{1,3}多?岁)?[^()（）]{0,12}[)）]|[\\s，,]\\s?(?:${AFTER_NAME_ROLE}|(?:男|女)(?:\\s?[，,]?\\s?\\d{1,3}多?岁)?|\\d{1,3}多?岁)(?=\\s?[\\s，,]|\\s?(?:说|讲|反映|反应))|老人家?(?=\\s?(?:说|讲|反映|反应|[\\s，,])))`,
);
