import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../kernel/events/canonical-json';
import { eventHash } from '../../kernel/events/event-hash';
import type { EventRow } from '../../kernel/events/event-log';
import {
  makeTestCore,
  readHandles,
  type TestCore,
  writeHandle,
} from '../../../../../tests/support/core';
import { at, MEMBER_PIN } from '../../../../../tests/support/voters';
import { buildSyncFile } from '../../airgap/sync-file';
import {
  CHAIR_PIN_FROM_PACKAGE,
  packageWorld,
  precinctFromPackage,
  type PackageWorld,
} from '../../../../../tests/support/sync';
import { deviceKey, readKeys } from './sync-store';
import { verifyChain } from '../../feature-list';

const cores: TestCore[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.dispose();
});

async function laptop(world: PackageWorld) {
  const { t, chair } = await precinctFromPackage(world, makeTestCore());
  cores.push(t);
  return { t, chair };
}

/** On voting day the member (given a PIN by the chair) issues a ballot on this laptop. */
async function issueBallot(t: TestCore, iin: string) {
  const session = await t.must('getSession', {});
  if (session?.role === 'chair') {
    const { temporaryPin } = await t.must('resetMemberPin', { memberId: 'm-member' });
    await t.must('logout', {});
    await t.must('login', { memberId: 'm-member', pin: temporaryPin });
    await t.must('changeOwnPin', { currentPin: temporaryPin, newPin: MEMBER_PIN });
  }
  t.clock.set(new Date(at('2027-03-19', '08:00')).toISOString());
  await t.must('login', { memberId: 'm-member', pin: MEMBER_PIN });
  return t.must('issueBallot', { iin, documentChecked: true, helperName: null });
}

async function asChair(t: TestCore) {
  await t.must('logout', {});
  await t.must('login', { memberId: 'm-chair', pin: CHAIR_PIN_FROM_PACKAGE });
}

async function exportFile(t: TestCore, name: string, full = false): Promise<string> {
  const path = join(t.dataDir, '..', `${name}-${Math.random().toString(36).slice(2)}.pdsync`);
  if ((await t.must('getSession', {}))?.role !== 'chair') await asChair(t);
  await t.must('exportSyncFile', { handle: await writeHandle(t, path, 'pdsync'), full: full });
  return path;
}

const deviceHead = (t: TestCore, device: string) =>
  (
    t.core.db.prepare('SELECT max(seq) AS n FROM events WHERE device_id = ?').get(device) as {
      n: number | null;
    }
  ).n ?? 0;

describe('the chair’s laptop imports the files of the precinct’s other laptops', () => {
  it('accepts, is idempotent, holds a file for a gap and applies it when the gap fills', async () => {
    const world = packageWorld(10);
    const a = await laptop(world);
    const b = await laptop(world);
    const [v0, v1, v2] = world.voters.map((v) => ({ iin: v.iin })) as [
      { iin: string },
      { iin: string },
      { iin: string },
    ];
    await issueBallot(b.t, v0.iin);
    const b1 = await exportFile(b.t, 'b1');
    await issueBallot(b.t, v1.iin);
    const b2 = await exportFile(b.t, 'b2');
    await issueBallot(b.t, v2.iin);
    const b3 = await exportFile(b.t, 'b3');
    const bDevice = b.t.core.deviceId;

    const first = await a.t.must('importPeerFiles', { handles: await readHandles(a.t, [b1]) });
    expect(first.files[0]).toMatchObject({ status: 'accepted', code: null, device: bDevice });
    expect(first.files[0]?.newEvents).toBe(first.files[0]?.lastSeq);
    // One list, not two: the other laptop's import of the same package list joined it once.
    const count = (sql: string) => (a.t.core.db.prepare(sql).get() as { n: number }).n;
    expect(count("SELECT count(*) AS n FROM voters WHERE status = 'listed'")).toBe(10);
    expect(count('SELECT count(*) AS n FROM members')).toBe(4);
    expect(count('SELECT count(*) AS n FROM ballots')).toBe(1);

    const again = await a.t.must('importPeerFiles', { handles: await readHandles(a.t, [b1]) });
    expect(again.files[0]).toMatchObject({ status: 'already_imported', newEvents: 0 });

    const held = await a.t.must('importPeerFiles', { handles: await readHandles(a.t, [b3]) });
    const b2From = deviceHead(a.t, bDevice) + 1;
    expect(held.files[0]).toMatchObject({
      status: 'held',
      waitingFor: { from: b2From },
    });
    expect(count('SELECT count(*) AS n FROM sync_held_files')).toBe(1);
    const filled = await a.t.must('importPeerFiles', { handles: await readHandles(a.t, [b2]) });
    expect(filled.files[0]).toMatchObject({ status: 'accepted' });
    // The held file applied as soon as its gap was filled.
    expect(deviceHead(a.t, bDevice)).toBe(deviceHead(b.t, bDevice));
    expect(count('SELECT count(*) AS n FROM sync_held_files')).toBe(0);
    expect(count('SELECT count(*) AS n FROM ballots')).toBe(3);
    expect(verifyChain(a.t.core.db).ok).toBe(true);
  });

  it('raises an alarm for a ballot issued to one voter on two laptops, and records the decision', async () => {
    const world = packageWorld(5);
    const a = await laptop(world);
    const b = await laptop(world);
    const v0 = world.voters[0] as { iin: string };
    await issueBallot(a.t, v0.iin);
    await issueBallot(b.t, v0.iin);
    const file = await exportFile(b.t, 'b');
    await asChair(a.t);
    const result = await a.t.must('importPeerFiles', { handles: await readHandles(a.t, [file]) });
    expect(result.files[0]?.status).toBe('accepted');
    const ballots = a.t.core.db.prepare('SELECT count(*) AS n FROM ballots').get() as { n: number };
    expect(ballots.n).toBe(1);
    expect(result.alarms).toHaveLength(1);
    const alarm = result.alarms[0];
    expect(alarm).toMatchObject({ kind: 'double_ballot', decidedAt: null });
    expect(alarm?.subject).not.toContain(v0.iin);
    expect(alarm?.subject.endsWith(v0.iin.slice(-4))).toBe(true);
    const decided = await a.t.must('decideSyncAlarm', {
      alarmId: alarm?.alarmId ?? '',
      decision: 'The second ballot was spoiled; the voter voted once',
    });
    expect(decided.decision).toBe('The second ballot was spoiled; the voter voted once');
    expect(
      await a.t.call('decideSyncAlarm', { alarmId: alarm?.alarmId ?? '', decision: 'Again' }),
    ).toMatchObject({ ok: false, error: { code: 'alarm_decided' } });
    const events = a.t.core.db
      .prepare("SELECT count(*) AS n FROM events WHERE type = 'sync.alarm_decided'")
      .get() as { n: number };
    expect(events.n).toBe(1);
  });

  it('refuses forks, strangers, other elections, tampered files and packages, applying nothing', async () => {
    const world = packageWorld(4);
    const a = await laptop(world);
    const b = await laptop(world);
    const good = await exportFile(b.t, 'b');
    await a.t.must('importPeerFiles', { handles: await readHandles(a.t, [good]) });
    const eventsBefore = a.t.core.db.prepare('SELECT count(*) AS n FROM events').get();

    // A fork: the other laptop's key signs a different history for events already here.
    const keys = readKeys(b.t.core.db);
    const device = deviceKey(b.t.core.db);
    const rows = b.t.core.db
      .prepare('SELECT * FROM events WHERE device_id = ? ORDER BY seq')
      .all(device.deviceId) as EventRow[];
    const last = rows.at(-1) as EventRow;
    const payload = canonicalJson({ member_id: 'm-deputy' });
    const forged = {
      ...last,
      type: 'member.logged_in',
      payload_json: payload,
      hash: eventHash(last.prev_hash, {
        deviceId: last.device_id,
        seq: last.seq,
        hlc: last.hlc,
        type: 'member.logged_in',
        actor: last.actor,
        payloadJson: payload,
      }),
    };
    const fork = buildSyncFile({
      electionId: keys?.election_id ?? '',
      precinctId: keys?.precinct_id ?? '',
      deviceId: device.deviceId,
      devicePublicKey: device.publicKey,
      deviceKeyPem: device.privateKeyPem,
      certificate: {
        slot: keys?.slot ?? 1,
        slotPublicKey: keys?.slot_public_key ?? '',
        signature: keys?.certificate ?? '',
      },
      events: [forged],
      attachments: [],
      recipients: [world.central.encryption.publicKey, world.precinct.encryption.publicKey],
      createdAt: '2027-03-19T03:00:00.000Z',
    });
    const forkPath = join(world.folder, 'fork.pdsync');
    writeFileSync(forkPath, fork.bytes);

    // A laptop enrolled by another precinct's package, and one of another election.
    const stranger = await laptop(packageWorld(2));
    const strangerFile = await exportFile(stranger.t, 's');
    const otherElection: PackageWorld = {
      ...world,
      write: (options) =>
        world.write({
          ...options,
          change: (c) => ({ ...c, election: { ...c.election, election_id: 'referendum-2027' } }),
        }),
    };
    const other = await laptop(otherElection);
    const otherFile = await exportFile(other.t, 'o');

    const bytes = readFileSync(good);
    const flip = (at: number) => {
      const copy = Buffer.from(bytes);
      copy[at] = (copy[at] as number) ^ 1;
      const path = join(world.folder, `flip-${at}.pdsync`);
      writeFileSync(path, copy);
      return path;
    };
    const headerByte = bytes.indexOf('"device_id"') + 15;
    const packagePath = await world.write({ name: 'offered.pdsync' });
    const truncated = join(world.folder, 'truncated.pdsync');
    writeFileSync(truncated, bytes.subarray(0, bytes.length - 10));

    const result = await a.t.must('importPeerFiles', {
      handles: await readHandles(a.t, [
        forkPath,
        strangerFile,
        otherFile,
        flip(bytes.length - 5),
        flip(headerByte),
        packagePath,
        truncated,
      ]),
    });
    expect(result.files.map((f) => [f.status, f.code])).toEqual([
      ['rejected', 'fork'],
      // Another package of the same precinct id: its slot keys are none this package made.
      ['rejected', 'unknown_slot'],
      ['rejected', 'wrong_election'],
      ['rejected', 'body_mismatch'],
      ['rejected', 'bad_signature'],
      ['rejected', 'not_a_sync_file'],
      ['rejected', 'body_mismatch'],
    ]);
    expect(a.t.core.db.prepare('SELECT count(*) AS n FROM events').get()).toEqual(eventsBefore);
    expect(result.alarms.map((x) => x.kind)).toEqual(['fork']);
    expect(verifyChain(a.t.core.db).ok).toBe(true);
  });
});
