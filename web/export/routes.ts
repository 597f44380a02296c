// GET /export/skills.csv and /export/postings.csv, streamed, under the shared
// filters; and /export/skills.meta.json and /export/postings.meta.json: the
// method note of the same export (the CSV links to it: Link rel=describedby).
import { type OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Db } from '../../db/connection.js';
import type { Counting } from '../../db/job-counts.js';
import { csvChunks } from '../../src/export/csv.js';
import {
  type PreparedExport,
  PostingsExportQuery,
  SkillsExportQuery,
  preparePostingsExport,
  prepareSkillsExport,
  sameExportQuery,
} from './exports.js';

const csvResponse = (description: string) => ({
  200: { description, content: { 'text/csv': { schema: z.string() } } },
});

const metaResponse = {
  200: {
    description: 'the method note: window, filters, taxonomy version, counting rules, columns with units',
    content: { 'application/json': { schema: z.object({}).passthrough() } },
  },
};

/** An export's CSV and its method note (the CSV's Link points there), read under the same query. */
function exportRoutes<Query extends z.ZodObject>(name: string, query: Query, csvRows: string) {
  return {
    csv: createRoute({
      method: 'get',
      path: `/export/${name}.csv`,
      request: { query },
      responses: csvResponse(csvRows),
    }),
    meta: createRoute({
      method: 'get',
      path: `/export/${name}.meta.json`,
      request: { query },
      responses: metaResponse,
    }),
  };
}

const skills = exportRoutes(
  'skills',
  SkillsExportQuery,
  'one row per skill × period: jobs, total, share, Wilson 95% bounds, median salary, n',
);
const postings = exportRoutes(
  'postings',
  PostingsExportQuery,
  'one row per backend posting the filters keep, in id order',
);

export function mountExports(app: OpenAPIHono, db: Db, counting: Counting): void {
  app.openapi(skills.csv, async (c) => {
    const query = c.req.valid('query');
    const prepared = await prepareSkillsExport(db, counting, query, new Date());
    return sendCsv(c, prepared, query.bom === '1', `${skills.meta.path}${sameExportQuery(query)}`);
  });
  app.openapi(skills.meta, async (c) => {
    const prepared = await prepareSkillsExport(db, counting, c.req.valid('query'), new Date());
    return c.json(prepared.meta, 200);
  });
  app.openapi(postings.csv, async (c) => {
    const query = c.req.valid('query');
    const prepared = await preparePostingsExport(db, query, new Date());
    return sendCsv(c, prepared, query.bom === '1', `${postings.meta.path}${sameExportQuery(query)}`);
  });
  app.openapi(postings.meta, async (c) => {
    const prepared = await preparePostingsExport(db, c.req.valid('query'), new Date());
    return c.json(prepared.meta, 200);
  });
}

async function sendCsv(c: Context, prepared: PreparedExport, bom: boolean, metaPath: string) {
  const csv = csvChunks(await prepared.pages(), prepared.columns, { bom });
  return c.body(webStream(csv), 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${prepared.filename}"`,
    Link: `<${metaPath}>; rel="describedby"; type="application/json"`,
  });
}

/**
 * The chunks as a web stream that reads one chunk per pull: nothing is read
 * ahead of the client, a cancelled download ends the chunks (and so the
 * database reads and the writer thread), and a failure mid-way errors the
 * body, so the client sees a broken download rather than a short file that
 * looks whole.
 */
function webStream(chunks: AsyncGenerator<Uint8Array>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
