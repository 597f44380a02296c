import { describe, expect, it } from 'vitest';
import { BrowserNotFoundError, resolveChromium } from '../../scrapers/browser/chromium.js';

describe('resolveChromium', () => {
  it('uses the configured path when it exists', () => {
    expect(resolveChromium(process.execPath, () => undefined)).toBe(process.execPath);
  });

  it('names the configured path when it does not exist', () => {
    expect(() => resolveChromium('/nowhere/chromium', () => '/also/nowhere')).toThrow(
      new BrowserNotFoundError('Chromium not found at /nowhere/chromium (from CHROMIUM_PATH)'),
    );
  });

  it("falls back to Playwright's own browser, and says how to get one when there is none", () => {
    expect(resolveChromium(undefined, () => process.execPath)).toBe(process.execPath);
    expect(() => resolveChromium(undefined, () => '/nowhere/chrome')).toThrow(
      /apt-get install -y chromium.*CHROMIUM_PATH/,
    );
  });
});
