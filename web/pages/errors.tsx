// The pages' error handler: the same statuses as the API's envelope, as an
// HTML page a person can read; details of an unexpected error stay in the log.
import type { Context } from 'hono';
import { clientError } from '../errors.js';
import { ErrorPage } from '../views/messages.js';

export function pageError(error: Error, c: Context) {
  const known = clientError(error);
  if (known) return c.html(<ErrorPage status={known.status} message={known.message} />, known.status);
  console.error(error);
  return c.html(<ErrorPage status={500} message="internal error" />, 500);
}
