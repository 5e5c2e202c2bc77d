import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventHash } from '../core/kernel/events/event-hash';
import type { EventRow } from '../core/kernel/events/event-log';
import { decodeSyncBody, decryptSyncBody, openSyncFile } from '../core/airgap/sync-file';
import { packageWorld } from '../../../tests/support/sync';
import { makeTestCore, setUpPrecinct } from '../../../tests/support/core';
import { asChair, asked, cli, secretFile, tempFolders } from '../../../tests/support/cli';
import { openFolderStore } from '../../../tests/support/at-rest';

const folder = tempFolders('precinct-desk-cli-sync-');

describe('precinct-desk package load', () => {
  it('loads a package into an empty folder, then refuses the same revision (exit 1)', async () => {
    const world = packageWorld(6);
    const data = folder();
    const path = await world.write();
    const loaded = await asked(world.code, 'package', 'load', path, '--data-dir', data);
    expect(loaded).toMatchObject({ code: 0, err: '' });
    expect(loaded.questions).toEqual(['Handover code (from the handover act): ']);
    expect(loaded.out).not.toContain(world.code);
    expect(loaded.out).toContain('revision 1: first run');
    expect(loaded.out).toContain('6 voters imported');
    const db = await openFolderStore(data, { handoverCode: world.code });
    expect(db.prepare('SELECT count(*) AS n FROM voters').get()).toEqual({ n: 6 });
    db.close();
    const again = await asked(world.code, 'package', 'load', path, '--data-dir', data);
    expect(again.code).toBe(1);
    expect(again.err).toContain('package_not_newer');
  });

  it('refuses an altered package with its code and leaves no database behind', async () => {
    const world = packageWorld(3);
    const data = folder();
    const path = await world.write();
    const bytes = readFileSync(path);
    bytes[bytes.length - 3] = (bytes[bytes.length - 3] as number) ^ 1;
    writeFileSync(path, bytes);
    const run = await asked(world.code, 'package', 'load', path, '--data-dir', data);
    expect(run.code).toBe(1);
    expect(run.err).toContain('body_mismatch');
    expect(readdirSync(data)).toEqual([]);
  });

  it('takes the code from a code file; a wrong or mistyped code changes nothing', async () => {
    const world = packageWorld(3);
    const path = await world.write();
    const codes = folder();
    const wrong = await asked(
      packageWorld(1).code,
      'package',
      'load',
      path,
      '--data-dir',
      folder(),
    );
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('wrong_handover_code');
    const typo = `${world.code.slice(0, 3)}${world.code[3] === '7' ? '8' : '7'}${world.code.slice(4)}`;
    const mistyped = await asked(typo, 'package', 'load', path, '--data-dir', folder());
    expect(mistyped.err).toContain('handover_code_typo');
    const data = folder();
    const codeFile = join(codes, 'code.txt');
    writeFileSync(codeFile, `${world.code}\n`);
    const wrongFile = join(codes, 'wrong.txt');
    writeFileSync(wrongFile, 'not a code\n');
    const malformed = await cli(
      'package',
      'load',
      path,
      '--data-dir',
      data,
      '--code-file',
      wrongFile,
    );
    expect(malformed.code).toBe(1);
    expect(malformed.err).toContain('handover_code_malformed');
    expect(readdirSync(data)).toEqual([]);
    const loaded = await cli('package', 'load', path, '--data-dir', data, '--code-file', codeFile);
    expect(loaded).toMatchObject({ code: 0, err: '' });
  });

  it('never takes the code from the command line or the environment, nor without a terminal', async () => {
    const world = packageWorld(2);
    const path = await world.write();
    const data = folder();
    const inArgv = await asked(
      world.code,
      'package',
      'load',
      path,
      '--data-dir',
      data,
      '--code',
      world.code,
    );
    expect(inArgv.code).toBe(2);
    expect(inArgv.err).toContain('never given on the command line');
    process.env.PRECINCT_DESK_HANDOVER_CODE = world.code;
    try {
      const inEnv = await asked(world.code, 'package', 'load', path, '--data-dir', data);
      expect(inEnv.code).toBe(2);
      expect(inEnv.err).toContain('never taken from the environment');
    } finally {
      delete process.env.PRECINCT_DESK_HANDOVER_CODE;
    }
    const noTerminal = await cli('package', 'load', path, '--data-dir', data);
    expect(noTerminal.code).toBe(2);
    expect(noTerminal.err).toContain('--code-file');
    expect(readdirSync(data)).toEqual([]);
  });

  it('exits 2 on unusable arguments or a missing folder, writing nothing', async () => {
    const world = packageWorld(2);
    const path = await world.write();
    const missing = join(folder(), 'nowhere');
    expect((await cli('package', 'load', path, '--data-dir', missing)).code).toBe(2);
    expect(existsSync(missing)).toBe(false);
    expect((await cli('package', 'load', '--data-dir', folder())).code).toBe(2);
    expect((await cli('package', 'load', path, '--data-dir', folder(), '--json')).code).toBe(2);
    expect(
      (await cli('package', 'load', join(folder(), 'none.pdpkg'), '--data-dir', folder())).code,
    ).toBe(2);
  });

  it('takes the laptop slot --slot names, and refuses none or one not offered (exit 1)', async () => {
    const world = packageWorld(3, 2);
    const path = await world.write();
    for (const [args, code] of [
      [[], 'slot_required'],
      [['--slot', '3'], 'slot_unavailable'],
    ] as const) {
      const data = folder();
      const run = await asked(world.code, 'package', 'load', path, '--data-dir', data, ...args);
      expect(run.code).toBe(1);
      expect(run.err).toContain(code);
      expect(readdirSync(data)).toEqual([]);
    }
    for (const bad of ['0', 'two', '21']) {
      expect(
        (await asked(world.code, 'package', 'load', path, '--data-dir', folder(), '--slot', bad))
          .code,
      ).toBe(2);
    }
    const data = folder();
    const loaded = await asked(
      world.code,
      'package',
      'load',
      path,
      '--data-dir',
      data,
      '--slot',
      '2',
    );
    expect(loaded).toMatchObject({ code: 0, err: '' });
    expect(loaded.out).toContain('Laptop 2 of 2.');
    const db = await openFolderStore(data, { handoverCode: world.code });
    expect(db.prepare('SELECT slot FROM sync_keys').get()).toEqual({ slot: 2 });
    db.close();
  });
});

describe('precinct-desk sync export', () => {
  it('writes and verifies new events (exit 0), then exits 1 when nothing is new; --full writes all', async () => {
    const world = packageWorld(4);
    const data = folder();
    expect(
      (await asked(world.code, 'package', 'load', await world.write(), '--data-dir', data)).code,
    ).toBe(0);
    const outDir = folder();
    const first = join(outDir, 'first.pdsync');
    // Until the chair sets a PIN, the folder opens with the handover code that sealed it.
    const code = ['--code-file', secretFile(world.code)];
    const run = await cli('sync', 'export', '--data-dir', data, '--out', first, ...code);
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toContain('read back and verified');
    expect(run.out).toContain('voters.imported: 1');
    const opened = openSyncFile(readFileSync(first));
    if (!opened.ok) throw new Error(opened.problem);
    const plain = decryptSyncBody(opened.header, opened.envelope.body, [world.central.encryption]);
    expect(plain && decodeSyncBody(opened.header, plain).ok).toBe(true);

    const none = join(outDir, 'none.pdsync');
    const nothing = await cli('sync', 'export', '--data-dir', data, '--out', none, ...code);
    expect(nothing.code).toBe(1);
    expect(nothing.err).toContain('nothing_to_export');
    expect(existsSync(none)).toBe(false);

    const full = await cli('sync', 'export', '--data-dir', data, '--out', none, '--full', ...code);
    expect(full.code).toBe(0);
    const fullHeader = openSyncFile(readFileSync(none));
    expect(fullHeader.ok && fullHeader.header.first_seq).toBe(1);
    // audit verify holds, until the tail is rewritten after the export (hashes recomputed).
    expect((await cli('audit', 'verify', '--data-dir', data, ...code)).code).toBe(0);
    const writable = await openFolderStore(data, { handoverCode: world.code }, true);
    const last = writable
      .prepare('SELECT * FROM events ORDER BY seq DESC LIMIT 1')
      .get() as EventRow;
    const payload = last.payload_json.replace('"revision":1', '"revision":2');
    writable
      .prepare('UPDATE events SET payload_json = ?, hash = ? WHERE device_id = ? AND seq = ?')
      .run(
        payload,
        eventHash(last.prev_hash, {
          deviceId: last.device_id,
          seq: last.seq,
          hlc: last.hlc,
          type: last.type,
          actor: last.actor,
          payloadJson: payload,
        }),
        last.device_id,
        last.seq,
      );
    writable.close();
    const broken = await cli('audit', 'verify', '--data-dir', data, ...code);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('the last export signed as the head');
    // An existing file is never replaced.
    expect(
      (await cli('sync', 'export', '--data-dir', data, '--out', none, '--full', ...code)).code,
    ).toBe(2);
  });

  it('exits 2 for a folder without a package, a missing folder, or missing --out', async () => {
    const data = folder();
    const out = join(folder(), 'x.pdsync');
    expect((await cli('sync', 'export', '--data-dir', join(data, 'none'), '--out', out)).code).toBe(
      2,
    );
    expect((await cli('sync', 'export', '--data-dir', data)).code).toBe(2);
    expect((await cli('sync', 'export', '--data-dir', data, '--out', out)).code).toBe(2);
    expect(readdirSync(data)).toEqual([]);
    // A precinct set up by hand has no package: no_package, exit 2, no file.
    const manual = folder();
    const t = makeTestCore(undefined, manual);
    await setUpPrecinct(t);
    t.core.close();
    const refused = await cli('sync', 'export', '--data-dir', manual, '--out', out, ...asChair());
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('no_package');
    expect(existsSync(out)).toBe(false);
  });
});
