import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleVoters } from '../../../bench/sample-voters';
import { openPackage } from '../../airgap/package-file';
import { importAll } from './import-run';
import { decideAlarm, revokeDevice } from './supervisor-handlers';
import { precinctDetail } from './supervisor-views';
import {
  ballot,
  centralFixture,
  ELECTION,
  enrolDevice,
  makePackage,
  recordEvents,
  syncFile,
  TEST_SUPERVISOR,
  VOTING_DAY,
  type CentralFixture,
} from '../../../../../tests/support/supervisor';

let fx: CentralFixture;
afterEach(() => fx.dispose());

const voters = [...sampleVoters(12, VOTING_DAY, 5)];
const iin = (i: number) => voters[i]?.iin as string;

const alarms = (kind: string) =>
  fx.db
    .prepare('SELECT subject, details, decided_at FROM alarms WHERE kind = ? ORDER BY subject')
    .all(kind) as { subject: string; details: string; decided_at: string | null }[];

describe('device slots at the central store', () => {
  it('holds both devices of one slot with a slot_reused alarm until a supervisor decides it', async () => {
    fx = centralFixture();
    const { content } = await makePackage(fx, 'p-5', 5, voters, ELECTION, 2);
    const real = enrolDevice(content, 'dev-real', 2);
    const copy = enrolDevice(content, 'dev-copy', 2);
    const realFile = fx.file(
      'real.pdsync',
      syncFile(fx, real, recordEvents('dev-real', [ballot('r1', iin(0))])),
    );
    expect(importAll(fx.ctx, [realFile]).files[0]).toMatchObject({ status: 'accepted' });

    // The copied stick's laptop takes the same slot: its file is held, an alarm raised.
    const copyRows = recordEvents('dev-copy', [ballot('c1', iin(1)), ballot('c2', iin(2))]);
    const copyFile = fx.file('copy.pdsync', syncFile(fx, copy, copyRows));
    expect(importAll(fx.ctx, [copyFile]).files[0]).toMatchObject({
      status: 'held',
      code: 'slot_reused',
      newEvents: 0,
    });
    expect(alarms('slot_reused')).toEqual([
      {
        subject: 'p-5 #2',
        details: 'slot 2 certified 2 devices: dev-copy, dev-real',
        decided_at: null,
      },
    ]);
    // The real laptop's next file waits too: nobody can tell which of the two is the real one.
    const later = recordEvents('dev-real', [ballot('r1', iin(0)), ballot('r2', iin(3))]);
    const laterFile = fx.file('real-2.pdsync', syncFile(fx, real, later.slice(1)));
    expect(importAll(fx.ctx, [laterFile]).files[0]).toMatchObject({
      status: 'held',
      code: 'slot_reused',
    });
    const ballots = () =>
      (fx.db.prepare('SELECT count(*) AS n FROM ballots').get() as { n: number }).n;
    expect(ballots()).toBe(1);
    expect(precinctDetail(fx.db, 'p-5').slots).toEqual([
      { slot: 1, label: null, deviceIds: [] },
      { slot: 2, label: null, deviceIds: ['dev-real', 'dev-copy'] },
    ]);

    // The supervisor revokes the copy and decides: the real laptop's held file goes in, the
    // copy's is refused as revoked.
    revokeDevice(
      fx.db,
      { deviceId: 'dev-copy', reason: 'copied stick' },
      '2027-03-19T13:00:00.000Z',
      TEST_SUPERVISOR,
    );
    const alarmId = (
      fx.db.prepare("SELECT alarm_id FROM alarms WHERE kind = 'slot_reused'").get() as {
        alarm_id: string;
      }
    ).alarm_id;
    decideAlarm(
      fx.ctx,
      { alarmId, decision: 'The copy was revoked' },
      '2027-03-19T13:05:00.000Z',
      TEST_SUPERVISOR,
    );
    expect(ballots()).toBe(2);
    const results = fx.db
      .prepare('SELECT device_id, status, code FROM imports ORDER BY id')
      .all() as { device_id: string; status: string; code: string | null }[];
    expect(results.slice(-2)).toEqual(
      expect.arrayContaining([
        { device_id: 'dev-real', status: 'accepted', code: null },
        { device_id: 'dev-copy', status: 'rejected', code: 'revoked_device' },
      ]),
    );
    expect((fx.db.prepare('SELECT count(*) AS n FROM held_files').get() as { n: number }).n).toBe(
      0,
    );
  });

  it('flags ballots from a laptop the chair’s sections never name, and withdraws it once they do', async () => {
    fx = centralFixture();
    const { content } = await makePackage(fx, 'p-5', 5, voters, ELECTION, 3);
    const chair = enrolDevice(content, 'dev-chair', 1);
    const desk = enrolDevice(content, 'dev-desk', 2);
    const deskFile = fx.file(
      'desk.pdsync',
      syncFile(fx, desk, recordEvents('dev-desk', [ballot('d1', iin(0))])),
    );
    importAll(fx.ctx, [deskFile]);
    expect(alarms('unattested_device')).toEqual([
      {
        subject: 'dev-desk',
        details: 'ballots from slot 2, a device the chair’s list sections never name',
        decided_at: null,
      },
    ]);

    // Sections set on another laptop than the chair's (slot 3) attest nothing.
    const other = enrolDevice(content, 'dev-other', 3);
    const section = (deviceId: string) => ({
      section_id: `s-${deviceId}`,
      name: 'А–Я',
      rule: { kind: 'alphabet' as const, from: 'А', to: 'Я' },
      device_id: deviceId,
      desk_label: 'Desk',
    });
    const sections = (devices: string[]): Parameters<typeof recordEvents>[1][number] => [
      'voters.sections_set',
      { sections: devices.map(section) },
    ];
    const otherRows = recordEvents('dev-other', [sections(['dev-desk', 'dev-other'])]);
    importAll(fx.ctx, [fx.file('other.pdsync', syncFile(fx, other, otherRows))]);
    expect(alarms('unattested_device')).toHaveLength(1);

    // The chair's laptop names the desk: the undecided alarm is withdrawn.
    const chairRows = recordEvents('dev-chair', [sections(['dev-desk']), ballot('a1', iin(1))]);
    importAll(fx.ctx, [fx.file('chair.pdsync', syncFile(fx, chair, chairRows))]);
    expect(alarms('unattested_device')).toEqual([]);
  });

  it('a later revision offers no key for a slot in use and carries the revocations', async () => {
    fx = centralFixture();
    const first = await makePackage(fx, 'p-5', 5, voters, ELECTION, 2);
    expect(first.content.slots.map((s) => [s.slot, s.key_pem !== null])).toEqual([
      [1, true],
      [2, true],
    ]);
    expect(first.content.revoked_devices).toEqual([]);
    const device = enrolDevice(first.content, 'dev-1', 1);
    importAll(fx.ctx, [
      fx.file('1.pdsync', syncFile(fx, device, recordEvents('dev-1', [ballot('b1', iin(0))]))),
    ]);
    // The store forgets the private key of a slot it saw in use.
    expect(
      fx.db.prepare('SELECT slot, key_pem IS NULL AS used FROM precinct_slots ORDER BY slot').all(),
    ).toEqual([
      { slot: 1, used: 1 },
      { slot: 2, used: 0 },
    ]);
    revokeDevice(
      fx.db,
      { deviceId: 'dev-1', reason: 'stolen' },
      '2027-03-19T13:00:00.000Z',
      TEST_SUPERVISOR,
    );

    const second = await makePackage(fx, 'p-5', 5, voters, ELECTION, 2);
    const read = await openPackage(readFileSync(second.path), second.handoverCode);
    if (!read.ok) throw new Error(read.problem);
    expect(read.content.slots.map((s) => [s.slot, s.public_key, s.key_pem !== null])).toEqual([
      [1, first.content.slots[0]?.public_key, false],
      [2, first.content.slots[1]?.public_key, true],
    ]);
    expect(read.content.revoked_devices).toEqual([
      { device_id: 'dev-1', device_public_key: device.key.publicKey },
    ]);
  });

  it('holds a real laptop whose id another precinct’s laptop claimed first, until the supervisor decides', async () => {
    fx = centralFixture();
    const real = enrolDevice(
      (await makePackage(fx, 'p-5', 5, voters.slice(0, 6))).content,
      'dev-x',
      1,
    );
    // Its events, recorded by its own commission's member (before the thief's).
    const realRows = recordEvents('dev-x', [ballot('r1', iin(0)), ballot('r2', iin(1))]);
    const other = (await makePackage(fx, 'p-6', 6, voters.slice(6))).content;
    // A laptop made from the other precinct's package shows the real laptop's id first.
    const thief = enrolDevice(other, 'dev-x', 1);
    const thiefFile = fx.file(
      'thief.pdsync',
      syncFile(fx, thief, recordEvents('dev-x', [ballot('t1', iin(6))])),
    );
    expect(importAll(fx.ctx, [thiefFile]).files[0]).toMatchObject({ status: 'accepted' });
    // The real laptop is held, not refused, with an alarm naming both.
    const realFile = fx.file('real.pdsync', syncFile(fx, real, realRows));
    expect(importAll(fx.ctx, [realFile]).files[0]).toMatchObject({
      status: 'held',
      code: 'device_id_claimed',
    });
    expect(alarms('device_id_claimed')).toEqual([
      { subject: 'dev-x', details: 'held by p-6 #1; claimed by p-5 #1', decided_at: null },
    ]);
    // The supervisor revokes the thief and decides: the id goes to the real laptop, the
    // thief's chain is kept under another id, revoked.
    revokeDevice(
      fx.db,
      { deviceId: 'dev-x', reason: 'not ours' },
      '2027-03-19T13:00:00.000Z',
      TEST_SUPERVISOR,
    );
    const alarmId = (
      fx.db.prepare("SELECT alarm_id FROM alarms WHERE kind = 'device_id_claimed'").get() as {
        alarm_id: string;
      }
    ).alarm_id;
    decideAlarm(
      fx.ctx,
      { alarmId, decision: 'The p-6 laptop was revoked' },
      '2027-03-19T13:05:00.000Z',
      TEST_SUPERVISOR,
    );
    const devices = fx.db
      .prepare(
        'SELECT device_id, precinct_id, head_seq, revoked_at IS NOT NULL AS revoked FROM devices ORDER BY precinct_id',
      )
      .all() as { device_id: string; precinct_id: string; head_seq: number; revoked: number }[];
    expect(devices).toEqual([
      { device_id: 'dev-x', precinct_id: 'p-5', head_seq: 2, revoked: 0 },
      {
        device_id: expect.stringMatching(/^dev-x~[0-9a-f]{12}$/),
        precinct_id: 'p-6',
        head_seq: 1,
        revoked: 1,
      },
    ]);
    // A later file of the thief is refused: its key was revoked.
    const more = recordEvents('dev-x', [ballot('t1', iin(6)), ballot('t2', iin(7))]);
    const late = fx.file('thief-2.pdsync', syncFile(fx, thief, more.slice(1)));
    expect(importAll(fx.ctx, [late]).files[0]).toMatchObject({
      status: 'rejected',
      code: 'revoked_device',
    });
  });
});
