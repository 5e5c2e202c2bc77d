import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '@shared/roles';
import {
  keepWhole,
  printDocumentHtml,
  printWords,
  type PrintDocument,
} from '@shared/print/print-kit';
import { withPrintFont } from '../core/features/files/print-font';
import { pdfPages, pdfPageSize, pdfToPng } from '../../../tests/support/pdf-text';
import { chromiumExecutable, chromiumLaunchOptions, renderPdfIn } from './chromium-host';

const ROWS = 70;
const dateOf = (row: number) => `${String((row % 28) + 1).padStart(2, '0')}.03.2027`;
const LONG_ENTRY = `${'Сайлаушы тізімдегі мекенжайы туралы сұрады және жауап алды. '.repeat(30)}Соңы.`;

/** A log long enough for several pages, one entry far longer than the others. */
function logDocument(language: Language): PrintDocument {
  const t = printWords(language);
  const words = {
    kk: { title: 'Ақпарат журналы', time: 'Уақыты', kind: 'Түрі', text: 'Мазмұны' },
    ru: { title: 'Журнал информирования', time: 'Время', kind: 'Вид', text: 'Содержание' },
    en: { title: 'Information log', time: 'Time', kind: 'Kind', text: 'Details' },
  }[language];
  return {
    language,
    orientation: 'landscape',
    title: words.title,
    running: `${words.title} — № 412`,
    lines: ['№ 412', 'Printed at 21:05'],
    parts: [
      {
        columns: [
          { header: '№', width: 6, keep: true, numeric: true },
          { header: words.time, width: 16, keep: true },
          { header: words.kind, width: 14 },
          { header: words.text, width: 64 },
        ],
        rows: Array.from({ length: ROWS }, (_, row) => [
          String(row + 1),
          `${dateOf(row)}, 09:${String(row % 60).padStart(2, '0')}`,
          words.kind,
          row === 3 ? LONG_ENTRY : `Жазба ${row + 1}`,
        ]),
        emptyText: '—',
      },
    ],
    signers: [{ role: t('print.role.chair') }, { role: t('print.role.secretary') }],
  };
}

const executable = chromiumExecutable();
// The kit's pages are rendered by a real Chromium (the one the end-to-end suite runs, which CI
// installs); only a machine without it skips them.
const withChromium = existsSync(executable) ? describe : describe.skip;

withChromium('a printed register (the print-document kit, read back with pdftotext)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch(chromiumLaunchOptions(true, executable));
  });
  afterAll(async () => {
    await browser?.close();
  });

  const render = async (language: Language) => {
    const pdf = await renderPdfIn(browser, withPrintFont(printDocumentHtml(logDocument(language))));
    // PRINT_PNG_DIR=<folder> draws the pages to look at.
    if (process.env.PRINT_PNG_DIR) pdfToPng(pdf, `${process.env.PRINT_PNG_DIR}/kit-${language}`);
    return pdf;
  };

  it.each([
    ['kk', (n: number, m: number) => `${n}-бет, барлығы ${m}`, 'Комиссия төрағасы', 'Мөр орны'],
    [
      'ru',
      (n: number, m: number) => `Страница ${n} из ${m}`,
      'Председатель комиссии',
      'Место для печати',
    ],
    [
      'en',
      (n: number, m: number) => `Page ${n} of ${m}`,
      'Chair of the commission',
      'Place for the stamp',
    ],
  ] as const)(
    'in %s: landscape, every page numbered and headed, every date whole, signatures together',
    async (language, pageOf, chair, stamp) => {
      const pdf = await render(language);
      const [width, height] = pdfPageSize(pdf);
      expect(width).toBeGreaterThan(height);
      const pages = pdfPages(pdf);
      expect(pages.length).toBeGreaterThan(1);
      const doc = logDocument(language);
      const columns = (doc.parts[0] as { columns: { header: string }[] }).columns;
      pages.forEach((text, index) => {
        expect(text).toContain(pageOf(index + 1, pages.length));
        expect(text).toContain(doc.running);
        // The table's header row is repeated on every page, each header whole.
        for (const column of columns) expect(text).toContain(column.header);
      });
      const all = pages.join('\n');
      // Every date whole: as many full dates as rows, and no date cut at the end of a line.
      expect(all.match(/\b\d{2}\.03\.2027\b/g)).toHaveLength(ROWS);
      expect(all).not.toMatch(/\b\d{2}\.0?3?\.?2?0?2?\s*$/m);
      for (let row = 0; row < ROWS; row++) {
        expect(all).toMatch(new RegExp(`${dateOf(row).replace(/\./g, '\\.')}, 09:`));
      }
      // The long entry wraps within its column and ends: the other columns keep their width.
      expect(all).toContain('Соңы.');
      // Both roles, the date line and the stamp stand on one page: the last.
      const last = pages.at(-1) ?? '';
      expect(last).toContain(chair);
      expect(last).toContain(printWords(language)('print.role.secretary'));
      expect(last).toContain(stamp);
      expect(last).toContain(printWords(language)('print.dateLine').split('«')[0]!.trim());
      expect(pages.slice(0, -1).join('\n')).not.toContain(stamp);
    },
  );

  it('keeps a date whole in a cell that reads whole, letting only its time go under it', () => {
    expect(keepWhole('Mar 10, 2027, 09:00')).toBe('Mar\u00a010,\u00a02027, 09:00');
    expect(keepWhole('10 мар. 2027 г., 09:30')).toBe('10\u00a0мар.\u00a02027\u00a0г., 09:30');
  });

  it('escapes the text it prints', async () => {
    const doc = logDocument('en');
    const html = printDocumentHtml({ ...doc, title: '<script>x</script> & "quotes"' });
    expect(html).not.toContain('<script>x');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt; &amp; &quot;quotes&quot;');
  });
});
