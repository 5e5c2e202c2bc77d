/**
 * Translations for every user-visible string. English is the reference dictionary: its keys
 * are the type every other language must fill (the compiler and a test both check it).
 */
import type { Language } from '../roles';
import { en, type MessageKey } from './en';
import { kk } from './kk';
import { ru } from './ru';

export type { MessageKey };
export type Messages = Record<MessageKey, string>;

export const dictionaries: Record<Language, Messages> = { kk, ru, en };

/** The language tag a screen reader and the browser use for each of ours. */
export const LANGUAGE_TAGS: Record<Language, string> = { kk: 'kk', ru: 'ru', en: 'en' };

/** Looks a key up and fills `{name}` placeholders from params. */
export function translate(
  language: Language,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  const text = dictionaries[language][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
