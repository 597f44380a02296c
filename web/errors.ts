// One JSON error envelope for every failure: {"error": {"code", "message"}}.
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { WindowError } from '../src/trends/window.js';

/** The envelope, as a schema for the routes that document their error responses. */
export const ErrorEnvelope = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
export type ErrorBody = z.infer<typeof ErrorEnvelope>;

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

/** A parameter the client got wrong; the message starts with its name ("from: after to"). */
export function badRequest(message: string): ApiError {
  return new ApiError(400, 'bad_request', message);
}

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

/**
 * What a failure tells the client, for every shell that reports one (the
 * API's envelope, the pages' error page, the export command's usage error);
 * undefined: a failure of ours, whose details stay in the log.
 */
export function clientError(error: Error): { status: ContentfulStatusCode; code: string; message: string } | undefined {
  if (error instanceof ApiError) return { status: error.status, code: error.code, message: error.message };
  if (error instanceof WindowError)
    return { status: 400, code: 'bad_request', message: `${error.parameter}: ${error.message}` };
  if (error instanceof HTTPException) return { status: error.status, code: 'http_error', message: error.message };
  return undefined;
}

export function onError(error: Error, c: Context) {
  const known = clientError(error);
  if (known) return c.json(errorBody(known.code, known.message), known.status);
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
