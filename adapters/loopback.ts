import type { App } from '../bot';
import type { Adapter } from './adapter';

export const LOOPBACK_PLATFORM = 'loopback';

/**
 * A test-only messenger (DANGWU_LOOPBACK_URL): every push is POSTed as JSON to a recorder on 127.0.0.1 with
 * the delivery's `Idempotency-Key` header, so the crash test can see what a real process sent. Not for production.
 */
export function createLoopbackAdapter(app: App, url: string): Adapter {
  return {
    name: LOOPBACK_PLATFORM,
    async start() {
      app.registerMessenger(LOOPBACK_PLATFORM, {
        async send(chatId, reply, options) {
          const response = await fetch(url, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              ...(options?.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {}),
            },
            body: JSON.stringify({ chatId, text: reply.text }),
          });
          if (!response.ok) throw new Error(`loopback messenger answered ${response.status}`);
        },
      });
    },
    async stop() {},
  };
}
