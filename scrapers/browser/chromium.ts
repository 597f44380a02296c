// Finds the Chromium that Playwright should drive. Playwright cannot download
// its own browser everywhere, so a system Chromium comes first.
import { existsSync } from 'node:fs';

/** Flags that keep headless Chromium quiet on a closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError';
}

/**
 * `configured` is CHROMIUM_PATH (or Debian's /usr/bin/chromium). When it is
 * unset, Playwright's own download is used if one exists; when nothing is
 * found the error says how to get a browser.
 */
export function resolveChromium(configured: string | undefined, playwrightOwn: () => string | undefined): string {
  if (configured) {
    if (!existsSync(configured)) {
      throw new BrowserNotFoundError(`Chromium not found at ${configured} (from CHROMIUM_PATH)`);
    }
    return configured;
  }
  const own = playwrightOwn();
  if (own && existsSync(own)) return own;
  throw new BrowserNotFoundError(
    'no Chromium found: install it (apt-get install -y chromium, or npx playwright install chromium) or set CHROMIUM_PATH',
  );
}
