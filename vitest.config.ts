import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  test: {
    globals: true,
    projects: [
      { test: { name: 'node', globals: true, environment: 'node', include: ['tests/{unit,db,contract}/**/*.test.ts'], testTimeout: 30_000 } },
      {
        plugins: [react()],
        test: { name: 'renderer', globals: true, environment: 'jsdom', include: ['tests/renderer/**/*.test.{ts,tsx}'], setupFiles: ['tests/support/renderer-setup.ts'], testTimeout: 30_000 },
      },
      { test: { name: 'e2e', globals: true, environment: 'node', include: ['tests/e2e/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false } },
    ],
  },
});
