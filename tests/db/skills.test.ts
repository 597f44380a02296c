import { describe, expect, it } from 'vitest';
import { syncSkills } from '../../db/skills.js';
import { migratedDb } from '../helpers/db.js';

describe('syncSkills', () => {
  it('inserts new skills, renames changed ones and removes ids the taxonomy dropped', async () => {
    const { db } = await migratedDb();
    const many = Array.from({ length: 450 }, (_, i) => ({ id: `s${i}`, name: `Skill ${i}`, category: 'language' }));
    expect(await syncSkills(db, many)).toEqual({ removed: 0 });
    const renamed = [{ id: 's0', name: 'Renamed', category: 'framework' }, ...many.slice(1, 300)];
    expect(await syncSkills(db, renamed)).toEqual({ removed: 150 });
    const rows = await db.selectFrom('skills').selectAll().orderBy('id').execute();
    expect(rows).toHaveLength(300);
    expect(rows.find((r) => r.id === 's0')).toEqual({ id: 's0', name: 'Renamed', category: 'framework' });
  });
});
