import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { pdfPages } from '../support/pdf-text';
import { test, expect } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import {
  MEMBER,
  logInWithTemporaryPin,
  logOut,
  openSection,
  printIn,
  resetPinOf,
  setUpAndLogInChair,
} from './support/flows';
import {
  EXPECTED_REPORT,
  VOTERS,
  chooseListFile,
  closeCard,
  fullName,
  openCard,
  openVoterArea,
  type ListedVoter,
  writeVoterList,
} from './support/voters';

// 10:20 in Asia/Almaty (UTC+5) on voting day: the 10:00 hour's suggestion is due.
test.use({ clockStart: '2027-03-19T05:20:00Z' });

const MEMBER_PIN = '246810';

async function issueBallot(page: Page, voter: ListedVoter): Promise<void> {
  const card = await openCard(page, voter.iin, voter);
  await card.getByRole('button', { name: 'Issue ballot' }).click();
  const issue = page.getByRole('dialog', { name: `Issue a ballot to ${fullName(voter)}` });
  await issue.getByLabel('The voter’s ID document was shown and matches the list').check();
  await issue.getByRole('button', { name: 'Issue the ballot' }).click();
  await expect(issue).toBeHidden();
  await closeCard(page, card);
}

/** Presses Tab until `name`'s button has the focus (keyboard only). */
async function tabTo(page: Page, name: string): Promise<void> {
  const target = page.getByRole('button', { name, exact: true });
  const focused = () =>
    target.evaluate((element) => element === element.ownerDocument.activeElement);
  for (let presses = 0; presses < 40 && !(await focused()); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('the list of who has voted: suggested at the hour, printed in Russian and Kazakh, by keyboard', async ({
  page,
  saveFileAs,
  openFileAs,
}) => {
  test.setTimeout(180_000);
  const folder = mkdtempSync(join(tmpdir(), 'precinct-desk-voted-'));
  try {
    await setUpAndLogInChair(page);
    const temporary = await resetPinOf(page, MEMBER);
    await openVoterArea(page, 'Import and check');
    await chooseListFile(page, openFileAs, writeVoterList(folder));
    await page.getByRole('button', { name: `Import ${EXPECTED_REPORT.valid} valid rows` }).click();
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: `Import ${EXPECTED_REPORT.valid} rows` })
      .click();
    await expect(
      page.getByRole('status').filter({ hasText: `Imported ${EXPECTED_REPORT.valid} voters` }),
    ).toBeVisible();
    await logOut(page);

    // A member issues two ballots.
    await logInWithTemporaryPin(page, MEMBER, temporary, MEMBER_PIN);
    await issueBallot(page, VOTERS.nurlan);
    await issueBallot(page, VOTERS.maria);

    // The voting-day home suggests the list for the 10:00 hour, announced, blocking nothing.
    await openSection(page, 'Voting day');
    const suggestion = page.getByTestId('voted-list-suggestion');
    await expect(suggestion.getByRole('heading', { level: 2 })).toHaveText(
      'Time to print the list of who has voted',
    );
    await expect(suggestion).toContainText('It is 10:00: print the paper list of who has voted');
    await expect(
      page.getByRole('status').filter({ hasText: 'It is 10:00: print the paper list' }),
    ).toBeAttached();
    await expect(page.getByTestId('home-turnout')).toContainText('2 of 6 voters have voted');
    await expectNoAxeViolations(page, 'voting-day home with the list suggested');
    await page.screenshot({ path: test.info().outputPath('voted-suggestion.png'), fullPage: true });

    // Keyboard only: from the heading, Tab to the print, Enter, choose Russian, save.
    await page.getByRole('heading', { level: 1 }).focus();
    await tabTo(page, 'Print the list of who has voted / save as PDF');
    const ruPath = join(folder, 'voted-ru.pdf');
    await saveFileAs(ruPath, async () => {
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Print or save as PDF' });
      await expect(dialog).toBeVisible();
      await expectNoAxeViolations(page, 'print language dialog (list of who has voted)');
      // The screen's language (English) starts chosen; one up is Russian.
      await expect(dialog.getByRole('radio', { name: 'English' })).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await expect(dialog.getByRole('radio', { name: 'Русский' })).toBeChecked();
      await page.keyboard.press('Enter');
      await expect(dialog).toBeHidden();
    });
    await expect(page.getByRole('status').filter({ hasText: `Saved to ${ruPath}` })).toBeVisible();
    const ru = pdfPages(ruPath).join('\n');
    expect(ru).toContain('Список избирателей, получивших избирательный бюллетень');
    expect(ru).toContain('Участок № 412: School No. 12');
    expect(ru).toContain('Весь список (он не разделён на части)');
    expect(ru).toContain('Бюллетень получили 2 избирателя.');
    expect(ru).toMatch(/Напечатано 19\.03\.2027 в 10:\d\d по времени участка \(UTC\+5\)\./);
    expect(ru).toMatch(/2\s+Иванова Мария Петровна\s+15\.07\.1968\s+10:\d\d\s+На участке/);
    expect(ru).toMatch(/1\s+Ахметов Нұрлан Серікұлы\s+20\.01\.1972\s+10:\d\d\s+На участке/);
    expect(ru).toContain('Страница 1 из 1');
    expect(ru).toContain('Председатель комиссии');
    expect(ru).toContain('Секретарь комиссии');
    expect(ru).not.toContain(VOTERS.nurlan.iin);

    // Hidden by keyboard until the next hour; the home stays as it was.
    await tabTo(page, 'Not now (until 11:00)');
    await page.keyboard.press('Enter');
    await expect(suggestion).toBeHidden();
    await expect(page.getByTestId('home-turnout')).toBeVisible();

    // On demand beside turnout, in Kazakh.
    await openVoterArea(page, 'Turnout');
    const panel = page.getByRole('region', { name: 'Paper list of who has voted' });
    await expect(panel).toBeVisible();
    await expectNoAxeViolations(page, 'turnout with the list of who has voted');
    await page.screenshot({ path: test.info().outputPath('voted-panel.png'), fullPage: true });
    const kkPath = join(folder, 'voted-kk.pdf');
    await saveFileAs(kkPath, () =>
      printIn(
        page,
        'kk',
        panel.getByRole('button', { name: 'Print the list of who has voted / save as PDF' }),
      ),
    );
    const kk = pdfPages(kkPath).join('\n');
    expect(kk).toContain('Сайлау бюллетенін алған сайлаушылар тізімі');
    expect(kk).toContain('№ 412 учаске: School No. 12');
    expect(kk).toContain('2 сайлаушы бюллетень алды.');
    expect(kk).toContain('Тегі, аты, әкесінің аты');
    expect(kk).toContain('Берілген уақыты');
    expect(kk).toMatch(/2\s+Иванова Мария Петровна\s+15\.07\.1968\s+10:\d\d\s+Учаскеде/);
    expect(kk).toContain('1-бет, барлығы 1');
    expect(kk).toContain('Комиссия төрағасы');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
