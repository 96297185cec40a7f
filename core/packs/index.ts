/**
 * core/packs: peer project packs (.cdopack) — the format's reader and writer,
 * signing, preview, import, export. Imports api/, core/ helpers and node:crypto;
 * never renderer/, electron/ or host/.
 */
export { previewPackImport, importPack } from './import-pack.ts';
export { listPeerPacks, removePeerPack } from './peer-packs.ts';
export { exportPack, safeFileName } from './export-pack.ts';
export { getPackSigningKey } from './signing-key.ts';
export { readPack, type ParsedPack } from './read-pack.ts';
export { writePack, type PackMeta, type PackProjectOut } from './write-pack.ts';
export { PackError } from './pack-error.ts';
