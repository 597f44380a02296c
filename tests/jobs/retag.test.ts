import { describe, expect, it } from 'vitest';
import { retagAll } from '../../jobs/retag.js';
import { createEnricher } from '../../src/enrich/enrich.js';
import { SKILLS, TAXONOMY_VERSION } from '../../src/taxonomy/skills-data.js';
import { migratedDb } from '../helpers/db.js';
import { insertRawPosting, insertSource } from '../helpers/postings.js';

describe('retagAll', () => {
  it('re-tags every stored posting from its stored text, in batches, idempotently', async () => {
    const { db, close } = await migratedDb();
    const sourceId = await insertSource(db);
    const a = await insertRawPosting(db, sourceId, {
      externalId: 'a',
      title: 'Senior Backend Engineer',
      html: '<h3>Requirements</h3><ul><li>Go and K8s</li></ul><h3>Nice to have</h3><ul><li>Kafka</li></ul><p>$150k - $180k</p>',
      location: 'Remote - US',
    });
    const b = await insertRawPosting(db, sourceId, {
      externalId: 'b',
      title: 'Data Engineer',
      html: '<p>Spark and Airflow. Pay: see below.</p>',
      sourceFacts: { salary: { min: 100000, max: 120000, currency: 'EUR', period: 'year' }, workMode: 'hybrid' },
    });
    for (let i = 0; i < 5; i++) {
      await insertRawPosting(db, sourceId, { externalId: `x${i}`, title: 'SRE', html: `<p>Terraform ${i}</p>` });
    }
    // A stale tag from an older taxonomy must disappear.
    await db.insertInto('skills').values({ id: 'old-skill', name: 'Old', category: 'practice' }).execute();
    await db
      .insertInto('posting_skills')
      .values({
        posting_id: a,
        skill_id: 'old-skill',
        requirement: 'unknown',
        matched_text: 'x',
        match_start: 0,
        match_end: 1,
      })
      .execute();

    const progress: number[] = [];
    const result = await retagAll({
      db,
      enricher: createEnricher(),
      batchSize: 3,
      onProgress: (n) => progress.push(n),
    });
    expect(result).toEqual({ postings: 7, taxonomyVersion: TAXONOMY_VERSION, skillsRemoved: 1 });
    expect(progress).toEqual([3, 6, 7]);

    const tagsOf = async (id: number) =>
      db
        .selectFrom('posting_skills')
        .select(['skill_id', 'requirement', 'matched_text'])
        .where('posting_id', '=', id)
        .orderBy('skill_id')
        .execute();
    expect(await tagsOf(a)).toEqual([
      { skill_id: 'go', requirement: 'required', matched_text: 'Go' },
      { skill_id: 'kafka', requirement: 'preferred', matched_text: 'Kafka' },
      { skill_id: 'kubernetes', requirement: 'required', matched_text: 'K8s' },
    ]);
    const rowA = await db.selectFrom('postings').selectAll().where('id', '=', a).executeTakeFirstOrThrow();
    expect(rowA).toMatchObject({
      taxonomy_version: TAXONOMY_VERSION,
      seniority: 'senior',
      work_mode: 'remote',
      country: 'US',
      salary_min: 150000,
      salary_max: 180000,
      salary_currency: 'USD',
      salary_origin: 'text',
      is_backend: 1,
    });
    expect(rowA.description_text).toContain('Go and K8s');
    const rowB = await db.selectFrom('postings').selectAll().where('id', '=', b).executeTakeFirstOrThrow();
    expect(rowB).toMatchObject({ salary_origin: 'structured', salary_currency: 'EUR', work_mode: 'hybrid' });

    const skillsInDb = await db.selectFrom('skills').select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(skillsInDb.n)).toBe(SKILLS.length);

    // The trend counts are counted again from the new tags: 7 jobs, the SRE postings' Terraform among them.
    const counts = await db
      .selectFrom('skill_period_jobs')
      .select(['skill_id', 'jobs'])
      .where('granularity', '=', 'month')
      .where('skill_id', 'in', ['', 'terraform', 'go', 'old-skill'])
      .orderBy('skill_id')
      .execute();
    expect(counts).toEqual([
      { skill_id: '', jobs: 7 },
      { skill_id: 'go', jobs: 1 },
      { skill_id: 'terraform', jobs: 5 },
    ]);

    const before = await db.selectFrom('posting_skills').selectAll().orderBy(['posting_id', 'skill_id']).execute();
    await retagAll({ db, enricher: createEnricher() });
    const after = await db.selectFrom('posting_skills').selectAll().orderBy(['posting_id', 'skill_id']).execute();
    expect(after).toEqual(before);
    await close();
  });
});
