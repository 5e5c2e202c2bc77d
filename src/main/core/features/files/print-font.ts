/**
 * The bundled print font (resources/fonts/DejaVuSans.ttf: every Kazakh letter, ә ғ қ ң ө ұ ү
 * һ і, with Cyrillic and Latin), put into every document the app prints or saves as a PDF.
 * The document is loaded in a sandboxed page that may fetch nothing (a data: URL in Electron,
 * a context refusing every request in the Chromium host), so the font travels inside it as a
 * data: URL. It is found by walking up from this module to the folder holding `resources/`:
 * the project folder when run from source or `out/`, the app's archive when packaged.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PRINT_FONT_FAMILY } from '@shared/files/print-font';

/** The font file, beside its licence, under the app's resources. */
export const PRINT_FONT_FILE = join('resources', 'fonts', 'DejaVuSans.ttf');

/** The nearest folder at or above `from` holding the print font; throws when none does. */
export function printFontPath(from: string = fileURLToPath(import.meta.url)): string {
  for (let folder = dirname(from); ; folder = dirname(folder)) {
    const candidate = join(folder, PRINT_FONT_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(folder) === folder) {
      throw new Error(`The print font (${PRINT_FONT_FILE}) is missing from the app`);
    }
  }
}

let fontFace: string | null = null;

/** The @font-face rule naming the bundled font PRINT_FONT_FAMILY (read once). */
export function printFontFace(): string {
  if (fontFace === null) {
    const font = readFileSync(printFontPath()).toString('base64');
    fontFace =
      `@font-face { font-family: "${PRINT_FONT_FAMILY}"; font-style: normal; ` +
      `font-weight: 100 900; src: url("data:font/ttf;base64,${font}") format("truetype"); }`;
  }
  return fontFace;
}

/**
 * The document with the font's rule as its head's first style, so the document's own styles
 * (which name PRINT_FONT_FAMILY first) find it. A document without a head gets the rule first.
 */
export function withPrintFont(html: string): string {
  const style = `<style>${printFontFace()}</style>`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) return style + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + style + html.slice(at);
}
