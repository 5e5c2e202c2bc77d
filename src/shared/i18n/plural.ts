/**
 * Plural forms through `Intl.PluralRules`: a message that counts something is written once
 * per plural category of its language (Russian: one, few, many; Kazakh and English: one,
 * other), and the count picks the form. No phrasing around the number ("Rows: 5") is needed.
 */
import type { Language } from '../roles';
import { LANGUAGE_TAGS } from './index';
import { formatNumber } from './number-format';
import { pluralEn, type PluralKey } from './plurals/en';
import { pluralKk } from './plurals/kk';
import { pluralRu } from './plurals/ru';

export type { PluralKey };

/** The categories a language's integers fall into, in CLDR's names. */
export const PLURAL_CATEGORIES: Record<Language, readonly Intl.LDMLPluralRule[]> = {
  kk: ['one', 'other'],
  ru: ['one', 'few', 'many'],
  en: ['one', 'other'],
};

/** A counting message's text per plural category (each language fills its own categories). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>>;

export const pluralDictionaries: Record<Language, Record<PluralKey, PluralForms>> = {
  kk: pluralKk,
  ru: pluralRu,
  en: pluralEn,
};

const rules = new Map<Language, Intl.PluralRules>();

/**
 * The plural category of a whole count. The rules are the runtime's `Intl.PluralRules`; a
 * runtime without a language's rules falls back to the language's own one/other split, and
 * a category the language's texts do not have (Russian "other" is for fractions) reads as its
 * last listed one.
 */
export function pluralCategory(language: Language, count: number): Intl.LDMLPluralRule {
  let rule = rules.get(language);
  if (!rule) {
    const tag = LANGUAGE_TAGS[language];
    rule = new Intl.PluralRules(Intl.PluralRules.supportedLocalesOf([tag]).length > 0 ? tag : 'en');
    rules.set(language, rule);
  }
  const category = rule.select(count);
  const known = PLURAL_CATEGORIES[language];
  return known.includes(category) ? category : (known[known.length - 1] ?? 'other');
}

/**
 * The text of a counting message for `count`, with `{count}` written in the language's digits
 * grouping and any other `{name}` filled from params.
 */
export function translatePlural(
  language: Language,
  key: PluralKey,
  count: number,
  params?: Record<string, string | number>,
): string {
  const forms = pluralDictionaries[language][key];
  const text = forms[pluralCategory(language, count)] ?? '';
  const filled: Record<string, string | number> = {
    ...params,
    count: formatNumber(count, language),
  };
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in filled ? String(filled[name]) : whole,
  );
}
