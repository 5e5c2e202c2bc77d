import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleVoters } from '../../../bench/sample-voters';
import { eventHash } from '../../kernel/events/event-hash';
import type { EventRow } from '../../kernel/events/event-log';
import { importAll } from './import-run';
import {
  addPrecinct,
  ballot,
  centralDigest,
  centralFixture,
  enrolDevice,
  recordEvents,
  syncFile,
  VOTING_DAY,
  type CentralFixture,
} from '../../../../../tests/support/supervisor';
import { openCentralDatabase } from './supervisor-db';

const fixtures: CentralFixture[] = [];
afterEach(() => {
  for (const fx of fixtures.splice(0)) fx.dispose();
});

/** The last event's payload replaced and re-hashed: a file its device key signs as valid. */
function brokenPayload(rows: EventRow[], payloadJson: string): EventRow[] {
  const last = rows.at(-1) as EventRow;
  const hash = eventHash(last.prev_hash, {
    deviceId: last.device_id,
    seq: last.seq,
    hlc: last.hlc,
    type: last.type,
    actor: last.actor,
    payloadJson,
  });
  return [...rows.slice(0, -1), { ...last, payload_json: payloadJson, hash }];
}

/**
 * Fifty laptops' files of five precincts (ten laptops, ten voters each); the 26th signed but
 * with a payload no laptop writes.
 */
async function fiftyFiles() {
  const fx = centralFixture();
  fixtures.push(fx);
  const voters = [...sampleVoters(60, VOTING_DAY, 3)];
  const contents = [];
  for (let p = 0; p < 5; p++) {
    const list = voters.slice(p * 10, p * 10 + 10);
    contents.push(await addPrecinct(fx, `p-${p + 3}`, p + 3, list, undefined, 10));
  }
  mkdirSync(join(fx.dir, 'all'));
  mkdirSync(join(fx.dir, 'good'));
  for (let i = 0; i < 50; i++) {
    const content = contents[Math.floor(i / 10)] as (typeof contents)[number];
    const device = enrolDevice(content, `dev-${String(i).padStart(2, '0')}`);
    const rows = recordEvents(device.deviceId, [ballot(`b-${i}`, voters[i]?.iin ?? '')]);
    if (i === 25) {
      const broken = brokenPayload(rows, '{"ballot_id":7,"iin":"not an iin"}');
      fx.file(`all/${i}.pdsync`, syncFile(fx, device, broken));
    } else {
      const bytes = syncFile(fx, device, rows);
      fx.file(`all/${i}.pdsync`, bytes);
      fx.file(`good/${i}.pdsync`, bytes);
    }
  }
  return fx;
}

describe('a supervisor import no single file can stop', () => {
  it('imports the 49 good files of a folder around a signed file with a broken payload', async () => {
    const fx = await fiftyFiles();
    // The same store twice: one imports the folder with the broken file, one the 49 alone.
    const twin = join(fx.dir, 'twin');
    mkdirSync(twin);
    fx.db.exec(`VACUUM INTO '${join(twin, 'central.db')}'`);
    const twinDb = openCentralDatabase(twin, false, fx.storeKey) as CentralFixture['db'];
    try {
      const run = importAll(fx.ctx, [join(fx.dir, 'all')]);
      expect(run).toMatchObject({ total: 50, accepted: 49, rejected: 1 });
      expect(run.files.filter((f) => f.status === 'rejected')).toMatchObject([
        { code: 'malformed', device: 'dev-25' },
      ]);
      const alone = importAll({ ...fx.ctx, db: twinDb }, [join(fx.dir, 'good')]);
      expect(alone).toMatchObject({ total: 49, accepted: 49, rejected: 0 });
      expect(centralDigest(fx.db)).toEqual(centralDigest(twinDb));
    } finally {
      twinDb.close();
    }
  });
});
