import { describe, expect, it } from 'vitest';
import { HostThrottle } from '../../scrapers/host-throttle.js';

describe('HostThrottle', () => {
  it('spaces the starts of requests to one host, and only to that host', async () => {
    const throttle = new HostThrottle(120);
    const started: Array<[string, number]> = [];
    const t0 = Date.now();
    await Promise.all(
      ['http://a.test/1', 'http://a.test/2', 'http://b.test/1', 'http://a.test/3'].map(async (url) => {
        await throttle.wait(url);
        started.push([url, Date.now() - t0]);
      }),
    );
    const at = Object.fromEntries(started);
    expect(at['http://b.test/1']).toBeLessThan(60);
    expect(at['http://a.test/1']).toBeLessThan(60);
    expect(at['http://a.test/2']).toBeGreaterThanOrEqual(115);
    expect(at['http://a.test/3']).toBeGreaterThanOrEqual(235);
  });

  it('does nothing with no delay', async () => {
    const throttle = new HostThrottle(0);
    const t0 = Date.now();
    for (let i = 0; i < 5; i++) await throttle.wait('http://a.test/');
    expect(Date.now() - t0).toBeLessThan(20);
  });
});
