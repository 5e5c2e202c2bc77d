import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { packageWorld, precinctFromPackage } from '../../../../../tests/support/sync';
import { writeHandle, type TestCore } from '../../../../../tests/support/core';
import { keyedDatabase } from '../../../../../tests/support/at-rest';
import { EVENT_REGISTRY } from '../../feature-list';
import { readDoor } from '../../kernel/at-rest/door-file';
import { laptopKey, openReturnedLaptop } from './returned-laptop';

const cores: TestCore[] = [];
afterEach(() => {
  for (const t of cores.splice(0)) rmSync(t.dataDir, { recursive: true, force: true });
});

/** Every file of a folder with its size, modification time and SHA-256. */
function snapshot(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const digest = createHash('sha256').update(readFileSync(path)).digest('hex');
      return `${name} ${statSync(path).size} ${statSync(path).mtimeMs} ${digest}`;
    });
}

describe('a returned laptop opened with the commission’s key', () => {
  it('opens a closed precinct with no PIN, says what it holds, and finds where its chain breaks', async () => {
    const world = packageWorld(6);
    const { t } = await precinctFromPackage(world);
    cores.push(t);
    const out = mkdtempSync(join(tmpdir(), 'precinct-desk-final-'));
    await t.must('exportSyncFile', {
      handle: await writeHandle(t, join(out, 'final.pdsync'), 'pdsync'),
      full: false,
    });
    await t.must('closePrecinct', {});
    rmSync(out, { recursive: true, force: true });
    t.core.close();
    // Only the recovery code's wrap is left: no PIN opens it any more.
    expect(readDoor(t.dataDir)?.wraps.map((w) => w.kind)).toEqual(['recovery_code']);
    const before = snapshot(t.dataDir);

    const laptop = openReturnedLaptop(t.dataDir, world.central, EVENT_REGISTRY.chainChecks);
    const s = laptop.summary;
    laptop.close();
    expect(s.closed).toBe(true);
    expect(s.chain.ok).toBe(true);
    expect(s.precinct?.number).toBe(412);
    expect(s.lastExport?.lastSeq).toBeGreaterThan(0);
    expect(s.lastExport?.fileName).toBe('final.pdsync');
    expect(s.unexported).toBe(s.lastSeq - (s.lastExport?.lastSeq ?? 0));
    expect(snapshot(t.dataDir)).toEqual(before);

    // An event altered in the laptop's store: the chain breaks there, and the report says so.
    const door = readDoor(t.dataDir);
    if (!door) throw new Error('no door');
    const db = keyedDatabase(t.dataDir, laptopKey(door, world.central));
    db.prepare("UPDATE events SET payload_json = '{}' WHERE device_id = ? AND seq = 2").run(
      s.deviceId,
    );
    db.close();
    const broken = openReturnedLaptop(t.dataDir, world.central, EVENT_REGISTRY.chainChecks);
    broken.close();
    expect(broken.summary.chain).toMatchObject({
      ok: false,
      problem: { deviceId: s.deviceId, seq: 2, reason: 'hash_mismatch' },
    });
  });
});
