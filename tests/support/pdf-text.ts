/**
 * Test support: a PDF read back with poppler's pdftotext (installed on the machine and by
 * .ci/run), page by page, and drawn to PNG with pdftoppm for looking at.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function pdfFile(pdf: Uint8Array | string): string {
  if (typeof pdf === 'string') return pdf;
  const path = join(mkdtempSync(join(tmpdir(), 'precinct-desk-pdf-')), 'document.pdf');
  writeFileSync(path, pdf);
  return path;
}

/** The number of pages (pdfinfo). */
export function pdfPageCount(pdf: Uint8Array | string): number {
  const info = execFileSync('pdfinfo', [pdfFile(pdf)], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** The size of the first page in points, width then height (pdfinfo). */
export function pdfPageSize(pdf: Uint8Array | string): [number, number] {
  const info = execFileSync('pdfinfo', [pdfFile(pdf)], { encoding: 'utf8' });
  const match = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(info);
  return [Number(match?.[1] ?? 0), Number(match?.[2] ?? 0)];
}

/** Each page's text, in reading order with the layout kept (pdftotext -layout). */
export function pdfPages(pdf: Uint8Array | string): string[] {
  const file = pdfFile(pdf);
  const pages = pdfPageCount(file);
  return Array.from({ length: pages }, (_, index) =>
    execFileSync(
      'pdftotext',
      ['-layout', '-enc', 'UTF-8', '-f', String(index + 1), '-l', String(index + 1), file, '-'],
      { encoding: 'utf8' },
    ),
  );
}

/** Draws the pages to PNG files `<prefix>-<n>.png` (pdftoppm), for a person to look at. */
export function pdfToPng(pdf: Uint8Array | string, prefix: string, resolution = 60): void {
  execFileSync('pdftoppm', ['-png', '-r', String(resolution), pdfFile(pdf), prefix]);
}
