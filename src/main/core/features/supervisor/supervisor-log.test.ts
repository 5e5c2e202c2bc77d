import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  centralFixture,
  TEST_SUPERVISOR,
  type CentralFixture,
} from '../../../../../tests/support/supervisor';
import {
  listSupervisorLog,
  recordSupervisorAct,
  supervisorEntryHash,
  verifySupervisorLog,
  type SupervisorAct,
} from './supervisor-log';

const OTHER = { id: '2b7e1516-28ae-4d2a-a6ab-f7158809cf4f', name: 'B. Operator' };
const ACTS: SupervisorAct[] = [
  { type: 'session.opened', details: { failed_attempts: 2, lockouts: 0 } },
  {
    type: 'account.added',
    details: { account_id: OTHER.id, name: OTHER.name, role: 'operator' },
  },
  {
    type: 'import.run',
    details: {
      files: 4,
      accepted: 2,
      already_imported: 1,
      held: 0,
      rejected: 1,
      new_events: 12,
      left_out: 0,
    },
  },
  { type: 'device.revoked', details: { device_id: 'dev-1', precinct_id: 'p-1', reason: 'Lost' } },
  { type: 'keys.backup_made', details: { sha256: 'a'.repeat(64) } },
];

let fx: CentralFixture;
beforeEach(() => {
  fx = centralFixture();
  ACTS.forEach((act, i) =>
    recordSupervisorAct(
      fx.db,
      i === 2 ? OTHER : TEST_SUPERVISOR,
      act,
      `2027-03-19T1${i}:00:00.000Z`,
    ),
  );
});
afterEach(() => fx.dispose());

describe('the supervisor log', () => {
  it('chains each act to the one before, attributed to its account', () => {
    const page = listSupervisorLog(fx.db, { limit: 10, offset: 0 });
    expect(page.total).toBe(5);
    const [newest, , third] = page.entries;
    expect(newest).toMatchObject({ seq: 5, act: 'keys.backup_made', accountName: 'A. Supervisor' });
    expect(third).toMatchObject({
      seq: 3,
      act: 'import.run',
      accountId: OTHER.id,
      accountName: OTHER.name,
      details: { files: 4, accepted: 2, rejected: 1 },
    });
    expect(page.entries[1]?.prevHash).toBe(third?.hash);
    expect(listSupervisorLog(fx.db, { limit: 2, offset: 4 }).entries.map((e) => e.seq)).toEqual([
      1,
    ]);
    expect(verifySupervisorLog(fx.db)).toEqual({ ok: true, checked: 5, problem: null });
  });

  it('refuses details outside the act’s schema and writes nothing', () => {
    expect(() =>
      recordSupervisorAct(
        fx.db,
        TEST_SUPERVISOR,
        { type: 'device.revoked', details: { device_id: 'dev-1', passphrase: 'x' } } as never,
        '2027-03-19T20:00:00.000Z',
      ),
    ).toThrow();
    expect(listSupervisorLog(fx.db, { limit: 1, offset: 0 }).total).toBe(5);
  });

  it('catches a field edited after it was recorded, at that entry', () => {
    fx.db
      .prepare(
        "UPDATE supervisor_log SET details_json = replace(details_json, '4', '5') WHERE seq = 3",
      )
      .run();
    expect(verifySupervisorLog(fx.db)).toEqual({
      ok: false,
      checked: 2,
      problem: { seq: 3, reason: 'hash_mismatch' },
    });
  });

  it('catches an account name edited, even with its hash recomputed, at the next entry', () => {
    fx.db.prepare("UPDATE supervisor_log SET account_name = 'Someone else' WHERE seq = 2").run();
    expect(verifySupervisorLog(fx.db).problem).toEqual({ seq: 2, reason: 'hash_mismatch' });
    // Recomputing the entry's own hash moves the break to the link of the next.
    const row = fx.db.prepare('SELECT * FROM supervisor_log WHERE seq = 2').get() as Parameters<
      typeof supervisorEntryHash
    >[0];
    fx.db.prepare('UPDATE supervisor_log SET hash = ? WHERE seq = 2').run(supervisorEntryHash(row));
    expect(verifySupervisorLog(fx.db)).toEqual({
      ok: false,
      checked: 2,
      problem: { seq: 3, reason: 'prev_hash_mismatch' },
    });
  });

  it('catches an entry deleted, at the entry after the gap', () => {
    fx.db.prepare('DELETE FROM supervisor_log WHERE seq = 3').run();
    expect(verifySupervisorLog(fx.db)).toEqual({
      ok: false,
      checked: 2,
      problem: { seq: 4, reason: 'gap' },
    });
  });

  it('catches two entries swapped, at the first of them', () => {
    fx.db.transaction(() => {
      fx.db.prepare('UPDATE supervisor_log SET seq = -1 WHERE seq = 2').run();
      fx.db.prepare('UPDATE supervisor_log SET seq = 2 WHERE seq = 3').run();
      fx.db.prepare('UPDATE supervisor_log SET seq = 3 WHERE seq = -1').run();
    })();
    expect(verifySupervisorLog(fx.db)).toEqual({
      ok: false,
      checked: 1,
      problem: { seq: 2, reason: 'prev_hash_mismatch' },
    });
  });
});
