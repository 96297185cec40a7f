/**
 * The test suite runs with outgoing network blocked (QUALITY.md: the app makes
 * no outgoing request at all). Loaded into every vitest worker by
 * no-network-setup.ts, and into every Node process the tests start (the CLI
 * host of the browser journeys, its core worker) through NODE_OPTIONS=--require.
 *
 * Every TCP/TLS connect (http, https, fetch/undici, net, tls all end in
 * net.Socket#connect) and every UDP send to a host other than the loopback
 * fails at once with a loud error, and is recorded so a test file can fail
 * even when the code under test swallowed the error.
 * Unix sockets and Windows pipes (IPC) stay allowed.
 */
'use strict';
const net = require('node:net');
const dgram = require('node:dgram');

const KEY = Symbol.for('cdo.blockedNetworkAttempts');
if (!globalThis[KEY]) {
  /** @type {string[]} */
  const attempts = [];
  globalThis[KEY] = attempts;

  const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\]|::ffff:127(\.\d{1,3}){3}|0:0:0:0:0:0:0:1)$/i;
  const isLoopback = (host) => LOOPBACK.test(String(host ?? 'localhost'));

  /** The target of a connect call, or null for a local socket path. */
  function targetOf(args) {
    let first = args[0];
    // net.connect() hands Socket#connect its normalised [options, callback] array.
    if (Array.isArray(first)) first = first[0];
    if (first && typeof first === 'object') {
      if (first.path) return null;
      return { host: first.host ?? 'localhost', port: first.port };
    }
    if (typeof first === 'string' && !/^\d+$/.test(first)) return null;
    return { host: typeof args[1] === 'string' ? args[1] : 'localhost', port: first };
  }

  function refuse(kind, host, port) {
    const what = `${kind} ${host}:${port}`;
    attempts.push(what);
    const err = new Error(`Netzwerk gesperrt: Die Tests dürfen keine Verbindung nach außen aufbauen (${what}).`);
    err.code = 'ECDO_NETWORK_BLOCKED';
    process.stderr.write(`[block-network] ${err.message}\n`);
    return err;
  }

  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function blockedConnect(...args) {
    const target = targetOf(args);
    if (target && !isLoopback(target.host)) throw refuse('tcp', target.host, target.port);
    return connect.apply(this, args);
  };

  const send = dgram.Socket.prototype.send;
  dgram.Socket.prototype.send = function blockedSend(msg, ...rest) {
    // send(msg, [offset, length,] port[, address][, callback])
    const numbers = rest.filter((a) => typeof a === 'number');
    const address = rest.find((a) => typeof a === 'string');
    if (!isLoopback(address)) throw refuse('udp', address ?? 'localhost', numbers.at(-1));
    return send.call(this, msg, ...rest);
  };
}

module.exports = {
  /** Attempts since the last call (and forgets them). */
  takeBlockedAttempts() {
    return globalThis[KEY].splice(0);
  },
};
