/**
 * JSON from an untrusted pack: a flat, non-recursive scan over the bytes checks
 * nesting depth, string lengths and forbidden keys before JSON.parse (which is
 * recursive) ever sees the text.
 */
import { PACK_LIMITS } from '../../api/index.ts';
import { PackError } from './pack-error.ts';

const utf8 = new TextDecoder();
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
/** Keys that would reach an object's prototype when the data is later spread or assigned. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Throws PackError when the JSON text is too deep, has an overlong string or a forbidden key. */
export function scanJson(bytes: Uint8Array, file: string): void {
  let depth = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const c = bytes[i]!;
    if (c === 0x7b || c === 0x5b) {
      if (++depth > PACK_LIMITS.jsonDepth) throw new PackError('pack_json_deep', { file, max: PACK_LIMITS.jsonDepth });
      i++;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
      i++;
    } else if (c === QUOTE) {
      const start = ++i;
      let escaped = false;
      while (i < n && bytes[i] !== QUOTE) {
        if (bytes[i] === BACKSLASH) {
          escaped = true;
          i++;
        }
        i++;
      }
      const end = i++;
      if (end - start > PACK_LIMITS.stringChars) throw new PackError('pack_json_string', { file, max: PACK_LIMITS.stringChars.toLocaleString('de-DE') });
      // A key is a string followed by a colon; only short ones starting with _, c or p (or escaped) can be forbidden.
      const first = bytes[start];
      if (end - start <= 66 && (escaped || first === 0x5f || first === 0x63 || first === 0x70)) {
        let j = i;
        while (j < n && isSpace(bytes[j]!)) j++;
        if (bytes[j] === COLON) {
          let key = utf8.decode(bytes.subarray(start, end));
          if (escaped) {
            try {
              key = JSON.parse(`"${key}"`) as string;
            } catch {
              throw new PackError('pack_json_invalid', { file });
            }
          }
          if (FORBIDDEN_KEYS.has(key)) throw new PackError('pack_json_key', { file, key });
        }
      }
    } else {
      i++;
    }
  }
}

/** Parses a pack's JSON file after the guard scan: UTF-8 without BOM, bounded depth and strings. */
export function parseGuardedJson(bytes: Uint8Array, file: string): unknown {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) throw new PackError('pack_json_invalid', { file });
  scanJson(bytes, file);
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new PackError('pack_json_invalid', { file });
  }
}
