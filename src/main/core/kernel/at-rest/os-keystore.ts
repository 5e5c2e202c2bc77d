/**
 * The seam to an operating system's keystore. The Electron host plugs in `safeStorage` (DPAPI
 * on Windows, the Keychain on macOS, the Secret Service or kwallet on Linux) where it is
 * available (src/main/electron/os-keystore.ts); PIN wraps made then are sealed by it as well,
 * so the door file copied to another machine or account cannot be guessed at offline. The
 * Chromium host and the command line have no keystore: their PIN wraps rest on the
 * memory-hard stretching alone, and a wrap a keystore sealed is refused there
 * (`pin_bound_to_os_keystore`, docs/at-rest.md).
 */
export interface OsKeystore {
  /** The data sealed so that only this account on this machine opens it. */
  seal(data: Buffer): Promise<Buffer>;
  /** The data `seal` sealed; throws when this keystore did not seal it. */
  open(data: Buffer): Promise<Buffer>;
}

let keystore: OsKeystore | null = null;

/** The host's keystore, or null (none, or not available on this machine). */
export function useOsKeystore(replacement: OsKeystore | null): void {
  keystore = replacement;
}

export function osKeystore(): OsKeystore | null {
  return keystore;
}
