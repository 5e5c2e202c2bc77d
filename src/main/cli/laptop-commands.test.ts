/**
 * `central open-laptop`: the commission opens a returned laptop with its own key, reads what it
 * holds, exports its events for the central store, and never writes into the laptop's folder;
 * each refusal has its code.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReturnedLaptop } from '@shared/supervisor/returned-laptop-contract';
import { sampleVoters, writeVoterCsv } from '../bench/sample-voters';
import { readDoor as readCentralDoor } from '../core/features/supervisor/central-door';
import {
  adminDoor,
  adminStore,
  asAdmin,
  asked,
  cli,
  secretFile,
  tempFolders,
} from '../../../tests/support/cli';
import {
  centralFixture,
  makePackage,
  VOTING_DAY,
  type CentralFixture,
} from '../../../tests/support/supervisor';

const folder = tempFolders('precinct-desk-laptop-cli-');
const fixtures: CentralFixture[] = [];
afterEach(() => {
  for (const fx of fixtures.splice(0)) fx.dispose();
});

/** A supervisor folder (the commission's) and a precinct laptop loaded from its package. */
async function commissionAndLaptop(number = 431): Promise<{ central: string; laptop: string }> {
  const fx = centralFixture();
  fixtures.push(fx);
  const { path, handoverCode } = await makePackage(fx, `p-${number}`, number, [
    ...sampleVoters(50, VOTING_DAY, number),
  ]);
  fx.db.close();
  const central = join(fx.dir, 'central');
  await adminDoor(central, fx.storeKey);
  // Closed above; disposed with the folder (closing twice is harmless).
  const laptop = folder();
  const loaded = await cli(
    'package',
    'load',
    path,
    '--data-dir',
    laptop,
    '--code-file',
    secretFile(handoverCode),
  );
  expect(loaded.code, loaded.err).toBe(0);
  return { central, laptop };
}

/** Every file of a folder: its name, size, modification time and SHA-256. */
function snapshot(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const st = statSync(path);
      const sha = createHash('sha256').update(readFileSync(path)).digest('hex');
      return `${name} ${st.size} ${st.mtimeMs} ${sha}`;
    });
}

const openLaptop = (central: string, laptop: string, ...more: string[]) =>
  cli('central', 'open-laptop', '--data-dir', central, '--laptop-dir', laptop, ...more);

describe('central open-laptop', () => {
  it('reports the laptop, exports its events for sync import, and writes nothing there', async () => {
    const { central, laptop } = await commissionAndLaptop();
    const before = snapshot(laptop);
    const run = await openLaptop(central, laptop, ...asAdmin(), '--json');
    expect(run.code, run.err).toBe(0);
    const summary = JSON.parse(run.out) as ReturnedLaptop & { exported: null };
    expect(summary.precinct).toMatchObject({ number: 431, precinctId: 'p-431' });
    expect(summary.chain).toMatchObject({ ok: true });
    expect(summary.events).toBeGreaterThan(0);
    expect(summary.lastSeq).toBe(summary.unexported);
    expect(summary.lastExport).toBeNull();
    expect(summary.closed).toBe(false);
    expect(summary.slot).toBe(1);
    expect(summary.exported).toBeNull();

    const out = join(folder(), 'returned.pdsync');
    const text = await openLaptop(central, laptop, ...asAdmin(), '--export-out', out);
    expect(text.code, text.err).toBe(0);
    expect(text.out).toContain('Precinct 431');
    expect(text.out).toContain('Chain: verified');
    expect(text.out).toContain(`${summary.lastSeq} events exported to ${out}`);
    // The central store takes the file as any the laptop brought.
    const imported = await cli('sync', 'import', ...asAdmin(), '--data-dir', central, out);
    expect(imported.code, imported.out + imported.err).toBe(0);
    const db = await adminStore(central);
    try {
      const device = db
        .prepare<[string], { head_seq: number }>('SELECT head_seq FROM devices WHERE device_id = ?')
        .get(summary.deviceId ?? '');
      expect(device?.head_seq).toBe(summary.lastSeq);
    } finally {
      db.close();
    }
    // Exported again, the events the central store holds are recognised: nothing refused.
    const again = join(folder(), 'again.pdsync');
    expect((await openLaptop(central, laptop, ...asAdmin(), '--export-out', again)).code).toBe(0);
    const twice = await cli('sync', 'import', ...asAdmin(), '--data-dir', central, again);
    expect(twice.code, twice.out + twice.err).toBe(0);
    // Bytes and modification times of every file in the laptop's folder as they were.
    expect(snapshot(laptop)).toEqual(before);
  }, 60_000);

  it('refuses with a stable code, before the passphrase where it can, writing nothing', async () => {
    const { central, laptop } = await commissionAndLaptop(432);
    const before = snapshot(laptop);
    // Not a precinct's folder: nothing asked.
    const empty = await asked(
      'never typed',
      'central',
      'open-laptop',
      '--data-dir',
      central,
      '--laptop-dir',
      folder(),
      '--account',
      'Aigerim Administrator',
    );
    expect(empty.code).toBe(2);
    expect(empty.err).toContain('not_precinct_folder');
    expect(empty.questions).toEqual([]);
    // A folder no package sealed for a commission: no copy of the key for it.
    const list = join(folder(), 'list.csv');
    await writeVoterCsv(list, sampleVoters(5, VOTING_DAY, 3));
    const byHand = join(folder(), 'data');
    const imported = await cli(
      'voters',
      'import',
      list,
      '--voting-day',
      VOTING_DAY,
      '--data-dir',
      byHand,
      '--secret-file',
      secretFile('folder-secret'),
    );
    expect(imported.code, imported.err).toBe(0);
    const noWrap = await openLaptop(central, byHand, ...asAdmin());
    expect(noWrap.code).toBe(2);
    expect(noWrap.err).toContain('no_central_wrap');
    // A wrong passphrase: refused, and counted toward the account's lockout.
    const wrong = await openLaptop(central, laptop, ...asAdmin('not the passphrase at all'));
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('wrong_passphrase');
    expect(readCentralDoor(central)?.accounts[0]?.lockout.failed_attempts).toBe(1);
    // Another commission's laptop.
    const other = await commissionAndLaptop(433);
    const mismatch = await openLaptop(central, other.laptop, ...asAdmin());
    expect(mismatch.code).toBe(2);
    expect(mismatch.err).toContain('central_key_mismatch');
    // A door whose store is not its own: the key it gives opens nothing.
    const swapped = folder();
    mkdirSync(swapped, { recursive: true });
    copyFileSync(join(laptop, 'precinct-door.json'), join(swapped, 'precinct-door.json'));
    copyFileSync(join(other.laptop, 'precinct.db'), join(swapped, 'precinct.db'));
    const unreadable = await openLaptop(central, swapped, ...asAdmin());
    expect(unreadable.code).toBe(2);
    expect(unreadable.err).toContain('laptop_store_unreadable');
    expect(snapshot(laptop)).toEqual(before);
  }, 90_000);
});
