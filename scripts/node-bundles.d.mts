/** Types for scripts/node-bundles.mjs (used by tests/unit/cli.test.ts). */
export function buildNodeBundles(options: { nodeDir: string; electronDir?: string }): Promise<void>;
