// The skills table mirrors the taxonomy in code; synced before tagging.
import type { Db } from './connection.js';

export interface SkillRow {
  id: string;
  name: string;
  category: string;
}

/** Inserts new skills, updates renamed ones, and removes ids the taxonomy no longer has. */
export async function syncSkills(db: Db, skills: readonly SkillRow[]): Promise<{ removed: number }> {
  return db.transaction().execute(async (trx) => {
    for (const skill of skills) {
      await trx
        .insertInto('skills')
        .values(skill)
        .onConflict((oc) => oc.column('id').doUpdateSet({ name: skill.name, category: skill.category }))
        .execute();
    }
    const ids = skills.map((s) => s.id);
    const result = await trx
      .deleteFrom('skills')
      .where('id', 'not in', ids.length > 0 ? ids : [''])
      .executeTakeFirst();
    return { removed: Number(result.numDeletedRows) };
  });
}
