// Builds everything the app runs: Node bundles (CLI/host, core worker, Electron
// main and preload) with esbuild, and the renderer with Vite.
import { buildNodeBundles } from './node-bundles.mjs';
import { build as viteBuild } from 'vite';
import { rmSync } from 'node:fs';

const onlyNode = process.argv.includes('--node');
rmSync('dist/node', { recursive: true, force: true });
rmSync('dist/electron', { recursive: true, force: true });

await buildNodeBundles({ nodeDir: 'dist/node', electronDir: 'dist/electron' });

if (!onlyNode) {
  await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
console.log('build ok');
