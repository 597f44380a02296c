import { describe, expect, it } from 'vitest';
import { formatTable, measure, percentile } from '../../bench/harness.js';

describe('bench harness', () => {
  it.each([
    [[5, 1, 3, 2, 4], 50, 3],
    [[5, 1, 3, 2, 4], 95, 5],
    [[10], 99, 10],
    [Array.from({ length: 100 }, (_, i) => i + 1), 95, 95],
  ])('percentile(%j, %d) = %d', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it('warms up, then reports the median batch', async () => {
    let calls = 0;
    // Every fifth batch is slow (a GC pause, say): the median ignores it.
    const busy = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until);
    };
    const m = await measure(() => busy(++calls % 5 === 0 ? 20 : 2), 10, 60, 0);
    expect(m.ops).toBe((calls - 3) * 10); // three warm-up batches are not counted
    expect(m.opsPerSec).toBeGreaterThan(3_000); // 10 ops per ~2 ms
    expect(m.opsPerSec).toBeLessThan(5_100);
    expect(m.peakRssMiB).toBeGreaterThan(0);
  });

  it('prints a row per figure with its ratio and whether the target was met', () => {
    const table = formatTable([
      {
        name: 'pipeline',
        unit: 'postings/s',
        value: 12_000,
        baselineName: 'regex',
        baseline: 1_000,
        ratio: 12,
        target: '≥ 10×',
        met: true,
        peakRssMiB: 80,
      },
    ]);
    expect(table).toContain('12,000 postings/s');
    expect(table).toContain('12.00×');
    expect(table).toMatch(/\| yes \|/);
  });
});
