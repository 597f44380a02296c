// The salary currency choice, as links: amounts are never converted, so a
// view shows one currency and says which others are stated and how often.
import type { Filters } from '../../src/filters/filters.js';
import { int } from './format.js';
import { type Extra, hrefWith } from './links.js';

export function CurrencyLinks(props: {
  path: string;
  filters: Filters;
  extra?: Extra;
  stated: ReadonlyArray<{ currency: string; jobs: number }>;
  current: string;
}) {
  if (props.stated.length === 0) return null;
  return (
    <nav class="currencies" aria-label="Salary currency">
      <span>Currency:</span>
      <ul>
        {props.stated.slice(0, 12).map((s) => (
          <li>
            <a
              href={hrefWith(props.path, props.filters, { ...props.extra, currency: s.currency })}
              aria-current={s.currency === props.current ? 'true' : undefined}
            >
              {s.currency} <span class="n">({int(s.jobs)})</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
