/**
 * A package load brings the door's commission wrap in step before it commits: a kill between
 * the commit and the door's next write must not leave a loaded store that the commission's
 * private key cannot open (a returned laptop is read with that key).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { packageWorld } from '../support/sync';
import { openCliContext } from '../../src/main/cli/cli-context';
import { SCHEMA_VERSION } from '../../src/main/core/feature-list';
import { keyCheck, readDoor } from '../../src/main/core/kernel/at-rest/door-file';
import { unwrapWithPrivateKey } from '../../src/main/core/kernel/at-rest/key-wrap';
import { prepareStoreFolder } from '../../src/main/core/kernel/at-rest/store-door';
import { handoverSecret } from '../../src/main/core/features/sync/handover-secret';
import { PackageService } from '../../src/main/core/features/sync/package-loader';

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('a package load and the commission’s wrap', () => {
  it('writes the wrap while the load is still uncommitted, and it opens the loaded store', async () => {
    const world = packageWorld(8);
    folders.push(world.folder);
    const dir = mkdtempSync(join(tmpdir(), 'precinct-desk-package-door-'));
    folders.push(dir);
    const path = await world.write();
    const state = prepareStoreFolder(dir, SCHEMA_VERSION);
    if (state.kind !== 'open') throw new Error('a new folder opens without a secret');
    const ctx = openCliContext(dir, state);
    try {
      // As the command line does: sealed by the handover code before the list is written.
      await ctx.door.addSecrets([
        { kind: 'handover_code', memberId: null, secret: handoverSecret(world.code) },
      ]);
      expect(readDoor(dir)?.central_wrap).toBeNull();
      const seen: { inTransaction: boolean; wrapped: boolean }[] = [];
      const door = {
        wrapForCommission(centralKey: string) {
          ctx.door.wrapForCommission(centralKey);
          seen.push({
            inTransaction: ctx.db.inTransaction,
            wrapped: readDoor(dir)?.central_wrap?.to === centralKey,
          });
        },
      };
      const packages = new PackageService(
        ctx.db,
        ctx.log,
        ctx.clock,
        ctx.precinct,
        ctx.members,
        door,
      );
      const loaded = await packages.load(path, world.code, null, 'cli');
      expect(loaded.votersImported).toBe(8);
      expect(seen).toEqual([{ inTransaction: true, wrapped: true }]);

      const wrap = readDoor(dir)?.central_wrap;
      if (!wrap) throw new Error('no commission wrap');
      const key = unwrapWithPrivateKey(wrap, world.central.encryption.privateKeyPem);
      const sealed = readDoor(dir);
      expect(sealed?.open_key).toBeNull();
      expect(key && keyCheck(key)).toBe(sealed?.key_check);
    } finally {
      ctx.close();
    }
  });
});
