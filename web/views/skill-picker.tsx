// The Compare page's chooser: concept groups and skills as checkboxes in a
// GET form (works without script); the client script adds filter-as-you-type
// and sends the choice as one comma-separated `skills` parameter.
import type { Filters } from '../../src/filters/filters.js';
import { FilterFields } from './filter-bar.js';

export interface PickerOption {
  key: string;
  label: string;
  /** Shown after the label: a skill's category, "group" for a concept group. */
  kind: string;
}

export function SkillPicker(props: {
  options: readonly PickerOption[];
  chosen: readonly string[];
  filters: Filters;
  max: number;
}) {
  const chosen = new Set(props.chosen);
  // Chosen first, so they are in view without scrolling.
  const ordered = [
    ...props.options.filter((o) => chosen.has(o.key)),
    ...props.options.filter((o) => !chosen.has(o.key)),
  ];
  return (
    <form class="picker" method="get" action="/compare" data-picker="">
      <FilterFields filters={props.filters} />
      <fieldset>
        <legend>{`Skills and concept groups to compare (up to ${props.max})`}</legend>
        <label class="picker-search" hidden>
          <span>Find</span>
          <input type="search" data-picker-search="" placeholder="Type to filter, e.g. kafka" autocomplete="off" />
        </label>
        <div class="picker-options">
          {ordered.map((o) => (
            <label class="picker-option">
              <input type="checkbox" name="skill" value={o.key} checked={chosen.has(o.key)} />
              <span>{o.label}</span> <span class="muted">{o.kind}</span>
            </label>
          ))}
        </div>
        <button type="submit">Compare</button>
      </fieldset>
    </form>
  );
}
