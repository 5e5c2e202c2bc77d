/**
 * Precinct packages for the end-to-end tests, made the way the central commission makes them
 * (fresh keys, the signed package format) without its command line, and the steps of loading
 * one at first run as a chair would.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  newCentralKeys,
  newPrecinctKeys,
  packageContent,
  writePackage,
  type CentralKeys,
} from '../../support/package';
import type { VoterData } from '../../../src/main/core/features/voters/voter-store';
import { newHandoverCode } from '../../../src/main/core/airgap/handover-code';
import { expect, type AppFixtures } from '../fixtures';
import { expectNoAxeViolations } from './axe';
import { chooseEnglish } from './flows';
import { VOTERS, type ListedVoter } from './voters';

export const PACKAGE_CHAIR = 'Aigerim Sadykova';
export const PACKAGE_MEMBER = 'Yerlan Zhaksybekov';

const voterData = (v: ListedVoter): VoterData => ({
  iin: v.iin,
  last_name: v.lastName,
  first_name: v.firstName,
  patronymic: v.patronymic || null,
  birth_date: v.birthDate,
  address: v.address,
  precinct: 412,
});

export interface TestPackage {
  path: string;
  central: CentralKeys;
  folder: string;
  /** The handover code its revisions are sealed with (as on the handover act). */
  code: string;
  /** Writes another revision of this precinct's package with the given list; its path. */
  revision(revision: number, voters: ListedVoter[]): Promise<string>;
}

export const PACKAGE_VOTERS = [VOTERS.zhanbolat, VOTERS.asel, VOTERS.nurlan, VOTERS.maria];

/** A package for precinct 412 with the sample voters, signed by a fresh central key. */
export async function makeTestPackage(laptops = 1): Promise<TestPackage> {
  const folder = mkdtempSync(join(tmpdir(), 'precinct-desk-e2e-package-'));
  const central = newCentralKeys();
  const precinct = newPrecinctKeys(laptops);
  const code = newHandoverCode();
  const revision = async (number: number, voters: ListedVoter[]): Promise<string> => {
    const path = join(folder, `precinct-412-r${number}.pdpkg`);
    await writePackage(
      path,
      packageContent({ central, precinct, voters: voters.map(voterData) }),
      central,
      code,
      number,
    );
    return path;
  };
  return { path: await revision(1, PACKAGE_VOTERS), central, folder, code, revision };
}

/** The central key's fingerprint as the screen groups it (16 groups of 4). */
export const groupedFingerprint = (hex: string): string =>
  (hex.toUpperCase().match(/.{4}/g) ?? []).join(' ');

/**
 * First run from the package: choose it, compare the fingerprint, take laptop slot `slot` (of a
 * package of several; the only one is chosen already), load, set the chair's PIN; returns the
 * recovery code. Axe runs on each screen on the way.
 */
export async function loadPackageAtFirstRun(
  page: Page,
  openFileAs: AppFixtures['openFileAs'],
  pkg: Pick<TestPackage, 'path' | 'code'> & { chairId?: string },
  fingerprint: string,
  chairPin: string,
  slot?: { slot: number; of: number },
): Promise<string> {
  await chooseEnglish(page);
  await page.getByRole('button', { name: 'Load the precinct package' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Load the precinct package' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'load package');
  await openFileAs(pkg.path, () =>
    page.getByRole('button', { name: 'Choose the package file' }).click(),
  );
  await expect(page.getByTestId('central-fingerprint')).toHaveText(groupedFingerprint(fingerprint));
  await expect(page.getByText('This laptop will be set up from the package.')).toBeVisible();
  await expectNoAxeViolations(page, 'package preview');
  // Loading waits for the laptop's slot (of several), the code from the act and the chair's
  // word that the fingerprint matches.
  const slots = page.getByRole('group', { name: 'Which laptop is this?' });
  await page.getByRole('button', { name: 'Load the package' }).click();
  await expect(page.getByText('Type the code from the handover act.')).toBeVisible();
  await expect(page.getByRole('alert').last()).toContainText(
    'Confirm that the fingerprint matches',
  );
  if (slot) {
    await expect(page.getByRole('alert').first()).toContainText('Choose which laptop this is');
    await slots.getByLabel(`Laptop ${slot.slot} of ${slot.of}`).check();
  } else {
    // One laptop: its slot is chosen already, and shown all the same.
    await expect(slots.getByLabel('Laptop 1 of 1')).toBeChecked();
  }
  await page.getByLabel('The fingerprint matches the handover act').check();
  // A mistyped code is caught before anything is read; a wrong one changes nothing.
  const groups = pkg.code.split('-');
  const typo = `${groups[0]?.slice(0, 4)}${groups[0]?.[4] === '7' ? '8' : '7'}`;
  await page.getByLabel('Handover code').fill([typo, ...groups.slice(1)].join('-'));
  await page.getByRole('button', { name: 'Load the package' }).click();
  await expect(page.getByRole('alert')).toContainText('Group 1 of the handover code');
  await page.getByLabel('Handover code').fill(pkg.code.toLowerCase().replace(/-/g, ' '));
  await page.getByRole('button', { name: 'Load the package' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The chair’s PIN' })).toBeVisible();
  await expect(page.getByLabel('Chair')).toHaveValue(pkg.chairId ?? 'm-chair');
  await expectNoAxeViolations(page, 'chair PIN after a package');
  await page.getByLabel('New PIN', { exact: true }).fill(chairPin);
  await page.getByLabel('Repeat PIN').fill(chairPin);
  await page.getByLabel('The date, time and zone shown are correct').check();
  await page.getByRole('button', { name: 'Set the PIN' }).click();
  const code = page.getByTestId('recovery-code');
  await expect(code).toHaveText(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
  return (await code.textContent()) ?? '';
}
