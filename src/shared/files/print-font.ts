/**
 * The family name of the font the app bundles for printed documents (DejaVu Sans, with every
 * letter of the Kazakh alphabet), first in every print document's font list. The core adds
 * its @font-face to each document before a host prints it, so a PDF looks the same on every
 * laptop, whatever fonts it has.
 */
export const PRINT_FONT_FAMILY = 'Precinct Desk Sans';

/** The font list of printed documents: the bundled font, then common system fonts. */
export const PRINT_FONT_STACK = `"${PRINT_FONT_FAMILY}", "Segoe UI", "Noto Sans", Arial, sans-serif`;
