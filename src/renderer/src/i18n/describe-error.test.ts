import { describe, expect, it } from 'vitest';
import { describeError } from './describe-error';

describe('an error said to the user', () => {
  it('says a specification’s problem as a sentence naming the field, in the user’s language', () => {
    const error = {
      code: 'spec_invalid' as const,
      message: 'SPEC: precinct: unknown key',
      details: { reason: 'unknown_key', field: 'precinct', key: 'numbr' },
    };
    expect(describeError(error, 'ru')).toBe(
      'Описание участка неверно: поля «numbr» в «precinct» в спецификации нет: проверьте написание.',
    );
    expect(describeError(error, 'en')).toBe(
      'The precinct specification is not valid: “numbr” in “precinct” is not a field a specification has: check its spelling.',
    );
    expect(describeError(error, 'kk')).toContain('«precinct» ішіндегі «numbr» өрісі');
    const missing = { ...error, details: { reason: 'missing', field: 'election.voting_day' } };
    expect(describeError(missing, 'en')).toBe(
      'The precinct specification is not valid: “election.voting_day” is missing or empty.',
    );
  });

  it('counts a list’s rows with errors and its errors in each language’s plural forms', () => {
    const refusal = (rows: number, errors: number) => ({
      code: 'voter_list_errors' as const,
      message: 'The voter list has rows with errors',
      details: { rows, errors },
    });
    expect(describeError(refusal(1, 1), 'ru')).toBe(
      'В списке избирателей 1 строка с ошибками (всего 1 ошибка); пакет не создан.',
    );
    expect(describeError(refusal(2, 5), 'ru')).toBe(
      'В списке избирателей 2 строки с ошибками (всего 5 ошибок); пакет не создан.',
    );
    expect(describeError(refusal(21, 22), 'ru')).toBe(
      'В списке избирателей 21 строка с ошибками (всего 22 ошибки); пакет не создан.',
    );
    expect(describeError(refusal(1, 2), 'en')).toBe(
      'The voter list has 1 row with errors (2 errors in all); no package was made.',
    );
    expect(describeError(refusal(7, 9), 'kk')).toBe(
      'Сайлаушылар тізімінде қатесі бар 7 жол (барлығы 9 қате); пакет жасалмады.',
    );
  });

  it('counts the names that may have lost letters in the plural form of the count', () => {
    const refusal = (count: number) => ({
      code: 'lost_letters_unconfirmed' as const,
      message: 'Names in this file may have lost letters; import only on purpose',
      details: { count },
    });
    expect(describeError(refusal(1), 'ru')).toMatch(
      /^Буквы могли пропасть в 1 имени этого файла\./,
    );
    expect(describeError(refusal(3), 'ru')).toMatch(
      /^Буквы могли пропасть в 3 именах этого файла\./,
    );
    expect(describeError(refusal(343), 'en')).toMatch(
      /^Letters may have been lost in 343 names of this file\./,
    );
    expect(describeError(refusal(1), 'en')).toMatch(/^Letters may have been lost in 1 name of/);
    expect(describeError(refusal(5), 'kk')).toMatch(/^Бұл файлдың 5 атта әріптер/);
  });
});
