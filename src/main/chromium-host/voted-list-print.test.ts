import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '@shared/roles';
import { printWords } from '@shared/print/print-kit';
import { votedListDocument, votedListHtml } from '@shared/print/voted-list-document';
import type { VotedList, VotedRow } from '@shared/voters/voted-list-api';
import { withPrintFont } from '../core/features/files/print-font';
import { pdfPages, pdfPageSize, pdfToPng } from '../../../tests/support/pdf-text';
import { chromiumExecutable, chromiumLaunchOptions, renderPdfIn } from './chromium-host';

const SURNAMES = ['Ахметов', 'Әбілов', 'Бекова', 'Ғалымов', 'Жұмабаев', 'Қасымова', 'Ілиясов'];

function rows(count: number, from: number): VotedRow[] {
  return Array.from({ length: count }, (_, at) => ({
    number: at + 1,
    lastName: `${SURNAMES[at % SURNAMES.length]}${from + at}`,
    firstName: 'Әсел',
    patronymic: at % 3 === 0 ? null : 'Серікқызы',
    birthDate: `19${60 + (at % 40)}-0${1 + (at % 9)}-1${at % 10}`,
    issuedTime: `${String(7 + Math.floor(at / 60)).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}`,
    place: at % 10 === 9 ? 'portable_box' : 'station',
  }));
}

/** Two sections, the first long enough for several pages, and one voter in no section. */
const LIST: VotedList = {
  precinctNumber: 412,
  precinctName: '№ 12 мектеп',
  electionName: 'Мәжіліс депутаттарының сайлауы',
  votingDay: '2027-03-19',
  printedDate: '2027-03-19',
  printedTime: '13:07',
  timeZone: 'Asia/Almaty',
  sectionsDefined: true,
  parts: [
    { sectionId: 's1', name: 'А–Л', deskLabel: '1-үстел', rows: rows(110, 0) },
    { sectionId: 's2', name: 'М–Я', deskLabel: '2-үстел', rows: [] },
    { sectionId: null, name: null, deskLabel: null, rows: rows(1, 500) },
  ],
};

const executable = chromiumExecutable();
// Skipped on a machine without Chromium only: the list is rendered by a real Chromium (the one
// the end-to-end suite runs, which CI installs) and read back with poppler's pdftotext.
const withChromium = existsSync(executable) ? describe : describe.skip;

withChromium('the printed list of who has voted (read back with pdftotext)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch(chromiumLaunchOptions(true, executable));
  });
  afterAll(async () => {
    await browser?.close();
  });

  const render = async (list: VotedList, language: Language, name: string) => {
    const pdf = await renderPdfIn(browser, withPrintFont(votedListHtml(list, language)));
    // PRINT_PNG_DIR=<folder> draws the pages to look at.
    if (process.env.PRINT_PNG_DIR) pdfToPng(pdf, `${process.env.PRINT_PNG_DIR}/${name}`, 80);
    return pdf;
  };

  it.each([
    [
      'kk',
      (n: number, m: number) => `${n}-бет, барлығы ${m}`,
      'Сайлау бюллетенін алған сайлаушылар тізімі',
      ['№', 'Тегі, аты, әкесінің аты', 'Туған күні', 'Берілген уақыты', 'Қайда'],
      'Тізім бөлігі: А–Л (1-үстел)',
      'Басылған уақыты: 19.03.2027, 13:07, учаске уақыты бойынша (UTC+5).',
      'Көшпелі жәшік',
      'Тізімнің ешбір бөлігіне кірмейтін сайлаушылар',
    ],
    [
      'ru',
      (n: number, m: number) => `Страница ${n} из ${m}`,
      'Список избирателей, получивших избирательный бюллетень',
      ['№', 'Фамилия, имя, отчество', 'Дата рождения', 'Время выдачи', 'Где'],
      'Часть списка: А–Л (1-үстел)',
      'Напечатано 19.03.2027 в 13:07 по времени участка (UTC+5).',
      'Переносной ящик',
      'Избиратели вне частей списка',
    ],
  ] as const)(
    'in %s: portrait, numbered pages, every voter with the time, the sections, both signatures',
    async (language, pageOf, title, headers, section, printed, portable, outside) => {
      const pdf = await render(LIST, language, `voted-all-${language}`);
      const [width, height] = pdfPageSize(pdf);
      expect(height).toBeGreaterThan(width);
      const pages = pdfPages(pdf);
      expect(pages.length).toBeGreaterThan(2);
      pages.forEach((text, index) => {
        expect(text).toContain(pageOf(index + 1, pages.length));
        // The running line names the list and the precinct on every page.
        expect(text).toContain('№ 12 мектеп');
      });
      const all = pages.join('\n');
      expect(pages[0]).toContain(title);
      expect(pages[0]).toContain(printed);
      expect(pages[0]).toContain(section);
      for (const header of headers) expect(pages[0]).toContain(header);
      // Every voter once, with the row number and the time of issue, on one line.
      for (const row of LIST.parts[0]!.rows) {
        expect(all).toMatch(
          new RegExp(`\\b${row.number}\\s+${row.lastName}\\s.*${row.issuedTime}`),
        );
      }
      expect(all).toContain(portable);
      expect(all).toContain(printWords(language)('votedList.empty'));
      expect(all).toContain(outside);
      expect(all).toContain('Ахметов500');
      // The signatures together, on the last page.
      const last = pages.at(-1) ?? '';
      expect(last).toContain(printWords(language)('print.role.chair'));
      expect(last).toContain(printWords(language)('print.role.secretary'));
      // No IIN-like run of twelve digits anywhere.
      expect(all).not.toMatch(/\d{12}/);
    },
  );

  it('one section: its name among the heading lines and in the running line, no caption', async () => {
    const one: VotedList = { ...LIST, parts: [LIST.parts[1]!] };
    const doc = votedListDocument(one, 'ru');
    expect(doc.running).toContain('Часть списка: М–Я (2-үстел)');
    const pages = pdfPages(await render(one, 'ru', 'voted-one-ru'));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Страница 1 из 1');
    expect(pages[0]).toContain('Бюллетень получили 0 избирателей.');
    expect(pages[0]).toContain('В этой части списка бюллетень ещё никто не получил.');
  });

  it('the whole list when it is not split into sections', async () => {
    const whole: VotedList = {
      ...LIST,
      sectionsDefined: false,
      parts: [{ sectionId: null, name: null, deskLabel: null, rows: rows(3, 0) }],
    };
    const pages = pdfPages(await render(whole, 'kk', 'voted-whole-kk'));
    expect(pages[0]).toContain('Бүкіл тізім (ол бөліктерге бөлінбеген)');
    expect(pages[0]).toContain('3 сайлаушы бюллетень алды.');
    expect(pages[0]).not.toContain('Тізімнің ешбір бөлігіне');
  });
});
