import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cleanQuestion,
  createFactIndex,
  loadFacts,
  matchParts,
  normalizeInput,
  onlyCourtesy,
  readHomophones,
  readSpoken,
  readSpokenKeepingLength,
  withoutCourtesy,
} from '../../knowledge';
import { cleanPaste } from '../../knowledge/questions/paste-noise';
import { DOMAIN_WORDS } from '../../knowledge/text/domain-words';

/**
 * The general layer that reads spoken Chinese before any matching: one table of the dialects' function and question
 * words (knowledge/text/spoken.ts), homophone typos of the domain's words (homophones.ts) and courtesy
 * (courtesy.ts). Examples written per dialect group, not taken from any eval set.
 */
const root = join(import.meta.dirname, '../..');

describe('the shared table of spoken words', () => {
  it.each([
    // 沪语
    ['伊的组织关系哪能办', '他的组织关系怎么办'],
    ['阿拉支部啥辰光换届', '我们支部什么时候换届'],
    ['侬勿交党费覅紧伐', '你不交党费不要紧吗'],
    ['党小组会多少辰光开一趟', '党小组会多久开一次'],
    ['党费好拿来慰问老党员伐', '党费可以拿来慰问老党员吗'],
    ['阿拉伯语', '阿拉伯语'],
    ['伊拉克', '伊拉克'],
    // 川渝, 贵州
    ['转正要啥子材料', '转正要什么材料'],
    ['党费咋个交', '党费怎么交'],
    ['莫得介绍人咋个办', '没有介绍人怎么办'],
    ['出去打工好久算流动党员', '出去打工多久算流动党员'],
    ['好久没交党费了', '好久没交党费了'],
    // 东北
    ['预备期满了咋整', '预备期满了怎么办'],
    ['支委会嘎哈的', '支委会干什么的'],
    // 河南, 山东, 天津, 关中
    ['俺们村中不中成立支部', '我们村行不行成立支部'],
    ['恁支部几个党员', '你们支部几个党员'],
    ['介个事儿找谁', '这个事儿找谁'],
    ['介绍人要几个', '介绍人要几个'],
    ['额是村支书', '我是村支书'],
    ['差额选举的名额', '差额选举的名额'],
    ['嘛时候交党费', '什么时候交党费'],
    // 湘
    ['么子时候转正', '什么时候转正'],
    ['冒得介绍人', '没有介绍人'],
    // 粤语
    ['佢几耐交一次党费', '他多久交一次党费'],
    ['边个批准转正', '谁批准转正'],
    ['我哋可唔可以唔开会', '我们可不可以不开会'],
    ['持证等级同待遇有冇关系', '持证等级同待遇有没有关系'],
    ['关系系统联系', '关系系统联系'],
    // 闽南
    ['伊无交党费', '他没有交党费'],
    ['无记名投票', '无记名投票'],
    ['党费按怎交', '党费怎么交'],
    // net slang, receipts' numerals
    ['党费肿么交', '党费怎么交'],
    ['养老金肆仟贰佰元', '养老金四千二百元'],
    ['陆某交了党费', '陆某交了党费'],
    // Mandarin words the table must leave
    ['什么样的党员算流动党员', '什么样的党员算流动党员'],
    ['请勿代签', '请勿代签'],
    ['采伐林木', '采伐林木'],
  ])('reads %s as %s', (typed, plain) => {
    expect(readSpoken(typed)).toBe(plain);
  });

  it('keeps the length when asked to, padding a shorter reading and using the short form of a longer one', () => {
    for (const typed of ['佢冇交', '三天里向帮伊联系', '吵相骂了', '伊勿晓得哪能办', '覅急']) {
      expect(readSpokenKeepingLength(typed)).toHaveLength(typed.length);
    }
    expect(readSpokenKeepingLength('吵相骂了')).toBe('吵相骂了');
    expect(readSpokenKeepingLength('佢冇交')).toBe('他没交');
    expect(readSpokenKeepingLength('三天里向帮伊联系')).toBe('三天以内帮他联系');
  });

  it('changes nothing the handbook, the facts or the built-in bank say', () => {
    for (const text of domainTexts()) {
      const t = normalizeInput(text).toLowerCase();
      // Facts' paraphrases are written in the members' dialects on purpose; their answers and the handbook are not.
      expect(readSpoken(t)).toBe(t);
    }
  });
});

describe('homophones of the domain words', () => {
  it.each([
    ['党废怎么交', '党费怎么交'],
    ['民主评义多久一次', '民主评议多久一次'],
    ['书计是谁', '书记是谁'],
    ['转证要多久', '转正要多久'],
    ['换界选举', '换届选举'],
    ['党令怎么算', '党龄怎么算'],
    ['支布书记', '支部书记'],
    ['谈心谈化', '谈心谈话'],
    ['政申要查什么', '政审要查什么'],
    // n/l and an/ang, as many southern speakers type them
    ['党林怎么算', '党龄怎么算'],
    ['支部换劫', '支部换届'],
  ])('reads %s as %s', (typed, meant) => {
    expect(readHomophones(typed)).toBe(meant);
  });

  it.each(['支付宝交党费', '支不支持', '无产阶级专政', '知不知道党龄', '当支部书记要几年党龄', '组织关西怎么转', '党员的权力和义务'])(
    'leaves the real words of %s',
    (text) => {
      expect(readHomophones(text)).toBe(text);
    },
  );

  it('rewrites no sentence of the handbook, the facts or the built-in bank', () => {
    const rewritten = domainTexts(true)
      .map((t) => normalizeInput(t).toLowerCase())
      .filter((t) => readHomophones(t) !== t);
    expect(rewritten).toEqual([]);
  });

  it('knows only words the handbook or the facts use', () => {
    const corpus = domainTexts(true).join('\n');
    expect(DOMAIN_WORDS.filter((w) => !corpus.includes(w))).toEqual([]);
  });
});

describe('courtesy before and after a question', () => {
  it.each([
    ['请问小助手，党费怎么交？谢谢侬', '党费怎么交？'],
    ['打扰一下，想请教个事 转正要几个人同意', '转正要几个人同意'],
    ['麻烦问一下哈 支委会几年一届 多谢晒', '支委会几年一届'],
    ['@党务助手 入党介绍人要几个 (๑•̀ㅂ•́)و✧', '入党介绍人要几个'],
    ['小助手 侬好 党小组长谁定 [抱拳]', '党小组长谁定'],
    ['亲属能不能当介绍人', '亲属能不能当介绍人'],
  ])('reads %s as %s', (typed, question) => {
    expect(withoutCourtesy(typed)).toBe(question);
  });

  it('tells a line of courtesy alone', () => {
    expect(onlyCourtesy('谢谢侬')).toBe(true);
    expect(onlyCourtesy('请问小助手')).toBe(true);
    expect(onlyCourtesy('党费怎么交')).toBe(false);
  });

  it('drops a greeting line before a pasted question and reads its dialect words', () => {
    const pasted = cleanPaste('请问小助手  帮我看看选哪个  谢谢侬\n\n党支部应当安排伊参加组织生活。（ ）\nA. 对 B. 错');
    expect(pasted.split('\n')[0]).toBe('党支部应当安排他参加组织生活。（ ）');
    expect(cleanPaste('小助手 侬好  判断题\n\n（ ）退休党员免交党费后仍参加组织生活。')).toMatch(/^【判断】\n（ ）退休党员/);
  });
});

describe('the fact layer reads every dialect before matching (real answer path)', () => {
  const index = createFactIndex(loadFacts());
  const ids = (q: string) => matchParts(index, q).map((m) => m.fact.id);
  it.each([
    ['阿拉党费哪能算', 'dues.rates'],
    ['俺们支部党费咋算', 'dues.rates'],
    ['请问小助手 党废怎么算 谢谢侬', 'dues.rates'],
    ['@党务助手 民主评义多久搞一次', 'life.appraisal'],
    ['党小组会多少辰光开一趟', 'life.group.frequency'],
    ['转证要几多票', 'member.probation.vote'],
    ['恁支部换界几年一次', 'branch.term'],
    ['预被党员有没有表决权', 'member.rights.probationary'],
    ['伊的组织关系哪能转', 'member.transfer'],
  ])('%s → %s', (question, id) => {
    expect(ids(question)).toEqual([id]);
  });
  it('keeps the dialect words of a question as cleanQuestion reads them', () => {
    expect(cleanQuestion('么子时候转正')).toBe('什么时候转正');
  });
});

/** The handbook's lines, the facts' questions and answers (and, with `all`, their paraphrases), the bank's rows. */
function domainTexts(all = false): string[] {
  const texts: string[] = [];
  const dir = (d: string) => join(root, 'knowledge', d);
  for (const f of readdirSync(dir('handbook'))) texts.push(...readFileSync(join(dir('handbook'), f), 'utf8').split(/\n|。/));
  for (const f of readdirSync(dir('facts')).filter((n) => n.endsWith('.jsonl')))
    for (const line of readFileSync(join(dir('facts'), f), 'utf8')
      .split('\n')
      .filter(Boolean)) {
      const fact = JSON.parse(line) as { q: string; p?: string[]; a: string };
      texts.push(...fact.a.split('。'));
      if (all) texts.push(fact.q, ...(fact.p ?? []));
    }
  for (const f of readdirSync(dir('questions')).filter((n) => n.endsWith('.csv')))
    texts.push(...readFileSync(join(dir('questions'), f), 'utf8').split('\n'));
  return texts.filter((t) => t.trim());
}
