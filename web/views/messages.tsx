// Messages in place of content: an empty database, and error pages.
import type { Filters } from '../../src/filters/filters.js';
import { Layout } from './layout.js';

export function NoPostingsYet() {
  return (
    <section class="empty-state" aria-live="polite">
      <h2>No postings yet</h2>
      <p>
        No postings yet — run <code>skillpulse scrape</code>, then reload this page.
      </p>
    </section>
  );
}

/** An HTML error page: the status, one line saying what was wrong, and the way back. */
export function ErrorPage(props: { status: number; message: string }) {
  const filters: Filters = { interval: 'month' };
  const title = props.status === 404 ? 'Not found' : props.status >= 500 ? 'Something went wrong' : 'Bad request';
  return (
    <Layout title={title} section="error" filters={filters}>
      <p class="error-message">{props.message}</p>
      <p>
        <a href="/">Back to the overview</a>
      </p>
    </Layout>
  );
}
