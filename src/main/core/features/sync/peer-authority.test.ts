import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventRow } from '../../kernel/events/event-log';
import {
  makeTestCore,
  readHandles,
  type TestCore,
  writeHandle,
} from '../../../../../tests/support/core';
import { appendEvents } from '../../../../../tests/support/airgap';
import { newSigningKeyPair } from '../../airgap/keys';
import { buildSyncFile, certify } from '../../airgap/sync-file';
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
  const { t } = await precinctFromPackage(world, makeTestCore());
  cores.push(t);
  return t;
}

const rowsOf = (t: TestCore, deviceId: string) =>
  t.core.db
    .prepare('SELECT * FROM events WHERE device_id = ? ORDER BY seq')
    .all(deviceId) as EventRow[];

const count = (t: TestCore, sql: string) => (t.core.db.prepare(sql).get() as { n: number }).n;

/** A sync file of `rows`, signed by `signer` and certified by the precinct's slot 1. */
function signedFile(
  world: PackageWorld,
  holder: TestCore,
  rows: EventRow[],
  signer: { deviceId: string; publicKey: string; privateKeyPem: string },
  name: string,
): string {
  const keys = readKeys(holder.core.db);
  if (!keys) throw new Error('no package loaded');
  const slot = world.precinct.slots[0];
  if (!slot) throw new Error('the world has no slot');
  const signature = certify(slot.privateKeyPem, {
    device_id: signer.deviceId,
    device_public_key: signer.publicKey,
    election_id: keys.election_id,
    precinct_id: keys.precinct_id,
    slot: 1,
  });
  const file = buildSyncFile({
    electionId: keys.election_id,
    precinctId: keys.precinct_id,
    deviceId: signer.deviceId,
    devicePublicKey: signer.publicKey,
    deviceKeyPem: signer.privateKeyPem,
    certificate: { slot: 1, slotPublicKey: slot.publicKey, signature },
    events: rows,
    attachments: [],
    recipients: [world.central.encryption.publicKey, world.precinct.encryption.publicKey],
    createdAt: '2027-03-19T03:00:00.000Z',
  });
  const path = join(world.folder, `${name}.pdsync`);
  writeFileSync(path, file.bytes);
  return path;
}

describe('the chair’s laptop re-authorises every event of another laptop’s file', () => {
  it('refuses a member deactivating the chair, whole, and the chair still logs in', async () => {
    const world = packageWorld(4);
    const a = await laptop(world);
    const b = await laptop(world);
    const device = deviceKey(b.core.db);
    const rows = appendEvents(rowsOf(b, device.deviceId), [
      { type: 'member.logged_in', actor: 'm-member', payload: { member_id: 'm-member' } },
      {
        type: 'member.deactivated',
        actor: 'm-member',
        payload: { member_id: 'm-chair', reason: 'Forged', replaced_by: null },
      },
    ]);
    const path = signedFile(world, b, rows, device, 'deactivate');
    const before = count(a, 'SELECT count(*) AS n FROM events');

    const result = await a.must('importPeerFiles', { handles: await readHandles(a, [path]) });
    expect(result.files[0]).toMatchObject({
      status: 'rejected',
      code: 'unauthorized_event',
      refusedEvent: { seq: rows.at(-1)?.seq, type: 'member.deactivated' },
    });
    expect(count(a, 'SELECT count(*) AS n FROM events')).toBe(before);
    expect(count(a, "SELECT count(*) AS n FROM members WHERE active = 1 AND role = 'chair'")).toBe(
      1,
    );
    await a.must('logout', {});
    await a.must('login', { memberId: 'm-chair', pin: CHAIR_PIN_FROM_PACKAGE });
  });

  it('refuses an event without an actor that the package does not say', async () => {
    const world = packageWorld(4);
    const a = await laptop(world);
    const b = await laptop(world);
    const device = deviceKey(b.core.db);
    const setup = rowsOf(b, device.deviceId).find((r) => r.type === 'precinct.setup_completed');
    const payload = { ...JSON.parse(setup?.payload_json ?? '{}'), address: 'Elsewhere 1' };
    const rows = appendEvents(rowsOf(b, device.deviceId), [
      { type: 'precinct.setup_completed', actor: null, payload },
    ]);
    const result = await a.must('importPeerFiles', {
      handles: await readHandles(a, [signedFile(world, b, rows, device, 'setup')]),
    });
    expect(result.files[0]).toMatchObject({
      code: 'unauthorized_event',
      refusedEvent: { type: 'precinct.setup_completed' },
    });
  });

  it('accepts what a peer’s chair may do, but another laptop never changes who logs in here', async () => {
    const world = packageWorld(4);
    const a = await laptop(world);
    const b = await laptop(world);
    await b.must('deactivateMember', { memberId: 'm-member', reason: 'Left the commission' });
    const path = join(world.folder, 'b.pdsync');
    await b.must('exportSyncFile', { handle: await writeHandle(b, path, 'pdsync'), full: false });

    const result = await a.must('importPeerFiles', { handles: await readHandles(a, [path]) });
    expect(result.files[0]).toMatchObject({ status: 'accepted', code: null });
    expect(count(a, "SELECT count(*) AS n FROM members WHERE id = 'm-member' AND active = 1")).toBe(
      1,
    );
    expect(verifyChain(a.core.db).ok).toBe(true);
  });

  it('binds a device id to one key: its own id, or a known id with another key, is refused', async () => {
    const world = packageWorld(4);
    const a = await laptop(world);
    const b = await laptop(world);
    const path = join(world.folder, 'b.pdsync');
    await b.must('exportSyncFile', { handle: await writeHandle(b, path, 'pdsync'), full: false });
    await a.must('importPeerFiles', { handles: await readHandles(a, [path]) });

    const thief = newSigningKeyPair();
    const ownId = a.core.deviceId;
    const claimOwn = signedFile(
      world,
      a,
      appendEvents(rowsOf(a, ownId), [
        { type: 'member.logged_in', actor: 'm-chair', payload: { member_id: 'm-chair' } },
      ]),
      { deviceId: ownId, publicKey: thief.publicKey, privateKeyPem: thief.privateKeyPem },
      'own-id',
    );
    const bId = b.core.deviceId;
    const claimB = signedFile(
      world,
      a,
      appendEvents(rowsOf(a, bId), [
        { type: 'member.logged_in', actor: 'm-member', payload: { member_id: 'm-member' } },
      ]),
      { deviceId: bId, publicKey: thief.publicKey, privateKeyPem: thief.privateKeyPem },
      'b-id',
    );
    // Its own file, with its own key, is simply already here.
    const ownFile = join(world.folder, 'a.pdsync');
    await a.must('exportSyncFile', { handle: await writeHandle(a, ownFile, 'pdsync'), full: true });
    const before = count(a, 'SELECT count(*) AS n FROM events');
    const result = await a.must('importPeerFiles', {
      handles: await readHandles(a, [claimOwn, claimB, ownFile]),
    });
    expect(result.files.map((f) => [f.status, f.code])).toEqual([
      ['rejected', 'unknown_device'],
      ['rejected', 'unknown_device'],
      ['already_imported', null],
    ]);
    expect(count(a, 'SELECT count(*) AS n FROM events')).toBe(before);
  });
});
