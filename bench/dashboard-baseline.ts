// The dashboard bench's baseline, in a child process: the same app counting
// every view from the posting rows (`counting: 'rows'`). Its SQLite calls
// are synchronous, and some run for minutes at 1,000,000 postings: a call in
// our process cannot be interrupted, a child can be killed at the time cap.
import { fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../db/connection.js';
import { createApp } from '../web/app.js';

const CHILD_FLAG = '--dashboard-baseline-child';

export interface Answer {
  status: number;
  /** The parsed body of a JSON answer; undefined for any other. */
  json: unknown;
  html: boolean;
  /** Request to end of body. */
  ms: number;
}

/** One request, its body read to the end (and parsed when JSON), timed. */
export async function answerOf(app: { request(url: string): Response | Promise<Response> }, url: string) {
  const started = performance.now();
  const res = await app.request(url);
  const type = res.headers.get('content-type') ?? '';
  const json: unknown = type.includes('json') ? await res.json() : undefined;
  if (json === undefined) await res.arrayBuffer();
  return { status: res.status, json, html: type.includes('html'), ms: performance.now() - started } satisfies Answer;
}

type Message = { kind: 'answer'; answer: Answer } | { kind: 'sample'; ms: number };

export interface BaselineRun {
  /** The first answer, or null when none came within the answer cap (or the child died). */
  answer: Answer | null;
  /** Request times in ms, the first answer's included. */
  samples: number[];
}

/**
 * The baseline on one URL, in a fresh child: its first answer (waited for up
 * to `answerCapMs`), then more requests until `samples` are in or the
 * requests have taken `capMs` in all. The child is killed at the end.
 */
export async function runBaseline(
  path: string,
  url: string,
  limits: { answerCapMs: number; capMs: number; samples: number },
): Promise<BaselineRun> {
  const child = fork(fileURLToPath(import.meta.url), [CHILD_FLAG, path, url]);
  const queue: Message[] = [];
  let wake = () => {};
  child.on('message', (message) => {
    queue.push(message as Message);
    wake();
  });
  child.on('exit', () => wake());
  /** The next message, or null after `timeoutMs` or once the child has exited. */
  const next = (timeoutMs: number) =>
    new Promise<Message | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), Math.max(0, timeoutMs));
      wake = () => {
        const message = queue.shift();
        if (message || child.exitCode !== null || child.signalCode !== null) {
          clearTimeout(timer);
          resolve(message ?? null);
        }
      };
      wake();
    });
  try {
    const first = await next(limits.answerCapMs);
    if (first?.kind !== 'answer') return { answer: null, samples: [] };
    const samples = [first.answer.ms];
    let spent = first.answer.ms;
    while (samples.length < limits.samples && spent < limits.capMs) {
      const message = await next(limits.capMs - spent);
      if (message?.kind !== 'sample') break;
      samples.push(message.ms);
      spent += message.ms;
    }
    return { answer: first.answer, samples };
  } finally {
    child.kill('SIGKILL');
  }
}

/** In the child: answer once, then time the same request until killed. */
async function serveBaseline(path: string, url: string): Promise<void> {
  const opened = openDatabase(path, { readonly: true });
  const app = createApp({ db: opened.db, counting: 'rows' });
  const send = (message: Message) =>
    new Promise<void>((resolve, reject) =>
      process.send?.(message, (error: Error | null) => (error ? reject(error) : resolve())),
    );
  await send({ kind: 'answer', answer: await answerOf(app, url) });
  for (;;) {
    const started = performance.now();
    await (await app.request(url)).arrayBuffer();
    await send({ kind: 'sample', ms: performance.now() - started });
  }
}

if (process.argv[2] === CHILD_FLAG && process.send) {
  await serveBaseline(process.argv[3] as string, process.argv[4] as string);
}
