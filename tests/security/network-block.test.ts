/**
 * The suite-wide network block (block-network.cjs, loaded by
 * no-network-setup.ts) really blocks: http, https, fetch, raw TCP and UDP to
 * anything but the loopback host fail at once with a German message and are
 * recorded; loopback and child processes behave as described.
 */
import { spawnSync } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { request } from 'node:http';
import { connect } from 'node:net';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';

const { takeBlockedAttempts } = createRequire(import.meta.url)('./block-network.cjs') as { takeBlockedAttempts(): string[] };

// A documentation address (RFC 5737): never a real host, so even a broken block would not reach anyone.
const FOREIGN = '192.0.2.10';

afterEach(() => {
  // These tests make their attempts on purpose; the setup's end-of-file check is for everyone else.
  takeBlockedAttempts();
});

describe('outgoing connections', () => {
  it('refuses raw TCP, http and fetch to a foreign host, loudly and in German', async () => {
    expect(() => connect(80, FOREIGN)).toThrow(/Netzwerk gesperrt.*192\.0\.2\.10:80/);
    expect(() => request({ host: FOREIGN, port: 8080, path: '/' }).end()).toThrow(/Netzwerk gesperrt/);
    await expect(fetch(`http://${FOREIGN}/`)).rejects.toThrow(/fetch failed/);
    expect(takeBlockedAttempts()).toEqual([`tcp ${FOREIGN}:80`, `tcp ${FOREIGN}:8080`, `tcp ${FOREIGN}:80`]);
  });

  it('refuses a host name before it is even looked up', () => {
    expect(() => connect({ host: 'example.org', port: 443 })).toThrow(/example\.org:443/);
  });

  it('refuses UDP to a foreign host (DNS, NTP, telemetry beacons)', () => {
    const socket = createSocket('udp4');
    try {
      expect(() => socket.send('x', 53, FOREIGN)).toThrow(/udp 192\.0\.2\.10:53/);
    } finally {
      socket.close();
    }
  });

  it('lets loopback traffic through (the host, Chromium’s DevTools pipe)', async () => {
    const server: Server = createServer((_, res) => res.end('ok'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const { port } = server.address() as AddressInfo;
      expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('ok');
      expect(await (await fetch(`http://localhost:${port}/`)).text()).toBe('ok');
      expect(takeBlockedAttempts()).toEqual([]);
    } finally {
      server.close();
    }
  });

  it('is inherited by every Node process a test starts, worker threads included', () => {
    const script = `
      const { Worker } = require('node:worker_threads');
      try { require('node:net').connect(80, '${FOREIGN}'); console.log('main: open'); } catch (e) { console.log('main: ' + e.code); }
      new Worker("try { require('node:net').connect(80, '${FOREIGN}'); console.log('worker: open'); } catch (e) { console.log('worker: ' + e.code); }", { eval: true });
    `;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: process.env });
    expect(r.stdout.trim().split('\n').sort()).toEqual(['main: ECDO_NETWORK_BLOCKED', 'worker: ECDO_NETWORK_BLOCKED']);
  });
});
