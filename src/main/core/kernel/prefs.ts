import type { Db } from './db/database';

/** Preferences local to this laptop (its language, each member's): never events, never exported. */
export interface LocalPrefs {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

export function localPrefs(db: Db): LocalPrefs {
  return {
    get: (key) =>
      db
        .prepare<[string], { value: string }>('SELECT value FROM local_prefs WHERE key = ?')
        .get(key)?.value,
    set(key, value) {
      db.prepare(
        'INSERT INTO local_prefs (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ).run(key, value);
    },
  };
}
