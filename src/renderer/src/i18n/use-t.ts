import { useCallback, useMemo } from 'react';
import { translate, type MessageKey } from '@shared/i18n';
import { formatNumber, formatPercent } from '@shared/i18n/number-format';
import { translatePlural, type PluralKey } from '@shared/i18n/plural';
import type { Language } from '@shared/roles';
import { useLanguageStore } from './language-store';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The current screen language. */
export function useLanguage(): Language {
  return useLanguageStore((state) => state.language);
}

/** A translator bound to the current language; re-renders the caller when it changes. */
export function useT(): Translate {
  const language = useLanguage();
  return useCallback<Translate>((key, params) => translate(language, key, params), [language]);
}

export type TranslatePlural = (
  key: PluralKey,
  count: number,
  params?: Record<string, string | number>,
) => string;

/** Counting messages in the current language: the count picks the plural form. */
export function useTPlural(): TranslatePlural {
  const language = useLanguage();
  return useCallback<TranslatePlural>(
    (key, count, params) => translatePlural(language, key, count, params),
    [language],
  );
}

export interface NumberFormatters {
  /** A count with the language's thousands separator (12 345 in Kazakh and Russian). */
  number: (value: number, fraction?: number) => string;
  /** A share given as 0–100, with a decimal comma in Kazakh and Russian. */
  percent: (value: number, fraction?: number) => string;
}

/** Number and percentage formatting in the current language, the same on every host. */
export function useNumbers(): NumberFormatters {
  const language = useLanguage();
  return useMemo(
    () => ({
      number: (value, fraction) => formatNumber(value, language, fraction),
      percent: (value, fraction) => formatPercent(value, language, fraction),
    }),
    [language],
  );
}
