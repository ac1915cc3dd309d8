import { describe, expect, it } from 'vitest';
import { queryTerms } from '../../knowledge/search/tokenize';
import { openIndex } from './helpers';

describe('tokenize', () => {
  it('does not let 党组 match inside 党组织, but keeps the other parts of the word', () => {
    const terms = queryTerms('基层党组织要支持党组工作');
    expect(terms.filter((t) => t === '党组')).toEqual(['党组']);
    expect(queryTerms('基层党组织')).toEqual(['基层', '组织', '党组织']);
  });
});

/** One handbook section retelling an article, and the article itself, ingested side by side. */
async function withProbation() {
  const { close, index } = await openIndex();
  await index.upsert({
    source: 'handbook:member.probation',
    title: '党务工作手册',
    kind: 'handbook',
    chunks: [
      {
        source: 'handbook:member.probation',
        title: '党务工作手册 › 党员 › 预备期',
        text: '按照党章，预备党员的预备期为一年，预备期从支部大会通过之日算起。预备期满按期转正。',
      },
    ],
  });
  await index.upsert({
    source: 'file:zhangcheng.txt',
    title: '章程',
    kind: 'file',
    chunks: [
      {
        source: '《中国共产党章程》第七条',
        title: '中国共产党章程 › 第一章 党员 › 第七条',
        text: '党组织对预备党员应当认真教育和考察。预备党员的预备期为一年。',
      },
    ],
  });
  return { close, index };
}

describe('questions that ask for an article', () => {
  it('put the 党章 article first when the question names 党章 or asks 第几条', async () => {
    const { close, index } = await withProbation();
    expect((await index.search('党章里预备期多长', 2))[0]?.source).toBe('《中国共产党章程》第七条');
    expect((await index.search('第几条规定预备期', 2))[0]?.source).toBe('《中国共产党章程》第七条');
    await close();
  });
});

describe('the primary source first', () => {
  it('puts the article before the handbook section retelling it when it covers the question as well', async () => {
    const { close, index } = await withProbation();
    expect((await index.search('预备期多长', 2)).map((h) => h.source)).toEqual(['《中国共产党章程》第七条', 'handbook:member.probation']);
    await close();
  });

  it('keeps the handbook section first when the article lacks what was asked', async () => {
    const { close, index } = await withProbation();
    expect((await index.search('预备期满以后怎么转正', 2))[0]?.source).toBe('handbook:member.probation');
    await close();
  });
});

/** Passages about other things, so that the words of the question are not in every passage of the index. */
const ELSEWHERE = [
  '入党申请人要向党组织递交书面申请。',
  '党费按月交纳，由党小组收缴后交到支部。',
  '主题党日每月固定一天开展。',
  '党员发展要坚持标准、保证质量。',
  '党旗党徽要按照规定制作和使用。',
  '谈心谈话每年至少开展一次。',
];

/** Articles of one chapter share its title; what tells them apart is their own text. */
async function withChapter(chapter: string, articles: Array<[string, string]>) {
  const { close, index } = await openIndex();
  await index.upsert({
    source: 'file:zhangcheng.txt',
    title: '章程',
    kind: 'file',
    chunks: articles.map(([article, text]) => ({
      source: `《中国共产党章程》${article}`,
      title: `中国共产党章程 › ${chapter} › ${article}`,
      text,
    })),
  });
  await index.upsert({
    source: 'file:other.txt',
    title: '其他',
    kind: 'file',
    chunks: ELSEWHERE.map((text, i) => ({ source: `其他 ${i + 1}`, title: '其他资料', text })),
  });
  return { close, index };
}

describe('sibling articles', () => {
  it('finds the article whose first sentence names the subject, though it is long and a short one mentions it', async () => {
    const { close, index } = await withChapter('第一章　党员', [
      [
        '第三条',
        '党员必须履行下列义务：\n（一）认真学习党的理论和路线方针政策，努力提高本领。\n（二）执行党的决定，服从组织分配，积极完成任务。\n' +
          '（三）密切联系群众，维护群众的正当利益。\n（四）自觉遵守党的纪律，保守党的秘密。',
      ],
      ['第七条', '预备党员的预备期为一年。预备党员的义务同正式党员一样。'],
    ]);
    expect((await index.search('党员有哪些义务', 2))[0]?.source).toBe('《中国共产党章程》第三条');
    await close();
  });

  it('finds the article that says how often when the question asks how often', async () => {
    const { close, index } = await withChapter('第四章　党的地方组织', [
      ['第二十七条', '地方委员会每届任期五年，委员出缺时由候补委员依次递补。地方委员会全体会议，每年至少召开两次。'],
      ['第二十八条', '常务委员会在闭会期间行使职权。常务委员会定期向地方委员会全体会议报告工作，由地方委员会全体会议监督。'],
    ]);
    expect((await index.search('地方委员会全体会议一年开几次', 2))[0]?.source).toBe('《中国共产党章程》第二十七条');
    await close();
  });

  it('reads an abbreviation as the name the regulation spells out (纪委 → 纪律检查委员会)', async () => {
    const { close, index } = await withChapter('第八章　党的纪律检查机关', [
      ['第四十五条', '纪律检查委员会每届任期和同级党的委员会相同。'],
      ['第四十六条', '纪律检查委员会的职责是监督、执纪、问责。'],
    ]);
    await index.upsert({
      source: 'handbook:branch.secretary',
      title: '党务工作手册',
      kind: 'handbook',
      chunks: [
        {
          source: 'handbook:branch.secretary',
          title: '党务工作手册 › 支部建设 › 支部书记的职责',
          text: '支部书记的职责是主持支部的全面工作。支部书记履行职责，要督促其他委员履行职责。',
        },
      ],
    });
    const [first] = await index.search('纪委的职责是什么', 3);
    expect(first?.source).toBe('《中国共产党章程》第四十六条');
    expect(first?.coverage).toBe(1);
    await close();
  });
});
