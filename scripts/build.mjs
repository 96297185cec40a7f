// Builds everything the app runs: Node bundles (CLI/host, core worker, Electron
// main and preload) with esbuild, and the renderer with Vite.
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { rmSync } from 'node:fs';

const onlyNode = process.argv.includes('--node');
rmSync('dist/node', { recursive: true, force: true });
rmSync('dist/electron', { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['better-sqlite3', 'electron'],
  logLevel: 'warning',
  // db/ finds its shipped files via `typeof __dirname === 'string' ? __dirname : import.meta.url`:
  // in these CJS bundles __dirname exists, so the empty import.meta is never read.
  logOverride: { 'empty-import-meta': 'silent' },
};

await Promise.all([
  build({ ...common, entryPoints: { cli: 'host/cli.ts', worker: 'core/worker.ts' }, outdir: 'dist/node', outExtension: { '.js': '.cjs' } }),
  build({ ...common, entryPoints: { main: 'electron/main.ts', preload: 'electron/preload.ts' }, outdir: 'dist/electron', outExtension: { '.js': '.cjs' } }),
]);

if (!onlyNode) {
  await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
console.log('build ok');
