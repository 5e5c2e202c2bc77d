/**
 * Numbers and percentages in the reader's language, the same on every host.
 *
 * Kazakh and Russian group thousands with a (no-break) space and use a decimal comma. The
 * browser's locale data cannot be relied on for that: Chromium's ICU has no Kazakh number
 * data and writes "2,003" and "0.2%" for `kk`. So both are built here from the language-free
 * digits of `en-US` and the separators each language uses; English keeps its own formatter.
 */
import type { Language } from '../roles';

/** The no-break space Kazakh and Russian put between thousands and before a Russian "%". */
export const GROUP_SPACE = '\u00a0';

interface Separators {
  group: string;
  decimal: string;
  /** What stands between the number and "%": CLDR writes "5 %" in Russian, "5%" in Kazakh. */
  beforePercent: string;
}

const SEPARATORS: Record<Language, Separators> = {
  kk: { group: GROUP_SPACE, decimal: ',', beforePercent: '' },
  ru: { group: GROUP_SPACE, decimal: ',', beforePercent: GROUP_SPACE },
  en: { group: ',', decimal: '.', beforePercent: '' },
};

const formatters = new Map<number, Intl.NumberFormat>();

function digitsFormatter(maximumFractionDigits: number): Intl.NumberFormat {
  let formatter = formatters.get(maximumFractionDigits);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', { maximumFractionDigits, useGrouping: true });
    formatters.set(maximumFractionDigits, formatter);
  }
  return formatter;
}

/** A number with the language's thousands and decimal separators (up to `fraction` decimals). */
export function formatNumber(value: number, language: Language, fraction = 0): string {
  if (!Number.isFinite(value)) return '';
  const { group, decimal } = SEPARATORS[language];
  return digitsFormatter(fraction)
    .formatToParts(value)
    .map((part) => {
      if (part.type === 'group') return group;
      if (part.type === 'decimal') return decimal;
      if (part.type === 'minusSign') return '\u2212';
      return part.value;
    })
    .join('');
}

/** A share given as 0–100 (as the core reports turnout), with up to `fraction` decimals. */
export function formatPercent(percent: number, language: Language, fraction = 1): string {
  if (!Number.isFinite(percent)) return '';
  return `${formatNumber(percent, language, fraction)}${SEPARATORS[language].beforePercent}%`;
}
