// The browser stack works end to end: the configured Chromium is found,
// Playwright drives it with our launch flags, and it renders a local page.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from '../../cli/settings.js';
import { CHROMIUM_ARGS, resolveChromium } from '../../scrapers/browser/chromium.js';

const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end('<!doctype html><title>fixture</title><p id="x">rendered</p><script>document.title = "scripted"</script>');
});
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('Chromium via Playwright', () => {
  it('renders a loopback page and runs its script', async () => {
    const executablePath = resolveChromium(readEnv().chromiumPath, () => chromium.executablePath());
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      await page.goto(base);
      expect(await page.textContent('#x')).toBe('rendered');
      expect(await page.title()).toBe('scripted');
    } finally {
      await browser.close();
    }
  });
});
