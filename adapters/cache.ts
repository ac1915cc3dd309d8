/**
 * A small time-limited cache of promises, for platform look-ups an adapter repeats (a user's name, a chat's
 * managers): one request per key while it is fresh, a failed request forgotten at once so the next call retries,
 * and the whole cache dropped past 10,000 keys rather than growing without bound.
 */
export interface PromiseCache<T> {
  get(key: string, load: () => Promise<T>): Promise<T>;
}

export function createPromiseCache<T>(ttlMs: number, now: () => number): PromiseCache<T> {
  const entries = new Map<string, { until: number; value: Promise<T> }>();
  return {
    get(key, load) {
      const at = now();
      const hit = entries.get(key);
      if (hit && hit.until > at) return hit.value;
      const value = load();
      value.catch(() => entries.delete(key));
      if (entries.size > 10_000) entries.clear();
      entries.set(key, { until: at + ttlMs, value });
      return value;
    },
  };
}
