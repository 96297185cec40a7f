/** Types for scripts/start.mjs (tested in tests/unit/electron-start.test.ts). */
export function findElectronBinary(projectDir?: string, env?: Record<string, string | undefined>): string | null;
export function hasDisplay(platform?: string, env?: Record<string, string | undefined>): boolean;
