/**
 * A precinct laptop handed back after the election: supervisor mode opens its folder with the
 * central commission's key (no PIN, no recovery code), shows what it holds, and imports its
 * events into the central store, the laptop's folder left as it was.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeTestCore, readHandle, withOwnPin } from '../support/core';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import { openSection, packageByCli, PRECINCT_ID, startSupervisorMode } from './support/supervisor';

/** Every file of a folder: name, size, modification time and SHA-256. */
function snapshot(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const digest = createHash('sha256').update(readFileSync(path)).digest('hex');
      return `${name} ${statSync(path).size} ${statSync(path).mtimeMs} ${digest}`;
    });
}

test('a returned laptop opens with the commission’s key and its events come in', async ({
  page,
  dataDir,
  openFileAs,
}) => {
  const work = mkdtempSync(join(tmpdir(), 'precinct-desk-returned-'));
  const laptopDir = join(work, 'laptop');
  // 09:30 on voting day in Almaty (UTC+5).
  const laptop = makeTestCore('2027-03-19T04:30:00Z', laptopDir);
  let closed = false;
  try {
    await startSupervisorMode(page);
    const { packagePath, voters, code } = packageByCli(dataDir, work, 8);
    // The precinct: loaded with its code, the chair's PIN set, two ballots never exported.
    const handle = await readHandle(laptop, packagePath);
    const preview = await laptop.must('previewPackage', { handle, handoverCode: code });
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
    for (const voter of voters.slice(0, 2)) {
      await laptop.must('issueBallot', { iin: voter.iin, documentChecked: true, helperName: null });
    }
    // Handed back: the laptop is shut, and nobody here knows its PINs.
    laptop.core.close();
    closed = true;
    const before = snapshot(laptopDir);

    await openSection(page, 'Devices');
    const panel = page.getByRole('region', { name: 'Open a returned laptop' });
    const choose = panel.getByRole('button', { name: 'Choose the laptop’s data folder' });
    // Keyboard: the button is reached and pressed without a pointer.
    await choose.focus();
    await openFileAs(laptopDir, () => page.keyboard.press('Enter'));
    const facts = page.getByTestId('returned-laptop-summary');
    await expect(facts).toContainText('No. 412');
    await expect(facts).toContainText('Verified');
    await expect(facts).toContainText('Never exported');
    await expectNoAxeViolations(page, 'returned laptop opened');

    await panel.getByRole('button', { name: 'Import its events into the central store' }).click();
    await expect(panel.getByRole('status')).toContainText('The laptop’s events were imported');
    await expect(page.getByTestId('returned-laptop-import')).toContainText('Accepted');
    await expectNoAxeViolations(page, 'returned laptop imported');
    // The laptop is among the devices now, and its folder is as it was handed in.
    await expect(page.getByTestId('devices-table')).toContainText(PRECINCT_ID);
    expect(snapshot(laptopDir)).toEqual(before);
  } finally {
    if (!closed) laptop.core.close();
    rmSync(work, { recursive: true, force: true });
  }
});
