import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, secretFile, tempFolders } from '../../../tests/support/cli';
import { CHAIR_PIN, makeTestCore, setUpPrecinct } from '../../../tests/support/core';

const temp = tempFolders('precinct-desk-backup-cli-');

describe('backup now and backup list', () => {
  it('writes a backup with the chair’s PIN and lists it from its clear header', async () => {
    const dataDir = temp();
    const t = makeTestCore('2027-03-01T05:00:00Z', dataDir);
    await setUpPrecinct(t);
    const deviceId = t.core.deviceId;
    t.core.close();
    const stick = temp();
    const asChair = ['--member', 'Aigerim Sadykova', '--secret-file', secretFile(CHAIR_PIN)];

    const made = await cli('backup', 'now', '--data-dir', dataDir, '--to', stick, ...asChair);
    expect(made.err).toBe('');
    expect(made.code).toBe(0);
    expect(made.out).toContain('Backup written');
    const [name] = readdirSync(stick);
    expect(name).toMatch(/^precinct-412-.+\.pdbackup$/);

    const listed = await cli('backup', 'list', stick, '--json');
    expect(listed.code).toBe(0);
    const parsed = JSON.parse(listed.out) as { backups: { file: string; device_id: string }[] };
    expect(parsed.backups).toEqual([expect.objectContaining({ file: name, device_id: deviceId })]);

    // A wrong PIN opens nothing and writes nothing; a missing stick is its own code.
    const wrong = await cli(
      'backup',
      'now',
      '--data-dir',
      dataDir,
      '--to',
      stick,
      '--member',
      'Aigerim Sadykova',
      '--secret-file',
      secretFile('000000'),
    );
    expect(wrong.code).toBe(2);
    const missing = await cli(
      'backup',
      'now',
      '--data-dir',
      dataDir,
      '--to',
      join(stick, 'gone'),
      ...asChair,
      '--json',
    );
    expect(missing.code).toBe(2);
    expect(missing.out + missing.err).toContain('backup_folder_missing');
    expect(readdirSync(stick)).toEqual([name]);
    expect((await cli('backup', 'list', temp())).code).toBe(1);
  });
});
