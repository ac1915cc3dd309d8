import { segmenter } from '../text/segmenter';
import { documentOfAnotherAct, verbTaggedPost } from './subject-posts';
import { STATE_AFTER_NOUN } from './told-state';

/**
 * The subject of a question: whose rule is asked — which organisation, role, fee, meeting or document. A fact's
 * rule is the Party's (its 支部, its 党员, its 党费 …); asked of something the handbook never speaks of ("合作社多久
 * 开一次会", "股东有哪些义务", "水费怎么交"), the neighbouring Party rule is a wrong answer stated as certain. The
 * guards of guards.ts know some such things by name (团支部, 村委会, other fees); this reader knows them by
 * structure, so that things nobody listed are read too:
 *   - a noun of the question's asking words that the handbook and the facts never say (read by jieba's general
 *     dictionary, so the word is cut where Chinese cuts it, not where a domain word happens to end);
 *   - standing where a subject stands: its last character is that of a kind of thing whose rule is asked (an
 *     organisation 社/会/队…, a role 员/长/师…, a fee 费/款…, a meeting 会/节/课…, a document 书/表/证…) while the
 *     question names no Party thing of that kind ("跟车队一样吗" beside 党支部 is a comparison, not the subject);
 *     or it takes the place of the Party noun inside one of the domain's compounds (预备X for 预备党员, X大会 for
 *     党员大会); or it opens a question of one clause, where the subject is said first ("X不参加学习怎么办").
 * Incidental nouns are not the subject: the asker's own people and places (我们X, 俺村…), names (老王, 阿强), the
 * story told in context clauses, a place a thing is on (卷子上), and question words that look like nouns (哪条, 好长).
 */

/** The kinds of thing whose rule a question asks, by the last character (or word) of their names. */
const KINDS: Record<string, RegExp> = {
  organisation: /(?:会|社|联|队|部|委|组|所|站|局|团|协|厂)$/,
  role: /(?:员|长|师|生|户|岗|东|者|官|医|兵|书记|主任|代表|干部)$/,
  fee: /(?:费|款|金|租|税)$/,
  meeting: /(?:会|节|课|礼|仪式|赛|宴|活动)$/,
  // 条 as a note handed in (请假条, 借条, 收条): 条件, 条例 end otherwise.
  document: /(?:书|表|单|证|约|章|函|信|册|报告|合同|条)$/,
};
/** Words ending in 节 that are a time or a part, not an event held (割胶季节, 农忙时节, 哪个环节). */
const NOT_AN_EVENT = /(?:季|时|环|细|章)节$/;
/** A time word right after a noun (割胶季节, 秋收期间): the noun says when, it is not the subject asked of. */
const TIME_OF = /^(?:季节|时节|期间|时候|时期|旺季|淡季|高峰)/;
/** Joining something (入党's kind): a verb of two characters opening on 入. */
const JOINING = /^入\p{Script=Han}$/u;

/** jieba's tags of nouns (and of words its dictionary does not know, `x`, read further below). */
const NOUN_TAGS = /^(?:n|nz|nt|nr|nrt|ng|j|l|x|vn)$/;
/** A person's name (老王, 阿强, 李师傅): who the story is about, never whose rule. */
const NAME_TAGS = /^nr/;
/**
 * Pieces jieba leaves whole that are no noun: a verb or modal before a measure word (有个, 打个, 先开个, 买点), a
 * measure word before a noun (张证), question words (好长, 哪条), and names of one character after 老/小/阿. 先锋 and 先进
 * open nouns (先锋岗, 先进集体), not the adverb 先.
 */
const NOT_A_NOUN = /^(?:[有只能应要打买选省好个张本份条位哪几多]|先(?![锋进]))|[个点些位当给]$|^[老小阿]\p{Script=Han}$/u;
/** The asker's own people or place right before a noun (我们研究生, 俺村): the asker's situation. */
const ASKERS_OWN = /(?:我们|我|俺们|咱们|俺|咱)$/;
/**
 * Everyday words for a young person or anyone at all (讨海的后生, 厂里的小伙子, 村里的妮儿, 年轻人): who the story is
 * about, as 人 is, never a role with rules of its own (后生 ends like 学生 but is no student).
 */
const ANYONE = /^(?:后生仔?|小伙子?|小青年|年轻人|小年轻|姑娘|妮儿?|闺女|丫头|娃娃?|孩子|伢子|细伢子|妹子|老人家?|老头儿?|老太太?)$/;
/** Handing money or goods over, after the one they go to (给X发, 给X送, 给X买). */
const GIVEN_THINGS = /^(?:发|送|买|补|分|报销|慰问)/;
/**
 * A place a thing is on or in, right after the noun (卷子上, 群里), or a place someone is by (锅炉房边上住着个老党员,
 * 学校旁边, 菜市场对面): where, not whose.
 */
const LOCATIVE = /^(?:[上里中内]|边上|旁边|附近|跟前|对面|隔壁|门口|后头|后面|前面)/;

/**
 * A noun that jieba cut before the one character that says its kind (中心 / 户 of 中心户, 网格 / 员 of 网格员): read as
 * one word, the thing the question is about. Only a character of the kinds (KINDS) that jieba tags as a measure word,
 * or a noun, or run into the verb after it in a piece it does not know (户要).
 */
function joinKindEndings(tags: Array<{ word: string; tag: string }>): Array<{ word: string; tag: string }> {
  const out: Array<{ word: string; tag: string }> = [];
  for (let i = 0; i < tags.length; i++) {
    const cur = tags[i]!;
    const next = tags[i + 1];
    if (
      next &&
      /^n/.test(cur.tag) &&
      /^\p{Script=Han}{2,}$/u.test(cur.word) &&
      /^\p{Script=Han}$/u.test(next.word) &&
      /^(?:q|ng|n)$/.test(next.tag) &&
      Object.values(KINDS).some((re) => re.test(next.word))
    ) {
      out.push({ word: cur.word + next.word, tag: 'n' });
      i++;
    } else if (
      // "户要", "员要": the kind's character run into the verb after it, a piece jieba does not know.
      next &&
      /^n/.test(cur.tag) &&
      /^\p{Script=Han}{2,}$/u.test(cur.word) &&
      next.tag === 'x' &&
      /^\p{Script=Han}[要能得可该是有都也还就在会]$/u.test(next.word) &&
      Object.values(KINDS).some((re) => re.test(next.word[0]!))
    ) {
      out.push({ word: cur.word + next.word[0], tag: 'n' }, { word: next.word[1]!, tag: 'v' });
      i++;
    } else out.push(cur);
  }
  return out;
}

/** A role's one-character ending, cut off by jieba after the noun it ends. */
const ROLE_END = /^[员长师者户]$/;

function joinedRoles(tags: Array<{ word: string; tag: string }>): Array<{ word: string; tag: string }> {
  const out: Array<{ word: string; tag: string }> = [];
  for (const t of tags) {
    const last = out.at(-1);
    if (last && ROLE_END.test(t.word) && /^\p{Script=Han}{2}$/u.test(last.word) && /^n/.test(last.tag))
      out[out.length - 1] = { word: last.word + t.word, tag: 'n' };
    else out.push(t);
  }
  return out;
}

/** A verb's tag, and a number with its measure word (一次, 一份) that may stand between the verb and its object. */
const VERB_TAG = /^v$/;
const MEASURE_TAG = /^m$/;
/** What may close the asking words after their last noun: particles and marks. */
const CLOSING_TAG = /^(?:y|x|w|e)$/;

/**
 * The object of the asking verb, ending the asking words ("多久写一次思想汇报", "写一份个人总结": the nouns after the
 * verb and its number, read as one): what the asker would do is asked of that thing; a fact that never names it
 * answers of something else (how often the 支部 reviews its 积极分子 is not how often they write). Only with a number
 * and measure word between (写一次, 交一份): a verb right before a noun ends many questions whose noun is an everyday
 * word for a thing the handbook names otherwise.
 */
function objectAsked(
  tags: ReadonlyArray<{ word: string; tag: string }>,
  isNoun: (word: string, tag: string) => boolean,
): string | undefined {
  let end = tags.length;
  while (end > 0 && CLOSING_TAG.test(tags[end - 1]!.tag) && !/\p{Script=Han}{2}/u.test(tags[end - 1]!.word)) end--;
  let start = end;
  while (start > 0 && /^\p{Script=Han}+$/u.test(tags[start - 1]!.word) && isNoun(tags[start - 1]!.word, tags[start - 1]!.tag)) start--;
  if (start === end || start < 2) return undefined;
  const [verb, measure] = [tags[start - 2]!, tags[start - 1]!];
  if (!VERB_TAG.test(verb.tag) || !MEASURE_TAG.test(measure.tag) || !/^[一两二三四五六七八九十几每]/.test(measure.word)) return undefined;
  const object = tags
    .slice(start, end)
    .map((t) => t.word)
    .join('');
  return object.length >= 2 ? object : undefined;
}

export interface SubjectReader {
  /**
   * The nouns of the question that are its subject and that the handbook never says (none for most questions).
   * `story` true: the whole question read for the thing its story names, only a noun a Party thing qualifies (党员
   * 先锋岗, 党员示范岗): a story names many things (市场部, 派出所) that are where it happened, not what is asked.
   */
  foreignSubjects(question: string, asking: string, story?: boolean): string[];
  /**
   * The objects of the asking verb that the handbook never says ("多久写一次思想汇报"): what a passage must name. Not read
   * as foreign subjects of the facts: a fact's own words for a thing said another way would be refused with them.
   */
  objectsAsked(question: string, asking: string): string[];
}

/**
 * A reader over what the handbook and the facts say (`said`, all their text) and the domain's terms (`lexicon`,
 * the facts' subject words and the compound terms).
 */
export function createSubjectReader(said: string, lexicon: readonly string[]): SubjectReader {
  const terms = lexicon.filter((w) => w.length >= 2 && /^\p{Script=Han}+$/u.test(w));
  // Single characters are tagged again and again (nounLike): remembered.
  const tagged = new Map<string, string[]>();
  const tagsOf = (word: string) => {
    let tags = tagged.get(word);
    if (!tags) {
      tags = segmenter()
        .tag(word, false)
        .map((t) => t.tag);
      if (tagged.size > 5000) tagged.clear();
      tagged.set(word, tags);
    }
    return tags;
  };
  // The Party's own things of each kind, as the question may name them: nouns only (改组 ends like 组 but is a verb).
  const partyThings = Object.fromEntries(
    Object.entries(KINDS).map(([kind, re]) => [
      kind,
      terms.filter((w) => re.test(w) && (w.includes('党') || tagsOf(w).every((t) => /^[nj]/.test(t)))),
    ]),
  );
  const joinings = terms.filter((w) => w.startsWith('入党'));
  // The Party's meetings by their full names (组织生活会, 党小组会, 民主生活会): a body said right before one holds it.
  const partyMeetings = terms.filter((w) => w.length >= 3 && KINDS.meeting!.test(w) && !KINDS.organisation!.test(w.slice(0, -1)));
  // The places of a noun inside the domain's compounds: before a modifier's noun (预备_ of 预备党员) and before what
  // a body owns (_大会 of 党员大会, _书记 of 支部书记). Not after a role (党员_), whose compounds are the role's own
  // things, nor before a role (_党员), whose compounds are kinds of members (农民党员): a noun there only qualifies.
  const nouns = new Set(terms.filter((w) => w.length <= 3));
  const before: string[] = [];
  const after: string[] = [];
  for (const w of terms)
    for (let k = 2; k <= w.length - 2; k++) {
      const [head, tail] = [w.slice(0, k), w.slice(k)];
      if (nouns.has(tail) && terms.includes(head) && !KINDS.role!.test(head)) before.push(head);
      if (nouns.has(head) && terms.includes(tail) && !KINDS.role!.test(w)) after.push(tail);
    }
  const prefixes = [...new Set(before)];
  const suffixes = [...new Set(after)];
  /**
   * Said by the handbook, whole or as the end of the word (乡党委 is a 党委, 村农民 农民). The end counts only where the
   * text says it as a word of its own (cut so by jieba somewhere): 业委会 ends in the 委会 of 支委会 and 常委会, no word.
   */
  let saidWords: Set<string> | undefined;
  const wordOfItsOwn = (end: string) => {
    saidWords ??= new Set(segmenter().cut(said, false));
    return saidWords.has(end);
  };
  const knownWords = new Map<string, boolean>();
  const known = (w: string) => {
    let out = knownWords.get(w);
    if (out === undefined) {
      out = said.includes(w);
      for (let i = 1; i <= w.length - 2 && !out; i++)
        if (
          said.includes(w.slice(i)) &&
          wordOfItsOwn(w.slice(i)) &&
          !documentOfAnotherAct(w.slice(i), w.slice(0, i), tagsOf(w.slice(0, i)), said)
        )
          out = true;
      if (knownWords.size > 5000) knownWords.clear();
      knownWords.set(w, out);
    }
    return out;
  };
  /** A word the dictionary does not know is a noun only when each of its characters is one (村医, not 计不). */
  const nounLike = (word: string, tag: string) =>
    NOUN_TAGS.test(tag) && (tag !== 'x' || [...word].every((c) => tagsOf(c).every((t) => /^(?:n|ng|j)$/.test(t))));

  // The object of the asking verb is read whole: 思想汇报 is no 汇报 the handbook speaks of, as 乡党委 is a 党委.
  const objectsOf = (tags: ReadonlyArray<{ word: string; tag: string }>) => {
    const object = objectAsked(tags, nounLike);
    return object && !said.includes(object) ? [object] : [];
  };
  const taggedAsking = (asking: string) => joinedRoles(joinKindEndings(segmenter().tag(asking, true)));
  return {
    objectsAsked: (_question, asking) => objectsOf(taggedAsking(asking)),
    foreignSubjects(question, asking, story = false) {
      const out: string[] = [];
      // A noun jieba cut before its kind's character (中心/户, 网格/员, 调解/员): one noun, the question's subject.
      const tags = taggedAsking(asking);
      for (const [i, { word, tag }] of tags.entries()) {
        const opening = i === 0;
        if (!/^\p{Script=Han}{2,}$/u.test(word) || NOT_A_NOUN.test(word) || ANYONE.test(word)) continue;
        const at = question.indexOf(word);
        const left = at >= 0 ? question.slice(Math.max(0, at - 4), at) : '';
        const right = at >= 0 ? question.slice(at + word.length, at + word.length + 4) : '';
        // The asker's own, or what something is said to be (…是X搞的吗: the predicate, not the subject).
        // Nor the one money or goods are handed to (拿党费给网格员发过节费): whose rule is asked is the giver's. One given
        // a 处分 or a post (给民兵处分) is whose rule is asked.
        if (ASKERS_OWN.test(left) || left.endsWith('是') || (left.endsWith('给') && GIVEN_THINGS.test(right))) continue;
        // A state said of it (人手少): a reason the story gives, not whose rule is asked (told-state.ts).
        if (STATE_AFTER_NOUN.test(right)) continue;
        const rest = at >= 0 ? question.slice(0, at) + question.slice(at + word.length) : question;
        if (JOINING.test(word)) {
          if (!story && !joinings.some((w) => rest.includes(w)) && !known(word)) out.push(word);
          continue;
        }
        // A post jieba reads as a verb (支部会计), where a post stands.
        if (verbTaggedPost(word, tag, left, right, opening && asking === question, tags[i + 1]?.tag)) {
          if (!story && !known(word)) out.push(word);
          continue;
        }
        if (!nounLike(word, tag) || NAME_TAGS.test(tag)) continue;
        const inCompound = prefixes.some((p) => left.endsWith(p)) || suffixes.some((s) => right.startsWith(s));
        const kinds = Object.keys(KINDS).filter((k) => KINDS[k]!.test(word) && !(k === 'meeting' && NOT_AN_EVENT.test(word)));
        // A Party thing said right before it (党员中心户, 党员示范岗) qualifies it: the thing asked of is still the noun,
        // not a comparison with the Party's own (跟车队一样吗 beside 党支部).
        const qualifier = kinds.flatMap((k) => partyThings[k]!).find((w) => left.endsWith(w));
        const beside = qualifier ? question.slice(0, at - qualifier.length) + question.slice(at + word.length) : rest;
        // A body that holds the Party meeting said right after it (业委会的组织生活会, 学生会的组织生活会): the meeting is
        // that body's, its rule asked of.
        const after = question.slice(at + word.length).replace(/^的/, '');
        const owns = at >= 0 && kinds.includes('organisation') && partyMeetings.some((w) => after.startsWith(w));
        const ofKind = kinds.length > 0 && (owns || !kinds.some((k) => partyThings[k]!.some((w) => beside.includes(w))));
        // The one clause of the question opens on it: the subject said first. Not before a quotation, nor a word that
        // may be an action (vn, nz: 申报) before a noun: a verb with its object (申报“光荣在党50年”纪念章).
        const next = tags[i + 1];
        const opens =
          !story &&
          opening &&
          asking === question &&
          !LOCATIVE.test(right) &&
          !TIME_OF.test(right) &&
          !!next &&
          !/^x/.test(next.tag) &&
          !(/^(?:vn|nz)$/.test(tag) && /^n/.test(next.tag));
        // Whether the handbook says it is read last: it scans the whole text.
        if (story ? qualifier && kinds.includes('role') && ofKind && !known(word) : (inCompound || ofKind || opens) && !known(word))
          out.push(word);
      }
      return out;
    },
  };
}
