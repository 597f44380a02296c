// The per-source summary a scrape ends with, as a plain-text table.
import type { RunSummary } from '../scrapers/run-source.js';

const COLUMNS = ['source', 'status', 'pages', 'new', 'updated', 'unchanged', 'closed', 'skipped', 'failed', 'reasons'];

export function summaryTable(summaries: readonly RunSummary[]): string {
  const rows = summaries.map((s) => {
    const c = s.counts;
    const reasons = [...Object.entries(c.failureReasons), ...Object.entries(c.skipReasons)]
      .sort((a, b) => b[1] - a[1])
      .map(([reason, n]) => `${reason} ${n}`)
      .join(', ');
    return [
      s.source,
      s.status,
      c.pagesFetched,
      c.new,
      c.updated,
      c.unchanged,
      c.closed,
      c.skipped,
      c.failed,
      s.error ? `${s.error}${reasons ? `; ${reasons}` : ''}` : reasons || '—',
    ].map(String);
  });
  const totals = summaries.reduce(
    (t, s) =>
      t.map(
        (v, i) =>
          v +
          [
            s.counts.pagesFetched,
            s.counts.new,
            s.counts.updated,
            s.counts.unchanged,
            s.counts.closed,
            s.counts.skipped,
            s.counts.failed,
          ][i]!,
      ),
    [0, 0, 0, 0, 0, 0, 0],
  );
  if (summaries.length > 1) rows.push(['total', '', ...totals.map(String), '']);
  const widths = COLUMNS.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = (i: number) => i >= 2 && i <= 8;
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(COLUMNS), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
