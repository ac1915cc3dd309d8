import { createFeishuAdapter, type FeishuAdapter } from '../../../adapters/feishu';
import type { FeatureFactory } from '../../../bot/core/feature';
import { silentLogger } from '../../../bot/logger';
import { createTestBot } from '../../helpers/runtime';
import { FEISHU_APP_ID, FEISHU_APP_SECRET, type FeishuPeer, p2pChat, startFeishuPeer, visibleText } from './feishu';

/** The real 飞书 adapter for `app`, talking to the fake platform `peer` (not started yet), as the tests and benches use it. */
export function feishuAdapterFor(app: Parameters<typeof createFeishuAdapter>[0]['app'], peer: FeishuPeer): FeishuAdapter {
  return createFeishuAdapter({
    app,
    log: silentLogger(),
    appId: FEISHU_APP_ID,
    appSecret: FEISHU_APP_SECRET,
    domain: peer.domain,
    throttle: false,
  });
}

/**
 * Runs a parity script (typed lines, `press:<label>` to press a button of the last reply) in a private 飞书 chat
 * through the real adapter and a fresh fake platform; returns the text of the first message answering each step.
 */
export async function runFeishuScript(script: string[], features: FeatureFactory[]): Promise<string[]> {
  const peer = await startFeishuPeer();
  const bot = await createTestBot({ features });
  const adapter = feishuAdapterFor(bot.runtime.app, peer);
  try {
    await adapter.start();
    const user = 'ou_parity';
    const texts: string[] = [];
    for (const [i, step] of script.entries()) {
      const last = peer.sent.at(-1);
      if (step.startsWith('press:')) await peer.press({ user, message: last!, label: step.slice(6) });
      else await peer.sendText({ user, text: step });
      const sent = await peer.waitForSent(i + 1, (m) => m.receive_id === p2pChat(user));
      texts.push(visibleText(sent[i]!));
    }
    return texts;
  } finally {
    await adapter.stop();
    await bot.close();
    await peer.stop();
  }
}
