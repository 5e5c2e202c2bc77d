/**
 * The fonts a PDF embeds, by their PostScript names without the subset prefix (ABCDEF+), as
 * Chromium writes them (font dictionaries stand uncompressed; only their streams are packed).
 */
export function embeddedFonts(pdf: Uint8Array): string[] {
  const text = Buffer.from(pdf).toString('latin1');
  const names = [...text.matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([^\s/<>[\]()]+)/g)];
  return [...new Set(names.map((match) => match[1] ?? ''))].sort();
}
