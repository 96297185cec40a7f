/**
 * A careful reader for untrusted ZIP files. It walks the central directory
 * itself (names, sizes, types, counts) and rejects anything suspicious before a
 * single byte is inflated; then inflates an entry in small pushes, counting the
 * bytes actually produced, so a lying size field or a bomb stops at the cap with
 * bounded memory. No ZIP64, no encryption, no nested archives.
 */
import { inflateRawSync } from 'node:zlib';
import { Inflate } from 'fflate';
import { PACK_LIMITS } from '../../api/index.ts';
import { PackError } from './pack-error.ts';

export interface ZipEntry {
  name: string;
  method: 0 | 8;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  localOffset: number;
  directory: boolean;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** A ratio is only meaningful for entries large enough to hurt. */
const RATIO_FLOOR = 1024 * 1024;
/** Compressed bytes per push: at most ~1,032× as many come out, so memory stays small. */
const PUSH = 4096;

function findEndRecord(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD && at + 22 + view.getUint16(at + 20, true) <= bytes.length) return at;
  }
  throw new PackError('pack_not_zip');
}

/** Entry names must stay inside the archive: no `..`, no absolute or drive paths, no backslashes or NUL. */
export function isSafeEntryName(name: string): boolean {
  if (!name || name.length > 255) return false;
  if (/[\\\0:]/.test(name) || name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return false;
  const parts = name.replace(/\/$/, '').split('/');
  return parts.every((p) => p !== '' && p !== '.' && p !== '..');
}

/** Checks the archive's directory and lists its entries; throws PackError on anything suspicious. */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] {
  if (bytes.length < 22) throw new PackError(bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b ? 'pack_truncated' : 'pack_not_zip');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== LOCAL && view.getUint32(0, true) !== EOCD) throw new PackError('pack_not_zip');
  let end: number;
  try {
    end = findEndRecord(bytes, view);
  } catch {
    // Starts like a ZIP but has no end record: cut off in transit.
    throw new PackError('pack_truncated');
  }
  const total = view.getUint16(end + 10, true);
  const cdSize = view.getUint32(end + 12, true);
  const cdOffset = view.getUint32(end + 16, true);
  if (total === 0xffff || cdOffset === 0xffffffff) throw new PackError('pack_too_many_entries', { max: PACK_LIMITS.entries });
  if (total > PACK_LIMITS.entries) throw new PackError('pack_too_many_entries', { max: PACK_LIMITS.entries });
  if (view.getUint16(end + 8, true) !== total || view.getUint16(end + 4, true) !== 0) throw new PackError('pack_damaged');
  if (cdOffset + cdSize > end) throw new PackError('pack_truncated');

  const decoder = new TextDecoder('utf-8', { fatal: true });
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let unpacked = 0;
  let at = cdOffset;
  for (let n = 0; n < total; n++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) throw new PackError('pack_damaged');
    const madeBy = view.getUint16(at + 4, true) >> 8;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const mode = view.getUint32(at + 38, true) >>> 16;
    const localOffset = view.getUint32(at + 42, true);
    if (at + 46 + nameLength > end) throw new PackError('pack_damaged');
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;

    let name: string;
    try {
      name = decoder.decode(rawName);
    } catch {
      throw new PackError('pack_entry_name', { name: '(unlesbar)' });
    }
    if (rawName.includes(0) || !isSafeEntryName(name)) throw new PackError('pack_entry_name', { name: printable(name) });
    // Unix file type in the upper half of the external attributes: 0o12 is a symbolic link.
    if (madeBy === 3 && (mode & 0o170000) === 0o120000) throw new PackError('pack_entry_link', { name: printable(name) });
    if (flags & 0x1) throw new PackError('pack_encrypted');
    if (method !== 0 && method !== 8) throw new PackError('pack_method', { name: printable(name) });
    if (size === 0xffffffff || compressedSize === 0xffffffff) throw new PackError('pack_too_large_unpacked');
    const key = name.toLowerCase();
    if (seen.has(key)) throw new PackError('pack_entry_duplicate', { name: printable(name) });
    seen.add(key);
    const directory = name.endsWith('/');
    if (directory && size > 0) throw new PackError('pack_damaged');
    if (method === 0 && size !== compressedSize) throw new PackError('pack_damaged');
    if (size > RATIO_FLOOR && size > compressedSize * PACK_LIMITS.ratio) throw new PackError('pack_bomb');
    unpacked += size;
    if (unpacked > PACK_LIMITS.unpackedBytes) throw new PackError('pack_too_large_unpacked');
    if (localOffset + 30 > cdOffset) throw new PackError('pack_damaged');
    entries.push({ name, method: method as 0 | 8, compressedSize, size, localOffset, directory });
  }
  if (unpacked > RATIO_FLOOR && unpacked > bytes.length * PACK_LIMITS.ratio) throw new PackError('pack_bomb');
  return entries;
}

function printable(name: string): string {
  // oxlint-disable-next-line no-control-regex -- control characters are what is made visible
  return name.replace(/[\u0000-\u001f\u007f]/g, '�').slice(0, 120);
}

/** The entry's compressed bytes, after checking its local header agrees with the directory. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (view.getUint32(at, true) !== LOCAL) throw new PackError('pack_damaged');
  const nameLength = view.getUint16(at + 26, true);
  const extraLength = view.getUint16(at + 28, true);
  const start = at + 30 + nameLength + extraLength;
  const localName = new TextDecoder().decode(bytes.subarray(at + 30, at + 30 + nameLength));
  if (localName !== entry.name) throw new PackError('pack_damaged');
  if (start + entry.compressedSize > bytes.length) throw new PackError('pack_truncated');
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * Inflates one entry in small pushes, handing each piece to `onChunk` (a hash,
 * for attachments): memory stays small whatever the entry's size, and it stops
 * as soon as more bytes come out than the directory promised.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, onChunk: (chunk: Uint8Array) => void): void {
  const data = entryData(bytes, entry);
  if (entry.method === 0) {
    onChunk(data);
    return;
  }
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > entry.size) throw new PackError('pack_bomb');
    onChunk(chunk);
  });
  try {
    for (let i = 0; i < data.length; i += PUSH) inflater.push(data.subarray(i, i + PUSH), i + PUSH >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof PackError) throw err;
    throw new PackError('pack_damaged');
  }
  if (produced !== entry.size) throw new PackError('pack_damaged');
}

/**
 * Inflates a whole entry into memory (for the JSON files; `limit` keeps them
 * small). zlib's maxOutputLength stops inflating as soon as more comes out than
 * the directory promised, so a lying size costs no more than the promise.
 */
export function readEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): Uint8Array {
  if (entry.size > limit) throw new PackError('pack_too_large_unpacked');
  const data = entryData(bytes, entry);
  if (entry.method === 0) return data;
  let out: Buffer;
  try {
    // One byte more than promised: getting it means the size field lied.
    out = inflateRawSync(data, { maxOutputLength: entry.size + 1 });
  } catch (err) {
    throw new PackError((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'pack_bomb' : 'pack_damaged');
  }
  if (out.length > entry.size) throw new PackError('pack_bomb');
  if (out.length !== entry.size) throw new PackError('pack_damaged');
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}
