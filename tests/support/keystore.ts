/**
 * An OS keystore for the unit tests: AES-256-GCM under a key this process holds, standing in
 * for DPAPI, the Keychain or the Secret Service (one key is one machine and account; another
 * key is another). The Electron host plugs in the real one (src/main/electron/os-keystore.ts).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { OsKeystore } from '../../src/main/core/kernel/at-rest/os-keystore';

export function inProcessKeystore(): OsKeystore {
  const key = randomBytes(32);
  return {
    seal: (data) => {
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      const sealed = Buffer.concat([cipher.update(data), cipher.final()]);
      return Promise.resolve(Buffer.concat([nonce, cipher.getAuthTag(), sealed]));
    },
    open: (data) => {
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(12, 28));
      return Promise.resolve(Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]));
    },
  };
}
