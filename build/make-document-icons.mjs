// Makes the document icons of the two file types (`node build/make-document-icons.mjs`):
// build/cdo.ico|.icns for workspaces, build/cdopack.ico|.icns for peer packs.
// electron-builder finds them by the association's `icon` name (Windows .ico,
// macOS .icns); Linux desktops show the app icon. The ICO and ICNS files hold
// PNG images, which both formats allow (Windows Vista+, macOS 10.7+).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

/** A sheet of paper with a folded corner, the cockpit gauge on it, and a mark for the type. */
function documentSvg(mark) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <path d="M96 24 H336 L432 120 V472 A16 16 0 0 1 416 488 H96 A16 16 0 0 1 80 472 V40 A16 16 0 0 1 96 24 Z" fill="#ffffff" stroke="#0b3b68" stroke-width="16" stroke-linejoin="round"/>
  <path d="M336 24 V104 A16 16 0 0 0 352 120 H432" fill="#dbe4ee" stroke="#0b3b68" stroke-width="16" stroke-linejoin="round"/>
  <rect x="136" y="176" width="240" height="240" rx="48" fill="#0b3b68"/>
  <path d="M188 324 A68 68 0 0 1 324 324" fill="none" stroke="#ffffff" stroke-opacity="0.35" stroke-width="16" stroke-linecap="round"/>
  <path d="M188 324 A68 68 0 0 1 292 266" fill="none" stroke="#ffffff" stroke-width="16" stroke-linecap="round"/>
  <line x1="256" y1="324" x2="290" y2="282" stroke="#f2b705" stroke-width="12" stroke-linecap="round"/>
  <circle cx="256" cy="324" r="13" fill="#f2b705"/>
  ${mark}
</svg>`;
}

const TYPES = {
  // A workspace: three bars below the gauge, like the app icon.
  cdo: '<rect x="196" y="360" width="28" height="32" rx="6" fill="#ffffff"/><rect x="242" y="352" width="28" height="40" rx="6" fill="#ffffff"/><rect x="288" y="344" width="28" height="48" rx="6" fill="#ffffff"/>',
  // A peer pack: two arrows passing each other (exchange between municipalities).
  cdopack: '<path d="M196 368 H300 M280 352 L300 368 L280 384" fill="none" stroke="#ffffff" stroke-width="10" stroke-linecap="round" stroke-linejoin="round"/><path d="M316 396 H212 M232 380 L212 396 L232 412" fill="none" stroke="#f2b705" stroke-width="10" stroke-linecap="round" stroke-linejoin="round"/>',
};

function png(svg, size) {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}

/** ICO with PNG entries (a width/height byte of 0 means 256). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(data.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.data)]);
}

/** ICNS with PNG entries: ic07 128, ic08 256, ic09 512, ic10 1024 (512@2x). */
function icns(entries) {
  const parts = entries.map(([type, data]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(8 + data.length, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + parts.reduce((n, p) => n + p.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

await initWasm(readFileSync(join(root, 'node_modules', '@resvg', 'resvg-wasm', 'index_bg.wasm')));
for (const [ext, mark] of Object.entries(TYPES)) {
  const svg = documentSvg(mark);
  writeFileSync(join(here, `${ext}.svg`), svg);
  writeFileSync(join(here, `${ext}.ico`), ico([16, 32, 48, 256].map((size) => ({ size, data: png(svg, size) }))));
  writeFileSync(join(here, `${ext}.icns`), icns([['ic07', png(svg, 128)], ['ic08', png(svg, 256)], ['ic09', png(svg, 512)], ['ic10', png(svg, 1024)]]));
  console.log(`build/${ext}.ico, build/${ext}.icns`);
}
