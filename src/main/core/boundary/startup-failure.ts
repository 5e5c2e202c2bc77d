/**
 * What a host says when the data folder cannot be opened at start (a database from a newer
 * version, a disk that fails), before any screen is up: in the laptop's chosen language when
 * its database says it, else the system's, else Kazakh.
 */
import { translate, type MessageKey } from '@shared/i18n';
import { ERROR_CODES, type ErrorCode } from '@shared/result';
import { LANGUAGES, type Language } from '@shared/roles';
import { readDoor } from '../kernel/at-rest/door-file';
import { peekStore } from '../kernel/at-rest/store-door';
import { databaseFailure } from '../kernel/media-failure';

const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/** The language this laptop's members chose, read without changing anything; null if none. */
function chosenLanguage(dataDir: string): Language | null {
  try {
    // The door file says it before any secret (kernel/at-rest); a store it does not seal, too.
    const doorLanguage = readDoor(dataDir)?.device_language;
    if (isLanguage(doorLanguage)) return doorLanguage;
    const db = peekStore(dataDir);
    if (db === null || db === 'sealed') return null;
    try {
      const row = db
        .prepare<[], { value: string }>(
          "SELECT value FROM local_prefs WHERE key = 'device.language'",
        )
        .get();
      return isLanguage(row?.value) ? row.value : null;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/** The app's language for a system locale such as `ru-RU` (Kazakh by default). */
export function languageOfLocale(locale: string): Language {
  const prefix = locale.toLowerCase().slice(0, 2);
  return isLanguage(prefix) ? prefix : 'kk';
}

/** The text of a start that failed with `error`, in the language for the folder and locale. */
export function startupFailureText(error: unknown, dataDir: string, locale: string): string {
  const language = chosenLanguage(dataDir) ?? languageOfLocale(locale);
  const known = (error as { code?: unknown } | null)?.code;
  const domain =
    typeof known === 'string' && ERROR_CODES.includes(known as ErrorCode)
      ? {
          code: known as ErrorCode,
          details: (error as { details?: Record<string, string | number> }).details,
        }
      : databaseFailure(error);
  const code = domain?.code ?? 'internal';
  return translate(language, `errors.${code}` as MessageKey, domain?.details);
}
