// The skills table mirrors the taxonomy in code; synced before tagging.
import { SKILLS } from '../src/taxonomy/skills-data.js';
import type { Db } from './connection.js';

export interface SkillRow {
  id: string;
  name: string;
  category: string;
}

/** Inserts new skills, updates renamed ones, and removes ids the taxonomy no longer has. */
export async function syncSkills(db: Db, skills: readonly SkillRow[]): Promise<{ removed: number }> {
  return db.transaction().execute(async (trx) => {
    // A few multi-row upserts, not one statement per skill: this runs at the start of every scrape.
    for (let i = 0; i < skills.length; i += 200) {
      await trx
        .insertInto('skills')
        .values(skills.slice(i, i + 200))
        .onConflict((oc) =>
          oc
            .column('id')
            .doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), category: eb.ref('excluded.category') })),
        )
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

/** Syncs the skills table with the taxonomy in code (the built-in skills). */
export function syncTaxonomy(db: Db): Promise<{ removed: number }> {
  return syncSkills(
    db,
    SKILLS.map((s) => ({ id: s.id, name: s.name, category: s.category })),
  );
}
