// How long to wait before asking a server again, and what a failure is called
// in the run's record. Pure, so the policy is tested without a server.

/** Delay a `Retry-After` header asks for (seconds, or an HTTP date), capped; null when absent or unreadable. */
export function retryAfterMs(header: string | string[] | undefined, now: Date, capMs: number): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return null;
  const trimmed = value.trim();
  let ms: number;
  if (/^\d+$/.test(trimmed)) ms = Number(trimmed) * 1000;
  else {
    const date = Date.parse(trimmed);
    if (Number.isNaN(date)) return null;
    ms = date - now.getTime();
  }
  return Math.min(Math.max(ms, 0), capMs);
}

/** Exponential backoff before retry `attempt` (1, 2, 3 …), capped: base, 2×base, 4×base … */
export function backoffMs(attempt: number, baseMs: number, capMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempt - 1), capMs);
}

/** A failed request, thrown by our handlers with a reason the run's record counts. */
export class FetchFailure extends Error {
  override name = 'FetchFailure';
  constructor(
    readonly reason: string,
    message: string,
    /** Retrying cannot help (a 404, a body in the wrong format). */
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

/** The reason a request failed, as counted in scrape_runs.failure_reasons. */
export function failureReason(error: unknown): string {
  if (error instanceof FetchFailure) return error.reason;
  const message = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  if (/ECONNRESET|socket hang up|other side closed/i.test(message)) return 'connection-reset';
  if (/ECONNREFUSED/i.test(message)) return 'connection-refused';
  if (/timed? ?out|timeout/i.test(message)) return 'timeout';
  if (/SourceFormatError/.test(message)) return 'bad-format';
  const status = /status code (\d{3})/i.exec(message)?.[1];
  return status ? `http-${status}` : 'error';
}
