import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { safeStorageKeystore, type SafeStorageLike } from './os-keystore';

/**
 * A stand-in for Electron's safeStorage (there is no Electron binary where the unit tests
 * run): strings sealed with AES-256-GCM under a key this object holds, a backend and an
 * availability as the test says.
 */
function safeStorage(backend: string, available = true): SafeStorageLike {
  const key = randomBytes(32);
  return {
    isAsyncEncryptionAvailable: () => Promise.resolve(available),
    getSelectedStorageBackend: () => backend,
    encryptStringAsync: (text) => {
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Promise.resolve(Buffer.concat([nonce, cipher.getAuthTag(), body]));
    },
    decryptStringAsync: (sealed) => {
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      const text = Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
      return Promise.resolve({ result: text.toString('utf8') });
    },
  };
}

describe('safeStorage as the OS keystore', () => {
  it('seals and opens bytes where it protects', async () => {
    for (const [backend, platform] of [
      ['gnome_libsecret', 'linux'],
      ['kwallet5', 'linux'],
      ['unknown', 'win32'],
      ['unknown', 'darwin'],
    ] as const) {
      const store = await safeStorageKeystore(safeStorage(backend), platform);
      if (!store) throw new Error(`no keystore for ${backend} on ${platform}`);
      const data = randomBytes(48);
      const sealed = await store.seal(data);
      expect(sealed.includes(data)).toBe(false);
      expect((await store.open(sealed)).equals(data)).toBe(true);
      const other = await safeStorageKeystore(safeStorage(backend), platform);
      await expect(other?.open(sealed)).rejects.toThrow();
    }
  });

  it('is none where encryption is unavailable, or on Linux with no real backend', async () => {
    expect(await safeStorageKeystore(safeStorage('gnome_libsecret', false), 'linux')).toBeNull();
    expect(await safeStorageKeystore(safeStorage('unknown', false), 'win32')).toBeNull();
    expect(await safeStorageKeystore(safeStorage('basic_text'), 'linux')).toBeNull();
    expect(await safeStorageKeystore(safeStorage('unknown'), 'linux')).toBeNull();
  });
});
