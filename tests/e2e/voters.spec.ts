import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import {
  CHAIR,
  CHAIR_PIN,
  MEMBER,
  logIn,
  logInWithTemporaryPin,
  logOut,
  resetPinOf,
  setUpAndLogInChair,
} from './support/flows';
import {
  EXPECTED_REPORT,
  VOTERS,
  chooseListFile,
  closeCard,
  fact,
  fullName,
  openCard,
  openVoterArea,
  search,
  searchBox,
  writeVoterList,
} from './support/voters';

// 08:30 in Asia/Almaty (UTC+5) on the voting day the setup flow enters: polls are open and
// no turnout reporting hour has been reached yet.
test.use({ clockStart: '2027-03-19T03:30:00Z' });

const MEMBER_PIN = '246810';

test('import a list, find a voter, remove one with approval, issue a ballot once, see turnout', async ({
  page,
  hostKind,
  saveFileAs,
  openFileAs,
}) => {
  test.setTimeout(180_000);
  const folder = mkdtempSync(join(tmpdir(), 'precinct-desk-voters-'));
  try {
    const listPath = writeVoterList(folder);

    // The chair sets up the precinct and gives the member a temporary PIN.
    await setUpAndLogInChair(page);
    const temporary = await resetPinOf(page, MEMBER);

    // Import: pick the file, read the report, confirm the valid rows.
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: 'Voters', exact: true })
      .click();
    await expect(page.getByRole('status').filter({ hasText: 'The list is empty.' })).toBeVisible();
    await expectNoAxeViolations(page, 'find a voter, empty list');
    await openVoterArea(page, 'Import and check');
    if (hostKind === 'chromium') {
      // The in-app picker stands in for the native open dialog on this host.
      await page.getByRole('button', { name: 'Choose a list file…' }).click();
      await expect(page.getByRole('dialog', { name: 'Choose the voter list file' })).toBeVisible();
      await expectNoAxeViolations(page, 'open a list file dialog');
      await page.keyboard.press('Escape');
    }
    await chooseListFile(page, openFileAs, listPath);
    const report = page.getByTestId('list-report');
    await expect(report.getByRole('heading', { name: 'Check of voters.csv' })).toBeFocused();
    await expect(fact(report, 'Rows read')).toHaveText(String(EXPECTED_REPORT.rows));
    await expect(fact(report, 'Valid rows')).toHaveText(String(EXPECTED_REPORT.valid));
    await expect(fact(report, 'Rows with errors')).toHaveText(
      String(EXPECTED_REPORT.rows - EXPECTED_REPORT.valid),
    );
    const codes = page.getByTestId('report-codes');
    for (const [code, count] of Object.entries(EXPECTED_REPORT.errors)) {
      await expect(codes.getByRole('row').filter({ hasText: code })).toContainText(`Error${count}`);
    }
    for (const [code, count] of Object.entries(EXPECTED_REPORT.warnings)) {
      await expect(codes.getByRole('row').filter({ hasText: code })).toContainText(
        `Warning${count}`,
      );
    }
    // Each problem with its row as read: the repeated IIN points at its first row.
    const issues = page.getByTestId('report-issues');
    await expect(issues.getByRole('row').filter({ hasText: 'duplicate_iin' })).toContainText(
      'The IIN appears again (first on row 3)',
    );
    await expect(issues.getByRole('row').filter({ hasText: 'under_age' })).toContainText(
      'Сапарова',
    );
    await page.getByLabel('Problems to show').selectOption({ label: 'Warnings only' });
    await expect(issues.getByRole('row')).toHaveCount(2);
    await expect(issues).toContainText('iin_leading_zero');
    await expectNoAxeViolations(page, 'list check report');

    await page.getByRole('button', { name: `Import ${EXPECTED_REPORT.valid} valid rows` }).click();
    const confirm = page.getByRole('alertdialog', {
      name: `Import ${EXPECTED_REPORT.valid} valid rows into the list?`,
    });
    await expect(confirm).toContainText('Rows with errors (5) are not imported');
    await expectNoAxeViolations(page, 'import confirmation');
    await confirm.getByRole('button', { name: `Import ${EXPECTED_REPORT.valid} rows` }).click();
    await expect(confirm).toBeHidden();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: `Imported ${EXPECTED_REPORT.valid} voters from voters.csv.` }),
    ).toBeVisible();
    await expect(report).toContainText(`${EXPECTED_REPORT.valid} voters imported`);
    await expect(page.getByRole('button', { name: /valid rows/ })).toHaveCount(0);

    // The report as CSV, for the akimat to fix the rejected rows.
    const csvPath = join(folder, 'report.csv');
    await saveFileAs(csvPath, () =>
      page.getByRole('button', { name: 'Export the report as CSV' }).click(),
    );
    await expect(page.getByRole('status').filter({ hasText: `Saved to ${csvPath}` })).toBeVisible();
    const csv = readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toContain('Row');
    expect(lines).toHaveLength(1 + 6);
    for (const code of [...Object.keys(EXPECTED_REPORT.errors), 'iin_leading_zero']) {
      expect(csv).toContain(code);
    }
    expect(csv).toContain('Сапарова');
    await expectNoAxeViolations(page, 'import screen after the import');

    // Find: passport Latin finds the Kazakh Cyrillic name; the keyboard opens the card.
    await search(page, 'Zhanbolat', 1);
    await expect(
      page.getByRole('option', { name: new RegExp(fullName(VOTERS.zhanbolat)) }),
    ).toBeVisible();
    await searchBox(page).press('ArrowDown');
    await expect(searchBox(page)).toHaveAttribute('aria-activedescendant', /.+/);
    await expect(page.getByRole('option', { selected: true })).toContainText('Жанболат');
    await searchBox(page).press('Enter');
    let card = page.getByRole('dialog', { name: fullName(VOTERS.zhanbolat) });
    await expect(card.getByRole('list', { name: 'Status' })).toContainText('Listed');
    await expect(card).toContainText(VOTERS.zhanbolat.iin);
    await expect(card.getByRole('table', { name: 'History' })).toContainText('Voter list imported');
    await expectNoAxeViolations(page, 'voter card (chair)');
    // The chair does not issue ballots: the card offers no issue.
    await expect(card.getByRole('button', { name: 'Issue ballot' })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await expect(searchBox(page)).toBeFocused();
    // Escape in the box clears it; the whole list is shown again.
    await searchBox(page).press('Escape');
    await expect(searchBox(page)).toHaveValue('');
    await expect(
      page.getByRole('status').filter({ hasText: `${EXPECTED_REPORT.valid} voters on the list` }),
    ).toBeVisible();
    await logOut(page);

    // A member asks to remove a voter who registered elsewhere.
    await logInWithTemporaryPin(page, MEMBER, temporary, MEMBER_PIN);
    card = await openCard(page, 'Омарова', VOTERS.asel);
    await card.getByRole('button', { name: 'Request removal' }).click();
    const removal = page.getByRole('dialog', {
      name: `Request the removal of ${fullName(VOTERS.asel)}`,
    });
    await removal.getByRole('button', { name: 'Request the removal' }).click();
    // Neither the basis nor the reason is given yet: both are asked for.
    await expect(removal.getByText('Fill in this field.')).toHaveCount(2);
    await expectNoAxeViolations(page, 'removal request dialog with a missing reason');
    await removal.getByLabel('Basis').selectOption({ label: 'Registered elsewhere' });
    await removal.getByLabel('Reason').fill('Moved to Astana, deregistered here');
    await removal.getByLabel('Document reference').fill('Address certificate No. 4411');
    await removal.getByRole('button', { name: 'Request the removal' }).click();
    await expect(removal).toBeHidden();
    await expect(card.getByRole('status')).toContainText(
      `The removal of ${fullName(VOTERS.asel)} was requested.`,
    );
    await expect(card.getByRole('list', { name: 'Status' })).toContainText('Removal pending');
    // Only the chair or the deputy decides.
    await expect(card.getByRole('button', { name: 'Approve removal' })).toHaveCount(0);
    await closeCard(page, card);
    await logOut(page);

    // The chair approves it: the voter is removed.
    await logIn(page, CHAIR, CHAIR_PIN);
    await openVoterArea(page, 'Corrections');
    const pending = page.getByRole('table', { name: '1 request waiting for a decision' });
    await expect(pending).toContainText(fullName(VOTERS.asel));
    await expect(pending).toContainText('Registered elsewhere');
    await expectNoAxeViolations(page, 'corrections');
    await pending
      .getByRole('button', { name: `Approve removal of ${fullName(VOTERS.asel)}` })
      .click();
    const approve = page.getByRole('alertdialog', {
      name: `Remove ${fullName(VOTERS.asel)} from the list?`,
    });
    await expectNoAxeViolations(page, 'removal approval');
    await approve.getByRole('button', { name: 'Approve removal' }).click();
    await expect(approve).toBeHidden();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: `${fullName(VOTERS.asel)} was removed from the list.` }),
    ).toBeVisible();
    await expect(page.getByRole('table', { name: '1 request decided' })).toContainText('Approved');
    card = await openCard(page, 'Омарова', VOTERS.asel);
    await expect(card.getByRole('list', { name: 'Status' })).toContainText('Removed');
    await expect(card.getByRole('table', { name: 'History' })).toContainText('Removal approved');
    await closeCard(page, card);
    await logOut(page);

    // The member issues a ballot against an ID document; a second issue is refused.
    await logIn(page, MEMBER, MEMBER_PIN);
    card = await openCard(page, VOTERS.nurlan.iin, VOTERS.nurlan);
    await card.getByRole('button', { name: 'Issue ballot' }).click();
    const issue = page.getByRole('dialog', {
      name: `Issue a ballot to ${fullName(VOTERS.nurlan)}`,
    });
    await issue.getByRole('button', { name: 'Issue the ballot' }).click();
    await expect(issue.getByRole('alert')).toContainText(
      'A ballot is issued only against an ID document.',
    );
    await expectNoAxeViolations(page, 'issue ballot dialog');
    await issue.getByLabel('The voter’s ID document was shown and matches the list').check();
    await issue.getByRole('button', { name: 'Issue the ballot' }).click();
    await expect(issue).toBeHidden();
    await expect(card.getByRole('status')).toContainText(
      new RegExp(
        `Ballot issued to ${fullName(VOTERS.nurlan)}: Mar 19, 2027, \\d\\d:\\d\\d, by ${MEMBER}\\.`,
      ),
    );
    await expect(card.getByRole('list', { name: 'Status' })).toContainText('Ballot issued');
    await expect(fact(card, 'Issued by')).toHaveText(MEMBER);
    await expectNoAxeViolations(page, 'voter card after the ballot');
    // A second ballot is not offered: the button is disabled with the reason beside it.
    const again = card.getByRole('button', { name: 'Issue ballot' });
    await expect(again).toHaveAttribute('aria-disabled', 'true');
    await expect(again).toHaveAccessibleDescription(
      new RegExp(
        `^A ballot was already issued to this voter: Mar 19, 2027, \\d\\d:\\d\\d by ${MEMBER}\\.`,
      ),
    );
    await closeCard(page, card);

    // Turnout: one ballot of the five voters left on the list.
    await openVoterArea(page, 'Turnout');
    await expect(page.getByTestId('turnout-live')).toContainText(
      'Ballots issued so far: 1, 20% of 5 voters on the list',
    );
    const hours = page.getByTestId('turnout-table');
    await expect(hours.getByRole('row', { name: /^10:00/ })).toContainText('Not reached yet');
    await expect(hours.getByRole('row')).toHaveCount(7);
    await expectNoAxeViolations(page, 'turnout');

    // The citizen inquiry and the sections screens pass axe too.
    await openVoterArea(page, 'Citizen inquiry');
    await page.getByRole('textbox', { name: 'IIN' }).fill(VOTERS.maria.iin);
    await page.getByRole('button', { name: 'Check the list' }).click();
    await expect(
      page.getByRole('heading', { name: /On the list of precinct No\. 412/ }),
    ).toBeFocused();
    await expect(page.getByRole('textbox', { name: 'IIN' })).toHaveValue('');
    await expectNoAxeViolations(page, 'citizen inquiry');
    await openVoterArea(page, 'Sections and desks');
    await expect(page.getByTestId('this-device-id')).not.toBeEmpty();
    await expectNoAxeViolations(page, 'sections (member)');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
