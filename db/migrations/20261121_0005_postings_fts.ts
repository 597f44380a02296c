// Full-text index of postings: title, company name and description text, in
// a contentless FTS5 table (rowid = postings.id) kept current by triggers.
// Contentless, because the text already lives in postings: the index holds
// only tokens, and contentless_delete lets a trigger drop a row by rowid
// without handing back the old text (a company renamed since would make an
// external-content delete corrupt the index). Diacritics are folded, so
// "muller" finds "Müller". No prefix indexes: they tripled the cost of
// indexing a 3 KB posting (about 50 → 150 µs), and a prefix of two letters or
// more reads the term b-tree fast enough without them.
// Frozen in time: takes Kysely<any> and imports no app code.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create virtual table postings_fts using fts5(
    title, company, description,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
  )`.execute(db);

  await sql`create trigger postings_fts_insert after insert on postings begin
    insert into postings_fts (rowid, title, company, description)
    values (new.id, new.title, (select name from companies where id = new.company_id), new.description_text);
  end`.execute(db);
  // Only when an indexed column really changed: a re-seen posting (last_seen_at) or a retag that rewrites
  // description_text with the same text writes nothing to the index.
  await sql`create trigger postings_fts_update after update of title, company_id, description_text on postings
  when old.title is not new.title
    or old.company_id is not new.company_id
    or old.description_text is not new.description_text
  begin
    delete from postings_fts where rowid = old.id;
    insert into postings_fts (rowid, title, company, description)
    values (new.id, new.title, (select name from companies where id = new.company_id), new.description_text);
  end`.execute(db);
  // Also fires for the cascade when a source is deleted.
  await sql`create trigger postings_fts_delete after delete on postings begin
    delete from postings_fts where rowid = old.id;
  end`.execute(db);
  // A renamed company: its postings are indexed again under the new name. (A deleted one sets
  // postings.company_id to null, which the update trigger sees.)
  await sql`create trigger postings_fts_company_rename after update of name on companies
  when old.name is not new.name
  begin
    delete from postings_fts where rowid in (select id from postings where company_id = new.id);
    insert into postings_fts (rowid, title, company, description)
    select id, title, new.name, description_text from postings where company_id = new.id;
  end`.execute(db);

  await sql`insert into postings_fts (rowid, title, company, description)
    select postings.id, postings.title, companies.name, postings.description_text
    from postings left join companies on companies.id = postings.company_id`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const trigger of [
    'postings_fts_company_rename',
    'postings_fts_delete',
    'postings_fts_update',
    'postings_fts_insert',
  ]) {
    await sql`drop trigger ${sql.id(trigger)}`.execute(db);
  }
  await sql`drop table postings_fts`.execute(db);
}
