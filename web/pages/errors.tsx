// The pages' error handler: the same statuses as the API's envelope, as an
// HTML page a person can read; details of an unexpected error stay in the log.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { WindowError } from '../../src/trends/window.js';
import { ApiError } from '../errors.js';
import { ErrorPage } from '../views/messages.js';

export function pageError(error: Error, c: Context) {
  if (error instanceof ApiError || error instanceof HTTPException) {
    return c.html(<ErrorPage status={error.status} message={error.message} />, error.status);
  }
  if (error instanceof WindowError) {
    return c.html(<ErrorPage status={400} message={`${error.parameter}: ${error.message}`} />, 400);
  }
  console.error(error);
  return c.html(<ErrorPage status={500} message="internal error" />, 500);
}
