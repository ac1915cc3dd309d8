/**
 * 案例题: a fact's canonical question asked after a situation is told, as strangers write it — who (我们村老党员老王,
 * 车间一个工友), a detail about them that does not change the fact (where they live, what they do, how things are at
 * home, what happened lately, a count or a date of their own), and a link to the question (他问我, 想问一下, 我也说不清,
 * 咋整). The question is the fact's own `q`, unchanged, so the right answer is that fact's answer (judged as the
 * everyday eval judges the generated rewrites: judgeGenerated, by the answer).
 *
 * Why: wrong answers to strangers come mostly from messages that tell something first and ask after; the told
 * detail carries words (a count, a date, a meeting, a place) that the fact layer may read as the question.
 *
 * The parts come in a TUNE half, which fixes may be made against, and an APART half, never fixed against (wider:
 * other regions' wording, workplace and village life, a classical or polite register, voice-input slips, messages
 * with no punctuation), which shows whether a fix transfers. The two halves share no part, and draw their facts
 * apart too. Every part is this file's own. Details avoid what would change a fact's answer (退休, 困难, 预备, 外出,
 * 请假, 处分, 党费 …): they are noise, not conditions.
 */
import { type Fact, type FactIndex, matchParts } from '../../knowledge';
import { type GeneratedQuestion, judgeGenerated, type Vocab } from './fact-question-generator';
import { pick, pickStable, type Rand, sampleSlots } from './random';

export interface CaseQuestion {
  text: string;
  /** The fact whose `q` is asked. */
  fact: string;
  /** The question as the fact words it. */
  source: string;
  who: string;
  detail: string;
  link: string;
  /** How the message is marked: 'comma' (，…？), 'ascii' (, …?), 'space' (spaces for marks), 'none' (no marks at all). */
  marks: Marks;
}

type Marks = 'comma' | 'ascii' | 'space' | 'none';

/** The parts of one half. `link` holds {q}, where the fact's question goes; details may hold {n} (a small number). */
export interface CaseParts {
  who: string[];
  detail: string[];
  link: string[];
  marks: Marks[];
}

export const CASE_PARTS: Record<Vocab, CaseParts> = {
  tune: {
    who: [
      '我们村老党员老王',
      '车间一个工友',
      '支部的小李',
      '我们单位的张姐',
      '隔壁的刘大爷',
      '社区里一个大姐',
      '我一个老同学',
      '我们科室的小陈',
      '村里的赵会计',
      '厂里开车的师傅',
    ],
    detail: [
      '住在村东头',
      '家就在镇上',
      '住我们楼下',
      '在厂里管仓库',
      '是开叉车的',
      '在食堂做饭',
      '家里三口人',
      '孩子今年上初中',
      '家里养了{n}头猪',
      '最近刚装修完房子',
      '前两天下大雨他家院墙塌了',
      '上个月刚换了手机',
      '上周三刚过完生日',
      '老伴天天跳广场舞',
    ],
    link: ['想问一下{q}', '他问我{q}', '{q}，我也说不清', '{q}，咋整', '托我打听{q}', '问我{q}，我答不上来'],
    marks: ['comma'],
  },
  apart: {
    who: [
      '俺们屯的老孙头',
      '阿拉弄堂里一个老师傅',
      '我们那边寨子里的岩叔',
      '工地上一个钢筋工',
      '物流园一个分拣员',
      '咱镇卫生院的一个护士',
      '敝单位一位老同志',
      '兹有我处职工一名',
      '嗯那个我们队里的老周',
      '就是就是我表哥',
      '学校门口开车接娃的一个家长',
      '高速收费站一个小伙',
      '佢哋公司一个同事',
      '矿上的一个班长',
    ],
    detail: [
      '屋头在河对门',
      '住在新农村安置点那一排',
      '平时在大棚里摘番茄',
      '在矿上下井',
      '在超市理货',
      '跑网约车的',
      '屋里头{n}个娃娃',
      '他家那口子在镇上摆摊卖凉皮',
      '今年开春刚翻盖了屋顶',
      '腊月里刚娶了儿媳妇',
      '前几天村口的桥修好了',
      '昨儿个他家的狗丢了',
      '家中尚有高堂需奉养',
      '素来为人忠厚',
      '他在家带孙子嗯就是说平时挺忙的',
      '那个那个刚买了辆电动三轮',
    ],
    link: [
      '冒昧请教{q}',
      '烦请赐教{q}',
      '他叫我问问{q}',
      '佢问我{q}',
      '想晓得{q}',
      '{q}，俺也整不明白',
      '{q}哈，我也闹不清楚',
      '问一哈{q}',
      '{q}，这个咋个弄嘛',
      '就想问就想问{q}',
      '侬晓得伐{q}',
      '{q}，恳请解惑',
    ],
    marks: ['ascii', 'space', 'none'],
  },
};

const num = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

const MARK = /[，。？！、：；,.?!:;]/g;

function assemble(who: string, detail: string, link: string, q: string, marks: Marks): string {
  const body = q.replace(/[？?]+$/, '');
  const text = `${who}，${detail}，${link.replace('{q}', body)}`;
  // The message ends in a question mark where it ends in the question, else in a full stop (…，我也说不清。).
  const asked = link.endsWith('{q}');
  if (marks === 'none') return text.replace(MARK, '');
  if (marks === 'space') return text.replace(MARK, ' ').replace(/ +/g, ' ').trim();
  if (marks === 'ascii') return `${text.replace(/，/g, ', ')}${asked ? '?' : '.'}`;
  return `${text}${asked ? '？' : '。'}`;
}

/** `count` case questions from random facts' canonical questions, with the parts of one half. */
export function generateCases(facts: readonly Fact[], count: number, seed: number, vocab: Vocab): CaseQuestion[] {
  if (facts.length === 0) return [];
  const parts = CASE_PARTS[vocab];
  // Each half draws its own facts: the apart half is not the tune half's draws re-told.
  const offset = { tune: 0, apart: 15485863 }[vocab];
  return sampleSlots(seed + offset, count, count * 20, (r) => {
    const fact = pickStable(r, facts, (f) => f.id);
    const who = pick(r, parts.who);
    const detail = pick(r, parts.detail).replace('{n}', String(num(r, 2, 9)));
    const link = pick(r, parts.link);
    const marks = pick(r, parts.marks);
    return { text: assemble(who, detail, link, fact.q, marks), fact: fact.id, source: fact.q, who, detail, link, marks };
  });
}

/** As the everyday eval judges the generated rewrites (judgeGenerated): right, wrong (another fact given) or none. */
export function tallyCases(
  items: readonly CaseQuestion[],
  facts: readonly Fact[],
  index: FactIndex,
): Record<'right' | 'wrong' | 'none', number> {
  const tally = { right: 0, wrong: 0, none: 0 };
  for (const item of items) {
    const asked: GeneratedQuestion = { text: item.text, facts: [item.fact], kind: 'story', source: item.source, detail: item.detail };
    const matched = matchParts(index, item.text).map((m) => m.fact);
    tally[judgeGenerated(asked, facts, matched).verdict]++;
  }
  return tally;
}
