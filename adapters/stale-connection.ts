/**
 * Whether a request failed because the server closed an idle keep-alive connection just as the client reused it:
 * Node reports "socket hang up" (ECONNRESET) on a request sent over a reused socket. The server never read that
 * request, so sending it again cannot repeat anything; Node's documentation of `request.reusedSocket` recommends
 * exactly this retry. A reset on a fresh connection is not covered: the server may have acted on it.
 *
 * `error` is what an HTTP client rejects with: axios puts the request on `request` (follow-redirects wraps Node's
 * request, whose own is `_currentRequest`).
 */
export function closedOnReuse(error: unknown): boolean {
  const e = error as {
    code?: string;
    message?: string;
    request?: { reusedSocket?: boolean; _currentRequest?: { reusedSocket?: boolean } };
  };
  if (!e || (e.code !== 'ECONNRESET' && !/socket hang up/i.test(e.message ?? ''))) return false;
  return e.request?.reusedSocket === true || e.request?._currentRequest?.reusedSocket === true;
}
