import { describe, expect, it } from 'vitest';
import { ConfigError, defaultConfig, parseConfig } from '../../../src/config/parse.js';

describe('defaultConfig', () => {
  it('needs no file', () => {
    const config = defaultConfig();
    expect(config.schedule).toEqual({ cron: '0 3 * * *', timezone: 'UTC' });
    expect(config.server).toEqual({ host: '127.0.0.1', port: 3000 });
    expect(config.scraping.concurrency).toBeGreaterThan(0);
    expect(config.scraping.userAgent).toMatch(/https?:\/\//);
    expect(config.adminToken).toBeNull();
    expect(config.sources).toBeUndefined();
  });
});

describe('parseConfig', () => {
  it('accepts a full config and fills defaults', () => {
    const config = parseConfig(
      JSON.stringify({
        sources: [
          { name: 'acme', type: 'greenhouse', board: 'acme', baseUrl: 'http://127.0.0.1:8080' },
          { name: 'hn', type: 'hn', since: '2011-04', schedule: '0 * 1-3 * *' },
          { name: 'careers', type: 'jsonld', startUrls: ['https://example.com/jobs'], include: ['**/jobs/**'] },
        ],
        scraping: { requestsPerMinute: 30 },
        adminToken: 'a-long-enough-token',
      }),
      'test.json',
    );
    expect(config.sources?.map((s) => s.type)).toEqual(['greenhouse', 'hn', 'jsonld']);
    expect(config.sources?.[0]?.enabled).toBe(true);
    expect(config.scraping.requestsPerMinute).toBe(30);
    expect(config.scraping.perHostDelaySecs).toBe(1);
  });

  it.each([
    ['invalid JSON', '{"scraping": {', /^config c\.json: invalid JSON: .*\(line 1, column \d+\)$/],
    ['an unknown top-level key', '{"sourcez": []}', /^config c\.json: unknown key "sourcez" at \(top level\)$/],
    ['an unknown nested key', '{"scraping": {"delay": 1}}', /^config c\.json: unknown key "delay" at scraping$/],
    ['a wrong type', '{"scraping": {"concurrency": "4"}}', /^config c\.json: scraping\.concurrency: .*expected number/],
    ['an unknown source type', '{"sources": [{"name": "x", "type": "monster"}]}', /sources\.0.*type/],
    ['a missing source key', '{"sources": [{"name": "x", "type": "lever"}]}', /sources\.0\.site/],
    [
      'an unknown source key',
      '{"sources": [{"name": "x", "type": "hn", "since": "2020-01", "board": "y"}]}',
      /unknown key "board" at sources\.0/,
    ],
    [
      'a bad month',
      '{"sources": [{"name": "x", "type": "hn", "since": "2020-13"}]}',
      /sources\.0\.since: expected YYYY-MM/,
    ],
    [
      'duplicate source names',
      '{"sources": [{"name": "x", "type": "remoteok"}, {"name": "x", "type": "arbeitnow"}]}',
      /duplicate source name "x"/,
    ],
    ['a bad cron', '{"schedule": {"cron": "every night"}}', /schedule\.cron: expected a cron expression/],
    ['a short admin token', '{"adminToken": "abc"}', /adminToken: must be at least 16 characters/],
    ['a non-object', '[]', /expected object/],
  ])('rejects %s with one line', (_label, text, pattern) => {
    let caught: unknown;
    try {
      parseConfig(text, 'c.json');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const message = (caught as Error).message;
    expect(message).toMatch(pattern);
    expect(message).not.toContain('\n');
  });
});

describe('skillpulse.config.example.json', () => {
  it('is a valid config', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../../skillpulse.config.example.json', import.meta.url), 'utf8');
    const config = parseConfig(text, 'example');
    expect(config.sources?.length).toBeGreaterThanOrEqual(5);
    expect(config.sources?.find((s) => s.name === 'local-greenhouse')?.enabled).toBe(false);
  });
});
