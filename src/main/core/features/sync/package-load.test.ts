import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CHAIR_PIN,
  makeTestCore,
  readHandle,
  setUpPrecinct,
  type TestCore,
} from '../../../../../tests/support/core';
import { keyFingerprint } from '../../airgap/keys';
import { isCertified, type SyncHeader } from '../../airgap/sync-file';
import { newCentralKeys } from '../../../../../tests/support/package';
import {
  CHAIR_PIN_FROM_PACKAGE,
  eventCount,
  packageWorld,
  precinctFromPackage,
} from '../../../../../tests/support/sync';
import { verifyChain } from '../../feature-list';

let t: TestCore;
afterEach(() => t?.dispose());

const count = (sql: string) => (t.core.db.prepare(sql).get() as { n: number }).n;

describe('loading a precinct package at first run', () => {
  it('sets the precinct up from the package, enrols the laptop, and waits for the chair’s PIN', async () => {
    const world = packageWorld(20);
    t = makeTestCore();
    const path = await world.write();
    const preview = await t.must('previewPackage', { handle: await readHandle(t, path) });
    expect(preview).toMatchObject({
      kind: 'first_run',
      centralFingerprint: keyFingerprint(world.central.signing.publicKey),
      revision: 1,
      voterRows: 20,
      precinct: { precinctId: 'almaty-412', number: 412 },
    });
    expect(
      count(
        'SELECT count(*) AS n FROM events WHERE type <> ?'.replace('?', "'device.initialized'"),
      ),
    ).toBe(0);

    const loaded = await t.must('loadPackage', {
      handle: await readHandle(t, path),
      handoverCode: world.code,
      centralFingerprint: preview.centralFingerprint,
    });
    expect(loaded).toMatchObject({ kind: 'first_run', votersImported: 20 });
    expect(loaded.chairs).toEqual([{ memberId: 'm-chair', fullName: 'Aigerim Sadykova' }]);
    expect(count("SELECT count(*) AS n FROM voters WHERE status = 'listed'")).toBe(20);
    expect(
      t.core.db
        .prepare('SELECT id FROM members ORDER BY id')
        .all()
        .map((r) => (r as { id: string }).id),
    ).toEqual(['m-chair', 'm-deputy', 'm-member', 'm-secretary']);
    const identity = t.core.db.prepare('SELECT * FROM sync_identity').get();
    expect(identity).toMatchObject({
      election_id: 'mazhilis-2027',
      precinct_id: 'almaty-412',
      abroad: 0,
    });
    const types = t.core.db
      .prepare("SELECT type FROM events WHERE type <> 'device.initialized' ORDER BY seq")
      .all()
      .map((r) => (r as { type: string }).type);
    expect(types).toEqual([
      'member.added',
      'precinct.setup_completed',
      'member.added',
      'member.added',
      'member.added',
      'accommodation.cutoff_set',
      'infolog.deadlines_set',
      'protocol.ballot_set',
      'sync.device_enrolled',
      'voters.imported',
      'sync.package_loaded',
    ]);
    // The enrolment certificate verifies with the precinct's enrolment key.
    const enrolled = JSON.parse(
      (
        t.core.db
          .prepare("SELECT payload_json FROM events WHERE type = 'sync.device_enrolled'")
          .get() as {
          payload_json: string;
        }
      ).payload_json,
    ) as SyncHeader;
    expect(enrolled).toMatchObject({
      slot: 1,
      slot_public_key: world.precinct.slots[0]?.publicKey,
    });
    expect(isCertified(enrolled)).toBe(true);
    expect(isCertified({ ...enrolled, slot_public_key: world.central.signing.publicKey })).toBe(
      false,
    );
    // The laptop keeps its certificate, never a slot's private key.
    const kept = JSON.stringify(t.core.db.prepare('SELECT * FROM sync_keys').all());
    expect(kept).not.toContain(world.precinct.slots[0]?.privateKeyPem.slice(40, 80));

    // Until the chair has a PIN, the app stays in setup and nobody can log in.
    expect((await t.must('getAppState', {})).setUp).toBe(false);
    expect(await t.must('getPackageState', {})).toMatchObject({
      loaded: true,
      pendingChairPin: true,
    });
    expect(
      await t.call('setPackageChairPin', {
        memberId: 'm-member',
        pin: '123456',
        clockConfirmed: true,
      }),
    ).toMatchObject({ ok: false, error: { code: 'member_not_found' } });
    const { recoveryCode } = await t.must('setPackageChairPin', {
      memberId: 'm-chair',
      pin: CHAIR_PIN_FROM_PACKAGE,
      clockConfirmed: true,
    });
    expect(recoveryCode.length).toBeGreaterThan(8);
    expect((await t.must('getAppState', {})).setUp).toBe(true);
    expect(
      await t.call('setPackageChairPin', {
        memberId: 'm-chair',
        pin: '123456',
        clockConfirmed: true,
      }),
    ).toMatchObject({ ok: false, error: { code: 'chair_pin_not_pending' } });
    await t.must('login', { memberId: 'm-chair', pin: CHAIR_PIN_FROM_PACKAGE });
    expect(verifyChain(t.core.db).ok).toBe(true);
  });

  it('refuses an altered package, one signed by another key than shown, and changes nothing', async () => {
    const world = packageWorld(5);
    t = makeTestCore();
    const path = await world.write();
    const bytes = readFileSync(path);
    const altered = Buffer.from(bytes);
    altered[altered.length - 20] = (altered[altered.length - 20] as number) ^ 1;
    writeFileSync(path, altered);
    const before = eventCount(t);
    expect(await t.call('previewPackage', { handle: await readHandle(t, path) })).toMatchObject({
      ok: false,
      error: { code: 'body_mismatch' },
    });
    expect(
      await t.call('loadPackage', {
        handle: await readHandle(t, path),
        handoverCode: world.code,
        centralFingerprint: 'a'.repeat(64),
      }),
    ).toMatchObject({ ok: false, error: { code: 'body_mismatch' } });
    writeFileSync(path, bytes);
    expect(
      await t.call('loadPackage', {
        handle: await readHandle(t, path),
        handoverCode: world.code,
        centralFingerprint: 'a'.repeat(64),
      }),
    ).toMatchObject({ ok: false, error: { code: 'wrong_central_key' } });
    writeFileSync(path, 'PRECINCT-DESK-SYNC 1\n{}\n');
    expect(await t.call('previewPackage', { handle: await readHandle(t, path) })).toMatchObject({
      ok: false,
      error: { code: 'not_a_package' },
    });
    expect(eventCount(t)).toBe(before);
    expect((await t.must('getAppState', {})).setUp).toBe(false);
  });
});

describe('loading a package later', () => {
  it('adopts the package’s identity in a precinct set up by hand and keeps every local event', async () => {
    const world = packageWorld(10);
    t = makeTestCore();
    const ids = await setUpPrecinct(t);
    const path = await world.write();
    // Before setup the package needs no login; afterwards only the chair loads one.
    expect(await t.call('previewPackage', { handle: await readHandle(t, path) })).toMatchObject({
      ok: false,
      error: { code: 'not_logged_in' },
    });
    await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
    const localEvents = t.core.db.prepare('SELECT device_id, seq, hash FROM events').all();
    const preview = await t.must('previewPackage', { handle: await readHandle(t, path) });
    expect(preview.kind).toBe('adopted');
    const loaded = await t.must('loadPackage', {
      handle: await readHandle(t, path),
      handoverCode: world.code,
      centralFingerprint: preview.centralFingerprint,
    });
    expect(loaded).toMatchObject({ kind: 'adopted', votersImported: 10, chairs: [] });
    // Members matched by name and role: nobody doubled, the chair is still the one logged in.
    expect(count('SELECT count(*) AS n FROM members')).toBe(4);
    expect(t.core.db.prepare('SELECT * FROM sync_identity').get()).toMatchObject({
      precinct_id: 'almaty-412',
    });
    const kept = t.core.db.prepare('SELECT device_id, seq, hash FROM events').all();
    expect(kept.slice(0, localEvents.length)).toEqual(localEvents);
    expect(verifyChain(t.core.db).ok).toBe(true);
    expect((await t.must('getAppState', {})).setUp).toBe(true);
  });

  it('refuses a package for another precinct number than the one set up by hand', async () => {
    const world = packageWorld(3);
    t = makeTestCore();
    const ids = await setUpPrecinct(t);
    await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
    const path = await world.write({
      change: (c) => ({ ...c, precinct: { ...c.precinct, number: 413 } }),
    });
    const before = eventCount(t);
    expect(await t.call('previewPackage', { handle: await readHandle(t, path) })).toMatchObject({
      ok: false,
      error: { code: 'wrong_precinct' },
    });
    expect(eventCount(t)).toBe(before);
  });

  it('refuses the same revision, another election or precinct, another central key', async () => {
    const world = packageWorld(5);
    ({ t } = await precinctFromPackage(world));
    const before = eventCount(t);
    const refused = async (path: string, code: string) =>
      expect(
        await t.call('loadPackage', {
          handle: await readHandle(t, path),
          handoverCode: world.code,
          centralFingerprint: keyFingerprint(world.central.signing.publicKey),
        }),
      ).toMatchObject({ ok: false, error: { code } });
    await refused(await world.write({ revision: 1 }), 'package_not_newer');
    await refused(
      await world.write({
        revision: 2,
        change: (c) => ({ ...c, election: { ...c.election, election_id: 'maslikhat-2027' } }),
      }),
      'wrong_election',
    );
    await refused(
      await world.write({
        revision: 2,
        change: (c) => ({ ...c, precinct: { ...c.precinct, precinct_id: 'almaty-413' } }),
      }),
      'wrong_precinct',
    );
    await refused(
      await world.write({ revision: 2, central: newCentralKeys() }),
      'wrong_central_key',
    );
    expect(eventCount(t)).toBe(before);
  });
});
