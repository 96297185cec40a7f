import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

// Packaging needs the Electron download, which this machine cannot do. So the
// configuration is checked here instead: against electron-builder's own schema
// validator, and for the settings that carry security or data.
const ROOT = resolve(__dirname, '..', '..');
const require = createRequire(join(ROOT, 'package.json'));

type Target = { target: string };
interface Config {
  [key: string]: unknown;
  appId: string;
  productName: string;
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  extraResources: { from: string; to: string }[];
  fileAssociations: { ext: string }[];
  electronFuses: Record<string, boolean>;
  nsis: Record<string, unknown>;
  win: { icon: string; target: Target[] };
  mac: { icon: string; target: Target[] };
  linux: { icon: string; target: string[] };
}
const config = require('./build/electron-builder.config.cjs') as Config;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

async function validate(candidate: Record<string, unknown>): Promise<void> {
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
    validateConfiguration(c: Record<string, unknown>, logger: unknown): Promise<void>;
  };
  const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
  await validateConfiguration(candidate, new DebugLogger(false));
}

describe('build/electron-builder.config.cjs', () => {
  it('passes electron-builder’s own configuration validation', async () => {
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('is checked by a validator that really rejects a wrong key', async () => {
    await expect(validate({ ...config, nsis: { ...config.nsis, oneClik: false } })).rejects.toThrow(/configuration.nsis/);
  });

  it('names the product and ships only the built app', () => {
    expect(config.appId).toBe('de.cdo-cockpit.app');
    expect(config.productName).toBe('CDO-Cockpit');
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'package.json']));
    expect(pkg.main).toBe('dist/electron/main.cjs');
  });

  it('rebuilds better-sqlite3 for Electron and keeps its native module outside the asar', () => {
    expect(config.npmRebuild).toBe(true);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**/*.node');
    expect(pkg.dependencies['better-sqlite3']).toBeDefined();
    // electron-builder reads the Electron version from an exact devDependency.
    expect(pkg.devDependencies.electron).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('ships migrations and reference data where the main process looks for them', () => {
    expect(config.extraResources).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: 'db/migrations', to: 'migrations' }),
        expect.objectContaining({ from: 'db/reference/data', to: 'reference' }),
      ]),
    );
    for (const { from } of config.extraResources) expect(existsSync(join(ROOT, from))).toBe(true);
    expect(existsSync(join(ROOT, 'db', 'migrations', 'meta', '_journal.json'))).toBe(true);
    const main = readFileSync(join(ROOT, 'electron', 'main.ts'), 'utf8');
    expect(main).toContain("CDO_MIGRATIONS_DIR = path.join(process.resourcesPath, 'migrations')");
    expect(main).toContain("CDO_REFERENCE_DIR = path.join(process.resourcesPath, 'reference')");
  });

  it('builds Windows NSIS per user without elevation, and MSI', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis', 'msi']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
  });

  it('builds macOS dmg and Linux AppImage and deb', () => {
    expect(config.mac.target.map((t) => t.target)).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('associates .cdo workspaces and .cdopack peer packs with the app', () => {
    expect(config.fileAssociations.map((a) => a.ext)).toEqual(['cdo', 'cdopack']);
  });

  it('flips the Electron fuses that turn the binary into a general Node runtime', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('has an icon of at least 512×512 for every platform', () => {
    for (const platform of ['win', 'mac', 'linux'] as const) {
      const png = readFileSync(join(ROOT, config[platform].icon));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
      expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
    }
    expect(existsSync(join(ROOT, 'build', 'icon.svg'))).toBe(true);
  });
});
