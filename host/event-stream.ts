/**
 * Server-sent events: core events (progress, changed) pushed to every open
 * browser tab. EventSource cannot set headers, so the token comes in the query.
 */
import type { ServerResponse } from 'node:http';
import type { CockpitEvent } from '../api/index.ts';
import { encodeWire } from '../api/wire.ts';

/** Proxies and idle timeouts drop silent connections; a comment line keeps them open. */
const HEARTBEAT_MS = 25_000;

export class EventHub {
  private readonly clients = new Set<ServerResponse>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor() {
    this.heartbeat = setInterval(() => this.write(': heartbeat\n\n'), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  get size(): number {
    return this.clients.size;
  }

  /** Takes over a response whose security headers are already set. */
  attach(res: ServerResponse): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    // The first line tells the client the stream is live (and flushes the headers).
    res.write('retry: 2000\n: connected\n\n');
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  publish(event: CockpitEvent): void {
    this.write(`data: ${encodeWire(event)}\n\n`);
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const res of this.clients) res.end();
    this.clients.clear();
  }

  private write(chunk: string): void {
    for (const res of this.clients) if (!res.writableEnded) res.write(chunk);
  }
}
