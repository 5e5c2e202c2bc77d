import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eventHash } from '../../kernel/events/event-hash';
import type { EventRow } from '../../kernel/events/event-log';
import {
  makeTestCore,
  setUpPrecinct,
  CHAIR_PIN,
  writeHandle,
  type TestCore,
} from '../../../../../tests/support/core';
import { decodeSyncBody, decryptSyncBody, openSyncFile, isCertified } from '../../airgap/sync-file';
import {
  packageWorld,
  precinctFromPackage,
  type PackageWorld,
} from '../../../../../tests/support/sync';
import { verifyChain } from '../../feature-list';

let t: TestCore;
afterEach(() => t?.dispose());

const outFolder = () => mkdtempSync(join(tmpdir(), 'precinct-desk-export-'));

/** Opens a written sync file as the central commission does, with its own key. */
function openAsCentral(world: PackageWorld, path: string) {
  const opened = openSyncFile(readFileSync(path));
  if (!opened.ok) throw new Error(opened.problem);
  const plain = decryptSyncBody(opened.header, opened.envelope.body, [world.central.encryption]);
  if (!plain) throw new Error('not decryptable by central');
  const decoded = decodeSyncBody(opened.header, plain);
  if (!decoded.ok) throw new Error(decoded.problem);
  return { header: opened.header, plain: plain.toString('utf8'), ...decoded };
}

describe('exporting a sync file', () => {
  it('needs a package first', async () => {
    t = makeTestCore();
    const ids = await setUpPrecinct(t);
    await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
    expect(
      await t.call('exportSyncFile', {
        handle: await writeHandle(t, join(outFolder(), 'a.pdsync'), 'pdsync'),
        full: false,
      }),
    ).toMatchObject({ ok: false, error: { code: 'no_package' } });
  });

  it('writes new events only by default, everything with full, and nothing when nothing is new', async () => {
    const world = packageWorld(8);
    let chair: string;
    ({ t, chair } = await precinctFromPackage(world));
    const folder = outFolder();
    const first = await t.must('exportSyncFile', {
      handle: await writeHandle(t, join(folder, 'first.pdsync'), 'pdsync'),
      full: false,
    });
    const head = t.core.db
      .prepare('SELECT max(seq) AS seq FROM events WHERE device_id = ?')
      .get(t.core.deviceId) as { seq: number };
    expect(first).toMatchObject({
      firstSeq: 1,
      lastSeq: head.seq,
      eventCount: head.seq,
      full: false,
    });
    expect(first.counts['voters.imported']).toBe(1);
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
    const file = openAsCentral(world, join(folder, 'first.pdsync'));
    expect(file.events).toHaveLength(head.seq);
    expect(file.attachments.length).toBeGreaterThan(0);
    expect(isCertified(file.header)).toBe(true);
    expect(file.header.slot_public_key).toBe(world.precinct.slots[0]?.publicKey);
    expect(file.header.recipients).toHaveLength(2);
    // Credentials never travel: no PIN hash, no recovery code hash in the plain body.
    const secrets = t.core.db
      .prepare(
        'SELECT pin_hash AS s FROM credentials UNION ALL SELECT code_hash FROM recovery_codes',
      )
      .all() as { s: string }[];
    expect(secrets.length).toBeGreaterThan(1);
    for (const { s } of secrets) expect(file.plain).not.toContain(s);
    expect(file.plain).not.toMatch(/pin_hash|code_hash|private/i);
    // No temporary file is left beside it.
    expect(readdirSync(folder)).toEqual(['first.pdsync']);

    const nothing = await t.call('exportSyncFile', {
      handle: await writeHandle(t, join(folder, 'none.pdsync'), 'pdsync'),
      full: false,
    });
    expect(nothing).toMatchObject({ ok: false, error: { code: 'nothing_to_export' } });
    expect(readdirSync(folder)).toEqual(['first.pdsync']);

    await t.must('updateSettings', { autoLockMinutes: 15 });
    const second = await t.must('exportSyncFile', {
      handle: await writeHandle(t, join(folder, 'second.pdsync'), 'pdsync'),
      full: false,
    });
    expect(second).toMatchObject({ firstSeq: head.seq + 1, eventCount: 1 });
    expect(second.counts).toEqual({ 'settings.changed': 1 });
    expect(openAsCentral(world, join(folder, 'second.pdsync')).header.prev_hash).toBe(
      file.header.head_hash,
    );
    const full = await t.must('exportSyncFile', {
      handle: await writeHandle(t, join(folder, 'full.pdsync'), 'pdsync'),
      full: true,
    });
    expect(full).toMatchObject({ firstSeq: 1, lastSeq: head.seq + 1, full: true });
    const history = await t.must('listSyncExports', {});
    expect(history.map((h) => h.fileName)).toEqual([
      'full.pdsync',
      'second.pdsync',
      'first.pdsync',
    ]);
    expect(history[0]?.memberName).toBe('Aigerim Sadykova');
    void chair;
    // An existing file is not replaced unless asked.
    expect(
      await t.call('bindSaveFile', {
        path: join(folder, 'full.pdsync'),
        filters: [{ name: 'Sync', extensions: ['pdsync'] }],
        replace: false,
      }),
    ).toMatchObject({ ok: false, error: { code: 'file_exists' } });
    // Only through a .pdsync handle: a path is refused, and so is a handle for a CSV.
    expect(
      await t.call('exportSyncFile', {
        path: join(folder, 'again.pdsync'),
        full: true,
        overwrite: false,
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(
      await t.call('exportSyncFile', {
        handle: await writeHandle(t, join(folder, 'again.csv'), 'csv'),
        full: true,
      }),
    ).toMatchObject({ ok: false, error: { code: 'file_handle_invalid' } });
    expect(readdirSync(folder).sort()).toEqual(['first.pdsync', 'full.pdsync', 'second.pdsync']);
  });

  it('signs a checkpoint at each export, so a tail rewritten with recomputed hashes is caught', async () => {
    const world = packageWorld(3);
    ({ t } = await precinctFromPackage(world));
    await t.must('exportSyncFile', {
      handle: await writeHandle(t, join(outFolder(), 'x.pdsync'), 'pdsync'),
      full: false,
    });
    expect(verifyChain(t.core.db).ok).toBe(true);
    // Rewrite the last event and recompute its hash: the chain alone still verifies.
    const db = t.core.db;
    const last = db
      .prepare('SELECT * FROM events WHERE device_id = ? ORDER BY seq DESC LIMIT 1')
      .get(t.core.deviceId) as EventRow;
    const payload = last.payload_json.replace('m-chair', 'm-deputy');
    expect(payload).not.toBe(last.payload_json);
    const hash = eventHash(last.prev_hash, {
      deviceId: last.device_id,
      seq: last.seq,
      hlc: last.hlc,
      type: last.type,
      actor: last.actor,
      payloadJson: payload,
    });
    db.prepare('UPDATE events SET payload_json = ?, hash = ? WHERE device_id = ? AND seq = ?').run(
      payload,
      hash,
      last.device_id,
      last.seq,
    );
    expect(verifyChain(db)).toMatchObject({
      ok: false,
      problem: { seq: last.seq, reason: 'checkpoint_mismatch' },
    });
    // A cut tail is caught the same way.
    db.prepare('DELETE FROM events WHERE device_id = ? AND seq = ?').run(last.device_id, last.seq);
    expect(verifyChain(db)).toMatchObject({
      ok: false,
      problem: { reason: 'checkpoint_mismatch' },
    });
  });
});
