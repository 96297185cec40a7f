import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Every project runs with outgoing network blocked (tests/security/block-network.cjs).
const NO_NETWORK = 'tests/security/no-network-setup.ts';

export default defineConfig({
  test: {
    globals: true,
    projects: [
      { test: { name: 'node', globals: true, environment: 'node', include: ['tests/{unit,db,contract,security,fuzz,reliability}/**/*.test.ts'], setupFiles: [NO_NETWORK], testTimeout: 30_000 } },
      {
        plugins: [react()],
        test: { name: 'renderer', globals: true, environment: 'jsdom', include: ['tests/renderer/**/*.test.{ts,tsx}'], setupFiles: [NO_NETWORK, 'tests/support/renderer-setup.ts'], testTimeout: 30_000 },
      },
      { test: { name: 'e2e', globals: true, environment: 'node', include: ['tests/e2e/**/*.test.ts'], setupFiles: [NO_NETWORK], testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false } },
    ],
  },
});
