import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Two cores: forks keep native modules (better-sqlite3, jieba) isolated per file without oversubscribing.
    pool: 'forks',
    maxWorkers: 2,
    // Generous: a timeout is a hang detector here, not a speed target (speed lives in bench/), and CI machines are shared.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
