// The per-source summary a scrape ends with, as a plain-text table.
import type { RunSummary } from '../scrapers/run-source.js';

const COLUMNS = ['source', 'status', 'pages', 'new', 'updated', 'unchanged', 'closed', 'skipped', 'failed', 'reasons'];

/** The count columns, in table order. */
function countsOf({ counts: c }: RunSummary): number[] {
  return [c.pagesFetched, c.new, c.updated, c.unchanged, c.closed, c.skipped, c.failed];
}

export function summaryTable(summaries: readonly RunSummary[]): string {
  const rows = summaries.map((s) => {
    const c = s.counts;
    const reasons = [...Object.entries(c.failureReasons), ...Object.entries(c.skipReasons)]
      .sort((a, b) => b[1] - a[1])
      .map(([reason, n]) => `${reason} ${n}`)
      .join(', ');
    const detail = s.error ? `${s.error}${reasons ? `; ${reasons}` : ''}` : reasons || '—';
    return [s.source, s.status, ...countsOf(s).map(String), detail];
  });
  if (summaries.length > 1) {
    const totals = summaries.map(countsOf).reduce((sum, counts) => sum.map((v, i) => v + (counts[i] ?? 0)));
    rows.push(['total', '', ...totals.map(String), '']);
  }
  return textTable(COLUMNS, rows, (i) => i >= 2 && i <= 8);
}

/** Plain-text columns padded to their widest cell, numeric ones right-aligned, a rule under the header. */
export function textTable(
  columns: readonly string[],
  rows: readonly string[][],
  numeric: (i: number) => boolean,
): string {
  const widths = columns.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (numeric(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
