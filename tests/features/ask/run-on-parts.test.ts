import { describe, expect, it } from 'vitest';
import { everydayAsk } from '../../helpers/everyday-ask';
import { factIndex } from '../../helpers/facts';

/**
 * facts33: two things asked with no mark between them (voice input, hurried typing), through the everyday eval's own
 * path (createAnswerers over a runtime, answerQuestion on the normalised question). The second part running on
 * without its subject is asked of the first's ("党费是义务吗大概多久交一次"), a story told first and run straight into
 * the questions is context, not a question left open, and a list whose next number stands glued to the item before
 * is cut at that number. Each part is answered by its own fact; none answered half as if it were the whole.
 * Sentences written for this test, none taken from an eval set or the generator's tables.
 */
const answerOf = (id: string) => factIndex.facts.find((f) => f.id === id)!.a;
// A fact's answer as the reply holds it: its first sentence, enough to show it is there.
const said = (id: string) => answerOf(id).split(/[。；]/)[0]!;

describe('two questions run on with no mark between, through the real answer path', () => {
  const ask = everydayAsk();

  it.each([
    ['党费是义务吗大概多久交一次', ['dues.duty', 'dues.monthly']],
    ['入党积极分子换单位了要重新培养吗多长时间考察一次', ['develop.activist.transfer', 'develop.activist.review']],
    ['支委会的职责是什么多久开一次', ['branch.committee.role', 'life.committee.frequency']],
  ])('the second running on without its subject is asked of the first: %s', async (q, ids) => {
    const reply = await ask(q);
    expect(reply.kind).toBe('handbook');
    for (const id of ids) expect(reply.answer).toContain(said(id));
  });

  it.each([
    ['退休党员交党费的比例支委会多久开一次', ['dues.retired', 'life.committee.frequency']],
    ['支部委员会选举的差额比例流动党员归谁管', ['branch.election.margin', 'member.mobile.manage']],
    ['处分的影响期从哪天开始算党支部成立的程序', ['discipline.influence.start', 'branch.setup.approve']],
  ])('a part asked as a noun phrase (…的比例, …的程序) is cut off where the second subject begins: %s', async (q, ids) => {
    const reply = await ask(q);
    expect(reply.kind).toBe('handbook');
    for (const id of ids) expect(reply.answer).toContain(said(id));
  });

  it('a story run straight into two questions is context: both questions answered', async () => {
    const reply = await ask('我在乡里当了十来年会计今年刚被选进支委好多事摸不着头脑党费能不能拿来聚餐组织生活会开之前要准备啥');
    expect(reply.kind).toBe('handbook');
    expect(reply.answer).toContain(said('dues.use'));
    expect(reply.answer).toContain(said('life.review.steps'));
  });

  it('a story run into two questions is not itself said to be an open question', async () => {
    const reply = await ask('我们村党员一大半在外面打工人都凑不齐预备党员要考察多久留党察看期间能投票吗');
    expect(reply.answer).toContain(said('member.probation.length'));
    expect(reply.answer).toContain(said('discipline.watch.rights'));
    expect(reply.answer).not.toContain('打工人都凑不齐');
  });

  it('a numbered list whose next number stands glued to the item before is cut there', async () => {
    const reply = await ask('1 处分的影响期从哪天开始算2 从轻处分是啥意思');
    expect(reply.answer).toContain(said('discipline.influence.start'));
    expect(reply.answer).toContain(said('discipline.lenient'));
  });

  it('a second run on that no fact answers is said to be open, not passed over', async () => {
    const reply = await ask('支部书记任期几年工资谁来发');
    expect(reply.answer).toContain(said('branch.term'));
    expect(reply.answer).toContain('工资谁发');
  });

  it('one question with a closing 吗 and nothing asked after it stays one question', async () => {
    const reply = await ask('支委会一年开几次吗');
    expect(reply.kind).toBe('handbook');
    expect(reply.answer).toContain(said('life.committee.frequency'));
  });
});
