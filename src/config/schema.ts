// The skillpulse config file, validated with zod in strict mode: an unknown
// key anywhere is an error, so a typo never silently falls back to a default.
import { z } from 'zod';

const CRON_FIELD = /^[\d*,/\-a-zA-Z?LW#]+$/;

/** Five fields, or six with seconds first (node-cron's syntax). */
export const cronExpression = z.string().refine(
  (value) => {
    const fields = value.trim().split(/\s+/);
    return (fields.length === 5 || fields.length === 6) && fields.every((f) => CRON_FIELD.test(f));
  },
  { message: 'expected a cron expression of 5 fields (or 6 with seconds)' },
);

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM');
const slug = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'expected lower-case letters, digits, ".", "_" or "-"');
const token = z.string().min(1).max(200);
const httpUrl = z.url({ protocol: /^https?$/ });
/** JSON has no comments; `$comment` (JSON Schema's annotation keyword) is allowed in every object. */
const comment = { $comment: z.union([z.string(), z.array(z.string())]).optional() };

/** Keys every source has. `baseUrl` replaces the scheme and host of the official endpoint. */
const common = {
  ...comment,
  name: slug,
  baseUrl: httpUrl.optional(),
  /** Overrides the global schedule for this source. */
  schedule: cronExpression.optional(),
  enabled: z.boolean().default(true),
};

const crawlKeys = {
  startUrls: z.array(httpUrl).min(1),
  /** Only URLs matching one of these (globs) are followed. */
  include: z.array(z.string().min(1)).optional(),
  exclude: z.array(z.string().min(1)).optional(),
  /** A sitemap URL whose entries are crawled too. */
  sitemap: httpUrl.optional(),
};

export const sourceConfig = z.discriminatedUnion('type', [
  z.strictObject({ ...common, type: z.literal('greenhouse'), board: token, company: z.string().min(1).optional() }),
  z.strictObject({ ...common, type: z.literal('lever'), site: token, company: z.string().min(1).optional() }),
  z.strictObject({ ...common, type: z.literal('ashby'), board: token, company: z.string().min(1).optional() }),
  z.strictObject({ ...common, type: z.literal('hn'), since: yearMonth, until: yearMonth.optional() }),
  z.strictObject({ ...common, type: z.literal('jsonld'), ...crawlKeys }),
  z.strictObject({ ...common, type: z.literal('browser'), ...crawlKeys }),
  z.strictObject({ ...common, type: z.literal('smartrecruiters'), company: token }),
  z.strictObject({ ...common, type: z.literal('workable'), account: token }),
  z.strictObject({ ...common, type: z.literal('recruitee'), company: token }),
  z.strictObject({ ...common, type: z.literal('remoteok') }),
  z.strictObject({ ...common, type: z.literal('arbeitnow') }),
  z.strictObject({ ...common, type: z.literal('himalayas') }),
]);

export const scheduleConfig = z.strictObject({
  ...comment,
  cron: cronExpression.default('0 3 * * *'),
  /** IANA time zone the cron expression is read in. */
  timezone: z.string().min(1).default('UTC'),
});

export const serverConfig = z.strictObject({
  ...comment,
  /** Loopback by default: the dashboard is not exposed unless asked. */
  host: z.string().min(1).default('127.0.0.1'),
  port: z.number().int().min(0).max(65_535).default(3000),
});

export const scrapingConfig = z.strictObject({
  ...comment,
  /** Crawler-wide cap across all hosts. */
  requestsPerMinute: z.number().int().min(1).max(6_000).default(60),
  /** Pause between two requests to the same host, in seconds. */
  perHostDelaySecs: z.number().min(0).max(600).default(1),
  concurrency: z.number().int().min(1).max(64).default(4),
  /** Identifies the bot and gives a contact URL, as polite crawlers do. */
  userAgent: z
    .string()
    .min(1)
    .default('skillpulse/0.1 (+https://github.com/skillpulse/skillpulse; job-market research bot)'),
  maxRetries: z.number().int().min(0).max(10).default(3),
  timeoutSecs: z.number().int().min(1).max(600).default(30),
  respectRobotsTxt: z.boolean().default(true),
});

export const configSchema = z
  .strictObject({
    ...comment,
    /** Documentation only: lets an editor validate the file. */
    $schema: z.string().optional(),
    /** Omitted: the built-in default sources. */
    sources: z.array(sourceConfig).optional(),
    schedule: scheduleConfig.default(scheduleConfig.parse({})),
    server: serverConfig.default(serverConfig.parse({})),
    scraping: scrapingConfig.default(scrapingConfig.parse({})),
    /** Required for anything that writes over HTTP (e.g. POST /api/scrape); null disables those routes. */
    adminToken: z.string().min(16, 'must be at least 16 characters').nullable().default(null),
  })
  .superRefine((config, ctx) => {
    const seen = new Set<string>();
    for (const [index, source] of (config.sources ?? []).entries()) {
      if (seen.has(source.name)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources', index, 'name'],
          message: `duplicate source name "${source.name}"`,
        });
      }
      seen.add(source.name);
    }
  });

export type SourceConfig = z.infer<typeof sourceConfig>;
export type SourceType = SourceConfig['type'];
export type ScrapingConfig = z.infer<typeof scrapingConfig>;
export type ScheduleConfig = z.infer<typeof scheduleConfig>;
export type ServerConfig = z.infer<typeof serverConfig>;
export type Config = z.infer<typeof configSchema>;
