import { describe, expect, it } from 'vitest';
import { createApp } from '../../web/app.js';
import { closeAfterEach, migratedDb } from '../helpers/db.js';

const CSP = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'self'"],
};

const closeLater = closeAfterEach();

async function app() {
  const db = closeLater(await migratedDb());
  return createApp({ db: db.db });
}

/** "a b; c d e" → { a: [b], c: [d, e] }, failing on a directive given twice. */
function directives(header: string | null): Record<string, string[]> {
  const parsed: Record<string, string[]> = {};
  for (const part of (header ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(parsed[name], `${name} given twice`).toBeUndefined();
    parsed[name] = values;
  }
  return parsed;
}

describe('security headers', () => {
  // A page, the API, the API's errors, assets and the write route.
  it.each([
    ['GET', '/', 200],
    ['GET', '/healthz', 200],
    ['GET', '/api/openapi.json', 200],
    ['GET', '/api/trends', 400],
    ['GET', '/api/nope', 404],
    ['GET', '/assets/chart.umd.min.js', 200],
    ['POST', '/api/scrape', 403],
    ['DELETE', '/api/trends', 404],
  ])('%s %s (%i) carries the strict CSP and the other headers', async (method, path, status) => {
    const response = await (await app()).request(path, { method });
    expect(response.status).toBe(status);
    const csp = response.headers.get('Content-Security-Policy');
    expect(directives(csp)).toEqual(CSP);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(response.headers.get('X-Frame-Options')).toBe('DENY');
    expect(response.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(response.headers.get('Cross-Origin-Resource-Policy')).toBe('same-origin');
    const permissions = response.headers.get('Permissions-Policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
      expect(permissions).toContain(`${feature}=()`);
    }
    expect(permissions).not.toMatch(/=\*/);
    // Plain HTTP on loopback: HSTS is left to a TLS proxy.
    expect(response.headers.get('Strict-Transport-Security')).toBeNull();
    expect(response.headers.get('X-Powered-By')).toBeNull();
  });

  it('sets the headers on HEAD requests too', async () => {
    const response = await (await app()).request('/healthz', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(directives(response.headers.get('Content-Security-Policy'))).toEqual(CSP);
  });
});
