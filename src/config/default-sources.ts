// The sources used when the config file has no `sources` key: Hacker News "Who is hiring?" since
// April 2011, plus companies known for hiring backend engineers on Greenhouse, Lever and Ashby.
//
// No ATS API could be called when this list was made, so every board token comes from stored public
// material. docs/default-sources.md has the full evidence table. Keys used in the comments below:
//   LEDGER  davicho01/yabot.jobs-backend docs/crawl-source-ledger.md (2026-09-19). Its Greenhouse,
//           Lever and Ashby boards were "verified live via each platform's public API before adding".
//   SNIPER  stored file #56110216485, the "Serverless ATS Job Sniper" README. A table built from the
//           live ATS APIs, updated 2026-06-01, that links each posting.
//   HAYAT   stored file #71590788416, the page source of a meethayat.com blog post (2026-10-08). It
//           cites posting URLs read from "employers' own job feeds".
//   CAREEROPS  santifer/career-ops templates/portals.example.yml (tracked_companies).
//   SEEDS   matthew-holman/career_unplugged app/seeds/data/{greenhouse,lever,ashby}_pages.py
//   SIMPLIFY   SimplifyJobs/New-Grad-Positions README.md (new-grad postings with apply links).
// A token is listed only when at least one of these shows a posting or a live-checked board for it.
// Tokens that the evidence shows have moved were left out: Plaid, Wealthsimple, Whoop and Qonto left
// Lever for Ashby, and W&B moved to CoreWeave.
import type { SourceConfig } from './schema.js';

export const DEFAULT_SOURCES: readonly SourceConfig[] = [
  { type: 'hn', name: 'hn', since: '2011-04', enabled: true },

  // ---------------------------------------------------------------- Greenhouse
  // SNIPER: stripe.com/jobs/search?gh_jid=7926587 "Software Engineer" (source greenhouse). A
  // CAREEROPS-derived registry (stored file #52992725845) uses boards-api.greenhouse.io/v1/boards/stripe/jobs.
  { type: 'greenhouse', name: 'greenhouse-stripe', board: 'stripe', company: 'Stripe', enabled: true },
  // LEDGER: job-boards.greenhouse.io/cloudflare. Cloudflare's own blog links
  // boards.greenhouse.io/cloudflare/jobs/589572 (stored file #71135419689).
  { type: 'greenhouse', name: 'greenhouse-cloudflare', board: 'cloudflare', company: 'Cloudflare', enabled: true },
  // Job digest (stored file #56130124036): boards.greenhouse.io/datadog/jobs/7183013, posted 2026-06-09. Also in SEEDS.
  { type: 'greenhouse', name: 'greenhouse-datadog', board: 'datadog', company: 'Datadog', enabled: true },
  // Stored file #62135752737: boards.greenhouse.io/databricks/jobs/8564166002. Also in SEEDS.
  { type: 'greenhouse', name: 'greenhouse-databricks', board: 'databricks', company: 'Databricks', enabled: true },
  // SNIPER: boards.greenhouse.io/robinhood/jobs/7263592 "Software Engineer, Backend" (2026-05-22).
  { type: 'greenhouse', name: 'greenhouse-robinhood', board: 'robinhood', company: 'Robinhood', enabled: true },
  // SNIPER: job-boards.greenhouse.io/doordashusa/jobs/5630445 "Software Engineer, Backend" (2026-05-28).
  { type: 'greenhouse', name: 'greenhouse-doordashusa', board: 'doordashusa', company: 'DoorDash', enabled: true },
  // SNIPER: job-boards.greenhouse.io/affirm/jobs/7485068003 "Software Engineer, Early Career".
  { type: 'greenhouse', name: 'greenhouse-affirm', board: 'affirm', company: 'Affirm', enabled: true },
  // SNIPER: job-boards.greenhouse.io/anthropic/jobs/5161402008. CAREEROPS: job-boards.greenhouse.io/anthropic.
  { type: 'greenhouse', name: 'greenhouse-anthropic', board: 'anthropic', company: 'Anthropic', enabled: true },
  // LEDGER: job-boards.greenhouse.io/coreweave. SNIPER: coreweave.com/careers/job?...&board=coreweave&gh_jid=4587675006.
  { type: 'greenhouse', name: 'greenhouse-coreweave', board: 'coreweave', company: 'CoreWeave', enabled: true },
  // LEDGER: job-boards.greenhouse.io/gleanwork. SNIPER: gleanwork/jobs/4428090005 "Software Engineer, Product Backend".
  { type: 'greenhouse', name: 'greenhouse-gleanwork', board: 'gleanwork', company: 'Glean', enabled: true },
  // LEDGER: job-boards.greenhouse.io/scaleai. SNIPER: scaleai/jobs/4605996005 "Software Engineer - New Grad".
  { type: 'greenhouse', name: 'greenhouse-scaleai', board: 'scaleai', company: 'Scale AI', enabled: true },
  // SNIPER: job-boards.greenhouse.io/discord/jobs/8371252002 "Data Engineer, Analytics" (2026-05-06).
  { type: 'greenhouse', name: 'greenhouse-discord', board: 'discord', company: 'Discord', enabled: true },
  // SNIPER: boards.greenhouse.io/chime/jobs/8141068002 "Product Security Engineer" (2026-05-07).
  { type: 'greenhouse', name: 'greenhouse-chime', board: 'chime', company: 'Chime', enabled: true },
  // LEDGER: job-boards.greenhouse.io/twitch. SIMPLIFY: twitch/jobs/8417166002 "Software Engineer 1".
  { type: 'greenhouse', name: 'greenhouse-twitch', board: 'twitch', company: 'Twitch', enabled: true },
  // LEDGER: job-boards.greenhouse.io/okta. Also in SEEDS.
  { type: 'greenhouse', name: 'greenhouse-okta', board: 'okta', company: 'Okta', enabled: true },
  // Stored file #69008943304 maps coinbase.com/careers/positions/7847431?gh_jid=7847431 to
  // job-boards.greenhouse.io/coinbase/jobs/7847431. Also in SEEDS.
  { type: 'greenhouse', name: 'greenhouse-coinbase', board: 'coinbase', company: 'Coinbase', enabled: true },
  // Stored file #55384746852: job-boards.greenhouse.io/gitlab/jobs/8564957002 ("real postings", 2026-05-27). Also in SEEDS.
  { type: 'greenhouse', name: 'greenhouse-gitlab', board: 'gitlab', company: 'GitLab', enabled: true },
  // LEDGER: job-boards.greenhouse.io/fivetran. Also in SEEDS.
  { type: 'greenhouse', name: 'greenhouse-fivetran', board: 'fivetran', company: 'Fivetran', enabled: true },
  // LEDGER: job-boards.greenhouse.io/asana.
  { type: 'greenhouse', name: 'greenhouse-asana', board: 'asana', company: 'Asana', enabled: true },
  // LEDGER: job-boards.greenhouse.io/gusto.
  { type: 'greenhouse', name: 'greenhouse-gusto', board: 'gusto', company: 'Gusto', enabled: true },
  // LEDGER: job-boards.greenhouse.io/pagerduty.
  { type: 'greenhouse', name: 'greenhouse-pagerduty', board: 'pagerduty', company: 'PagerDuty', enabled: true },
  // LEDGER: job-boards.greenhouse.io/fastly.
  { type: 'greenhouse', name: 'greenhouse-fastly', board: 'fastly', company: 'Fastly', enabled: true },
  // LEDGER: job-boards.greenhouse.io/cockroachlabs.
  {
    type: 'greenhouse',
    name: 'greenhouse-cockroachlabs',
    board: 'cockroachlabs',
    company: 'Cockroach Labs',
    enabled: true,
  },
  // LEDGER: job-boards.greenhouse.io/airtable. CAREEROPS: same board. The LEDGER found no postings on Ashby "airtable".
  { type: 'greenhouse', name: 'greenhouse-airtable', board: 'airtable', company: 'Airtable', enabled: true },

  // ---------------------------------------------------------------- Lever
  // SNIPER: jobs.lever.co/palantir/dab396d4-2f14-4796-aac0-0d82883dccf0 (also in HAYAT). CAREEROPS: jobs.lever.co/palantir.
  { type: 'lever', name: 'lever-palantir', site: 'palantir', company: 'Palantir', enabled: true },
  // SNIPER: jobs.lever.co/shieldai/0af53b2b-e1ba-4e73-9e94-a4a689cabab9 (2026-05-29). HAYAT: shieldai/1d77e789-....
  { type: 'lever', name: 'lever-shieldai', site: 'shieldai', company: 'Shield AI', enabled: true },
  // SNIPER: jobs.lever.co/spotify/fd79c3f5-1b2c-47c0-a3c6-4972b559e1c1 (2026-05-29). CAREEROPS: jobs.lever.co/spotify.
  { type: 'lever', name: 'lever-spotify', site: 'spotify', company: 'Spotify', enabled: true },
  // SNIPER: jobs.lever.co/veeva/8fe22df0-02b4-453d-919c-c8998cf913f6 "Associate Software Engineer" (2026-05-29).
  { type: 'lever', name: 'lever-veeva', site: 'veeva', company: 'Veeva Systems', enabled: true },
  // CAREEROPS: jobs.lever.co/mistral. Stored file #56507221798: mistral/77f6fd1b-65cf-45d8-9b68-594c62732f62. Also in SEEDS.
  { type: 'lever', name: 'lever-mistral', site: 'mistral', company: 'Mistral AI', enabled: true },
  // Job table (stored file #56246484359): jobs.lever.co/zoox/00694777-4083-426f-8382-3d0073c34787. Also in SEEDS.
  { type: 'lever', name: 'lever-zoox', site: 'zoox', company: 'Zoox', enabled: true },
  // LEDGER: jobs.lever.co/outreach.
  { type: 'lever', name: 'lever-outreach', site: 'outreach', company: 'Outreach', enabled: true },
  // LEDGER: jobs.lever.co/binance.
  { type: 'lever', name: 'lever-binance', site: 'binance', company: 'Binance', enabled: true },
  // LEDGER: jobs.lever.co/anchorage. Also in SEEDS.
  { type: 'lever', name: 'lever-anchorage', site: 'anchorage', company: 'Anchorage Digital', enabled: true },
  // LEDGER: jobs.lever.co/crypto.
  { type: 'lever', name: 'lever-crypto', site: 'crypto', company: 'Crypto.com', enabled: true },
  // LEDGER: jobs.lever.co/rover.
  { type: 'lever', name: 'lever-rover', site: 'rover', company: 'Rover', enabled: true },

  // ---------------------------------------------------------------- Ashby
  // SNIPER: jobs.ashbyhq.com/openai/f6b9903c-9034-436b-a4ec-4c8643a6d0dd (2026-05-06). HAYAT: openai/00207abc-....
  { type: 'ashby', name: 'ashby-openai', board: 'openai', company: 'OpenAI', enabled: true },
  // SNIPER: jobs.ashbyhq.com/plaid/5c5d4414-347c-4caa-be88-384dec2d074b "Software Engineer, Backend" (2026-05-04).
  { type: 'ashby', name: 'ashby-plaid', board: 'plaid', company: 'Plaid', enabled: true },
  // SNIPER: jobs.ashbyhq.com/ramp/5598f7b8-4ae2-4105-a2b4-2d0f55c54c40 "Software Engineer, Credit" (2026-05-13).
  { type: 'ashby', name: 'ashby-ramp', board: 'ramp', company: 'Ramp', enabled: true },
  // LEDGER: jobs.ashbyhq.com/snowflake. SNIPER: snowflake/19ff5740-e678-4f43-a6c6-29bab94fbc21 (2026-05-12).
  { type: 'ashby', name: 'ashby-snowflake', board: 'snowflake', company: 'Snowflake', enabled: true },
  // Stored file #68386514186: jobs.ashbyhq.com/notion/6f7c5ae6-9632-4436-8b1c-a1e4c1050633 (2026-09-11). Also in SEEDS.
  { type: 'ashby', name: 'ashby-notion', board: 'notion', company: 'Notion', enabled: true },
  // Link-health probe (stored file #55597210904) expects jobs.ashbyhq.com/linear/d37b3d76-3080-47f9-8a19-60505573112c to be "ok".
  { type: 'ashby', name: 'ashby-linear', board: 'linear', company: 'Linear', enabled: true },
  // LEDGER: jobs.ashbyhq.com/harvey. HAYAT: harvey/c9cea360-f0b6-4a93-b7b3-0f0145b02ffe.
  { type: 'ashby', name: 'ashby-harvey', board: 'harvey', company: 'Harvey', enabled: true },
  // LEDGER: jobs.ashbyhq.com/kong. HAYAT: kong/7ae8b357-a8f0-4c3d-868d-add1789de7ff.
  { type: 'ashby', name: 'ashby-kong', board: 'kong', company: 'Kong', enabled: true },
  // LEDGER: jobs.ashbyhq.com/baseten. HAYAT: baseten/ff008b8e-b38d-4941-b24f-9a48c970e7fb.
  { type: 'ashby', name: 'ashby-baseten', board: 'baseten', company: 'Baseten', enabled: true },
  // LEDGER: jobs.ashbyhq.com/replit. HAYAT: replit/9936ea0d-071a-4b51-8154-fdde89ded616.
  { type: 'ashby', name: 'ashby-replit', board: 'replit', company: 'Replit', enabled: true },
  // LEDGER: jobs.ashbyhq.com/supabase. CAREEROPS: same board.
  { type: 'ashby', name: 'ashby-supabase', board: 'supabase', company: 'Supabase', enabled: true },
  // LEDGER: jobs.ashbyhq.com/posthog. Also in SEEDS.
  { type: 'ashby', name: 'ashby-posthog', board: 'posthog', company: 'PostHog', enabled: true },
  // LEDGER: jobs.ashbyhq.com/sentry. Also in SEEDS.
  { type: 'ashby', name: 'ashby-sentry', board: 'sentry', company: 'Sentry', enabled: true },
  // LEDGER: jobs.ashbyhq.com/vanta. Also in SEEDS.
  { type: 'ashby', name: 'ashby-vanta', board: 'vanta', company: 'Vanta', enabled: true },
  // LEDGER: jobs.ashbyhq.com/cohere. CAREEROPS: same board.
  { type: 'ashby', name: 'ashby-cohere', board: 'cohere', company: 'Cohere', enabled: true },
  // LEDGER: jobs.ashbyhq.com/zapier. CAREEROPS and SEEDS: same board.
  { type: 'ashby', name: 'ashby-zapier', board: 'zapier', company: 'Zapier', enabled: true },
  // LEDGER: jobs.ashbyhq.com/render. Also in SEEDS.
  { type: 'ashby', name: 'ashby-render', board: 'render', company: 'Render', enabled: true },
  // LEDGER: jobs.ashbyhq.com/railway.
  { type: 'ashby', name: 'ashby-railway', board: 'railway', company: 'Railway', enabled: true },
  // LEDGER: jobs.ashbyhq.com/confluent.
  { type: 'ashby', name: 'ashby-confluent', board: 'confluent', company: 'Confluent', enabled: true },
  // LEDGER: jobs.ashbyhq.com/clickhouse.
  { type: 'ashby', name: 'ashby-clickhouse', board: 'clickhouse', company: 'ClickHouse', enabled: true },
];
