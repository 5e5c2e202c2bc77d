/** The voter list's steps and fixture data, as a commission member takes them. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { makeIin } from '../../../src/shared/voters/iin';
import { expect, type AppFixtures } from '../fixtures';
import { openSection } from './flows';

export interface ListedVoter {
  iin: string;
  lastName: string;
  firstName: string;
  patronymic: string;
  birthDate: string;
  address: string;
}

export const fullName = (v: ListedVoter): string =>
  `${v.lastName} ${v.firstName} ${v.patronymic}`.trim();

function iin(birthDate: string, sex: 'male' | 'female', serial: number): string {
  const value = makeIin(birthDate, sex, serial);
  if (!value) throw new Error(`No IIN for ${birthDate}/${serial}`);
  return value;
}

/** The valid voters of the generated list (row 2 onwards, in this order). */
export const VOTERS = {
  zhanbolat: {
    iin: iin('1985-04-12', 'male', 101),
    lastName: 'Сейтқалиев',
    firstName: 'Жанболат',
    patronymic: 'Маратұлы',
    birthDate: '1985-04-12',
    address: 'Алматы, Тимирязев к-сі, 15, 3-пәтер',
  },
  asel: {
    iin: iin('1990-11-03', 'female', 102),
    lastName: 'Омарова',
    firstName: 'Әсел',
    patronymic: 'Бекқызы',
    birthDate: '1990-11-03',
    address: 'Алматы, Тимирязев к-сі, 17, 8-пәтер',
  },
  nurlan: {
    iin: iin('1972-01-20', 'male', 103),
    lastName: 'Ахметов',
    firstName: 'Нұрлан',
    patronymic: 'Серікұлы',
    birthDate: '1972-01-20',
    address: 'Алматы, Байзақов к-сі, 200',
  },
  maria: {
    iin: iin('1968-07-15', 'female', 104),
    lastName: 'Иванова',
    firstName: 'Мария',
    patronymic: 'Петровна',
    birthDate: '1968-07-15',
    address: 'Алматы, ул. Тимирязева, 15, кв. 12',
  },
  erbolat: {
    iin: iin('2001-02-28', 'male', 105),
    lastName: 'Тоқтаров',
    firstName: 'Ерболат',
    patronymic: '',
    birthDate: '2001-02-28',
    address: 'Алматы, Байзақов к-сі, 202',
  },
  aigerim: {
    iin: iin('1995-05-05', 'female', 106),
    lastName: 'Бекова',
    firstName: 'Айгерім',
    patronymic: 'Қанатқызы',
    birthDate: '1995-05-05',
    address: 'Алматы, Тимирязев к-сі, 19',
  },
} satisfies Record<string, ListedVoter>;

/** What the check of the generated list must report. */
export const EXPECTED_REPORT = {
  rows: 11,
  valid: 6,
  errors: {
    iin_checksum: 1,
    under_age: 1,
    duplicate_iin: 1,
    birth_date_invalid: 1,
    missing_field: 1,
  },
  warnings: { iin_leading_zero: 1 },
};

const csvCell = (value: string) =>
  /[",;\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/**
 * Writes a voter list as an akimat's spreadsheet would export it (`;`, CRLF, DD.MM.YYYY, one
 * IIN whose leading zero Excel dropped) with six valid rows and five rows each with one error.
 */
export function writeVoterList(folder: string): string {
  const v = VOTERS;
  const dotted = (date: string) => date.split('-').reverse().join('.');
  const row = (voter: ListedVoter, overrides: Partial<Record<keyof ListedVoter, string>> = {}) => {
    const r = { ...voter, ...overrides };
    return [r.iin, r.lastName, r.firstName, r.patronymic, dotted(r.birthDate), r.address];
  };
  const wrongCheckDigit = (value: string) =>
    value.slice(0, 11) + String((Number(value[11]) + 1) % 10);
  const rows = [
    ['ИИН', 'Фамилия', 'Имя', 'Отчество', 'Дата рождения', 'Адрес'],
    row(v.zhanbolat),
    row(v.asel),
    row(v.nurlan),
    row(v.maria),
    // Excel took the IIN for a number and dropped its leading zero.
    row(v.erbolat, { iin: v.erbolat.iin.slice(1) }),
    row(v.aigerim),
    // Row 8: a mistyped IIN.
    row({
      ...v.nurlan,
      lastName: 'Қасымов',
      firstName: 'Дәурен',
      iin: wrongCheckDigit(iin('1979-09-09', 'male', 107)),
      birthDate: '1979-09-09',
    }),
    // Row 9: 16 years old on voting day.
    row({
      ...v.maria,
      lastName: 'Сапарова',
      firstName: 'Дана',
      patronymic: '',
      iin: iin('2010-06-01', 'female', 108),
      birthDate: '2010-06-01',
    }),
    // Row 10: the IIN of row 3 again, under another name.
    row({ ...v.asel, lastName: 'Омарова', firstName: 'Гүлнар' }),
    // Row 11: a date that does not exist.
    [
      iin('1980-02-28', 'male', 109),
      'Жұмабаев',
      'Арман',
      '',
      '31.02.1980',
      'Алматы, Байзақов к-сі, 204',
    ],
    // Row 12: no address.
    row({
      ...v.zhanbolat,
      lastName: 'Нұрланов',
      firstName: 'Асқар',
      iin: iin('1988-08-08', 'male', 110),
      birthDate: '1988-08-08',
      address: '',
    }),
  ];
  const path = join(folder, 'voters.csv');
  writeFileSync(path, rows.map((cells) => cells.map(csvCell).join(';')).join('\r\n') + '\r\n');
  return path;
}

export async function openVoterArea(page: Page, name: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Voter list' });
  // After login the voting-day home is shown: the voter list is a section away.
  if ((await nav.count()) === 0) await openSection(page, 'Voters');
  await nav.getByRole('button', { name, exact: true }).click();
  await expect(nav.getByRole('button', { name, exact: true })).toHaveAttribute(
    'aria-current',
    'true',
  );
}

/** Opens a list file through the host's open dialog or the in-app picker. */
export async function chooseListFile(
  page: Page,
  openFileAs: AppFixtures['openFileAs'],
  path: string,
): Promise<void> {
  await openFileAs(path, () => page.getByRole('button', { name: 'Choose a list file…' }).click());
}

/** The value shown beside a term of a facts list (dt/dd). */
export function fact(scope: Locator, term: string): Locator {
  return scope
    .locator('.voter-fact')
    .filter({ has: scope.page().locator('dt', { hasText: new RegExp(`^${term}$`) }) })
    .locator('dd');
}

export function searchBox(page: Page): Locator {
  return page.getByRole('combobox', { name: 'Search the list' });
}

/** Types a search and waits until the count of what it found is announced. */
export async function search(page: Page, query: string, found: number): Promise<void> {
  await openVoterArea(page, 'Find a voter');
  const box = searchBox(page);
  await box.fill(query);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: `${found} ${found === 1 ? 'voter' : 'voters'} found.` }),
  ).toBeVisible();
}

/** Finds a voter, opens the card with the keyboard and returns the card dialog. */
export async function openCard(page: Page, query: string, voter: ListedVoter): Promise<Locator> {
  await search(page, query, 1);
  await searchBox(page).press('ArrowDown');
  await searchBox(page).press('Enter');
  const card = page.getByRole('dialog', { name: fullName(voter) });
  await expect(card.getByRole('heading', { name: 'Entry in the list' })).toBeVisible();
  return card;
}

export async function closeCard(page: Page, card: Locator): Promise<void> {
  await card.getByRole('button', { name: 'Close the card' }).click();
  await expect(card).toBeHidden();
}
