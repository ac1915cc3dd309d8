import { describe, expect, it } from 'vitest';
import { monthsOf } from '../../../bot/features/tickets/console';

describe('the console’s wide figures, a month at a time', () => {
  it('cuts a period at month ends, keeping the rest of the filter, and leaves a month whole', () => {
    const year = monthsOf({ from: '2026-01-01', to: '2026-12-31', category: '医疗', status: 'open' });
    expect(year).toHaveLength(12);
    expect(year[1]).toEqual({ from: '2026-02-01', to: '2026-02-28', category: '医疗', status: 'open' });
    expect(year.at(-1)).toEqual({ from: '2026-12-01', to: '2026-12-31', category: '医疗', status: 'open' });
    expect(monthsOf({ from: '2028-02-01', to: '2028-02-29' })).toEqual([{ from: '2028-02-01', to: '2028-02-29' }]);
    expect(monthsOf({ from: '2026-03-15', to: '2026-04-10' })).toEqual([
      { from: '2026-03-15', to: '2026-03-31' },
      { from: '2026-04-01', to: '2026-04-10' },
    ]);
  });
});
