import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/**
 * What one request may cost the console before any route reads it: the body's size (checked before it is read, so
 * a gigabyte sent to /logout is refused at its Content-Length or after the first 64 KB of a chunked one), the number
 * of form fields, and how long a connection may take to send its headers. Every refusal says so in Chinese.
 */

/** Every form that is not an upload: a login, a logout, a button press (a few hundred bytes each). */
export const FORM_BODY_BYTES = 64 * 1024;
/** Fields one form may carry: the largest real form (an upload of 20 files, or every bank ticked) has a few dozen. */
export const MAX_FORM_FIELDS = 1000;

export interface ServerLimits {
  /** Time to send a request's headers; a connection that drips them slowly (slowloris) is closed after it. */
  headersTimeoutMs: number;
  /** Time to send a whole request: a 40 MB upload on a slow county line takes minutes. */
  requestTimeoutMs: number;
  /** An idle kept-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** How often the server looks for connections past those times. */
  checkIntervalMs: number;
  /** Open connections at once; beyond it new ones are closed at once, so sockets cannot exhaust file handles. */
  maxConnections: number;
}

export const SERVER_LIMITS: ServerLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 300_000,
  keepAliveTimeoutMs: 5_000,
  checkIntervalMs: 1_000,
  maxConnections: 512,
};

const megabytes = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`);

/**
 * A body limit on every route: the routes named in `larger` (uploads) get theirs, every other one
 * {@link FORM_BODY_BYTES}. Refused with 413 before the body is read.
 */
export function limitBodies(larger: Record<string, number>): MiddlewareHandler {
  // Not `Connection: close`: closing with the rest of the body unread resets the connection, and a client still
  // sending would lose the answer. The Node adapter reads and drops what follows (at most 64 MB or half a second).
  const refuse = (max: number) => (c: Context) => c.text(`请求内容太大（上限 ${megabytes(max)}），没有处理。`, 413);
  const forms = bodyLimit({ maxSize: FORM_BODY_BYTES, onError: refuse(FORM_BODY_BYTES) });
  const uploads = new Map(Object.entries(larger).map(([path, max]) => [path, bodyLimit({ maxSize: max, onError: refuse(max) })]));
  return (c, next) => (uploads.get(c.req.path) ?? forms)(c, next);
}

/**
 * Refuses a form with more than {@link MAX_FORM_FIELDS} fields before it is parsed (150,000 fields took the parser
 * seconds of the event loop). Counts separators in the raw body, which the route's own parse then reuses.
 */
export function limitFormFields(max = MAX_FORM_FIELDS): MiddlewareHandler {
  return async (c, next) => {
    const type = c.req.header('content-type') ?? '';
    const boundary = /^multipart\/form-data\b.*?;\s*boundary="?([^";]+)"?/i.exec(type)?.[1];
    const urlencoded = /^application\/x-www-form-urlencoded\b/i.test(type);
    if (c.req.method !== 'POST' || (!boundary && !urlencoded)) return next();
    const body = Buffer.from(await c.req.arrayBuffer());
    const fields = boundary ? occurrences(body, `--${boundary}`, max + 2) - 1 : occurrences(body, '&', max) + 1;
    if (fields > max) return c.text(`表单字段太多（上限 ${max} 个），没有处理。`, 413);
    return next();
  };
}

/** Occurrences of `needle` in `body`, counted up to `enough` (more cannot change the answer). */
function occurrences(body: Buffer, needle: string, enough: number): number {
  let count = 0;
  for (let at = body.indexOf(needle); at !== -1 && count <= enough; at = body.indexOf(needle, at + needle.length)) count++;
  return count;
}
