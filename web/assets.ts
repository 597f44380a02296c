// GET /assets/<name>: Chart.js and its date adapter from node_modules, and the
// dashboard's own files from web/public. Every servable name is known at start
// up and held in memory, so a request never reaches the file system.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenAPIHono } from '@hono/zod-openapi';

export interface Asset {
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
  etag: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};
/** Plain names only: no folders, no dotfiles. */
const PUBLIC_NAME = /^[a-z0-9][a-z0-9._-]*\.(js|css|svg)$/i;

/** Served under /assets/<name>: [package, file inside the package]. */
const VENDOR_FILES: ReadonlyArray<[name: string, pkg: string, file: string]> = [
  ['chart.umd.min.js', 'chart.js', 'dist/chart.umd.min.js'],
  ['chartjs-adapter-date-fns.bundle.min.js', 'chartjs-adapter-date-fns', 'dist/chartjs-adapter-date-fns.bundle.min.js'],
];

const require = createRequire(import.meta.url);
let vendorCache: Map<string, Asset> | undefined;

/** Vendor files, read once per process: every createApp (one per test) shares them. */
function vendorAssets(): Map<string, Asset> {
  vendorCache ??= new Map(
    VENDOR_FILES.map(([name, pkg, file]) => [name, assetOf(name, readFileSync(join(packageRoot(pkg), file)))]),
  );
  return vendorCache;
}

/** The folder of an installed package. Neither package exports its dist files, so resolve its entry and walk up. */
function packageRoot(pkg: string): string {
  const root = findUp(dirname(require.resolve(pkg)), (dir) => readPackageName(dir) === pkg);
  if (!root) throw new Error(`assets: cannot find the folder of package ${pkg}`);
  return root;
}

/** web/public of this project, from web/ under tsx and from dist/web/ once built (tsc does not copy it). */
export function defaultPublicDir(): string {
  const root = findUp(dirname(fileURLToPath(import.meta.url)), (dir) => existsSync(join(dir, 'package.json')));
  if (!root) throw new Error('assets: cannot find the project folder (package.json)');
  return join(root, 'web', 'public');
}

/** The .js, .css and .svg files directly in `dir`, read now; a missing folder serves nothing. */
export function publicAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  if (!existsSync(dir)) return assets;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (PUBLIC_NAME.test(name) && statSync(path).isFile()) assets.set(name, assetOf(name, readFileSync(path)));
  }
  return assets;
}

export function mountAssets(app: OpenAPIHono, options: { publicDir?: string } = {}): void {
  // Vendor names win: a file in web/public cannot shadow Chart.js.
  const assets = new Map([...publicAssets(options.publicDir ?? defaultPublicDir()), ...vendorAssets()]);
  app.get('/assets/:name', async (c, next) => {
    const asset = assets.get(c.req.param('name'));
    // Unknown: fall through to the app's JSON 404.
    if (!asset) return next();
    // no-cache: the URLs carry no version, so the browser revalidates and gets a 304 while the file is unchanged.
    const headers = { 'Content-Type': asset.contentType, 'Cache-Control': 'no-cache', ETag: asset.etag };
    if (c.req.header('If-None-Match') === asset.etag) return c.body(null, 304, headers);
    return c.body(asset.body, 200, headers);
  });
}

function assetOf(name: string, body: Buffer): Asset {
  const contentType = CONTENT_TYPES[extname(name).toLowerCase()];
  if (!contentType) throw new Error(`assets: no content type for ${name}`);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { body: new Uint8Array(body), contentType, etag };
}

function findUp(start: string, found: (dir: string) => boolean): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    if (found(dir)) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

function readPackageName(dir: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name;
  } catch {
    return undefined;
  }
}
