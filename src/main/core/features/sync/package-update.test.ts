import { afterEach, describe, expect, it } from 'vitest';
import { makeIin } from '@shared/voters/iin';
import type { TestCore } from '../../../../../tests/support/core';
import { keyFingerprint } from '../../airgap/keys';
import { packageWorld, precinctFromPackage } from '../../../../../tests/support/sync';
import { rebuildProjections, verifyChain } from '../../feature-list';
import { readHandle } from '../../../../../tests/support/core';

let t: TestCore;
afterEach(() => t?.dispose());

const statusOf = (iin: string) =>
  (
    t.core.db.prepare('SELECT status FROM voters WHERE iin = ?').get(iin) as
      { status: string } | undefined
  )?.status;
const fieldOf = (iin: string, field: string) =>
  (t.core.db.prepare(`SELECT ${field} AS v FROM voters WHERE iin = ?`).get(iin) as { v: string }).v;

describe('a newer package for the same precinct', () => {
  it('turns the list’s differences into central-update events and keeps what the precinct recorded', async () => {
    const world = packageWorld(12);
    ({ t } = await precinctFromPackage(world));
    const [v0, v1, v2, v3, v4] = world.voters as [
      (typeof world.voters)[0],
      (typeof world.voters)[0],
      (typeof world.voters)[0],
      (typeof world.voters)[0],
      (typeof world.voters)[0],
    ];
    // Here: v0 removed, v1's surname corrected, a voter added.
    const request = await t.must('requestRemoval', {
      iin: v0.iin,
      basis: 'deceased',
      reason: 'Death certificate seen',
      documentRef: null,
    });
    await t.must('decideRemoval', {
      requestId: request.requestId,
      decision: 'approve',
      reason: null,
    });
    await t.must('correctVoter', {
      iin: v1.iin,
      field: 'last_name',
      value: 'Корректная',
      reason: 'Passport shown',
      documentRef: null,
    });
    const local = makeIin('1980-05-05', 'male', 77) ?? '';
    await t.must('addVoter', {
      iin: local,
      lastName: 'Местный',
      firstName: 'Ержан',
      patronymic: null,
      birthDate: '1980-05-05',
      address: 'г. Алматы, ул. Абая, д. 1',
      basis: 'registration_confirmed',
      certificateNumber: null,
      issuingPrecinct: null,
      documentRef: null,
      reason: 'Registration confirmed',
    });
    const fresh = {
      ...v0,
      iin: makeIin('1975-01-02', 'female', 55) ?? '',
      birth_date: '1975-01-02',
      last_name: 'Новая',
    };
    // Central: v0 still listed, v1's surname changed too, v2 dropped, v3 moved, a new voter.
    const incoming = world.voters
      .filter((v) => v.iin !== v2.iin)
      .map((v) =>
        v.iin === v1.iin
          ? { ...v, last_name: 'Центральная' }
          : v.iin === v3.iin
            ? { ...v, address: 'г. Алматы, ул. Новая, д. 2' }
            : v,
      );
    incoming.push(fresh);
    const path = await world.write({ revision: 2, voters: incoming });
    const before = t.core.db.prepare('SELECT device_id, seq, hash FROM events').all();
    const preview = await t.must('previewPackage', { handle: await readHandle(t, path) });
    expect(preview.kind).toBe('update');
    const loaded = await t.must('loadPackage', {
      handle: await readHandle(t, path),
      handoverCode: world.code,
      centralFingerprint: keyFingerprint(world.central.signing.publicKey),
    });
    expect(loaded.kind).toBe('update');
    expect(loaded.differences.counts).toEqual({
      added: 1,
      corrected: 1,
      removed: 1,
      kept_removed: 1,
      kept_added: 1,
      kept_correction: 1,
      kept_ballot: 0,
    });
    expect(loaded.differences.items).toEqual(
      expect.arrayContaining([
        { change: 'added', iin: fresh.iin, name: expect.stringContaining('Новая'), field: null },
        { change: 'corrected', iin: v3.iin, name: expect.any(String), field: 'address' },
        { change: 'removed', iin: v2.iin, name: expect.any(String), field: null },
        { change: 'kept_removed', iin: v0.iin, name: expect.any(String), field: null },
        { change: 'kept_added', iin: local, name: expect.any(String), field: null },
        { change: 'kept_correction', iin: v1.iin, name: expect.any(String), field: 'last_name' },
      ]),
    );
    expect(statusOf(v0.iin)).toBe('removed');
    expect(fieldOf(v1.iin, 'last_name')).toBe('Корректная');
    expect(statusOf(v2.iin)).toBe('removed');
    expect(fieldOf(v3.iin, 'address')).toBe('г. Алматы, ул. Новая, д. 2');
    expect(statusOf(local)).toBe('listed');
    expect(statusOf(fresh.iin)).toBe('listed');
    expect(statusOf(v4.iin)).toBe('listed');
    const basis = t.core.db
      .prepare(
        "SELECT count(*) AS n FROM events WHERE json_extract(payload_json, '$.basis') = 'central_list_update'",
      )
      .get() as { n: number };
    expect(basis.n).toBe(2); // the added voter and the removal request
    // Every earlier event is still there, and the projections rebuild to the same list.
    const after = t.core.db.prepare('SELECT device_id, seq, hash FROM events').all();
    expect(after.slice(0, before.length)).toEqual(before);
    const list = () =>
      t.core.db.prepare('SELECT iin, status, last_name, address FROM voters ORDER BY iin').all();
    const live = list();
    rebuildProjections(t.core.db);
    expect(list()).toEqual(live);
    expect(verifyChain(t.core.db).ok).toBe(true);
    expect(await t.must('getPackageState', {})).toMatchObject({ revision: 2 });
    // The same revision again is refused and changes nothing.
    const count = after.length;
    expect(
      await t.call('loadPackage', {
        handle: await readHandle(t, path),
        handoverCode: world.code,
        centralFingerprint: keyFingerprint(world.central.signing.publicKey),
      }),
    ).toMatchObject({ ok: false, error: { code: 'package_not_newer' } });
    expect(t.core.db.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: count });
  });
});
