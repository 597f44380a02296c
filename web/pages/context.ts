// What every page handler gets, and the small reads and checks they share.
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Db } from '../../db/connection.js';
import type { Counting } from '../../db/job-counts.js';
import { badRequest, validationMessage } from '../errors.js';
import { MAX_PAGE } from '../views/links.js';

export interface PageDeps {
  db: Db;
  counting: Counting;
  /** The clock, for sources' freshness; tests pass a fixed one. */
  now: () => Date;
}

/** A 1-based page of results, bounded: deep paging is for the API and exports. */
export const PAGE = z.coerce.number().int().min(1).max(MAX_PAGE).default(1);

/**
 * The page's query, checked by `schema`. A form sends its empty fields as
 * '', which means "not set" here. A bad value is a 400 naming the parameter.
 */
export function pageQuery<T extends z.ZodType>(c: Context, schema: T): z.infer<T> {
  const given = Object.fromEntries(Object.entries(c.req.query()).filter(([, value]) => value !== ''));
  const result = schema.safeParse(given);
  if (!result.success) throw badRequest(validationMessage(result.error.issues));
  return result.data;
}

/** The currency a salary view shows: the asked one, else the one most salaried jobs state (null: none). */
export function chooseCurrency(
  asked: string | undefined,
  stated: ReadonlyArray<{ currency: string; jobs: number }>,
): string | null {
  return asked ?? stated[0]?.currency ?? null;
}
