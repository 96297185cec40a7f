import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where workspaces live when nobody says otherwise (CDO_DATA_DIR wins). Electron passes app.getPath('userData'). */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.CDO_DATA_DIR) return env.CDO_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'CDO-Cockpit');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'CDO-Cockpit');
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'cdo-cockpit');
}
