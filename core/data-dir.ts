import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where workspaces live when nobody says otherwise (CDO_DATA_DIR wins): on every system the folder Electron's app.getPath('userData') names, which the desktop app passes. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.CDO_DATA_DIR) return env.CDO_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'CDO-Cockpit');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'CDO-Cockpit');
  // Electron's userData on Linux is <XDG config>/<productName>: the desktop app and the CLI share one folder.
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'CDO-Cockpit');
}
