/**
 * Writes a pack (format version 1): projects.json, a manifest listing its
 * SHA-256, optionally signed with Ed25519 over the canonical manifest.
 * The same bytes come out for the same content (fixed file times).
 */
import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { PACK_FORMAT_VERSION } from '../../api/index.ts';
import { signManifest, type KeyPair } from './signing.ts';

export interface PackMeta {
  id: string;
  title: string;
  createdAt: string;
  publisher: { name: string; ags?: string; contact?: { name?: string; email?: string } };
  license: string;
  language: string;
}

/** A project as the format writes it: optional keys left out when empty. */
export type PackProjectOut = { id: string; title: string } & Record<string, unknown>;

export function writePack(meta: PackMeta, projects: PackProjectOut[], keys?: KeyPair): Uint8Array {
  const projectsBytes = strToU8(JSON.stringify({ projects }));
  const manifest: Record<string, unknown> = {
    format: 'cdo-pack',
    formatVersion: PACK_FORMAT_VERSION,
    ...meta,
    files: { 'projects.json': { sha256: createHash('sha256').update(projectsBytes).digest('hex') } },
  };
  if (keys) manifest.signature = { alg: 'ed25519', publicKey: keys.publicKey, value: signManifest(manifest, keys) };
  const mtime = new Date(meta.createdAt);
  return zipSync(
    { 'manifest.json': [strToU8(JSON.stringify(manifest, null, 2)), { mtime }], 'projects.json': [projectsBytes, { mtime }] },
    { level: 6 },
  );
}
