import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRINT_FONT_STACK } from '@shared/files/print-font';
import { withPrintFont } from '../core/features/files/print-font';
import { embeddedFonts } from '../../../tests/support/pdf-fonts';
import { chromiumExecutable, chromiumLaunchOptions, renderPdfIn } from './chromium-host';

const KAZAKH = 'ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І';

// A document styled as the app's print documents are (the font stack they name).
const DOCUMENT =
  '<!doctype html><html lang="kk"><head><meta charset="utf-8"><title>Тізім</title>' +
  `<style>body { font-family: ${PRINT_FONT_STACK}; } h1 { font-weight: bold; }</style>` +
  `</head><body><h1>Сайлаушылар тізімі</h1><p>${KAZAKH}</p><p>Список избирателей, Voter list 0123456789</p></body></html>`;

const executable = chromiumExecutable();
// PDFs are rendered by a real Chromium; the end-to-end suite needs the same one.
const withChromium = existsSync(executable) ? describe : describe.skip;

withChromium('PDFs printed with the bundled font', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch(chromiumLaunchOptions(true, executable));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('embeds DejaVu Sans, and only it, for every Kazakh letter', async () => {
    const fonts = embeddedFonts(await renderPdfIn(browser, withPrintFont(DOCUMENT)));
    expect(fonts).toEqual(['DejaVuSans']);
  });

  it('mixes the machine fonts without it: the bundled font is what makes the PDF one font', async () => {
    // Here Arial is Liberation Sans, which lacks some Kazakh letters; they fall back further.
    const fonts = embeddedFonts(await renderPdfIn(browser, DOCUMENT));
    expect(fonts.filter((font) => !font.startsWith('DejaVuSans')).length).toBeGreaterThan(0);
  });
});
