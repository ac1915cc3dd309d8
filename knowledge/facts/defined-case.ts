import { chineseNumber } from '../text/numerals';

/**
 * Whether someone in the asker's story counts as a thing the handbook defines by conditions (issue 22): "在那边做了
 * 八个月了，组织生活一次都来不了，他算不算流动党员", "十个月没交党费也说不出理由，算不算自行脱党". The definition
 * alone leaves the asker to work it out; here each of its conditions is read against the story:
 *  - every condition told and met: the verdict (算，属于…) first, with what in the story meets each;
 *  - one told and not met: 不算, with the condition that fails;
 *  - one not told: 要看 that condition, with what is told so far.
 * A verdict is said only where the story settles it.
 */

/** What a story tells of one condition: met, not met (with why), or nothing. */
type Reading = { met: true; said: string } | { met: false; said: string } | undefined;

interface Condition {
  /** The condition in the handbook's own words, named where it is not told ("要看…"). */
  name: string;
  read: (story: string) => Reading;
}

interface Definition {
  /** The fact sentence that states the definition. */
  rule: RegExp;
  /** The defined term, as the verdict says it. */
  term: string;
  /** The question asks whether the story's case is the term: 算不算流动党员, 属于自行脱党吗, 是不是脱党. */
  asked: RegExp;
  conditions: Condition[];
}

const NUM = '(\\d{1,2}|[一两二三四五六七八九十]{1,3})';
const count = (s: string) => (/\d/.test(s) ? Number(s) : chineseNumber(s));

/**
 * A span told in months or years (八个月, 七八个月, 快三年, 一年半, 半年多, 大半年, 10个多月), in months, with its
 * words; 七八个月 is read as the lower. Not a year of the calendar (2024年) nor a point in time (去年8月).
 */
const SPAN = new RegExp(
  `(?<![\\d年月])(?:快|近|将近|差不多|都|已经|有)?${NUM}\\s*(?:个多?|多个)\\s*月|(?<![\\d年])(?:快|近|将近|差不多|都|已经|有)?${NUM}\\s*年(半|多)?(?![\\d级底初中末前后份度])|(?:大?半年)多?`,
);

export function spanTold(clause: string): { months: number; said: string } | undefined {
  const m = SPAN.exec(clause);
  if (!m) return undefined;
  const said = m[0].replace(/\s+/g, '');
  let months: number | undefined;
  if (m[1]) {
    // 七八个月: two numbers run together, the lower.
    const pair = /^([一二三四五六七八九])([一二三四五六七八九])$/.exec(m[1]);
    months = pair ? count(pair[1]!) : count(m[1]);
  } else if (m[2]) {
    const years = count(m[2]);
    months = years === undefined ? undefined : years * 12 + (m[3] === '半' ? 6 : 0);
  } else months = /半年多|大半年/.test(said) ? 7 : 6;
  // 快三年 is under three years, but over six months either way; 快半年 is under six.
  if (months !== undefined && /^(?:快|近|将近)/.test(said) && months <= 6) months -= 1;
  return months === undefined || months > 600 ? undefined : { months, said };
}

/** The first clause of the story holding a span and one of the words: where the span is said of that. */
function spanIn(story: string, about: RegExp): { months: number; said: string } | undefined {
  for (const clause of story.split(/[，,。；;？?！!\s]+/)) {
    if (!about.test(clause)) continue;
    const span = spanTold(clause);
    if (span) return span;
  }
  return undefined;
}

/** Away for work, study or business, or simply gone somewhere ("去广州半年多了", "人在上海执业快三年"). */
const AWAY =
  /外出|出去|在外|外地|外省|打工|务工|实习|上班|工作|学习|进修|做生意|经商|读书|执业|跑运输|跑车|挂职|借调|做了|干了|去了?[\u4e00-\u9fff]{1,6}|在[\u4e00-\u9fff]{1,6}(?:那边|那里|这边)|(?:待|呆|住)了?\s*(?:上|满)?/;
/** A trip the definition names as not one: 短期出差、探亲. */
const SHORT_TRIP = /出差|探亲|旅游|休假/;
/** Told as unable to come to the branch's own activities. */
const CANNOT_ATTEND =
  /回不去|回不来|来不了|赶不回|参加不了|过不了|顾不上|没法(?:回|参加|过)|没办法(?:回|参加|过)|不能(?:正常)?(?:回来|参加)|(?:一次都|一直|从来|都)(?:没|冇|没有|不)(?:来|回|参加)|(?:没|冇|没有)(?:回来|回去)过/;
/** Told as coming back to them all the same. */
const STILL_ATTENDS =
  /(?:每个?月|每次|经常|按时|都能|也能|照常|照样)(?:都|也)?(?:能)?(?:回来|回去|参加|过组织生活)|(?:能|可以)(?:正常|按时)(?:回来|参加)/;

const MOBILE: Definition = {
  rule: /离开组织关系所在党支部六个月以上[^。]*算流动党员/,
  term: '流动党员',
  asked: /(?:算|属于|是)[^，,。？?]{0,4}流动党员|流动党员[^，,。]{0,4}(?:算不算|吗|么|不)/,
  conditions: [
    {
      name: '是不是短期出差、探亲',
      read: (story) => {
        // An exception of the definition, not a condition to ask after: nothing said where no trip is told.
        const trip = SHORT_TRIP.exec(story);
        return trip ? { met: false, said: `${trip[0]}是短期离开` } : { met: true, said: '' };
      },
    },
    {
      name: '离开满不满六个月',
      read: (story) => {
        const span = spanIn(story, AWAY);
        if (!span) return undefined;
        return span.months >= 6
          ? { met: true, said: `在外${span.said}，已满六个月` }
          : { met: false, said: `在外${span.said}，还不到六个月` };
      },
    },
    {
      name: '能不能正常参加原党支部的活动',
      read: (story) => {
        if (STILL_ATTENDS.test(story)) return { met: false, said: '还能正常参加原党支部的活动' };
        const cannot = CANNOT_ATTEND.exec(story);
        return cannot ? { met: true, said: '不能正常参加原党支部的活动' } : undefined;
      },
    },
  ],
};

/** Told as having been absent from, or not doing, what a member must: the life of the branch, the dues, the work. */
const ABSENT =
  /(?:没|冇|没有|不|未)(?:来|去|参加|过|交|缴|做|干)|不理|联系不上|找不到|找不着|电话(?:也)?(?:不接|打不通|不通)|失联|人影不见/;
/** Told as having no good reason. */
const NO_REASON =
  /(?:没|冇|没有|无)(?:什么|啥|任何)?(?:正当)?(?:理由|原因)|说不出|讲不出|(?:没|冇|没有|也没)(?:啥|什么)?(?:病|事)|不理|(?:电话|打电话)(?:也)?(?:不接|打不通)|联系不上|失联|故意|不想来|就是不来/;
/** Told as having one: illness, approved leave, service, study abroad with the branch's consent. */
const GOOD_REASON =
  /住院|(?<![没冇无啥])(?:生病|病了|重病|大病|卧床|瘫痪)|(?:支部|组织)(?:同意|批准|批了)|请了?假|服兵役|当兵|照顾(?:病|老人|家)/;

const LAPSE: Definition = {
  rule: /党员没有正当理由，?连续六个月/,
  term: '自行脱党',
  asked: /(?:算|属于|是|构成|认定)[^，,。？?]{0,4}(?:自行)?脱党|脱党[^，,。]{0,4}(?:算不算|吗|么|不)/,
  conditions: [
    {
      name: '有没有正当理由',
      read: (story) => {
        if (NO_REASON.test(story)) return { met: true, said: '没有正当理由' };
        const reason = GOOD_REASON.exec(story);
        return reason ? { met: false, said: `${reason[0]}属于有正当理由` } : undefined;
      },
    },
    {
      name: '是不是连续满六个月',
      read: (story) => {
        const span = spanIn(story, ABSENT) ?? spanIn(story, /了|到现在|至今/);
        if (!span) return undefined;
        return span.months >= 6
          ? { met: true, said: `已有${span.said}，满了六个月` }
          : { met: false, said: `才${span.said}，还不到六个月` };
      },
    },
    {
      name: '是不是不参加组织生活、不交党费或不做党分配的工作',
      read: (story) => (ABSENT.test(story) ? { met: true, said: '不参加组织生活或不交党费' } : undefined),
    },
  ],
};

const DEFINITIONS: readonly Definition[] = [MOBILE, LAPSE];

/**
 * The verdict on the story's case, said before the definition, or undefined where the fact is no definition read
 * here or the question does not ask whether the case is the defined thing.
 */
export function definedCase(answer: string, question: string): string | undefined {
  const def = DEFINITIONS.find((d) => d.rule.test(answer));
  if (!def?.asked.test(question)) return undefined;
  const readings = def.conditions.map((c) => ({ condition: c, reading: c.read(question) }));
  const failed = readings.find((r) => r.reading && !r.reading.met);
  if (failed) return `不算。按你说的，${failed.reading!.said}，不属于${def.term}。`;
  const met = readings.filter((r) => r.reading?.met && r.reading.said).map((r) => r.reading!.said);
  // Nothing of the case told: the definition as it is.
  if (met.length === 0) return undefined;
  const missing = readings.filter((r) => !r.reading).map((r) => r.condition.name);
  if (missing.length > 0) return `要看${missing.join('、')}：按你说的${met.join('；')}；其余条件也符合的，属于${def.term}。`;
  return `算，属于${def.term}：按你说的${met.join('；')}。`;
}
