/**
 * A supervisor folder at rest, end to end: a folder made by `central init` (the built command line) keeps its own small
 * store sealed by the central store's key, so the app starts with nothing of it open; the
 * language can still be chosen, and the passphrase opens both stores.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDoor } from '../../src/main/core/kernel/at-rest/door-file';
import { expect, test } from './fixtures';
import { chooseEnglish } from './support/flows';
import { ADMIN_PASSPHRASE, adminArgs, cli, enterAccount } from './support/supervisor';

test.use({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'precinct-desk-e2e-supervisor-'));
    const secrets = mkdtempSync(join(tmpdir(), 'precinct-desk-e2e-secret-'));
    const made = cli('central', 'init', '--data-dir', dir, ...adminArgs(secrets));
    rmSync(secrets, { recursive: true, force: true });
    if (made.code !== 0) throw new Error(`central init failed: ${made.err}`);
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
});

test('a supervisor folder made on the command line opens only with the passphrase', async ({
  page,
  dataDir,
}) => {
  const door = readDoor(dataDir);
  expect(door).toMatchObject({ mode: 'supervisor', open_key: null });
  expect(door?.supervisor_wrap).not.toBeNull();
  await chooseEnglish(page);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Unlock the central store' }),
  ).toBeVisible();
  // The language chosen before the passphrase stands in the door.
  expect(readDoor(dataDir)?.device_language).toBe('en');
  await enterAccount(page, 'not the passphrase at all');
  await expect(page.getByRole('alert')).toContainText('Wrong passphrase');
  await expect(page.getByRole('navigation', { name: 'Supervisor mode sections' })).toHaveCount(0);
  await enterAccount(page, ADMIN_PASSPHRASE);
  await expect(page.getByRole('heading', { level: 1, name: 'Import sync files' })).toBeFocused();
  await expect(page.getByTestId('central-fingerprint')).not.toBeEmpty();
  // Nothing of the key is in the door after the unlock either.
  expect(JSON.parse(readFileSync(join(dataDir, 'precinct-door.json'), 'utf8'))).toMatchObject({
    open_key: null,
  });
});
