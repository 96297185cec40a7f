// `npm start` (after `npm run build`): the desktop app when the Electron binary
// is on this machine, otherwise browser mode with one clear line saying so.
// Never `require('electron')` here: electron 45 then downloads its binary
// lazily, which hangs or fails offline. We look for the files instead.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The Electron executable if it is already installed, else null (no download, no network). */
export function findElectronBinary(projectDir = root, env = process.env) {
  const pkgDir = join(projectDir, 'node_modules', 'electron');
  const pathFile = join(pkgDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (!relative) return null;
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relative) : join(pkgDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

/** Linux without X11 or Wayland cannot show a window (servers, CI, containers). */
export function hasDisplay(platform = process.platform, env = process.env) {
  return platform !== 'linux' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  child.on('error', (err) => {
    console.error(`Start fehlgeschlagen: ${err.message}`);
    process.exit(1);
  });
}

function startBrowserMode() {
  run(process.execPath, [join(root, 'dist', 'node', 'cli.cjs'), 'serve', '--demo', '--open']);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const electron = findElectronBinary();
  if (!electron) {
    console.log('Electron ist auf diesem Rechner nicht verfügbar – das Cockpit startet im Browser-Modus.');
    startBrowserMode();
  } else if (!hasDisplay()) {
    console.log('Kein Bildschirm für ein Desktop-Fenster gefunden – das Cockpit startet im Browser-Modus.');
    startBrowserMode();
  } else {
    // ELECTRON_RUN_AS_NODE would turn the app into plain Node: never inherit it.
    delete process.env.ELECTRON_RUN_AS_NODE;
    run(electron, [root, '--demo']);
  }
}
