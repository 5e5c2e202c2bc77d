import { homedir } from 'node:os';
import { join } from 'node:path';

/** The app's name as Electron derives its userData folder from it. */
export const APP_NAME = 'precinct-desk';
export const DATABASE_FILE = 'precinct.db';

/**
 * Where the data folder is: the CLI's --data-dir flag, else PRECINCT_DESK_DATA_DIR, else the
 * folder Electron would use as userData for this app. Every host computes it here, so the
 * Electron app, the Chromium host and the CLI always agree.
 */
export function resolveDataDir(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (flag) return flag;
  if (env.PRECINCT_DESK_DATA_DIR) return env.PRECINCT_DESK_DATA_DIR;
  return join(appDataDir(env, platform, home), APP_NAME);
}

/** Electron's `appData` path for each platform. */
function appDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  if (platform === 'win32') return env.APPDATA ?? join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? join(home, '.config');
}
