// A posting's annual salary as every salary view counts it: the midpoint of
// its annualized range, else its one stated bound.
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from './schema.js';

export const annualValue = sql<number>`case
  when postings.salary_annual_min is not null and postings.salary_annual_max is not null
    then (postings.salary_annual_min + postings.salary_annual_max) / 2.0
  else coalesce(postings.salary_annual_min, postings.salary_annual_max) end`;

/** A posting states an annual amount: at least one bound. */
export function statesAnnual(eb: ExpressionBuilder<Database, 'postings'>): Expression<SqlBool> {
  return eb.or([eb('postings.salary_annual_min', 'is not', null), eb('postings.salary_annual_max', 'is not', null)]);
}
