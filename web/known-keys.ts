// Which asked count keys the taxonomy does not know: skill ids (in the
// asked categories, when given), concept groups (group:<id>) and AI classes.
import type { Db } from '../db/connection.js';
import { AI_CLASSES } from '../src/domain.js';
import { CONCEPT_GROUPS } from '../src/taxonomy/groups-data.js';
import { aiClassKey, groupKey } from '../src/trends/contributions.js';

const OTHER_KEYS = new Set([...CONCEPT_GROUPS.map((g) => groupKey(g.id)), ...AI_CLASSES.map(aiClassKey)]);

export async function unknownKeys(db: Db, keys: readonly string[], categories?: readonly string[]): Promise<string[]> {
  const skills = keys.filter((k) => !OTHER_KEYS.has(k));
  if (skills.length === 0) return [];
  let query = db.selectFrom('skills').select('id').where('id', 'in', skills);
  if (categories?.length) query = query.where('category', 'in', [...categories]);
  const known = new Set((await query.execute()).map((r) => r.id));
  return skills.filter((s) => !known.has(s));
}
