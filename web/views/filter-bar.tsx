// The filter form every page carries. It is a plain GET form, so the URL
// holds the filters (shareable, bookmarkable) and it works without script;
// the client script submits it on change. Lists in the URL are
// comma-separated: a select offers one value, and a list from a shared link
// is kept as its own option.
import { SENIORITIES, WORK_MODES } from '../../src/domain.js';
import type { Filters } from '../../src/filters/filters.js';
import { SKILL_CATEGORIES } from '../../src/taxonomy/types.js';
import { WORK_MODE_LABELS } from './labels.js';
import { type Extra, filterParams, hrefWith } from './links.js';

export interface FilterBarProps {
  path: string;
  filters: Filters;
  /** The page's own parameters, kept when the filters change. */
  keep?: Extra;
  /** Known source names, for the source list; absent: a text field. */
  sources?: readonly string[];
}

function ListSelect(props: {
  name: string;
  label: string;
  values: readonly string[];
  chosen: readonly string[] | undefined;
  labelOf?: (value: string) => string;
}) {
  const chosen = props.chosen?.join(',') ?? '';
  const known = chosen === '' || props.values.includes(chosen);
  return (
    <label>
      <span>{props.label}</span>
      <select name={props.name}>
        <option value="">Any</option>
        {props.values.map((value) => (
          <option value={value} selected={value === chosen}>
            {props.labelOf ? props.labelOf(value) : value}
          </option>
        ))}
        {known ? null : (
          <option value={chosen} selected>
            {chosen}
          </option>
        )}
      </select>
    </label>
  );
}

/** How many filters differ from the defaults: the parameters a link to the view carries. */
function setCount(f: Filters): number {
  return [...filterParams(f).keys()].length;
}

/** The filters as hidden fields of a page's own GET form, so submitting it keeps them. */
export function FilterFields(props: { filters: Filters }) {
  return (
    <>
      {[...filterParams(props.filters)].map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

export function FilterBar(props: FilterBarProps) {
  const f = props.filters;
  const set = setCount(f);
  return (
    <form class="filters" method="get" action={props.path} data-autosubmit="">
      {/* Open as served (works without script); the client script folds it on a phone. */}
      <details class="filters-panel" open>
        <summary>{`Filters${set > 0 ? ` (${set} set)` : ''}`}</summary>
        <fieldset>
          <legend class="visually-hidden">Filters</legend>
          <label>
            <span>From</span>
            <input type="date" name="from" value={f.from ?? ''} />
          </label>
          <label>
            <span>To</span>
            <input type="date" name="to" value={f.to ?? ''} />
          </label>
          <label>
            <span>Interval</span>
            <select name="interval">
              <option value="month" selected={f.interval === 'month'}>
                Month
              </option>
              <option value="week" selected={f.interval === 'week'}>
                Week
              </option>
            </select>
          </label>
          <ListSelect name="seniority" label="Seniority" values={SENIORITIES} chosen={f.seniority} />
          <ListSelect
            name="workMode"
            label="Work mode"
            values={WORK_MODES}
            chosen={f.workMode}
            labelOf={(v) => WORK_MODE_LABELS[v] ?? v}
          />
          <label>
            <span>Country</span>
            <input
              type="text"
              name="country"
              value={f.country?.join(',') ?? ''}
              placeholder="e.g. US,DE"
              pattern="[A-Z]{2}(,[A-Z]{2})*"
              maxlength={200}
              autocomplete="off"
              title="ISO country codes, comma-separated"
            />
          </label>
          {props.sources ? (
            <ListSelect name="source" label="Source" values={props.sources} chosen={f.source} />
          ) : (
            <label>
              <span>Source</span>
              <input type="text" name="source" value={f.source?.join(',') ?? ''} maxlength={400} autocomplete="off" />
            </label>
          )}
          <ListSelect name="category" label="Category" values={SKILL_CATEGORIES} chosen={f.category} />
          {Object.entries(props.keep ?? {}).map(([name, value]) =>
            value === undefined || value === '' ? null : <input type="hidden" name={name} value={String(value)} />,
          )}
          <div class="filter-actions">
            <button type="submit">Apply</button>
            <a href={hrefWith(props.path, { interval: 'month' }, props.keep)}>Reset</a>
          </div>
        </fieldset>
      </details>
    </form>
  );
}
