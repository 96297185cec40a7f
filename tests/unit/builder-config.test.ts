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
  name: string;
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

/**
 * docs/installing.md tells municipal IT what to type and where things land.
 * Every such claim is derived here from the configuration (or from
 * electron-builder's own rules), so the document cannot drift from the build.
 */
describe('docs/installing.md matches the configuration', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'installing.md'), 'utf8');
  const cfg = config as unknown as {
    productName: string;
    publish: unknown;
    nsis: { artifactName: string; deleteAppDataOnUninstall: boolean; perMachine: boolean };
    msi: { artifactName: string; perMachine: boolean; runAfterFinish: boolean; upgradeCode: string };
    dmg: { title: string };
    fileAssociations: { ext: string; mimeType: string; name: string }[];
    electronFuses: Record<string, boolean>;
  };
  const expand = (pattern: string, ext: string) => pattern.replace('${productName}', cfg.productName).replace('${version}', '<Version>').replace('${ext}', ext);

  it('names the Windows installers by their configured file names, with the silent switches', () => {
    expect(doc).toContain(`${expand(cfg.nsis.artifactName, 'exe')} /S`);
    expect(doc).toContain(`msiexec /i ${expand(cfg.msi.artifactName, 'msi')} /qn ALLUSERS=1`);
    expect(doc).toContain(`msiexec /x ${expand(cfg.msi.artifactName, 'msi')} /qn`);
  });

  it('gives the per-user folder electron-builder really installs to, and its uninstaller', () => {
    const { getWindowsInstallationDirName } = require('app-builder-lib/out/targets/targetUtil') as {
      getWindowsInstallationDirName(appInfo: { productFilename: string; sanitizedName: string }, tryProductName: boolean): string;
    };
    // An assisted (not one-click) NSIS installer uses the product name as folder name.
    const folder = getWindowsInstallationDirName({ productFilename: cfg.productName, sanitizedName: 'cdo-cockpit' }, true);
    expect(doc).toContain(`%LOCALAPPDATA%\\Programs\\${folder}`);
    expect(doc).toContain(`"%LOCALAPPDATA%\\Programs\\${folder}\\Uninstall ${cfg.productName}.exe" /S`);
    expect(cfg.nsis.perMachine).toBe(false);
  });

  it('pins the MSI UpgradeCode to the one electron-builder derives from the app id, and names it', () => {
    const { UUID } = require('builder-util-runtime') as { UUID: { v5(name: string, ns: unknown): string; parse(s: string): unknown } };
    // The namespace electron-builder's MsiTarget uses for upgrade codes.
    const derived = UUID.v5(config.appId, UUID.parse('d752fe43-5d44-44d5-9fc9-6dd1bf19d5cc')).toUpperCase();
    expect(cfg.msi.upgradeCode).toBe(derived);
    expect(doc).toContain(`{${cfg.msi.upgradeCode}}`);
    expect(cfg.msi).toMatchObject({ perMachine: true, runAfterFinish: false });
    expect(doc).toMatch(/startet nach der Installation \*\*nicht\*\*/);
  });

  it('mounts the DMG under the volume name the configuration gives it', () => {
    expect(cfg.dmg.title).toBe('${productName} ${version}');
    expect(doc).toContain(`"/Volumes/${cfg.productName} <Version>/${cfg.productName}.app"`);
  });

  it('names the deb package by the package name', () => {
    expect(doc).toContain(`./${pkg.name}_<Version>_amd64.deb`);
  });

  it('says where the data lives: the folder Electron and the CLI both use, kept on uninstall', async () => {
    const { defaultDataDir } = await import('../../core/data-dir.ts');
    const win = defaultDataDir({ APPDATA: 'C:\\Users\\x\\AppData\\Roaming' }, 'win32');
    expect(win.endsWith(cfg.productName)).toBe(true);
    expect(doc).toContain(`%APPDATA%\\${cfg.productName}\\`);
    expect(defaultDataDir({}, 'darwin').endsWith(`Application Support/${cfg.productName}`)).toBe(true);
    expect(doc).toContain(`~/Library/Application Support/${cfg.productName}/`);
    expect(defaultDataDir({ HOME: '/home/x' }, 'linux').endsWith(`.config/${cfg.productName}`)).toBe(true);
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux')).toBe(`/cfg/${cfg.productName}`);
    expect(doc).toContain(`~/.config/${cfg.productName}/`);
    // Electron's userData is <appData>/<productName>; the main process hands it to the core.
    expect(readFileSync(join(ROOT, 'electron', 'main.ts'), 'utf8')).toContain("dataDir: app.getPath('userData')");
    expect(cfg.nsis.deleteAppDataOnUninstall).toBe(false);
    expect(doc).toContain('`deleteAppDataOnUninstall: false`');
  });

  it('lists every file association with its MIME type', () => {
    for (const a of cfg.fileAssociations) expect(doc).toMatch(new RegExp(`\\| \`\\.${a.ext}\` \\|.*\\| \`${a.mimeType.replace(/[.+]/g, '\\$&')}\` \\|`));
  });

  it('explains every fuse with the value the build sets', () => {
    for (const [fuse, on] of Object.entries(cfg.electronFuses)) expect(doc).toContain(`\`${fuse}: ${on}\``);
  });

  it('configures no update server and ships no updater: nothing looks for updates on the network', () => {
    expect(cfg.publish).toBeNull();
    expect(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })).not.toContain('electron-updater');
    expect(doc).toMatch(/sucht \*\*nicht\*\* selbst nach Updates/);
  });
});

describe('document icons of the file types', () => {
  const associations = config.fileAssociations as { ext: string; icon: string }[];

  it.each(associations.map((a) => [a.ext, a.icon]))('.%s has a Windows icon with a 256 px PNG and smaller sizes', (_ext, icon) => {
    const ico = readFileSync(join(ROOT, 'build', `${icon}.ico`));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const entries = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
      const at = 6 + 16 * i;
      const offset = ico.readUInt32LE(at + 12);
      return { size: ico[at] || 256, png: ico.subarray(offset + 1, offset + 4).toString('latin1'), end: offset + ico.readUInt32LE(at + 8) };
    });
    expect(entries.map((e) => e.size)).toEqual(expect.arrayContaining([16, 32, 256]));
    expect(entries.every((e) => e.png === 'PNG' && e.end <= ico.length)).toBe(true);
  });

  it.each(associations.map((a) => [a.ext, a.icon]))('.%s has a macOS icon with 256 and 512 px images', (_, icon) => {
    const icns = readFileSync(join(ROOT, 'build', `${icon}.icns`));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      types.push(icns.subarray(at, at + 4).toString('latin1'));
      expect(icns.subarray(at + 9, at + 12).toString('latin1')).toBe('PNG');
    }
    expect(types).toEqual(expect.arrayContaining(['ic08', 'ic09']));
  });
});
