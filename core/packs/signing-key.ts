/**
 * The workspace's own Ed25519 key pair for signing exported packs. It is made
 * on first use and kept in the workspace; the private key never leaves the core.
 */
import type { PackSigningKey } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { fingerprintOf, generateKeyPair, type KeyPair } from './signing.ts';

interface KeyRow {
  public_key: string;
  private_key: string;
  fingerprint: string;
  created_at: string;
}

function storedKey(core: Core): KeyRow | undefined {
  return core.raw().prepare('SELECT public_key, private_key, fingerprint, created_at FROM pack_signing_keys ORDER BY created_at LIMIT 1').get() as KeyRow | undefined;
}

/** The key row, created when the workspace has none yet. */
function ensureKey(core: Core): KeyRow {
  const existing = storedKey(core);
  if (existing) return existing;
  const keys = generateKeyPair();
  const row: KeyRow = { public_key: keys.publicKey, private_key: keys.privateKey, fingerprint: fingerprintOf(keys.publicKey), created_at: core.clock.now() };
  core.raw().prepare('INSERT INTO pack_signing_keys (id, public_key, private_key, fingerprint, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(core.clock.newId(), row.public_key, row.private_key, row.fingerprint, row.created_at);
  core.changed('packSigningKey');
  return row;
}

/** What the UI may see of the key: fingerprint and public key, never the private key. */
export function getPackSigningKey(core: Core): PackSigningKey {
  const row = ensureKey(core);
  return { fingerprint: row.fingerprint, publicKey: row.public_key, createdAt: row.created_at };
}

/** The own key's fingerprint, or null while none was made (does not create one). */
export function ownKeyFingerprint(core: Core): string | null {
  return storedKey(core)?.fingerprint ?? null;
}

/** For signing inside the core only. */
export function signingKeyPair(core: Core): KeyPair {
  const row = ensureKey(core);
  return { publicKey: row.public_key, privateKey: row.private_key };
}
