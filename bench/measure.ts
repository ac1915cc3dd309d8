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
