/**
 * Hand-made ZIP files for the hostile-pack tests: any entry name, any declared
 * size, symlink attributes, duplicates — things a proper ZIP writer refuses.
 */
import { createHash } from 'node:crypto';
import { deflateSync } from 'fflate';
import { signManifest, type KeyPair } from '../../core/packs/signing.ts';

export interface CraftEntry {
  name: string | Uint8Array;
  /** The entry's bytes as stored (already deflated when method is 8). */
  data: Uint8Array;
  method?: 0 | 8;
  /** Declared uncompressed size (defaults to the real one for stored data). */
  size?: number;
  /** Host system (3 = Unix) and external attributes, e.g. a symlink's mode. */
  os?: number;
  attrs?: number;
}

const enc = new TextEncoder();

export function craftZip(entries: CraftEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = typeof e.name === 'string' ? enc.encode(e.name) : e.name;
    const method = e.method ?? 0;
    const size = e.size ?? e.data.length;
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x800, true);
    lv.setUint16(8, method, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, ((e.os ?? 0) << 8) | 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x800, true);
    cv.setUint16(10, method, true);
    cv.setUint32(20, e.data.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(38, e.attrs ?? 0, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, e.data);
    centrals.push(central);
    offset += local.length + e.data.length;
  }
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length & 0xffff, true);
  ev.setUint16(10, entries.length & 0xffff, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + cdSize + 22);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
export const deflated = (bytes: Uint8Array) => deflateSync(bytes, { level: 6 });

export function baseManifest(projectsBytes: Uint8Array, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'cdo-pack', formatVersion: 1, id: 'hostile-1', title: 'Prüfpaket', createdAt: '2026-11-01T10:00:00Z',
    publisher: { name: 'Stadt Irgendwo' }, license: 'CC-BY-4.0', language: 'de',
    files: { 'projects.json': { sha256: sha256(projectsBytes) } },
    ...extra,
  };
}

/** A pack from raw projects.json text, with a correct checksum unless the manifest says otherwise. */
export function packFrom(projectsJson: string | Uint8Array, options: { manifest?: Record<string, unknown>; keys?: KeyPair; extraEntries?: CraftEntry[]; stored?: boolean } = {}): Uint8Array {
  const projects = typeof projectsJson === 'string' ? enc.encode(projectsJson) : projectsJson;
  const manifest = options.manifest ?? baseManifest(projects);
  if (options.keys) manifest.signature = { alg: 'ed25519', publicKey: options.keys.publicKey, value: signManifest(manifest, options.keys) };
  return craftZip([
    { name: 'manifest.json', data: enc.encode(JSON.stringify(manifest)) },
    options.stored ? { name: 'projects.json', data: projects } : { name: 'projects.json', data: deflated(projects), method: 8, size: projects.length },
    ...(options.extraEntries ?? []),
  ]);
}

export const projectsJson = (projects: unknown[]) => JSON.stringify({ projects });
