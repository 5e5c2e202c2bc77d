import { afterEach, describe, expect, it } from 'vitest';
import { openFolderStore } from '../../../tests/support/at-rest';
import { CHAIR_PIN, makeTestCore, setUpPrecinct, type TestCore } from '../../../tests/support/core';
import { canonicalJson } from './kernel/events/canonical-json';
import { GENESIS_HASH, storedRowHash } from './kernel/events/event-hash';
import type { EventRow } from './kernel/events/event-log';
import { rebuildProjections, SCHEMA_VERSION, verifyChain } from './feature-list';
import { formatHlc, nextHlc, parseHlc } from './kernel/events/hlc';

let t: TestCore;
afterEach(() => t?.dispose());

const snapshot = (t: TestCore) =>
  Object.fromEntries(
    ['precinct', 'members', 'settings', 'clock_confirmations'].map((table) => [
      table,
      t.core.db.prepare(`SELECT * FROM ${table} ORDER BY 1`).all(),
    ]),
  );

describe('database and migrations', () => {
  it('creates every table from an empty folder, STRICT, at the newest schema version', () => {
    t = makeTestCore();
    const db = t.core.db;
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db
      .prepare<[], { name: string; strict: number }>(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'",
      )
      .all();
    expect(tables.map((r) => r.name).sort()).toEqual(
      [
        'clock_confirmations',
        'credentials',
        'device',
        'events',
        'folder_mode',
        'infolog_entries',
        'infolog_entry_history',
        'infolog_settings',
        'local_prefs',
        'members',
        'precinct',
        'recovery_codes',
        'settings',
        'attachments',
        'voters',
        'voter_sources',
        'voter_removals',
        'absentee_certificates',
        'home_voting_marks',
        'ballots',
        'voter_sections',
        'voter_reports',
        'voter_report_issues',
        'accommodation_requests',
        'accommodation_sensitive',
        'accommodation_items',
        'accommodation_history',
        'accommodation_trips',
        'accommodation_trip_members',
        'accommodation_equipment',
        'accommodation_settings',
        'sync_keys',
        'sync_packages',
        'sync_exports',
        'sync_checkpoints',
        'sync_held_files',
        'sync_alarms',
        'sync_identity',
        'sync_applied_lists',
        'sync_slots',
        'sync_revoked_devices',
        'protocol_settings',
        'protocol_day',
        'protocol_moves',
        'protocol_spoiled',
        'protocol_turnout_reports',
        'protocol_versions',
      ].sort(),
    );
    expect(tables.every((r) => r.strict === 1)).toBe(true);
  });

  it('keeps data when reopened and refuses a database from a newer version', async () => {
    t = makeTestCore();
    const { chair } = await setUpPrecinct(t);
    const before = t.core.db.prepare('SELECT count(*) AS n FROM events').get();
    t = t.reopen();
    // The store opens with the chair's PIN (kernel/at-rest): its data kept.
    await t.must('login', { memberId: chair, pin: CHAIR_PIN });
    expect(t.core.db.prepare('SELECT count(*) AS n FROM events').get()).toMatchObject({
      n: (before as { n: number }).n + 1,
    });
    t.core.db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    t.core.close();
    const newer = makeTestCore(undefined, t.dataDir);
    expect(await newer.call('login', { memberId: chair, pin: CHAIR_PIN })).toMatchObject({
      ok: false,
      error: { code: 'database_newer' },
    });
    const raw = await openFolderStore(t.dataDir, { memberId: chair, pin: CHAIR_PIN }, true);
    raw.pragma(`user_version = ${SCHEMA_VERSION}`);
    raw.close();
    t = makeTestCore(undefined, t.dataDir);
  });

  it('makes a device id and an Ed25519 key pair once, recorded as the first event', () => {
    t = makeTestCore();
    const device = t.core.db
      .prepare<[], { device_id: string; public_key_pem: string }>('SELECT * FROM device')
      .get();
    expect(device?.public_key_pem).toContain('BEGIN PUBLIC KEY');
    const first = t.core.db
      .prepare<[], { type: string; seq: number; prev_hash: string }>('SELECT * FROM events')
      .get();
    expect(first).toMatchObject({ type: 'device.initialized', seq: 1, prev_hash: GENESIS_HASH });
    const id = t.core.deviceId;
    t = t.reopen();
    expect(t.core.deviceId).toBe(id);
  });
});

describe('event chain', () => {
  it('chains events with gapless seq and verifiable hashes', async () => {
    t = makeTestCore();
    await setUpPrecinct(t);
    const rows = t.core.db.prepare<[], EventRow>('SELECT * FROM events ORDER BY seq').all();
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    let prev = GENESIS_HASH;
    for (const row of rows) {
      expect(row.prev_hash).toBe(prev);
      expect(row.payload_json).toBe(canonicalJson(JSON.parse(row.payload_json)));
      expect(storedRowHash(prev, row)).toBe(row.hash);
      prev = row.hash;
    }
    expect(verifyChain(t.core.db)).toEqual({ ok: true, checked: rows.length, problem: null });
  });

  it('detects an edited payload, a deleted event and a rewritten event with its own hash recomputed', async () => {
    t = makeTestCore();
    await setUpPrecinct(t);
    const db = t.core.db;
    db.prepare(
      "UPDATE events SET payload_json = replace(payload_json, 'Aigerim', 'Aizhan') WHERE seq = 2",
    ).run();
    expect(verifyChain(db)).toMatchObject({
      ok: false,
      checked: 1,
      problem: { seq: 2, reason: 'hash_mismatch' },
    });
    t.dispose();

    t = makeTestCore();
    await setUpPrecinct(t);
    t.core.db.prepare('DELETE FROM events WHERE seq = 3').run();
    expect(verifyChain(t.core.db)).toMatchObject({
      ok: false,
      problem: { seq: 4, reason: 'gap' },
    });
    t.dispose();

    t = makeTestCore();
    await setUpPrecinct(t);
    // An attacker who rewrites an event and recomputes its own hash still breaks the link after it.
    const row = t.core.db.prepare<[], EventRow>('SELECT * FROM events WHERE seq = 2').get()!;
    const forged = row.payload_json.replace('Aigerim', 'Aizhan');
    const hash = storedRowHash(row.prev_hash, { ...row, payload_json: forged });
    t.core.db
      .prepare('UPDATE events SET payload_json = ?, hash = ? WHERE seq = 2')
      .run(forged, hash);
    expect(verifyChain(t.core.db)).toMatchObject({
      ok: false,
      problem: { seq: 3, reason: 'prev_hash_mismatch' },
    });
  });

  it('rebuilds projections from events identical to the live ones', async () => {
    t = makeTestCore();
    const ids = await setUpPrecinct(t);
    await t.must('login', { memberId: ids.chair, pin: '481516' });
    await t.must('updateSettings', { autoLockMinutes: 7 });
    await t.must('replaceMember', {
      memberId: ids.member,
      fullName: 'Askar Tulegenov',
      reason: 'Resigned',
    });
    await t.must('deactivateMember', { memberId: ids.secretary, reason: 'Ill' });
    const live = snapshot(t);
    expect(rebuildProjections(t.core.db)).toBeGreaterThan(8);
    expect(snapshot(t)).toEqual(live);
  });
});

describe('hybrid logical clock', () => {
  it('never goes backwards when the wall clock does', () => {
    const a = nextHlc(null, 1000);
    const b = nextHlc(a, 900);
    const c = nextHlc(b, 2000);
    expect([a, b, c]).toEqual([
      { physical: 1000, counter: 0 },
      { physical: 1000, counter: 1 },
      { physical: 2000, counter: 0 },
    ]);
    expect(formatHlc(a) < formatHlc(b) && formatHlc(b) < formatHlc(c)).toBe(true);
    expect(parseHlc(formatHlc(b))).toEqual(b);
  });
});

describe('canonical JSON', () => {
  it('sorts keys at every depth and leaves out undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 'ы' }], c: null }, u: undefined })).toBe(
      '{"a":{"c":null,"d":[2,{"y":"ы","z":1}]},"b":1}',
    );
    expect(() => canonicalJson({ x: Number.NaN })).toThrow();
  });
});
