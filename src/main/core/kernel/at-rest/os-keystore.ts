/**
 * The seam to an operating system's keystore. Electron's host plugs in `safeStorage` (DPAPI on
 * Windows, the Secret Service or kwallet on Linux) where it is available; PIN wraps made then
 * are sealed by it as well, so the door file copied to another machine or account cannot be
 * guessed at offline. The Chromium host and the command line have no keystore: their PIN
 * wraps rest on the memory-hard stretching alone (docs/at-rest.md).
 */
export interface OsKeystore {
  seal(data: Buffer): Buffer;
  open(data: Buffer): Buffer;
}

let keystore: OsKeystore | null = null;

/** The host's keystore, or null (none, or not available on this machine). */
export function useOsKeystore(replacement: OsKeystore | null): void {
  keystore = replacement;
}

export function osKeystore(): OsKeystore | null {
  return keystore;
}
