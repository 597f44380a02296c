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

  it('measures operations per second over the batches it ran', async () => {
    let calls = 0;
    const m = await measure(() => calls++, 10, 20);
    expect(m.ops).toBe((calls - 1) * 10); // the warm-up batch is not counted
    expect(m.opsPerSec).toBeCloseTo((m.ops / m.elapsedMs) * 1000);
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
