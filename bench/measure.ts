/** Small helpers shared by the benchmarks: percentiles over repeated timings, and RSS. */

export interface Timing {
  p50: number;
  p99: number;
  mean: number;
  count: number;
}

export function measure(iterations: number, work: (i: number) => unknown): Timing {
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    work(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return summarize(samples);
}

export async function measureAsync(iterations: number, work: (i: number) => Promise<unknown>): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    await work(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return summarize(samples);
}

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), mean: sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1), count: sorted.length };
}

export const ms = (value: number) => `${value.toFixed(value < 1 ? 3 : 2)} ms`;
export const rssMb = () => `${(process.memoryUsage().rss / 1024 / 1024).toFixed(1)} MB`;

/**
 * Rounds of a throughput bench pooled: every latency, presses per second over all rounds, and `weighted` to
 * average a per-press figure (CPU, platform calls) by each round's number of presses.
 */
export function combineRounds<R extends { latencies: number[]; seconds: number }>(rounds: R[]) {
  const latencies = rounds.flatMap((r) => r.latencies);
  const seconds = rounds.reduce((sum, r) => sum + r.seconds, 0);
  const weighted = (pick: (r: R) => number) => rounds.reduce((sum, r) => sum + pick(r) * r.latencies.length, 0) / (latencies.length || 1);
  return { stats: { ...summarize(latencies), throughput: latencies.length / seconds }, weighted };
}
