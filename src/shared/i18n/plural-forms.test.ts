import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../roles';
import { pluralDictionaries, translatePlural, type PluralKey } from './plural';
import { pluralEn } from './plurals/en';

const KEYS = Object.keys(pluralEn) as PluralKey[];
const COUNTS = [1, 2, 5, 21] as const;

/** Russian as a reader expects it for 1, 2, 5 and 21. */
const RUSSIAN: Partial<Record<PluralKey, readonly [string, string, string, string]>> = {
  'infolog.presentNow': [
    'Сейчас на участке 1 наблюдатель',
    'Сейчас на участке 2 наблюдателя',
    'Сейчас на участке 5 наблюдателей',
    'Сейчас на участке 21 наблюдатель',
  ],
  'infolog.overdueNow': [
    'Просрочена 1 жалоба: ответьте в первую очередь.',
    'Просрочены 2 жалобы: ответьте в первую очередь.',
    'Просрочено 5 жалоб: ответьте в первую очередь.',
    'Просрочена 21 жалоба: ответьте в первую очередь.',
  ],
  'voters.find.count': [
    'Найден 1 избиратель.',
    'Найдено 2 избирателя.',
    'Найдено 5 избирателей.',
    'Найден 21 избиратель.',
  ],
  'voters.import.importButton': [
    'Загрузить 1 верную строку',
    'Загрузить 2 верные строки',
    'Загрузить 5 верных строк',
    'Загрузить 21 верную строку',
  ],
  'login.idleLocked': [
    'Заблокировано после 1 минуты без действий. Войдите снова, чтобы продолжить.',
    'Заблокировано после 2 минут без действий. Войдите снова, чтобы продолжить.',
    'Заблокировано после 5 минут без действий. Войдите снова, чтобы продолжить.',
    'Заблокировано после 21 минуты без действий. Войдите снова, чтобы продолжить.',
  ],
  'sync.status.accepted': [
    'Принят: 1 новое событие',
    'Принят: 2 новых события',
    'Принят: 5 новых событий',
    'Принят: 21 новое событие',
  ],
  'infolog.days': ['1 день', '2 дня', '5 дней', '21 день'],
  'packages.errorRows': [
    '1 строка с ошибками',
    '2 строки с ошибками',
    '5 строк с ошибками',
    '21 строка с ошибками',
  ],
};

describe('every counting message', () => {
  it.each(KEYS)('%s takes the Russian form the count asks for (1, 2, 5, 21)', (key) => {
    const shown = COUNTS.map((n) =>
      translatePlural('ru', key, n, { at: '—', kind: '—', equipment: '—' }),
    );
    const forms = pluralDictionaries.ru[key];
    // 1 and 21 take "one", 2 "few", 5 "many": the same text as the form, with the count in it.
    const expected = (form: string | undefined, n: number) =>
      (form ?? '').replace('{count}', String(n)).replace(/\{(at|kind|equipment)\}/g, '—');
    expect(shown).toEqual([
      expected(forms.one, 1),
      expected(forms.few, 2),
      expected(forms.many, 5),
      expected(forms.one, 21),
    ]);
    const known = RUSSIAN[key];
    if (known) expect(shown).toEqual(known);
  });

  it.each(LANGUAGES)(
    'in %s, puts the count in the sentence rather than after a label',
    (language) => {
      for (const key of KEYS) {
        for (const text of Object.values(pluralDictionaries[language][key])) {
          expect(text, key).not.toMatch(/\(s\)|: \{count\}\.?$|\{count\}\)$/);
        }
      }
    },
  );
});
