/**
 * Unzipping an untrusted file (XLSX, ODS) within fixed caps: entry count,
 * total inflated size and compression ratio are checked from the directory
 * before anything inflates, and fflate inflates each entry into a buffer of
 * its declared size, so a lying directory cannot make it write more.
 */
import { unzipSync, zipSync, type Unzipped } from 'fflate';
import { SHEET_READ_LIMITS, sheetError } from './sheet.ts';

const MB = 1024 * 1024;

/** The entries `wanted` selects, inflated; throws a clear file error for anything unsafe or damaged. */
export function safeUnzip(bytes: Uint8Array, wanted: (name: string) => boolean = () => true): Unzipped {
  let entries = 0;
  let inflated = 0;
  try {
    return unzipSync(bytes, {
      filter(file) {
        entries++;
        if (entries > SHEET_READ_LIMITS.entries) throw sheetError('sheet_zip_unsafe', { reason: `> ${SHEET_READ_LIMITS.entries}` });
        // Names are only looked up, never used as paths; a name with NUL or a parent step marks a crafted file.
        if (file.name.includes('\0') || file.name.split(/[\\/]/).includes('..')) throw sheetError('sheet_zip_unsafe', { reason: file.name.slice(0, 80) });
        if (!wanted(file.name)) return false;
        inflated += file.originalSize;
        if (inflated > SHEET_READ_LIMITS.inflated) throw sheetError('sheet_zip_unsafe', { reason: `> ${SHEET_READ_LIMITS.inflated / MB} MB` });
        if (file.originalSize > MB && file.originalSize > file.size * SHEET_READ_LIMITS.ratio) {
          throw sheetError('sheet_zip_unsafe', { reason: `1:${Math.round(file.originalSize / Math.max(1, file.size))}` });
        }
        return true;
      },
    });
  } catch (err) {
    if (err instanceof Error && err.name === 'CoreError') throw err;
    throw sheetError('sheet_damaged');
  }
}

/** The same entries again as a stored (uncompressed) zip: what a second reader inflates is then bounded by our caps. */
export function restored(entries: Unzipped): Uint8Array {
  return zipSync(entries, { level: 0 });
}
