import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../roles';
import { PLURAL_CATEGORIES, pluralCategory, pluralDictionaries, translatePlural } from './plural';
import { pluralEn } from './plurals/en';

const nbsp = '\u00a0';

describe('plural forms', () => {
  it('gives Russian its three forms', () => {
    const forms = [1, 2, 5, 11, 21, 22, 25, 111, 0].map((n) =>
      translatePlural('ru', 'home.observersPresent', n),
    );
    expect(forms).toEqual([
      'Присутствует 1 наблюдатель',
      'Присутствуют 2 наблюдателя',
      'Присутствуют 5 наблюдателей',
      'Присутствуют 11 наблюдателей',
      'Присутствует 21 наблюдатель',
      'Присутствуют 22 наблюдателя',
      'Присутствуют 25 наблюдателей',
      'Присутствуют 111 наблюдателей',
      'Присутствуют 0 наблюдателей',
    ]);
  });

  it('gives English one and other, and groups the count', () => {
    expect(translatePlural('en', 'home.ballots', 1)).toBe('1 ballot');
    expect(translatePlural('en', 'home.ballots', 0)).toBe('0 ballots');
    expect(translatePlural('en', 'home.ballots', 12000)).toBe('12,000 ballots');
    expect(translatePlural('ru', 'home.ballots', 12001)).toBe(`12${nbsp}001 бюллетень`);
  });

  it('gives Kazakh its categories and its digits grouping', () => {
    expect(pluralCategory('kk', 1)).toBe('one');
    expect(pluralCategory('kk', 3)).toBe('other');
    expect(translatePlural('kk', 'home.ballots', 2003)).toBe(`2${nbsp}003 бюллетень`);
  });

  it.each(LANGUAGES)('%s writes every counting message in each of its categories', (language) => {
    const dictionary = pluralDictionaries[language];
    expect(Object.keys(dictionary).sort()).toEqual(Object.keys(pluralEn).sort());
    for (const forms of Object.values(dictionary)) {
      expect(Object.keys(forms).sort()).toEqual([...PLURAL_CATEGORIES[language]].sort());
      for (const text of Object.values(forms)) expect(text).toContain('{count}');
    }
  });

  it.each(LANGUAGES)('%s: the runtime’s rules give only categories its texts have', (language) => {
    for (let n = 0; n < 200; n += 1) {
      expect(PLURAL_CATEGORIES[language]).toContain(pluralCategory(language, n));
    }
  });
});
