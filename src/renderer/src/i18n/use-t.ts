import { useCallback } from 'react';
import { translate, type MessageKey } from '@shared/i18n';
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
