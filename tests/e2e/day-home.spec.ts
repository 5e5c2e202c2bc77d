import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { makeIin } from '../../src/shared/voters/iin';
import { test, expect } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import { dateField, fillDate } from './support/date-fields';
import {
  CHAIR,
  CHAIR_PIN,
  MEMBER,
  logIn,
  logInWithTemporaryPin,
  logOut,
  openSection,
  resetPinOf,
  setUpAndLogInChair,
} from './support/flows';
import { chooseListFile, openVoterArea } from './support/voters';

// 12:30 in Asia/Almaty (UTC+5) on voting day: the 10:00 and 12:00 reports are due, 14:00 next.
test.use({ clockStart: '2027-03-19T07:30:00Z' });

const NBSP = '\u00a0';
const LISTED = 1250;

/** A valid list of 1,250 voters, enough for a thousands separator. */
function writeLongList(folder: string): string {
  const rows = [['ИИН', 'Фамилия', 'Имя', 'Отчество', 'Дата рождения', 'Адрес']];
  for (let n = 0; n < LISTED; n++) {
    const year = 1950 + (n % 50);
    const birth = `${year}-0${1 + (n % 9)}-1${n % 10}`;
    // A serial whose check digit works out (one in eleven does not), unique per row.
    let iin: string | null = null;
    for (let tries = 0; !iin && tries < 4; tries++) {
      iin = makeIin(birth, n % 2 ? 'male' : 'female', 1000 + n + tries * 2000);
    }
    if (!iin) throw new Error(`no IIN for ${birth}`);
    const [y, m, d] = birth.split('-');
    rows.push([iin, `Сайлаушы${n}`, 'Асан', '', `${d}.${m}.${y}`, 'Алматы, Тимирязев к-сі 15']);
  }
  const path = join(folder, 'long-list.csv');
  writeFileSync(path, rows.map((cells) => cells.join(';')).join('\r\n') + '\r\n');
  return path;
}

async function chooseLanguage(page: Page, name: string, tag: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', tag);
}

const home = (page: Page) => page.getByRole('heading', { level: 1 });

test('the voting-day home for the chair and for a member, in three languages', async ({
  page,
  openFileAs,
}) => {
  test.setTimeout(240_000);
  const folder = mkdtempSync(join(tmpdir(), 'precinct-desk-home-'));
  try {
    await setUpAndLogInChair(page);
    // The chair starts on the voting-day home, at its heading.
    await expect(home(page)).toHaveText('Voting day');
    await expect(home(page)).toBeFocused();
    const sidebar = page.getByRole('navigation', { name: 'Sections' });
    await expect(sidebar.getByRole('button')).toHaveText([
      'Voting day',
      'Voters',
      'Accommodations',
      'Opening and count',
      'Information log',
      'Sync',
      'Audit',
      'Settings',
    ]);
    const temporary = await resetPinOf(page, MEMBER);

    // A list long enough for thousands.
    await openVoterArea(page, 'Import and check');
    await chooseListFile(page, openFileAs, writeLongList(folder));
    await page.getByRole('button', { name: /^Import .* valid rows$/ }).click();
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: /^Import .* rows$/ })
      .click();
    await expect(
      page.getByRole('status').filter({ hasText: /Imported 1,250 voters/ }),
    ).toBeVisible();

    await openSection(page, 'Voting day');
    const turnout = page.getByTestId('home-turnout');
    await expect(turnout).toContainText('0 of 1,250 voters have voted: 0%.');
    await expect(
      turnout.getByRole('progressbar', { name: 'Turnout, share of the list' }),
    ).toHaveAttribute('aria-valuetext', '0%');
    await expect(
      turnout.getByRole('img', { name: 'Turnout at the reporting hours' }),
    ).toBeVisible();
    await expect(page.getByTestId('home-report')).toContainText(
      'Next report at 14:00 (precinct time).',
    );
    await expect(page.getByTestId('home-now')).toContainText('Precinct time now 12:30 (UTC+5)');
    await expect(page.getByTestId('home-export')).toContainText(
      'Nothing has been exported from this laptop yet.',
    );
    await expect(page.getByTestId('home-alarms')).toContainText('No alarm to decide.');
    await expectNoAxeViolations(page, 'voting-day home (chair, English)');
    await page.screenshot({ path: test.info().outputPath('day-home-en.png'), fullPage: true });

    // Russian and Kazakh: thousands with a space, percentages with a comma, their own plurals.
    await chooseLanguage(page, 'Русский', 'ru');
    await expect(turnout).toContainText(`Проголосовали 0 из 1${NBSP}250 избирателей: 0${NBSP}%.`);
    await expectNoAxeViolations(page, 'voting-day home (chair, Russian)');
    await page.screenshot({ path: test.info().outputPath('day-home-ru.png'), fullPage: true });
    await chooseLanguage(page, 'Қазақша', 'kk');
    await expect(turnout).toContainText(`1${NBSP}250 сайлаушының 0 дауыс берді: 0%.`);
    await expect(home(page)).toHaveText('Дауыс беру күні');
    await expectNoAxeViolations(page, 'voting-day home (chair, Kazakh)');
    await page.screenshot({ path: test.info().outputPath('day-home-kk.png'), fullPage: true });
    await chooseLanguage(page, 'English', 'en');

    // Keyboard only: from the heading, Tab reaches each card's next step; Enter follows it.
    await home(page).focus();
    const openTurnout = turnout.getByRole('button', { name: 'Open turnout' });
    const focused = () =>
      openTurnout.evaluate((element) => element === element.ownerDocument.activeElement);
    for (let presses = 0; presses < 20 && !(await focused()); presses++) {
      await page.keyboard.press('Tab');
    }
    await expect(openTurnout).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(home(page)).toHaveText('Voters');
    await expect(page.getByRole('heading', { level: 2, name: 'Turnout' })).toBeVisible();
    await expect(page.getByTestId('turnout-live')).toContainText('1,250');

    // A member: the same home without the chair's and the secretary's cards; no Sync section.
    await logOut(page);
    await logInWithTemporaryPin(page, MEMBER, temporary, '246810');
    await expect(home(page)).toHaveText('Voting day');
    await expect(sidebar.getByRole('button', { name: 'Sync' })).toHaveCount(0);
    await expect(page.getByTestId('home-turnout')).toBeVisible();
    await expect(page.getByTestId('home-visits')).toContainText('No home visit waiting');
    await expect(page.getByTestId('home-alarms')).toHaveCount(0);
    await expect(page.getByTestId('home-export')).toHaveCount(0);
    await expectNoAxeViolations(page, 'voting-day home (member)');
    await page.screenshot({ path: test.info().outputPath('day-home-member.png'), fullPage: true });
    await logOut(page);
    await logIn(page, CHAIR, CHAIR_PIN);
    await expect(home(page)).toHaveText('Voting day');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a date typed as DD.MM.YYYY in Russian and in Kazakh', async ({ page }) => {
  for (const [name, tag, label, placeholder] of [
    ['Русский', 'ru', 'День голосования', 'дд.мм.гггг'],
    ['Қазақша', 'kk', 'Дауыс беру күні', 'кк.аа.жжжж'],
  ] as const) {
    await chooseLanguage(page, name, tag);
    const field = dateField(page.locator('body'), label);
    await expect(field).toHaveText(placeholder);
    await fillDate(field, '2027-03-19');
    await expect(field).toHaveText('19.03.2027');
    await expect(field.getByRole('spinbutton')).toHaveCount(3);
    await fillDate(field, '');
    await expect(field).toHaveText(placeholder);
  }
});

test('a date picked from the calendar, by keyboard, in Russian and in Kazakh', async ({ page }) => {
  for (const [name, tag, label, calendar, heading, weekdays, picked] of [
    [
      'Русский',
      'ru',
      'День голосования',
      'Выбрать дату в календаре',
      'Март 2027',
      'ПнВтСрЧтПтСбВс',
      'суббота, 20 марта 2027 г.',
    ],
    [
      'Қазақша',
      'kk',
      'Дауыс беру күні',
      'Күнді күнтізбеден таңдау',
      '2027 ж. наурыз',
      'ДсСсСрБсЖмСбЖс',
      '2027 ж. 20 наурыз, сенбі',
    ],
  ] as const) {
    await chooseLanguage(page, name, tag);
    const field = dateField(page.locator('body'), label);
    await fillDate(field, '2027-03-19');
    // Alt+Down from a part of the field opens the calendar on the field's date.
    await field.getByRole('spinbutton').first().press('Alt+ArrowDown');
    const popover = page.getByRole('dialog');
    await expect(popover.locator('.date-calendar-heading')).toHaveText(heading);
    await expect(popover.locator('thead')).toHaveText(weekdays);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(':focus')).toHaveAccessibleName(picked);
    await expectNoAxeViolations(page, `calendar open (${tag})`);
    await page.screenshot({ path: test.info().outputPath(`calendar-${tag}.png`) });
    await page.keyboard.press('Enter');
    await expect(popover).toHaveCount(0);
    await expect(field).toHaveText('20.03.2027');
    // The button opens it too; Escape closes it and leaves the date as it was.
    await field.getByRole('button', { name: new RegExp(calendar) }).click();
    await expect(popover.locator('.date-calendar-heading')).toHaveText(heading);
    await page.keyboard.press('Escape');
    await expect(popover).toHaveCount(0);
    await expect(field).toHaveText('20.03.2027');
    await fillDate(field, '');
  }
});
