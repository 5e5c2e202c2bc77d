import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../roles';
import { dictionaries } from './index';
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
  'settings.autoLockSaved': [
    'Сохранено: приложение блокируется через 1 минуту без действий.',
    'Сохранено: приложение блокируется через 2 минуты без действий.',
    'Сохранено: приложение блокируется через 5 минут без действий.',
    'Сохранено: приложение блокируется через 21 минуту без действий.',
  ],
  'infolog.rule.standard': ['1 день', '2 дня', '5 дней', '21 день'],
  'voters.find.countAll': [
    'В списке 1 избиратель, по алфавиту.',
    'В списке 2 избирателя, по алфавиту.',
    'В списке 5 избирателей, по алфавиту.',
    'В списке 21 избиратель, по алфавиту.',
  ],
  'sync.pending': [
    'Ещё не выгружено — из 1 события этого ноутбука.',
    'Ещё не выгружено — из 2 событий этого ноутбука.',
    'Ещё не выгружено — из 5 событий этого ноутбука.',
    'Ещё не выгружено — из 21 события этого ноутбука.',
  ],
  'results.alarmDetail.versions': [
    'подписана 1 версия',
    'подписаны 2 версии',
    'подписано 5 версий',
    'подписана 21 версия',
  ],
  'audit.summary.protocol.reportSent': [
    'Отчёт на —: проголосовал 1 избиратель',
    'Отчёт на —: проголосовали 2 избирателя',
    'Отчёт на —: проголосовали 5 избирателей',
    'Отчёт на —: проголосовал 21 избиратель',
  ],
  'precinctList.found': [
    'Подходит 1 участок; показаны строки —–—.',
    'Подходят 2 участка; показаны строки —–—.',
    'Подходят 5 участков; показаны строки —–—.',
    'Подходит 21 участок; показаны строки —–—.',
  ],
  'precinctList.devicesFound': [
    'Подходит 1 устройство; показаны строки —–—.',
    'Подходят 2 устройства; показаны строки —–—.',
    'Подходят 5 устройств; показаны строки —–—.',
    'Подходит 21 устройство; показаны строки —–—.',
  ],
};

/** Every placeholder a counting message may hold besides its count, filled with a dash. */
const OTHER_PARAMS = [
  'at',
  'kind',
  'equipment',
  'page',
  'pages',
  'pending',
  'slot',
  'devices',
  'from',
  'to',
  'hour',
  'note',
  'names',
  'shown',
  'first',
  'last',
  'file',
  'rejected',
  'withProtocol',
] as const;
const DASHES = Object.fromEntries(OTHER_PARAMS.map((name) => [name, '—']));
const DASHED = new RegExp(`\\{(${OTHER_PARAMS.join('|')})\\}`, 'g');

/**
 * A count written after a label ("Voters: {count}"), in parentheses after a noun ("names
 * ({count})") or beside a cut word ("{days} дн.", "{minutes} мин.") dodges the plural form: such
 * a message belongs among the counting messages. A tab's or status's tally in parentheses after
 * a single word ("History (3)") is a badge, not a sentence, and is the one shape let through.
 */
const DODGES = [
  /: \{(count|total|minutes|days)\}/,
  /\S \(\{(count|total)\}\)/,
  /\{\w+\} (дн|мин|ч|шт|сек)\./,
  /\((s|ов|ей)\)/,
];
const BADGES = new Set([
  'accommodations.corrections',
  'infolog.status.corrected',
  'infolog.history',
]);

/**
 * Rows of figures, each after its label, read as a table in one line ("open: 2; closed: 3"),
 * and the protocol's "received: 100 (one hundred)", which the legal form writes that way.
 */
const TALLIES = new Set([
  'supervisor.import.counts',
  'accommodations.summary.requests',
  'voters.turnout.live',
  'protocol.doc.received',
]);

describe('every counting message', () => {
  it.each(KEYS)('%s takes the Russian form the count asks for (1, 2, 5, 21)', (key) => {
    const shown = COUNTS.map((n) => translatePlural('ru', key, n, DASHES));
    const forms = pluralDictionaries.ru[key];
    // 1 and 21 take "one", 2 "few", 5 "many": the same text as the form, with the count in it.
    const expected = (form: string | undefined, n: number) =>
      (form ?? '').replace('{count}', String(n)).replace(DASHED, '—');
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

  it.each(LANGUAGES)('in %s, no other message counts around a plural', (language) => {
    const dodging = Object.entries(dictionaries[language])
      .filter(
        ([key, text]) =>
          !BADGES.has(key) && !TALLIES.has(key) && DODGES.some((dodge) => dodge.test(text)),
      )
      .map(([key]) => key);
    expect(dodging).toEqual([]);
  });

  it('catches a message that counts after a label, in parentheses or with a cut word', () => {
    const caught = (text: string) => DODGES.some((dodge) => dodge.test(text));
    expect(caught('Избирателей в списке: {count}, по алфавиту.')).toBe(true);
    expect(caught('Записей: {total}, страница {page} из {pages}')).toBe(true);
    expect(caught('В именах ({count}) вместо буквы стоит «?»')).toBe(true);
    expect(caught('список избирателей, {days} дн.')).toBe(true);
    expect(caught('Автоблокировка через {minutes} мин.')).toBe(true);
    expect(caught('{count} voter(s)')).toBe(true);
    expect(caught('В списке {count} избирателей, по алфавиту.')).toBe(false);
  });
});
