// The dashboard's one client script (plain ES module, no build). It draws
// every chart from its JSON data block with the global Chart and the
// date-fns adapter, submits the filter form on change, and makes the
// Compare page's list searchable. Without it the pages still work: the
// tables hold every number and the forms have submit buttons.

const COLORS = [
  '#1c64d1',
  '#c2410c',
  '#15803d',
  '#9333ea',
  '#b45309',
  '#0e7490',
  '#be185d',
  '#4d7c0f',
  '#4338ca',
  '#a21caf',
];
const FAILED = '#c92a2a';
const GREY = '#adb5bd';
const GREY_LIGHT = '#dee2e6';

function alpha(hex, a) {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${a})`;
}

function pct(share) {
  const value = share * 100;
  return `${value.toFixed(value !== 0 && Math.abs(value) < 1 ? 2 : 1)}%`;
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function moneyFormat(currency, compact) {
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      maximumFractionDigits: compact ? 1 : 0,
      notation: compact ? 'compact' : 'standard',
    });
  } catch {
    return { format: (v) => `${currency} ${integer.format(v)}` };
  }
}

/** A day (YYYY-MM-DD) at local midnight: where the date adapter puts it. */
function localDay(day) {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d);
}

function tickDate(time, interval) {
  const options = interval === 'week' ? { day: 'numeric', month: 'short' } : { month: 'short', year: 'numeric' };
  return new Date(time).toLocaleDateString('en-GB', options);
}

function periodTitle(period) {
  return /W/.test(period) ? `${period.replace('-W', ' week ')}` : period;
}

function drawTime(canvas, spec) {
  const notes = new Map(spec.labels.map((label, i) => [localDay(label).getTime(), spec.notes[i] ?? '']));
  const periods = new Map(spec.labels.map((label, i) => [localDay(label).getTime(), spec.periods[i] ?? label]));
  const bandOf = (series, role) => spec.datasets.find((d) => d.series === series && d.role === role);
  // One series: its band is shaded. Several: overlapping bands would hide each other, so they stay unfilled
  // (their values still feed the tooltips; the table gives every interval).
  const single = spec.datasets.filter((d) => d.role === 'series').length === 1;
  const datasets = spec.datasets.map((d) => {
    const color = d.series >= 0 ? COLORS[d.series % COLORS.length] : FAILED;
    const base = { label: d.label, data: d.data, role: d.role, series: d.series };
    if (d.role === 'series') {
      return {
        ...base,
        borderColor: color,
        backgroundColor: color,
        pointRadius: 3,
        pointHoverRadius: 5,
        borderWidth: 2,
      };
    }
    if (d.role === 'band-low') return { ...base, borderWidth: 0, pointRadius: 0, pointHitRadius: 0, fill: false };
    if (d.role === 'band-high') {
      return {
        ...base,
        borderWidth: 0,
        pointRadius: 0,
        pointHitRadius: 0,
        fill: single ? '-1' : false,
        backgroundColor: alpha(color, 0.15),
      };
    }
    return {
      ...base,
      showLine: false,
      pointStyle: 'triangle',
      pointRadius: 7,
      pointHoverRadius: 9,
      // Drawn last, over the lines and bands (Chart.js draws higher orders first).
      order: -1,
      borderColor: FAILED,
      backgroundColor: FAILED,
    };
  });
  const share = spec.unit === 'share';
  return new Chart(canvas, {
    type: 'line',
    data: { labels: spec.labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      parsing: { xAxisKey: 'x', yAxisKey: 'y' },
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      scales: {
        x: {
          type: 'time',
          time: { unit: spec.interval, isoWeekday: true },
          ticks: {
            source: 'labels',
            autoSkip: true,
            maxRotation: 0,
            callback: (value) => [tickDate(value, spec.interval), notes.get(value) ?? ''],
          },
        },
        y: {
          beginAtZero: true,
          ticks: { callback: (value) => (share ? pct(value) : integer.format(value)) },
        },
      },
      plugins: {
        legend: {
          labels: {
            filter: (item, data) =>
              data.datasets[item.datasetIndex].role !== 'band-low' &&
              data.datasets[item.datasetIndex].role !== 'band-high',
            // In dataset order, whatever the drawing order.
            sort: (a, b) => a.datasetIndex - b.datasetIndex,
          },
        },
        tooltip: {
          filter: (item) => item.dataset.role === 'series' || item.dataset.role === 'failed',
          callbacks: {
            title: (items) => {
              const item = items[0];
              if (!item) return '';
              if (item.dataset.role === 'failed') return item.raw.x;
              return periodTitle(periods.get(item.parsed.x) ?? item.raw.x);
            },
            label: (item) => {
              const raw = item.raw;
              if (item.dataset.role === 'failed') return raw.note ?? 'a scrape failed';
              if (raw.y === null) return `${item.dataset.label}: no postings`;
              if (!share) return `${item.dataset.label}: ${integer.format(raw.y)}`;
              const low = bandOf(item.dataset.series, 'band-low')?.data[item.dataIndex]?.y;
              const high = bandOf(item.dataset.series, 'band-high')?.data[item.dataIndex]?.y;
              const band = low != null && high != null ? `, 95% ${pct(low)}–${pct(high)}` : '';
              return `${item.dataset.label}: ${pct(raw.y)} (${integer.format(raw.n ?? 0)} of ${integer.format(raw.total ?? 0)}${band})`;
            },
          },
        },
      },
    },
  });
}

function drawSpread(canvas, spec) {
  const rows = spec.rows;
  const box = canvas.parentElement;
  // Height by rows (CSSOM, which the style-src policy allows; no inline style in the markup).
  if (box) box.style.height = `${Math.max(140, rows.length * 34 + 70)}px`;
  const full = moneyFormat(spec.currency, false);
  const compact = moneyFormat(spec.currency, true);
  const colorOf = (strong) =>
    rows.map((r) => (r.low ? (strong ? GREY : GREY_LIGHT) : strong ? COLORS[0] : alpha(COLORS[0], 0.3)));
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map((r) => (r.low ? `${r.label} (n ${r.n}, few)` : `${r.label} (n ${r.n})`)),
      datasets: [
        {
          type: 'line',
          label: 'median',
          data: rows.map((r) => r.median),
          showLine: false,
          pointStyle: 'line',
          rotation: 90,
          pointRadius: 11,
          borderWidth: 3,
          borderColor: rows.map((r) => (r.low ? '#495057' : '#0b2e5c')),
          backgroundColor: '#0b2e5c',
          order: 0,
        },
        {
          label: 'p25–p75',
          data: rows.map((r) => [r.p25, r.p75]),
          backgroundColor: colorOf(true),
          grouped: false,
          barPercentage: 0.7,
          order: 1,
        },
        {
          label: 'p10–p90',
          data: rows.map((r) => [r.p10, r.p90]),
          backgroundColor: colorOf(false),
          grouped: false,
          barPercentage: 0.7,
          order: 2,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { x: { beginAtZero: false, grace: '5%', ticks: { callback: (value) => compact.format(value) } } },
      plugins: {
        tooltip: {
          callbacks: {
            label: (item) => {
              const r = rows[item.dataIndex];
              if (!r) return '';
              if (item.dataset.label === 'median')
                return `median ${full.format(r.median)} (n ${r.n}${r.low ? ', fewer than 10' : ''})`;
              if (item.dataset.label === 'p25–p75') return `p25–p75 ${full.format(r.p25)}–${full.format(r.p75)}`;
              return `p10–p90 ${full.format(r.p10)}–${full.format(r.p90)}`;
            },
          },
        },
      },
    },
  });
}

function drawCharts() {
  if (typeof Chart === 'undefined') return;
  for (const canvas of document.querySelectorAll('canvas[data-chart]')) {
    const block = document.getElementById(canvas.dataset.chart);
    if (!block) continue;
    const spec = JSON.parse(block.textContent);
    if (spec.kind === 'time') drawTime(canvas, spec);
    else if (spec.kind === 'spread') drawSpread(canvas, spec);
  }
}

/** The filter form submits on change; empty fields are left out of the URL; on a phone it starts folded. */
function enhanceFilters() {
  if (window.matchMedia('(max-width: 699px)').matches) {
    for (const panel of document.querySelectorAll('.filters-panel')) panel.open = false;
  }
  for (const form of document.querySelectorAll('form[data-autosubmit]')) {
    form.addEventListener('change', (event) => {
      const target = event.target;
      // Text fields submit on Enter; a half-typed country code must not reload the page.
      if (target instanceof HTMLInputElement && target.type === 'text') return;
      if (form.checkValidity()) form.requestSubmit();
    });
    form.addEventListener('submit', () => {
      for (const field of form.elements) {
        if (
          (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) &&
          field.name &&
          field.value === ''
        ) {
          field.disabled = true;
        }
      }
    });
  }
  // Coming back through the history, fields disabled on submit must work again.
  window.addEventListener('pageshow', () => {
    for (const field of document.querySelectorAll('form[data-autosubmit] [disabled]')) field.disabled = false;
  });
}

/** The Compare page's list: filter as you type; the choice goes as one comma-separated `skills`. */
function enhancePicker() {
  for (const form of document.querySelectorAll('form[data-picker]')) {
    const search = form.querySelector('[data-picker-search]');
    const options = [...form.querySelectorAll('.picker-option')];
    if (search) {
      search.closest('label')?.removeAttribute('hidden');
      search.addEventListener('input', () => {
        const words = search.value.toLowerCase().trim().split(/\s+/).filter(Boolean);
        for (const option of options) {
          const text = `${option.textContent} ${option.querySelector('input')?.value ?? ''}`.toLowerCase();
          option.hidden = !words.every((w) => text.includes(w));
        }
      });
    }
    form.addEventListener('submit', () => {
      const boxes = [...form.querySelectorAll('input[type=checkbox][name=skill]')];
      const hidden = document.createElement('input');
      hidden.type = 'hidden';
      hidden.name = 'skills';
      hidden.value = boxes
        .filter((b) => b.checked)
        .map((b) => b.value)
        .join(',');
      form.append(hidden);
      for (const box of boxes) box.disabled = true;
    });
  }
  window.addEventListener('pageshow', () => {
    for (const box of document.querySelectorAll('form[data-picker] input[name=skill]')) box.disabled = false;
    for (const hidden of document.querySelectorAll('form[data-picker] input[type=hidden][name=skills]'))
      hidden.remove();
  });
}

drawCharts();
enhanceFilters();
enhancePicker();
