// The page frame: head (stylesheet, Chart.js, its date adapter and the one
// client script, all from /assets), a skip link, the navigation (links keep
// the filters), the filter form and the page's own content.
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { Filters } from '../../src/filters/filters.js';
import { FilterBar } from './filter-bar.js';
import { type Extra, hrefWith } from './links.js';

export interface LayoutProps {
  title: string;
  /** The page's path, for the filter form; absent (an error page): no filter form. */
  path?: string;
  filters: Filters;
  /** The page's own parameters, kept by the filter form. */
  keep?: Extra;
  sources?: readonly string[];
  /** Which nav entry is current. */
  section: Section;
  children?: Child;
}

export type Section = 'overview' | 'skill' | 'compare' | 'salaries' | 'gap' | 'postings' | 'runs' | 'error';

const NAV: ReadonlyArray<[Section, string, string]> = [
  ['overview', '/', 'Overview'],
  ['compare', '/compare', 'Compare'],
  ['salaries', '/salaries', 'Salaries'],
  ['gap', '/gap', 'Skill gap'],
  ['postings', '/postings', 'Postings'],
  ['runs', '/runs', 'Runs'],
];

export function Layout(props: LayoutProps) {
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${props.title} · skillpulse`}</title>
          {/* No favicon request (a 404 in every console): an empty data: icon, which img-src allows. */}
          <link rel="icon" href="data:," />
          <link rel="stylesheet" href="/assets/app.css" />
          <script src="/assets/chart.umd.min.js" defer />
          <script src="/assets/chartjs-adapter-date-fns.bundle.min.js" defer />
          <script src="/assets/app.js" type="module" />
        </head>
        <body>
          <a class="skip-link" href="#main">
            Skip to content
          </a>
          <header class="site-header">
            <a class="brand" href={hrefWith('/', props.filters)}>
              skillpulse
            </a>
            <nav aria-label="Pages">
              <ul>
                {NAV.map(([section, path, label]) => (
                  <li>
                    <a
                      href={hrefWith(path, props.filters)}
                      aria-current={section === props.section ? 'page' : undefined}
                    >
                      {label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </header>
          {props.path === undefined ? null : (
            <FilterBar path={props.path} filters={props.filters} keep={props.keep} sources={props.sources} />
          )}
          <main id="main" tabindex={-1}>
            <h1>{props.title}</h1>
            {props.children}
          </main>
          <footer class="site-footer">
            <p>
              Counts are jobs: a posting cross-posted on several boards counts once. Shares are of backend jobs under
              the filters; ranges are 95% Wilson intervals.
            </p>
          </footer>
        </body>
      </html>
    </>
  );
}
