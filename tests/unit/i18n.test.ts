import { describe, expect, it } from 'vitest';
import { CHAIN_PROBLEMS } from '../../src/shared/api';
import { EVENT_TYPES } from '../../src/shared/event-types';
import { dictionaries, translate, type MessageKey } from '../../src/shared/i18n';
import { en } from '../../src/shared/i18n/en';
import { ERROR_CODES } from '../../src/shared/result';
import { LANGUAGES, ROLES } from '../../src/shared/roles';

const referenceKeys = Object.keys(en).sort();

describe('translations', () => {
  it.each(LANGUAGES)('%s has every key, no extra key and no empty text', (language) => {
    const dictionary = dictionaries[language] as Record<string, string>;
    expect(Object.keys(dictionary).sort()).toEqual(referenceKeys);
    const empty = Object.entries(dictionary).filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(LANGUAGES)('%s keeps every {placeholder} of the English text', (language) => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const mismatched = referenceKeys.filter(
      (key) =>
        JSON.stringify(placeholders(dictionaries[language][key as MessageKey])) !==
        JSON.stringify(placeholders(en[key as MessageKey])),
    );
    expect(mismatched).toEqual([]);
  });

  it('names every error code, role, event type and language', () => {
    const required = [
      ...ERROR_CODES.map((c) => `errors.${c}`),
      ...ROLES.map((r) => `roles.${r}`),
      ...EVENT_TYPES.map((t) => `audit.type.${t}`),
      ...LANGUAGES.map((l) => `languages.${l}`),
      ...CHAIN_PROBLEMS.map((p) => `audit.chainReason.${p}`),
    ];
    expect(required.filter((key) => !(key in en))).toEqual([]);
  });

  it('Kazakh and Russian are translations, not copies of English', () => {
    for (const language of ['kk', 'ru'] as const) {
      const copied = referenceKeys.filter((key) => {
        const text = dictionaries[language][key as MessageKey];
        return (
          text === en[key as MessageKey] &&
          /[a-z]{4,}/i.test(text) &&
          !/Precinct Desk|PDF|IANA|PIN/.test(text)
        );
      });
      // A handful may legitimately match (names, codes); most must differ.
      expect(copied.length).toBeLessThan(referenceKeys.length * 0.05);
    }
  });

  it('fills placeholders', () => {
    expect(translate('en', 'errors.internal')).toBe(en['errors.internal']);
  });
});
