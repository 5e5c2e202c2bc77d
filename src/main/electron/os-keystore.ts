/**
 * Electron's `safeStorage` as the core's OS keystore (kernel/at-rest/os-keystore.ts): DPAPI on
 * Windows, the Keychain on macOS, the Secret Service (libsecret) or kwallet on Linux. Plugged in
 * only after `app` is ready and only where it protects something: on Linux the `basic_text`
 * backend (a key written in Chromium's own profile) and `unknown` (no backend chosen) are no
 * protection, so the app then runs without a keystore, as the Chromium host and the command
 * line do.
 */
import type { OsKeystore } from '../core/kernel/at-rest/os-keystore';

/** What of Electron's `safeStorage` the keystore uses (its type in 'electron'). */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  getSelectedStorageBackend(): string;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string }>;
}

/** Linux backends that keep the key where anyone who copies the profile reads it. */
const NO_PROTECTION = ['basic_text', 'unknown'];

/**
 * The keystore `safeStorage` gives on this platform, or null where it is not available or
 * protects nothing. Call after `app.whenReady()`.
 */
export async function safeStorageKeystore(
  safeStorage: SafeStorageLike,
  platform: NodeJS.Platform,
): Promise<OsKeystore | null> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) return null;
  if (platform === 'linux' && NO_PROTECTION.includes(safeStorage.getSelectedStorageBackend())) {
    return null;
  }
  // safeStorage seals strings: the bytes travel as base64.
  return {
    seal: (data) => safeStorage.encryptStringAsync(data.toString('base64')),
    open: async (data) => {
      const { result } = await safeStorage.decryptStringAsync(data);
      return Buffer.from(result, 'base64');
    },
  };
}
