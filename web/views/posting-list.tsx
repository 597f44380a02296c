// Postings as a list: each links to the original posting (http and https
// links only) and says where it was found. Every scraped string goes through
// JSX, which escapes it; the one HTML shown, a description, goes through the
// allow-list sanitizer first.
import type { ListedPosting, SkillEvidence } from '../../db/postings-search.js';
import type { Filters } from '../../src/filters/filters.js';
import { sanitizeDescription } from '../sanitize.js';
import { dayLabel, int, money } from './format.js';
import { type Extra, MAX_PAGE, hrefWith } from './links.js';

/** The URL when it is http(s), normalized; anything else (javascript:, data:, relative) gives no link. */
export function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Text with the first case-insensitive occurrence of `match` marked; the text alone when it is absent. */
export function Highlighted(props: { text: string; match: string | undefined }) {
  const { text, match } = props;
  const at = match ? text.toLowerCase().indexOf(match.toLowerCase()) : -1;
  if (!match || at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark>{text.slice(at, at + match.length)}</mark>
      {text.slice(at + match.length)}
    </>
  );
}

function salaryText(p: ListedPosting): string | null {
  const s = p.salary;
  if (!s?.currency) return null;
  const low = s.annualMin;
  const high = s.annualMax;
  if (low !== null && high !== null && low !== high)
    return `${money(low, s.currency)}–${money(high, s.currency)} a year`;
  const one = low ?? high;
  return one === null ? null : `${money(one, s.currency)} a year`;
}

export interface PostingListProps {
  postings: readonly ListedPosting[];
  filters: Filters;
  /** The skill whose evidence is shown, by posting id. */
  evidence?: ReadonlyMap<number, SkillEvidence>;
  /** Skill names by id; an id without one is shown as is. */
  skillNames?: ReadonlyMap<string, string>;
  /** Descriptions (the source's HTML) by posting id, shown folded, through the allow-list sanitizer only. */
  descriptions?: ReadonlyMap<number, string>;
}

export function PostingList(props: PostingListProps) {
  return (
    <ol class="postings">
      {props.postings.map((p) => {
        const href = safeHref(p.url);
        const evidence = props.evidence?.get(p.id);
        const titleMatch = evidence && evidence.matchStart === null ? evidence.matchedText : undefined;
        const salary = salaryText(p);
        const description = props.descriptions?.get(p.id);
        return (
          <li class="posting">
            <h3>
              {href ? (
                <a href={href} rel="nofollow noopener noreferrer">
                  <Highlighted text={p.title} match={titleMatch} />
                </a>
              ) : (
                <Highlighted text={p.title} match={titleMatch} />
              )}
            </h3>
            <p class="meta">
              {p.company ? <span class="company">{p.company}</span> : null}
              {p.location ? <span>{p.location}</span> : null}
              {p.remote ? <span>{p.remote}</span> : null}
              {p.seniority ? <span>{p.seniority}</span> : null}
              <span>{dayLabel(p.postedAt ?? p.firstSeenAt)}</span>
              <span>
                via <a href={hrefWith('/runs', props.filters, { source: p.source })}>{p.source}</a>
              </span>
              {p.closedAt ? <span class="badge">closed</span> : null}
            </p>
            {salary ? <p class="salary">{salary}</p> : null}
            {evidence && evidence.matchStart !== null ? (
              <p class="evidence">
                Matched in the description: <mark>{evidence.matchedText}</mark>
              </p>
            ) : null}
            {p.skills.length > 0 ? (
              <p class="skills">
                {p.skills
                  .slice(0, 20)
                  .map((id) => props.skillNames?.get(id) ?? id)
                  .join(', ')}
              </p>
            ) : null}
            {description ? (
              <details class="description">
                <summary>Description</summary>
                <div dangerouslySetInnerHTML={{ __html: sanitizeDescription(description) }} />
              </details>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

/** "Showing 21–40 of 57" with previous / next links that keep the filters and the page's own parameters. */
export function Pager(props: {
  path: string;
  filters: Filters;
  extra: Extra;
  page: number;
  perPage: number;
  total: number;
}) {
  const { page, perPage, total } = props;
  const first = (page - 1) * perPage + 1;
  const last = Math.min(total, page * perPage);
  const pages = Math.ceil(total / perPage);
  if (total === 0) return null;
  return (
    <nav class="pager" aria-label="Result pages">
      <span>
        Showing {int(first)}–{int(last)} of {int(total)}
      </span>
      {page > 1 ? <a href={hrefWith(props.path, props.filters, { ...props.extra, page: page - 1 })}>Previous</a> : null}
      {page < pages && page < MAX_PAGE ? (
        <a href={hrefWith(props.path, props.filters, { ...props.extra, page: page + 1 })}>Next</a>
      ) : null}
    </nav>
  );
}
