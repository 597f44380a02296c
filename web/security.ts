// Security headers on every response (pages, API, assets, errors): a strict
// Content-Security-Policy with no inline script or style, so scraped text that
// slipped into a page could still not run.
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

const SELF = "'self'";
const NONE = "'none'";

/** Browser features the dashboard never uses, switched off for it and anything it embeds. */
const DISABLED_FEATURES = [
  'accelerometer',
  'browsingTopics',
  'camera',
  'displayCapture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
] as const;

export function secureHeadersMiddleware(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: [SELF],
      scriptSrc: [SELF],
      styleSrc: [SELF],
      // data: for Chart.js's canvas exports and small inline icons.
      imgSrc: [SELF, 'data:'],
      connectSrc: [SELF],
      objectSrc: [NONE],
      baseUri: [NONE],
      frameAncestors: [NONE],
      formAction: [SELF],
    },
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    crossOriginOpenerPolicy: 'same-origin',
    // Served over plain HTTP (loopback by default): HSTS belongs to whatever terminates TLS in front.
    strictTransportSecurity: false,
    permissionsPolicy: Object.fromEntries(DISABLED_FEATURES.map((feature) => [feature, []])),
  });
}
