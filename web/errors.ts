// One JSON error envelope for every failure: {"error": {"code", "message"}}.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { WindowError } from '../src/trends/window.js';

export interface ErrorBody {
  error: { code: string; message: string };
}

/** A failure the client can act on: its status, a stable code and a one-line message. */
export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(status, { message });
  }
}

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

export function onError(error: Error, c: Context) {
  if (error instanceof ApiError) return c.json(errorBody(error.code, error.message), error.status);
  if (error instanceof WindowError)
    return c.json(errorBody('bad_request', `${error.parameter}: ${error.message}`), 400);
  if (error instanceof HTTPException) return c.json(errorBody('http_error', error.message), error.status);
  // Details stay in the log: a stack trace is not for the browser.
  console.error(error);
  return c.json(errorBody('internal', 'internal error'), 500);
}

/** zod's first issue, as "parameter: what is wrong". */
export function validationMessage(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  const issue = issues[0];
  if (!issue) return 'invalid request';
  return `${issue.path.map(String).join('.') || 'request'}: ${issue.message}`;
}
