// GET /compare?skills=…: several skills and concept groups on one trend
// chart (shares with their 95% bands, failed scrape days marked), chosen
// from a searchable list; the table gives every number with its counts.
import { z } from '@hono/zod-openapi';
import type { Hono } from 'hono';
import { jobCounts } from '../../db/job-counts.js';
import { failedDays } from '../../db/run-health.js';
import { filtersWindow, listSkills } from '../../db/skill-summary.js';
import { sourceNames } from '../../db/sources.js';
import { unknownKeys } from '../../db/trends.js';
import { trendChart } from '../../src/charts/trend-chart.js';
import { wilson } from '../../src/stats/wilson.js';
import { CONCEPT_GROUPS } from '../../src/taxonomy/groups-data.js';
import { groupKey } from '../../src/trends/contributions.js';
import { buildSeries } from '../../src/trends/series.js';
import { badRequest } from '../errors.js';
import { FilterParams, filtersOf } from '../filter-params.js';
import { TimeChartFigure } from '../views/chart.js';
import { int, pct, pctRange } from '../views/format.js';
import { Layout } from '../views/layout.js';
import { skillHref } from '../views/links.js';
import { NoPostingsYet } from '../views/messages.js';
import { type PickerOption, SkillPicker } from '../views/skill-picker.js';
import { type PageDeps, pageQuery } from './context.js';

const MAX_KEYS = 10;
const KEY = /^[a-z0-9.+#:-]{1,100}$/;
const CompareQuery = FilterParams.extend({ skills: z.string().max(1_100).optional(), skill: z.string().optional() });

/** Chosen keys from `skills=a,b` and from the picker's repeated `skill=a&skill=b`, in order, once each. */
function chosenKeys(skills: string | undefined, picked: readonly string[]): string[] {
  const keys = [...new Set([...(skills ? skills.split(',') : []), ...picked].filter((k) => k !== ''))];
  const bad = keys.find((k) => !KEY.test(k));
  if (bad !== undefined) throw badRequest('skills: expected comma-separated skill ids');
  if (keys.length > MAX_KEYS) throw badRequest(`skills: at most ${MAX_KEYS}`);
  return keys;
}

export function mountCompare(pages: Hono, deps: PageDeps): void {
  pages.get('/compare', async (c) => {
    const query = pageQuery(c, CompareQuery);
    const filters = filtersOf(query);
    const { db, counting } = deps;
    const keys = chosenKeys(query.skills, c.req.queries('skill') ?? []);
    const unknown = await unknownKeys(db, keys);
    if (unknown.length > 0) throw badRequest(`skills: unknown ${unknown.join(', ')}`);
    const [skills, window, sources] = await Promise.all([
      listSkills(db),
      filtersWindow(db, filters, counting),
      sourceNames(db),
    ]);
    const options: PickerOption[] = [
      ...CONCEPT_GROUPS.map((g) => ({ key: groupKey(g.id), label: g.name, kind: 'group' })),
      ...[...skills]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((s) => ({ key: s.id, label: s.name, kind: s.category })),
    ];
    const labels = new Map(options.map((o) => [o.key, o.label]));
    const frame = {
      title: 'Compare skills',
      path: '/compare',
      filters,
      keep: { skills: keys.join(',') },
      sources,
      section: 'compare' as const,
    };
    const picker = <SkillPicker options={options} chosen={keys} filters={filters} max={MAX_KEYS} />;
    if (!window) {
      return c.html(
        <Layout {...frame}>
          <NoPostingsYet />
          {picker}
        </Layout>,
      );
    }
    if (keys.length === 0) {
      return c.html(
        <Layout {...frame}>
          <p class="empty">Choose skills or concept groups below to compare their share of backend jobs.</p>
          {picker}
        </Layout>,
      );
    }
    const [jobs, failed] = await Promise.all([
      jobCounts(db, { ...window, keys, filters, counting }),
      failedDays(db, window.from, window.to),
    ]);
    const series = buildSeries(keys, window.periods, jobs).map((s) => ({
      label: labels.get(s.skill) ?? s.skill,
      ...s,
    }));
    return c.html(
      <Layout {...frame}>
        <TimeChartFigure
          id="chart-compare"
          title="Share of backend jobs asking for each"
          note="Under each date, the backend jobs of the period; each share's 95% interval is in its tooltip and in the table (shaded when one series is shown). A concept group counts a job once however many of its members it names."
          spec={trendChart({ interval: filters.interval, series, failed })}
        />
        <div class="table-scroll">
          <table>
            <caption>Over the whole window</caption>
            <thead>
              <tr>
                <th scope="col">Skill or group</th>
                <th scope="col">Share (95% interval)</th>
                <th scope="col">Jobs</th>
              </tr>
            </thead>
            <tbody>
              {series.map((s) => {
                const asking = s.points.reduce((sum, p) => sum + p.postings, 0);
                const total = s.points.reduce((sum, p) => sum + p.total, 0);
                const share = total === 0 ? null : asking / total;
                const band = wilson(asking, total);
                return (
                  <tr>
                    <th scope="row">
                      {s.skill.startsWith('group:') ? s.label : <a href={skillHref(s.skill, filters)}>{s.label}</a>}
                    </th>
                    <td>
                      {share === null || !band ? 'no postings' : `${pct(share)} (${pctRange(band.low, band.high)})`}
                    </td>
                    <td>
                      {int(asking)} <span class="n">of {int(total)}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {picker}
      </Layout>,
    );
  });
}
