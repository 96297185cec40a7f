/**
 * A file name that is safe on Windows, macOS and Linux: no path parts
 * (`../`), none of `<>:"/\|?*` or control characters, no reserved device
 * name (CON, PRN, AUX, NUL, COM1–9, LPT1–9), no trailing dot or space, at
 * most 255 bytes in UTF-8, never empty.
 */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

export function safeFileName(wanted: string, extension: string, fallback = 'Digitale-Agenda'): string {
  const ext = `.${extension}`;
  let base = wanted
    .normalize('NFC')
    // oxlint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[<>:"/\\|?*\u0000-\u001F\u007F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, ' ')
    .replace(/\.{2,}/g, '.')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (!base) base = fallback;
  const stem = base.split('.')[0] ?? '';
  if (RESERVED.test(stem.trim())) base = `_${base}`;
  const encoder = new TextEncoder();
  const limit = 255 - encoder.encode(ext).length;
  while (encoder.encode(base).length > limit) base = [...base].slice(0, -1).join('');
  base = base.replace(/[.\s]+$/g, '') || fallback;
  return `${base}${ext}`;
}
