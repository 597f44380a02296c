// Every skill's demand over the filters' window (the Overview page and
// GET /api/skills): each skill's jobs over the window and in its last two
// periods, summarized in src/.
import type { Filters } from '../src/filters/filters.js';
import { type DemandSummary, type SkillRef, summarizeDemand, windowCounts } from '../src/trends/summary.js';
import { type CountWindow, countWindow } from '../src/trends/window.js';
import type { Db } from './connection.js';
import { type Counting, dataSpan, windowJobCounts } from './job-counts.js';

export interface SkillSummary extends DemandSummary {
  /** null when nothing is stored (and no window was asked). */
  window: CountWindow | null;
}

/** The taxonomy's skills, narrowed to categories when given, by id. */
export async function listSkills(db: Db, categories?: readonly string[]): Promise<SkillRef[]> {
  let query = db.selectFrom('skills').select(['id', 'name', 'category']).orderBy('id');
  if (categories?.length) query = query.where('category', 'in', [...categories]);
  return query.execute();
}

/** The counted window of filters: asked days, else the data's span. Throws WindowError on a bad window. */
export async function filtersWindow(db: Db, filters: Filters, counting: Counting): Promise<CountWindow | null> {
  const span = filters.from && filters.to ? null : await dataSpan(db, counting);
  return countWindow(filters, span, filters.interval);
}

export async function skillSummary(db: Db, filters: Filters, counting: Counting): Promise<SkillSummary> {
  const [skills, window] = await Promise.all([listSkills(db, filters.category), filtersWindow(db, filters, counting)]);
  if (!window) return { window, ...summarizeDemand(skills, windowCounts([], [], new Map())) };
  const counts = await windowJobCounts(db, { ...window, keys: skills.map((s) => s.id), filters, counting });
  return { window, ...summarizeDemand(skills, counts) };
}
