/**
 * The two ways a caller reaches the core, for the contract suite: the
 * in-process dispatcher, and the real loopback HTTP host in front of the same
 * dispatcher, called with fetch and the launch token like the browser does.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { decodeWire, encodeWire, type CockpitEvent, type Result } from '../../api/index.ts';
import { startHost, type RunningHost } from '../../host/server.ts';
import { createHarness, type Harness } from '../support/core-harness.ts';

export type Lang = 'de' | 'en';
export type Call = (method: string, input: unknown, lang?: Lang) => Promise<Result<unknown>>;

export interface TransportUnderTest {
  name: string;
  harness: Harness;
  call: Call;
  close(): Promise<void>;
}

export function dispatcherTransport(): TransportUnderTest {
  const harness = createHarness();
  return {
    name: 'in-process dispatcher',
    harness,
    call: (method, input, lang) => harness.dispatcher.call(method, input, lang ? { lang } : {}),
    close: async () => harness.cleanup(),
  };
}

/** A tiny stand-in for dist/renderer, so static serving is tested without a Vite build. */
export function writeRenderer(dir: string): string {
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="de"><title>CDO-Cockpit</title><script type="module" src="/assets/app-abc123.js"></script></html>');
  writeFileSync(join(dir, 'assets', 'app-abc123.js'), 'console.log("cockpit");');
  writeFileSync(join(dir, 'assets', 'app-abc123.css'), 'body{margin:0}');
  writeFileSync(join(dir, 'assets', 'fira-sans.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  return dir;
}

export async function postApi(host: RunningHost, method: string, input: unknown, options: { lang?: Lang; token?: string | null } = {}) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  const token = options.token === undefined ? host.token : options.token;
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  if (options.lang) headers['X-Cdo-Lang'] = options.lang;
  const res = await fetch(`${host.origin}/api/${encodeURIComponent(method)}`, { method: 'POST', headers, body: encodeWire(input) });
  return { res, result: decodeWire(await res.text()) as Result<unknown> };
}

export async function httpTransport(): Promise<TransportUnderTest & { host: RunningHost }> {
  const harness = createHarness();
  const host = await startHost({
    backend: { call: (m, i, meta) => harness.dispatcher.call(m, i, meta), subscribe: (l) => harness.core.subscribe(l) },
    rendererDir: writeRenderer(join(harness.dir, 'renderer')),
  });
  return {
    name: 'HTTP host',
    harness,
    host,
    async call(method, input, lang) {
      const { res, result } = await postApi(host, method, input, lang ? { lang } : {});
      // Every answer of a method call is HTTP 200: the Result says whether it worked.
      if (res.status !== 200) throw new Error(`HTTP ${res.status} for ${method}`);
      return result;
    },
    async close() {
      await host.close();
      harness.cleanup();
    },
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http without fetch's rules, so tests can send a foreign Host or a raw `..` path. */
export function rawRequest(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** Reads server-sent events until `until` says enough; answers the events and the response headers. */
export function readEvents(
  port: number,
  path: string,
  until: (events: CockpitEvent[]) => boolean,
  onOpen: () => void,
): Promise<{ status: number; headers: RawResponse['headers']; events: CockpitEvent[] }> {
  return new Promise((resolve, reject) => {
    const events: CockpitEvent[] = [];
    const req = request({ host: '127.0.0.1', port, path, headers: { Accept: 'text/event-stream' } }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        resolve({ status: res.statusCode ?? 0, headers: res.headers, events });
        return;
      }
      let buffer = '';
      let opened = false;
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          for (const line of block.split('\n')) if (line.startsWith('data: ')) events.push(decodeWire(line.slice(6)) as CockpitEvent);
        }
        if (!opened) {
          opened = true;
          onOpen();
        }
        if (until(events)) {
          req.destroy();
          resolve({ status: 200, headers: res.headers, events });
        }
      });
    });
    req.on('error', (err) => (req.destroyed ? undefined : reject(err)));
    req.end();
  });
}
