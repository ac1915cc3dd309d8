/**
 * Failed logins per client address, beside the lock-out per user name (web/accounts.ts): trying a new made-up name
 * each time gets round a per-name lock, not a per-address one. Kept in memory: a restart forgets it, which only
 * gives an attacker one more window, and nothing here needs to be shared between processes to be effective.
 */

/** Failed logins one address may make per window before its logins are refused until the window ends. */
export const MAX_FAILURES_PER_ADDRESS = 30;
export const ADDRESS_WINDOW_MINUTES = 15;
/** Addresses remembered at once; beyond it the ones whose window has ended are dropped first. */
const MAX_ADDRESSES = 10_000;

interface Window {
  startedAt: number;
  failures: number;
}

export interface LoginLimits {
  /** When this address may log in again, or undefined when it may now. */
  blockedUntil(address: string): Date | undefined;
  /** Counts a failed login (wrong password, unknown or locked name) from this address. */
  failed(address: string): void;
}

export function createLoginLimits(
  now: () => Date,
  { maxFailures = MAX_FAILURES_PER_ADDRESS, windowMinutes = ADDRESS_WINDOW_MINUTES } = {},
): LoginLimits {
  const windows = new Map<string, Window>();
  const windowMs = windowMinutes * 60_000;
  const current = (address: string, at: number) => {
    const window = windows.get(address);
    return window && at - window.startedAt < windowMs ? window : undefined;
  };
  const forgetEnded = (at: number) => {
    for (const [address, window] of windows) if (at - window.startedAt >= windowMs) windows.delete(address);
    // Still full (a flood from very many addresses): the oldest windows go, so memory stays bounded.
    for (const address of windows.keys()) {
      if (windows.size < MAX_ADDRESSES) break;
      windows.delete(address);
    }
  };
  return {
    blockedUntil(address) {
      const window = current(address, now().getTime());
      return window && window.failures >= maxFailures ? new Date(window.startedAt + windowMs) : undefined;
    },
    failed(address) {
      const at = now().getTime();
      const window = current(address, at);
      if (window) {
        window.failures++;
        return;
      }
      if (windows.size >= MAX_ADDRESSES) forgetEnded(at);
      windows.set(address, { startedAt: at, failures: 1 });
    },
  };
}
