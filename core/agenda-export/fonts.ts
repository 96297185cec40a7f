/**
 * The TrueType fonts embedded in PDFs and used to draw charts. DejaVu Sans
 * covers every character a municipality writes (umlauts, €, quotes, Hebrew
 * and Arabic letters), unlike PDF's 14 standard fonts.
 * Resolved through Node's module lookup, so the same code finds them from the
 * sources (vitest, tsx) and from the esbuild bundle in dist/node/.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const requireHere = createRequire(typeof __filename === 'string' ? __filename : import.meta.url);

export function shippedFile(specifier: string): string {
  return requireHere.resolve(specifier);
}

export const fontPaths = {
  regular: () => shippedFile('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: () => shippedFile('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

let buffers: { regular: Buffer; bold: Buffer } | null = null;

/** Both fonts read once per process (about 1 MB). */
export function fontBuffers(): { regular: Buffer; bold: Buffer } {
  buffers ??= { regular: readFileSync(fontPaths.regular()), bold: readFileSync(fontPaths.bold()) };
  return buffers;
}
