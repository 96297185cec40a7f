import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findElectronBinary, hasDisplay } from '../../scripts/start.mjs';
import { makeTempDir } from '../support/core-harness.ts';

// `npm start` must decide offline and at once whether Electron can run; it
// never requires the electron package (that would start a download).
describe('findElectronBinary', () => {
  let project: string;
  beforeEach(() => {
    project = makeTempDir('cdo-start-');
    mkdirSync(join(project, 'node_modules', 'electron'), { recursive: true });
  });
  afterEach(() => rmSync(project, { recursive: true, force: true }));

  it('finds nothing when the package never downloaded its binary (no path.txt)', () => {
    expect(findElectronBinary(project, {})).toBeNull();
  });

  it('finds nothing when path.txt names a binary that is not there', () => {
    writeFileSync(join(project, 'node_modules', 'electron', 'path.txt'), 'electron');
    expect(findElectronBinary(project, {})).toBeNull();
  });

  it('returns the binary when path.txt and dist/ agree', () => {
    const dist = join(project, 'node_modules', 'electron', 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'electron'), '');
    writeFileSync(join(project, 'node_modules', 'electron', 'path.txt'), 'electron');
    expect(findElectronBinary(project, {})).toBe(join(dist, 'electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', () => {
    const other = join(project, 'custom');
    mkdirSync(other);
    writeFileSync(join(other, 'electron'), '');
    writeFileSync(join(project, 'node_modules', 'electron', 'path.txt'), 'electron');
    expect(findElectronBinary(project, { ELECTRON_OVERRIDE_DIST_PATH: other })).toBe(join(other, 'electron'));
  });
});

describe('hasDisplay', () => {
  it('needs X11 or Wayland on Linux, nothing elsewhere', () => {
    expect(hasDisplay('linux', {})).toBe(false);
    expect(hasDisplay('linux', { DISPLAY: ':0' })).toBe(true);
    expect(hasDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(hasDisplay('win32', {})).toBe(true);
    expect(hasDisplay('darwin', {})).toBe(true);
  });
});
