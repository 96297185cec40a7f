import { join } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The shared contract (api/): schemas and constants, nothing that acts when loaded. */
const CONTRACT_DIR = join(import.meta.dirname, 'api') + '/';

// The renderer is built once and served by both shells: the Electron app
// protocol and the loopback host. Relative base so both can serve it.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    // The contract's zod schemas would all be built at load (about 75 ms in Chromium), yet the renderer
    // uses a handful (saved views): its modules are declared free of side effects and zod's builders pure,
    // so only what the renderer uses is bundled.
    rolldownOptions: {
      treeshake: { moduleSideEffects: (id: string) => !id.startsWith(CONTRACT_DIR), manualPureFunctions: ['z'] },
    },
  },
});
