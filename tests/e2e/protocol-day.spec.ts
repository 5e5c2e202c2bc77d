import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { keyFingerprint } from '../../src/main/core/airgap/keys';
import {
  decodeSyncBody,
  decryptSyncBody,
  openSyncFile,
} from '../../src/main/core/airgap/sync-file';
import { expect, test } from './fixtures';
import { recordRequest, requestInput, tabTo, VOTING_DAY } from './support/accommodations';
import { expectNoAxeViolations } from './support/axe';
import { api, votingDayView } from './support/protocol-day';
import {
  DEPUTY,
  logIn,
  logInWithTemporaryPin,
  logOut,
  openSection,
  resetPinOf,
} from './support/flows';
import {
  loadPackageAtFirstRun,
  makeTestPackage,
  PACKAGE_CHAIR,
  PACKAGE_MEMBER,
} from './support/sync';
import { closeCard, fullName, openCard, VOTERS } from './support/voters';
import { recordEntry } from './support/infolog';
import { SAMPLE_ENTRIES } from '../../src/shared/infolog/sample-entries';

// Voting day, 08:30 in Almaty: the polling station opens (voting hours 07:00–20:00).
test.use({ clockStart: '2027-03-19T03:30:00Z' });

const CHAIR_PIN = '918273';
const MEMBER_PIN = '135790';
const DEPUTY_PIN = '246802';

/** Types into a field reached with Tab alone. */
async function typeAt(page: Page, label: string | RegExp, value: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(value);
}

test('opening → ballots issued and one spoiled → home-voting trip → close → count by keyboard → protocol PDF → export', async ({
  page,
  openFileAs,
  saveFileAs,
}) => {
  test.setTimeout(240_000);
  const pkg = await makeTestPackage();
  await loadPackageAtFirstRun(
    page,
    openFileAs,
    pkg,
    keyFingerprint(pkg.central.signing.publicKey),
    CHAIR_PIN,
  );
  await page.getByRole('button', { name: 'Continue' }).click();
  await logIn(page, PACKAGE_CHAIR, CHAIR_PIN);
  for (const [name, pin] of [
    [PACKAGE_MEMBER, MEMBER_PIN],
    [DEPUTY, DEPUTY_PIN],
  ] as const) {
    const temporary = await resetPinOf(page, name);
    await logOut(page);
    await logInWithTemporaryPin(page, name, temporary, pin);
    await logOut(page);
    await logIn(page, PACKAGE_CHAIR, CHAIR_PIN);
  }

  // The opening: three of four members present, 100 ballots, 40 to each issuing member.
  await openSection(page, 'Opening and count');
  await expect(page.getByRole('heading', { level: 1, name: 'Opening and count' })).toBeVisible();
  // An observer present since 08:00, who will get a copy of the protocol.
  await recordEntry(page, `${VOTING_DAY}T08:00`, SAMPLE_ENTRIES.observer);
  await expectNoAxeViolations(page, 'voting day before the opening');
  await page.getByRole('button', { name: 'Record the opening' }).click();
  const opening = page.getByRole('dialog', { name: 'Opening of the voting' });
  await opening
    .getByRole('group', { name: 'Members present' })
    .getByLabel('Dana Serikova')
    .uncheck();
  await opening.getByLabel('Ballots received').fill('100');
  await opening.getByLabel(`Ballots taken by ${DEPUTY}`).fill('40');
  await opening.getByLabel(`Ballots taken by ${PACKAGE_MEMBER}`).fill('40');
  await opening.getByLabel('Stationary box seal number').fill('S-0001');
  await opening.getByLabel('Portable box seal number').fill('S-0002');
  await expectNoAxeViolations(page, 'opening dialog');
  await opening.getByRole('button', { name: 'Record the opening' }).click();
  await expect(opening).toBeHidden();
  await expect(
    page.getByText('Stationary box 1, seal S-0001; Portable box 2, seal S-0002'),
  ).toBeVisible();
  const actPath = join(pkg.folder, 'opening-act.pdf');
  await saveFileAs(actPath, () =>
    page.getByRole('button', { name: 'Opening act PDF, Kazakh' }).click(),
  );
  await expect.poll(() => readFileSync(actPath).subarray(0, 5).toString()).toBe('%PDF-');
  await expectNoAxeViolations(page, 'voting day opened');

  // A home-voting request and its trip (the deputy and the member carry the box).
  const chairId = 'm-chair';
  await recordRequest(
    page,
    requestInput(chairId, {
      receivedAt: `${VOTING_DAY}T08:00`,
      requester: { by: 'iin', iin: VOTERS.maria.iin, fullName: null },
      kinds: ['home_voting'],
      address: 'Алматы, Тимирязев к-сі, 19',
      reasonCategory: 'own_health',
    }),
  );
  const register = await api(page, 'listAccommodationRequests', {
    order: 'oldest',
    limit: 5,
    offset: 0,
  });
  const itemId = register.rows[0]!.items[0]!.itemId;
  const trip = await api(page, 'planHomeVotingTrip', {
    memberIds: ['m-deputy', 'm-member'],
    plannedDeparture: `${VOTING_DAY}T08:29`,
    expectedReturn: `${VOTING_DAY}T09:30`,
    itemIds: [itemId],
  });
  await logOut(page);

  // The member issues a ballot, records it spoiled, and issues at home.
  await logIn(page, PACKAGE_MEMBER, MEMBER_PIN);
  const card = await openCard(page, VOTERS.nurlan.iin, VOTERS.nurlan);
  await card.getByRole('button', { name: 'Issue ballot' }).click();
  const issue = page.getByRole('dialog', { name: `Issue a ballot to ${fullName(VOTERS.nurlan)}` });
  await issue.getByLabel('The voter’s ID document was shown and matches the list').check();
  await issue.getByRole('button', { name: 'Issue the ballot' }).click();
  await expect(issue).toBeHidden();
  await closeCard(page, card);
  await openSection(page, 'Opening and count');
  await votingDayView(page, 'Ballots through the day');
  await page.getByRole('button', { name: 'Record a spoiled ballot' }).click();
  const spoiled = page.getByRole('dialog', { name: 'A spoiled ballot' });
  await spoiled.getByLabel('Voter’s IIN').fill(VOTERS.nurlan.iin);
  await expectNoAxeViolations(page, 'spoiled ballot dialog');
  await spoiled.getByRole('button', { name: 'Record a spoiled ballot' }).click();
  await expect(spoiled).toBeHidden();
  await api(page, 'recordTripDeparture', {
    tripId: trip.tripId,
    departedAt: `${VOTING_DAY}T08:29`,
    observersToldAt: `${VOTING_DAY}T08:28`,
    observerEntryIds: [],
    ballotsTaken: 2,
  });
  await api(page, 'fulfilHomeVoting', {
    itemId,
    at: `${VOTING_DAY}T08:30`,
    documentChecked: true,
    helperName: null,
  });
  await logOut(page);

  // The chair sees each member's balance and closes the voting.
  await logIn(page, PACKAGE_CHAIR, CHAIR_PIN);
  await openSection(page, 'Opening and count');
  await votingDayView(page, 'Ballots through the day');
  const balances = page.getByRole('table', { name: 'Ballots by member' });
  await expect(balances.getByRole('row', { name: new RegExp(PACKAGE_MEMBER) })).toHaveText(
    new RegExp(`${PACKAGE_MEMBER}\\s*40\\s*0\\s*1\\s*1\\s*1\\s*37`),
  );
  await expect(balances.getByRole('row', { name: new RegExp(DEPUTY) })).toHaveText(
    new RegExp(`${DEPUTY}\\s*40\\s*0\\s*0\\s*0\\s*0\\s*40`),
  );
  await expectNoAxeViolations(page, 'ballots through the day');
  await page.getByRole('button', { name: 'Close the voting' }).click();
  const closing = page.getByRole('alertdialog', { name: 'Close the voting?' });
  await expectNoAxeViolations(page, 'close dialog');
  await closing.getByRole('button', { name: 'Close the voting' }).click();
  await expect(closing).toBeHidden();
  // The voting-day home says so, and leads back to the count.
  await openSection(page, 'Voting day');
  await expect(page.getByTestId('home-protocol')).toContainText(
    /Voting closed at .*: the count and the protocol are next\./,
  );
  await expectNoAxeViolations(page, 'home after the close');
  await page.getByRole('button', { name: 'Open the opening and count' }).click();

  // The count with the keyboard alone: a broken relation needs its explanation first.
  await votingDayView(page, 'Count');
  await expect(page.getByLabel('Ballots received by the precinct commission')).toHaveValue('100');
  await expect(page.getByLabel('Ballots issued to voters at the polling station')).toHaveValue('1');
  await typeAt(page, 'Unused ballots cancelled', '96');
  await typeAt(page, 'Ballots found in the stationary boxes', '1');
  await typeAt(page, 'Ballots found in the portable boxes', '1');
  await typeAt(page, 'Invalid ballots', '0');
  await typeAt(page, 'Valid ballots', '2');
  await typeAt(page, /Votes for: «Ақ жол»/, '1');
  await typeAt(page, /Votes for: «Ауыл»/, '1');
  await typeAt(page, /Votes for: «Respublica»/, '0');
  const balance = page.getByText(
    /Received = issued at the station .*: does not hold \(100 and 99\)/,
  );
  await expect(balance).toBeVisible();
  await expectNoAxeViolations(page, 'count with a failing relation');
  await tabTo(page, page.getByRole('button', { name: 'Sign the protocol' }), 40);
  await page.keyboard.press('Enter');
  const explanation = page.getByLabel(/^Explanation: Received = issued/);
  await expect(explanation).toBeFocused();
  await typeAt(page, 'Unused ballots cancelled', '97');
  await expect(page.getByText(/: does not hold/)).toHaveCount(0);
  await expect(page.getByText('exported after the close and imported here')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Sign the protocol' }), 40);
  await page.keyboard.press('Enter');

  // The signed protocol, and its PDF read back.
  await expect(
    page.getByRole('heading', { level: 2, name: /^Version 1, signed at/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'protocol versions');
  const pdfPath = join(pkg.folder, 'protocol-ru.pdf');
  await saveFileAs(pdfPath, () =>
    page.getByRole('button', { name: 'Protocol PDF, Russian' }).click(),
  );
  await expect.poll(() => readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdfPath, '-'], {
    encoding: 'utf8',
  }).replace(/\s+/g, ' ');
  for (const line of [
    '100 сто',
    '97 девяносто семь',
    '2 два',
    'Aigerim Sadykova',
    'Yerlan Zhaksybekov',
    'Nurlan Omarov',
  ]) {
    expect(text).toContain(line);
  }

  // A copy of the signed version handed to the observer: an entry of the information log.
  await page.getByRole('button', { name: 'Issue a copy to an observer' }).click();
  const copy = page.getByRole('dialog', { name: 'Issue a copy to an observer' });
  await expect(copy.getByLabel('Document')).toHaveValue(/.+/);
  await expectNoAxeViolations(page, 'copy to an observer dialog');
  await copy
    .getByLabel('Observer or proxy (present now)')
    .selectOption({ label: 'Jan Kowalski, OSCE/ODIHR' });
  await copy.getByRole('button', { name: 'Record the copy' }).click();
  await expect(copy).toBeHidden();
  await expect(page.getByTestId('copies-issued')).toContainText(
    'the results protocol, version 1 to Jan Kowalski (OSCE/ODIHR)',
  );

  // The export carries the voting day's events to the central commission.
  await openSection(page, 'Sync');
  const out = join(pkg.folder, 'precinct-412.pdsync');
  await saveFileAs(out, () => page.getByRole('button', { name: 'Export to a file' }).click());
  await expect(page.getByTestId('export-result').getByRole('status')).toContainText('Exported');
  const opened = openSyncFile(readFileSync(out));
  expect(opened.ok).toBe(true);
  if (!opened.ok) return;
  const plain = decryptSyncBody(opened.header, opened.envelope.body, [pkg.central.encryption]);
  const decoded = decodeSyncBody(opened.header, plain ?? Buffer.alloc(0));
  const types = decoded.ok ? decoded.events.map((e) => e.type) : [];
  for (const type of [
    'protocol.ballot_set',
    'voting.opened',
    'ballot.spoiled',
    'voting.closed',
    'protocol.signed',
    'infolog.entry_recorded',
  ]) {
    expect(types).toContain(type);
  }
});
