import { join, resolve } from 'node:path';
import { launchTargetFromArgv } from '../../electron/files.ts';

describe('launchTargetFromArgv', () => {
  const cwd = resolve('/home/cdo');

  it('finds a .cdo workspace and resolves it against the caller’s folder', () => {
    expect(launchTargetFromArgv(['CDO-Cockpit.exe', 'musterstadt.cdo'], cwd)).toEqual({ kind: 'workspace', file: join(cwd, 'musterstadt.cdo') });
    const absolute = resolve('/daten/Minden.CDO');
    expect(launchTargetFromArgv(['app', absolute], cwd)).toEqual({ kind: 'workspace', file: absolute });
  });

  it('skips the executable, the app folder and Chromium flags a second instance carries', () => {
    expect(launchTargetFromArgv(['electron', '.', '--allow-file-access-from-files', '--original-process-start-time=1', 'a.cdo'], cwd)).toEqual({
      kind: 'workspace',
      file: join(cwd, 'a.cdo'),
    });
    expect(launchTargetFromArgv(['x.cdo'], cwd)).toBeNull();
  });

  it('recognises a peer pack and --demo', () => {
    expect(launchTargetFromArgv(['app', 'nachbar.cdopack'], cwd)).toEqual({ kind: 'pack', file: join(cwd, 'nachbar.cdopack') });
    expect(launchTargetFromArgv(['electron', '/work/main', '--demo'], cwd)).toEqual({ kind: 'demo' });
  });

  it('ignores everything else', () => {
    expect(launchTargetFromArgv(['app', 'notes.txt', 'evil.cdo.exe', '--flag=x.cdo'], cwd)).toBeNull();
  });
});
