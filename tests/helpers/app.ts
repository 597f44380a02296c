// Requests to the dashboard app in process, through app.request(): no sockets.
import type { createApp } from '../../web/app.js';

export type App = ReturnType<typeof createApp>;

/** GET `path`: its status and its JSON body. */
export async function getJson(app: App, path: string) {
  const response = await app.request(path);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
