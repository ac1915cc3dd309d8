import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../adapters/slack';
import { visibleText } from '../../adapters/slack/render';
import { createTestBot, type TestBot } from '../helpers/runtime';
import { eventBody, FORM, payloadBody, postSigned, type SlackPeer, startSlackPeer } from './peers/slack';

const SECRET = 'slack-signing-secret';

/**
 * App Home and its form with the whole feature set (bot/features/index.ts): what they show and run comes from what
 * the features declare (Feature.home, Feature.forms), so the 持证上岗 section shows the user's certificate, the
 * schedule form offers exactly the meeting types the core knows and its answer reaches the command that sets them.
 */
describe('Slack App Home and forms, declared by the features', () => {
  let peer: SlackPeer;
  let bot: TestBot | undefined;
  let adapter: SlackAdapter | undefined;
  let url = '';

  beforeAll(async () => {
    peer = await startSlackPeer();
  });
  afterAll(async () => peer?.stop());
  afterEach(async () => {
    await adapter?.stop();
    await bot?.close();
    adapter = undefined;
    bot = undefined;
    peer.calls.length = 0;
  });

  async function start() {
    bot = await createTestBot({ env: { DANGWU_SECRETARIES: 'slack:USEC' } });
    adapter = createSlackAdapter({
      app: bot.runtime.app,
      log: bot.runtime.log,
      botToken: 'xoxb-test',
      signingSecret: SECRET,
      apiUrl: peer.apiUrl,
      port: 0,
      host: '127.0.0.1',
    });
    await adapter.start();
    url = `http://127.0.0.1:${adapter.address()!.port}/slack/events`;
    return bot;
  }
  const posts = () => peer.calls.filter((c) => c.method === 'chat.postMessage');
  const dm = (user: string, text: string) =>
    postSigned(url, SECRET, eventBody({ type: 'message', channel: `D${user}`, channel_type: 'im', user, text, ts: `${Date.now()}.1` }));
  const press = (user: string, data: string) =>
    postSigned(
      url,
      SECRET,
      payloadBody({
        type: 'block_actions',
        user: { id: user },
        channel: { id: `D${user}` },
        trigger_id: 't',
        actions: [{ type: 'button', action_id: data, value: data, block_id: 'b' }],
      }),
      { contentType: FORM },
    );
  const lastButtons = () =>
    posts()
      .at(-1)!
      .body.blocks.filter((b: any) => b.type === 'actions')
      .flatMap((b: any) => b.elements) as { value: string; text: { text: string } }[];
  async function openHome(user: string, publishes: number) {
    await postSigned(url, SECRET, eventBody({ type: 'app_home_opened', user, channel: `D${user}`, tab: 'home' }));
    return (await peer.waitFor('views.publish', publishes)).at(-1)!.body.view;
  }
  /** Title → text of each App Home section. */
  const sectionsOf = (view: any) => {
    const blocks = view.blocks as any[];
    const out: Record<string, string> = {};
    blocks.forEach((b, i) => {
      if (b.type === 'section' && b.text.type === 'mrkdwn') out[b.text.text.replace(/\*/g, '')] = blocks[i + 1].text.text;
    });
    return out;
  };

  it('shows each feature’s declared section: practice figures, 三会一课 and the user’s own certificate', async () => {
    await start();
    const home = await openHome('UMEM', 1);
    const sections = sectionsOf(home);
    // The certificate section is the user's certificate, not the registration command run without arguments.
    expect(sections['持证上岗']).toContain('你还没有登记证书');
    expect(sections['持证上岗']).not.toContain('请写');
    expect(Object.keys(sections)).toEqual(['我的练习统计', '三会一课', '持证上岗']);
    expect(sections['三会一课']).toContain('还没有绑定支部');
    expect(posts()).toHaveLength(0);

    await dm('UMEM', '登记证书 初级 DW2025001 2025-03-10');
    await peer.waitFor('chat.postMessage', 1);
    await press('UMEM', lastButtons().find((b) => b.text.text === '确认')!.value);
    await peer.waitFor('chat.postMessage', 2);
    const again = sectionsOf(await openHome('UMEM', 2));
    expect(again['持证上岗']).toMatch(/初级.*DW2025001/);
  });

  it('offers the schedule form with the meeting types the core knows; its answer sets the meeting', async () => {
    const b = await start();
    await dm('USEC', '绑定支部 第一党支部');
    expect(visibleText((await peer.waitFor('chat.postMessage', 1))[0]!.body)).toContain('第一党支部');

    const home = await openHome('USEC', 1);
    const buttons = home.blocks.filter((x: any) => x.type === 'actions').flatMap((x: any) => x.elements);
    expect(buttons.map((x: any) => x.action_id)).toEqual(['dangwu_form:meeting_schedule']);
    await postSigned(
      url,
      SECRET,
      payloadBody({
        type: 'block_actions',
        user: { id: 'USEC' },
        trigger_id: 'trig-9',
        view: { id: 'V1', type: 'home', private_metadata: 'DUSEC' },
        actions: [{ type: 'button', action_id: buttons[0].action_id, block_id: 'b' }],
      }),
      { contentType: FORM },
    );
    const modal = (await peer.waitFor('views.open', 1))[0]!.body.view;
    const choice = modal.blocks.find((x: any) => x.block_id === 'type').element;
    expect(choice.options.map((o: any) => o.value)).toEqual(['党员大会', '支委会', '党小组会', '党课']);
    expect(JSON.stringify(modal)).not.toContain('主题党日');

    const submit = (type: string, phrase: string) =>
      postSigned(
        url,
        SECRET,
        payloadBody({
          type: 'view_submission',
          user: { id: 'USEC' },
          view: {
            id: 'V2',
            callback_id: modal.callback_id,
            private_metadata: 'DUSEC',
            state: {
              values: {
                type: { value: { type: 'static_select', selected_option: { value: type } } },
                phrase: { value: { type: 'plain_text_input', value: phrase } },
              },
            },
          },
        }),
        { contentType: FORM },
      );
    expect(await (await submit('主题党日', '每月第一个周五下午3点')).json()).toMatchObject({
      response_action: 'errors',
      errors: { type: '请选择会议类型。' },
    });
    expect(await (await submit('支委会', '  ')).json()).toMatchObject({
      response_action: 'errors',
      errors: { phrase: expect.stringContaining('请填写时间') },
    });
    expect(posts()).toHaveLength(1);

    expect((await submit('支委会', '每月第一个周五下午3点')).status).toBe(200);
    const [, preview] = await peer.waitFor('chat.postMessage', 2);
    expect(preview!.body.channel).toBe('DUSEC');
    expect(visibleText(preview!.body)).toMatch(/支部委员会会议[\s\S]*确认按这个时间提醒吗/);
    await press('USEC', lastButtons().find((x) => x.text.text === '确认')!.value);
    const [, , saved] = await peer.waitFor('chat.postMessage', 3);
    expect(visibleText(saved!.body)).toContain('已设置支部委员会会议');
    expect(
      await b.runtime.storage.db
        .withTables<{ meeting_schedules: { type: string; phrase: string } }>()
        .selectFrom('meeting_schedules')
        .select(['type', 'phrase'])
        .execute(),
    ).toEqual([{ type: '支委会', phrase: '每月第一个周五下午3点' }]);
  });
});
