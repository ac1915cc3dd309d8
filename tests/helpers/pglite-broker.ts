import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';

/**
 * PGlite for the PostgreSQL half of `npm test` on a machine with no PostgreSQL server. PGlite is PostgreSQL compiled
 * to WebAssembly; pglite-socket serves it over the wire protocol on loopback, so the code under test (a `pg` pool)
 * and the processes tests spawn use a plain postgres:// URL, exactly as on a server.
 *
 * Starting an instance takes seconds, so instances live in the vitest main process for the whole run and are
 * reused: a test takes one (POST /acquire), and gives it back when it drops its database (POST /release/<id>),
 * which empties it (schema `public` dropped and re-created, session state discarded) for the next test.
 */
const resolveHere = createRequire(import.meta.url);

export interface PgliteBroker {
  url: string;
  version: string;
  close(): Promise<void>;
}

interface Instance {
  id: string;
  url: string;
  busy: boolean;
  reset(): Promise<void>;
  close(): Promise<void>;
}

export async function startPgliteBroker(): Promise<PgliteBroker> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const instances: Instance[] = [];

  // The first instance starts at once (initdb takes the longest); its data directory, dumped while still empty,
  // starts every later instance several times faster than another initdb would.
  const first = (async () => {
    const db = await PGlite.create();
    return { db, empty: await db.dumpDataDir('none') };
  })();
  first.catch(() => {});
  let firstTaken = false;
  let started = 0;

  async function start(): Promise<Instance> {
    const takesFirst = !firstTaken;
    firstTaken = true;
    const id = String(++started);
    const template = await first;
    const db = takesFirst ? template.db : await PGlite.create({ loadDataDir: template.empty });
    // Several connections (a pg pool of 10, spawned processes) multiplexed over PGlite's one session; the server
    // keeps a transaction's queries together, queueing the other connections' until it ends.
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 64 });
    await server.start();
    return {
      id,
      url: `postgres://postgres@${server.getServerConn()}/postgres`,
      busy: false,
      async reset() {
        if (db.isInTransaction()) await db.exec('ROLLBACK');
        await db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public; DISCARD ALL;');
      },
      async close() {
        await server.stop();
        await db.close();
      },
    };
  }

  const http = createServer((request, response) => {
    const answer = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    void (async () => {
      try {
        if (request.url === '/acquire') {
          let instance = instances.find((i) => !i.busy);
          if (!instance) {
            instance = await start();
            instances.push(instance);
          }
          instance.busy = true;
          answer(200, { id: instance.id, url: instance.url });
          return;
        }
        const release = /^\/release\/(\d+)$/.exec(request.url ?? '');
        const instance = release && instances.find((i) => i.id === release[1]);
        if (instance) {
          await instance.reset();
          instance.busy = false;
          answer(200, {});
          return;
        }
        answer(404, { error: request.url });
      } catch (error) {
        answer(500, { error: String(error) });
      }
    })();
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  const version = JSON.parse(
    readFileSync(resolveHere.resolve('@electric-sql/pglite').replace(/dist\/.*$/, 'package.json'), 'utf8'),
  ).version;
  return {
    url: `http://127.0.0.1:${port}`,
    version,
    async close() {
      http.close();
      for (const instance of instances) await instance.close();
      if (!firstTaken) await (await first).db.close();
    },
  };
}
