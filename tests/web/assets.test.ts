import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OpenAPIHono } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../web/app.js';
import { defaultPublicDir, mountAssets } from '../../web/assets.js';
import { closeAfterEach, migratedDb } from '../helpers/db.js';
import { useTempDir } from '../helpers/tmp.js';

const tempDir = useTempDir();
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const JS = 'text/javascript; charset=utf-8';

const closeLater = closeAfterEach();

async function app() {
  const db = closeLater(await migratedDb());
  return createApp({ db: db.db });
}

/** Only the assets, over a folder the test fills. */
function assetsApp(publicDir: string) {
  const bare = new OpenAPIHono();
  mountAssets(bare, { publicDir });
  return bare;
}

describe('GET /assets/<vendor file>', () => {
  it.each([
    ['chart.umd.min.js', 'node_modules/chart.js/dist/chart.umd.min.js'],
    [
      'chartjs-adapter-date-fns.bundle.min.js',
      'node_modules/chartjs-adapter-date-fns/dist/chartjs-adapter-date-fns.bundle.min.js',
    ],
  ])('serves %s from the installed package, as JavaScript', async (name, file) => {
    const response = await (await app()).request(`/assets/${name}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(JS);
    const body = await response.text();
    const expected = readFileSync(join(ROOT, file), 'utf8');
    expect(body.slice(0, 200)).toBe(expected.slice(0, 200));
    expect(body.length).toBe(expected.length);
  });

  it('answers a repeat visit with 304 while the file is unchanged', async () => {
    const served = await app();
    const first = await served.request('/assets/chart.umd.min.js');
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('Cache-Control')).toBe('no-cache');
    const again = await served.request('/assets/chart.umd.min.js', { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const stale = await served.request('/assets/chart.umd.min.js', { headers: { 'If-None-Match': '"old"' } });
    expect(stale.status).toBe(200);
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await (await app()).request('/assets/chart.umd.min.js', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(JS);
    expect(await response.text()).toBe('');
  });
});

describe('GET /assets/<public file>', () => {
  it('serves the project folder web/public, as the built app finds it too', async () => {
    expect(defaultPublicDir()).toBe(join(ROOT, 'web', 'public'));
    const response = await (await app()).request('/assets/app.css');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/css; charset=utf-8');
    expect(await response.text()).toBe(readFileSync(join(ROOT, 'web/public/app.css'), 'utf8'));
  });

  it('serves the .js, .css and .svg files found at start-up, and nothing else', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'app.js'), 'console.log(1);\n');
    writeFileSync(join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(dir, 'index.html'), '<p>no</p>');
    writeFileSync(join(dir, '.secret.js'), 'no');
    writeFileSync(join(dir, 'chart.umd.min.js'), 'not chart.js');
    const served = assetsApp(dir);
    writeFileSync(join(dir, 'late.js'), 'added after start-up');

    const js = await served.request('/assets/app.js');
    expect(js.headers.get('Content-Type')).toBe(JS);
    expect(await js.text()).toBe('console.log(1);\n');
    const svg = await served.request('/assets/logo.svg');
    expect(svg.headers.get('Content-Type')).toBe('image/svg+xml');
    // A public file cannot shadow a vendor file.
    expect((await (await served.request('/assets/chart.umd.min.js')).text()).length).toBeGreaterThan(100_000);
    for (const name of ['index.html', '.secret.js', 'late.js', '..%2F..%2Fpackage.json']) {
      expect((await served.request(`/assets/${name}`)).status, name).toBe(404);
    }
  });

  it('serves the vendor files when the folder does not exist', async () => {
    const served = assetsApp(join(tempDir(), 'missing'));
    expect((await served.request('/assets/chart.umd.min.js')).status).toBe(200);
    expect((await served.request('/assets/app.css')).status).toBe(404);
  });
});

describe('unknown assets', () => {
  it.each([
    '/assets/nope.js',
    '/assets/',
    '/assets/sub/app.css',
    '/assets/..%2Fapp.ts',
    '/assets/chart.js',
  ])('%s answers the JSON 404', async (path) => {
    const response = await (await app()).request(path);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });
});
