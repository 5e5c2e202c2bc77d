import { afterEach, describe, expect, it } from 'vitest';
import { makeTestCore, readHandle, type TestCore } from '../../../../../tests/support/core';
import { newSigningKeyPair } from '../../airgap/keys';
import { eventCount, packageWorld } from '../../../../../tests/support/sync';
import type { PackageContent } from '@shared/sync/package-content';
import { readKeys } from './sync-store';

let t: TestCore;
afterEach(() => t?.dispose());

const tables = () => ({
  keys: readKeys(t.core.db),
  slots: t.core.db.prepare('SELECT slot, label FROM sync_slots ORDER BY slot').all(),
  revoked: t.core.db.prepare('SELECT device_id FROM sync_revoked_devices').all(),
});

describe('the laptop slot a package load takes', () => {
  it('shows the slots, needs one named among several, and refuses one not offered', async () => {
    const world = packageWorld(4, 3);
    t = makeTestCore();
    const path = await world.write({
      change: (c) => ({
        ...c,
        slots: c.slots.map((s) =>
          s.slot === 3 ? { ...s, key_pem: null } : { ...s, label: `sections ${s.slot}` },
        ),
      }),
    });
    const handle = await readHandle(t, path);
    const preview = await t.must('previewPackage', { handle });
    expect(preview.slots).toEqual([
      { slot: 1, label: 'sections 1', available: true },
      { slot: 2, label: 'sections 2', available: true },
      // The central store saw a laptop on slot 3 already: the package gives no key for it.
      { slot: 3, label: null, available: false },
    ]);
    expect(preview.currentSlot).toBeNull();
    const centralFingerprint = preview.centralFingerprint;
    const before = eventCount(t);
    for (const [slot, code] of [
      [undefined, 'slot_required'],
      [3, 'slot_unavailable'],
      [7, 'slot_unavailable'],
    ] as const) {
      expect(
        await t.call('loadPackage', {
          handle,
          handoverCode: world.code,
          centralFingerprint,
          ...(slot ? { slot } : {}),
        }),
      ).toMatchObject({ ok: false, error: { code } });
    }
    expect(eventCount(t)).toBe(before);
    expect(tables()).toEqual({ keys: null, slots: [], revoked: [] });

    await t.must('loadPackage', { handle, handoverCode: world.code, centralFingerprint, slot: 2 });
    const { keys, slots } = tables();
    expect(keys).toMatchObject({ slot: 2, slot_public_key: world.precinct.slots[1]?.publicKey });
    expect(slots).toEqual([
      { slot: 1, label: 'sections 1' },
      { slot: 2, label: 'sections 2' },
      { slot: 3, label: null },
    ]);
    const enrolled = t.core.db
      .prepare("SELECT payload_json FROM events WHERE type = 'sync.device_enrolled'")
      .all() as { payload_json: string }[];
    expect(enrolled).toHaveLength(1);
    expect(JSON.parse(enrolled[0]?.payload_json ?? '{}')).toMatchObject({
      slot: 2,
      certificate: keys?.certificate,
    });
  });

  it('a newer revision keeps the laptop’s slot and certificate, and brings the revocations', async () => {
    const world = packageWorld(4, 2);
    t = makeTestCore();
    const first = await readHandle(t, await world.write());
    const preview = await t.must('previewPackage', { handle: first });
    const { centralFingerprint } = preview;
    await t.must('loadPackage', {
      handle: first,
      handoverCode: world.code,
      centralFingerprint,
      slot: 1,
    });
    const chair = (await t.must('getPackageState', {})).chairs[0]?.memberId ?? '';
    await t.must('setPackageChairPin', { memberId: chair, pin: '775533', clockConfirmed: true });
    await t.must('login', { memberId: chair, pin: '775533' });
    const certificate = readKeys(t.core.db)?.certificate;

    const revoked = { device_id: 'dev-lost', device_public_key: newSigningKeyPair().publicKey };
    const secondPath = await world.write({
      revision: 2,
      change: (c) => ({
        ...c,
        slots: c.slots.map((s) => ({ ...s, key_pem: null })),
        revoked_devices: [revoked],
      }),
    });
    const second = await readHandle(t, secondPath);
    expect((await t.must('previewPackage', { handle: second })).currentSlot).toBe(1);
    // A slot named for a newer revision changes nothing: the laptop keeps its own.
    await t.must('loadPackage', {
      handle: second,
      handoverCode: world.code,
      centralFingerprint,
      slot: 2,
    });
    expect(tables().keys).toMatchObject({ slot: 1, certificate, revision: 2 });
    expect(tables().revoked).toEqual([{ device_id: 'dev-lost' }]);
  });

  it('refuses a package whose slots are misnumbered or whose key is not its slot’s', async () => {
    const world = packageWorld(2, 2);
    t = makeTestCore();
    const other = newSigningKeyPair();
    for (const change of [
      (c: PackageContent): PackageContent => ({
        ...c,
        slots: c.slots.map((s) => ({ ...s, slot: s.slot + 1 })),
      }),
      (c: PackageContent): PackageContent => ({
        ...c,
        slots: c.slots.map((s) => (s.slot === 2 ? { ...s, key_pem: other.privateKeyPem } : s)),
      }),
    ]) {
      const path = await world.write({ change });
      const handle = await readHandle(t, path);
      expect(await t.call('previewPackage', { handle, handoverCode: world.code })).toMatchObject({
        ok: false,
        error: { code: 'malformed' },
      });
    }
  });
});
