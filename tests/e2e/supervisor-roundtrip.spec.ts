/**
 * The whole trip, both sides real: supervisor mode makes a precinct's package; a precinct
 * laptop (its core driven directly, as the precinct's own scenarios drive its screens) loads
 * it, issues ballots on voting day and exports a sync file; supervisor mode imports that file
 * and the dashboard shows the turnout by the precinct's hours.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeTestCore, readHandle, withOwnPin, writeHandle } from '../support/core';
import { expect, test } from './fixtures';
import { openSection, packageByCli, startSupervisorMode } from './support/supervisor';

test('a package made here, loaded and worked on at a precinct, comes back as its turnout', async ({
  page,
  dataDir,
  openFileAs,
}) => {
  const work = mkdtempSync(join(tmpdir(), 'precinct-desk-roundtrip-'));
  // 09:30 on voting day in Almaty (UTC+5).
  const laptop = makeTestCore('2027-03-19T04:30:00Z');
  try {
    const fingerprint = await startSupervisorMode(page);
    const { packagePath, voters, code } = packageByCli(dataDir, work, 8);

    // The precinct: the chair checks the fingerprint against the handover act and loads,
    // with the code from the act.
    const handle = await readHandle(laptop, packagePath);
    const header = await laptop.must('previewPackage', { handle });
    expect(header.contents).toBeNull();
    const preview = await laptop.must('previewPackage', { handle, handoverCode: code });
    expect(preview.centralFingerprint.toUpperCase().match(/.{4}/g)?.join(' ')).toBe(fingerprint);
    await laptop.must('loadPackage', {
      handle,
      handoverCode: code,
      centralFingerprint: preview.centralFingerprint,
    });
    const members = preview.contents?.members ?? [];
    const chair = members.find((m) => m.role === 'chair')?.memberId ?? '';
    const member = members.find((m) => m.role === 'member')?.memberId ?? '';
    await laptop.must('setPackageChairPin', {
      memberId: chair,
      pin: '481516',
      clockConfirmed: true,
    });
    await withOwnPin(laptop, chair, member, '135790');
    // Two ballots at 09:30, one at 10:45.
    for (const [index, voter] of voters.slice(0, 3).entries()) {
      if (index === 2) {
        // The laptop locked itself meanwhile; the member logs in again.
        laptop.clock.advance(75 * 60_000);
        await laptop.must('login', { memberId: member, pin: '135790' });
      }
      await laptop.must('issueBallot', { iin: voter.iin, documentChecked: true, helperName: null });
    }
    await laptop.must('logout', {});
    await laptop.must('login', { memberId: chair, pin: '481516' });
    const exported = join(work, 'precinct-412.pdsync');
    await laptop.must('exportSyncFile', {
      handle: await writeHandle(laptop, exported, 'pdsync'),
      full: false,
    });

    // Central: the file is accepted, and the turnout is the precinct's.
    await openFileAs(exported, () => page.getByRole('button', { name: 'Choose files…' }).click());
    const row = page
      .getByTestId('import-results')
      .getByRole('row', { name: /precinct-412\.pdsync/ });
    await expect(row).toContainText('Accepted');
    await openSection(page, 'Dashboard');
    const precinct = page
      .getByTestId('precincts-table')
      .getByRole('row', { name: /School No. 12/ });
    await expect(precinct.getByRole('cell').nth(3)).toHaveText('8'); // voters
    await expect(precinct.getByRole('cell').nth(4)).toHaveText('3'); // ballots
    await expect(precinct.getByRole('cell').nth(5)).toHaveText('37.5%'); // of the list
    const turnout = page.getByTestId('turnout-precincts');
    await expect(turnout.getByRole('columnheader')).toHaveText([
      'Precinct',
      'by 10:00',
      'by 11:00',
    ]);
    await expect(turnout.getByRole('row').last().getByRole('cell')).toHaveText(['225%', '337.5%']);
  } finally {
    laptop.dispose();
    rmSync(work, { recursive: true, force: true });
  }
});
