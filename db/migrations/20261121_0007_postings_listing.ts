// What the postings listing needs to answer from indexes and counts instead
// of reading every matching row (a row's is_backend and dates sit behind its
// description, on overflow pages): backend postings in day order, so a page
// newest first stops after its rows; the ids of the postings that are not
// backend, so a full-text match is checked without its row; and backend
// postings per skill ('' = all of them), kept by triggers, for the total of
// an unfiltered listing. Each posting enters exactly one of the two partial
// indexes. Frozen in time: takes Kysely<any> and imports no app code.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // The expression is the listing's posting day: the order by must spell it the same way to use the index.
  // `is`, not `=`: only a query that says `is_backend is 1` may use it. SQLite matches a bound parameter
  // against a partial index's condition, so the filtered views' `is_backend = ?` took it too, and a
  // windowed CSV export then read its whole window by day and sorted it, once per page of 1,000.
  await sql`create index postings_backend_day_idx on postings (substr(coalesce(posted_at, first_seen_at), 1, 10))
    where is_backend is 1`.execute(db);
  await sql`create index postings_not_backend_idx on postings (id) where is_backend is 0`.execute(db);

  await sql`create table skill_postings (
    skill_id text primary key,
    postings integer not null check (postings >= 0)
  ) without rowid`.execute(db);
  // Read through the day index (backend postings only) and the links' primary key: 5–11 s at 1M
  // postings, against 30–45 s when SQLite starts from the skill index and reads each posting's row.
  await sql`insert into skill_postings (skill_id, postings)
    select '', count(*) from postings where is_backend is 1
    union all
    select posting_skills.skill_id, count(*) from postings indexed by postings_backend_day_idx
      cross join posting_skills on posting_skills.posting_id = postings.id
      where postings.is_backend is 1
      group by posting_skills.skill_id`.execute(db);

  // Each link counts while its posting is backend: a link written or deleted counts by its posting as
  // it is then, and a posting written, deleted or turning backend or not moves its links' counts, so
  // any order of writes keeps them. A deleted posting takes its links out of the counts first (before delete): by the time
  // the cascade deletes them, their own trigger no longer finds the posting.
  await sql`create trigger skill_postings_link_insert after insert on posting_skills
  when (select is_backend from postings where id = new.posting_id) = 1
  begin
    insert into skill_postings (skill_id, postings) values (new.skill_id, 1)
      on conflict (skill_id) do update set postings = postings + 1;
  end`.execute(db);
  await sql`create trigger skill_postings_link_delete after delete on posting_skills
  when (select is_backend from postings where id = old.posting_id) = 1
  begin
    update skill_postings set postings = postings - 1 where skill_id = old.skill_id;
  end`.execute(db);
  await sql`create trigger skill_postings_link_update after update of posting_id, skill_id on posting_skills
  begin
    update skill_postings set postings = postings - 1
      where skill_id = old.skill_id and (select is_backend from postings where id = old.posting_id) = 1;
    insert into skill_postings (skill_id, postings)
      select new.skill_id, 1 where (select is_backend from postings where id = new.posting_id) = 1
      on conflict (skill_id) do update set postings = postings + 1;
  end`.execute(db);
  // With foreign keys off (a bulk load), links may come before their posting: they count when it does.
  await sql`create trigger skill_postings_posting_insert after insert on postings
  when new.is_backend = 1
  begin
    insert into skill_postings (skill_id, postings)
      select '', 1
      union all
      select skill_id, 1 from posting_skills where posting_id = new.id
      on conflict (skill_id) do update set postings = postings + 1;
  end`.execute(db);
  await sql`create trigger skill_postings_posting_update after update of is_backend on postings
  when (old.is_backend = 1) is not (new.is_backend = 1)
  begin
    update skill_postings set postings = postings - 1
      where old.is_backend = 1
        and (skill_id = '' or skill_id in (select skill_id from posting_skills where posting_id = old.id));
    insert into skill_postings (skill_id, postings)
      select '', 1 where new.is_backend = 1
      union all
      select skill_id, 1 from posting_skills where posting_id = new.id and new.is_backend = 1
      on conflict (skill_id) do update set postings = postings + 1;
  end`.execute(db);
  await sql`create trigger skill_postings_posting_delete before delete on postings
  when old.is_backend = 1
  begin
    update skill_postings set postings = postings - 1
      where skill_id = '' or skill_id in (select skill_id from posting_skills where posting_id = old.id);
  end`.execute(db);
}

const TRIGGERS = [
  'skill_postings_posting_delete',
  'skill_postings_posting_update',
  'skill_postings_posting_insert',
  'skill_postings_link_update',
  'skill_postings_link_delete',
  'skill_postings_link_insert',
];

export async function down(db: Kysely<any>): Promise<void> {
  for (const trigger of TRIGGERS) await sql`drop trigger ${sql.id(trigger)}`.execute(db);
  await db.schema.dropTable('skill_postings').execute();
  await db.schema.dropIndex('postings_not_backend_idx').execute();
  await db.schema.dropIndex('postings_backend_day_idx').execute();
}
