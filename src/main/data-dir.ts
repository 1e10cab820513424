import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the notebook lives when nobody says: the same folder Electron's app.getPath('userData')
 * gives the desktop app (app name "Dossier"), so browser mode and the CLI open the same notebook.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.DOSSIER_DATA_DIR) return env.DOSSIER_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Dossier');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Dossier');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Dossier');
}
