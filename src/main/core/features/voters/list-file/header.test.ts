import { describe, expect, it } from 'vitest';
import { readHeader, recogniseHeader } from './header';
import { ListFileError } from './types';

describe('recogniseHeader', () => {
  it.each([
    ['IIN', 'iin'],
    ['ИИН', 'iin'],
    ['ЖСН', 'iin'],
    ['иин/жсн', 'iin'],
    ['last_name', 'last_name'],
    ['Фамилия', 'last_name'],
    ['Тегі', 'last_name'],
    ['Имя', 'first_name'],
    ['Аты', 'first_name'],
    ['Отчество', 'patronymic'],
    ['Әкесінің аты', 'patronymic'],
    ['Дата рождения', 'birth_date'],
    ['Туған күні', 'birth_date'],
    ['birth date', 'birth_date'],
    ['Date of Birth', 'birth_date'],
    ['Адрес', 'address'],
    ['Мекенжай', 'address'],
    ['Участок', 'precinct'],
    ['№ участка', 'precinct'],
    ['Учаске', 'precinct'],
    ['Учаске нөмірі', 'precinct'],
  ] as const)('%s → %s', (header, column) => {
    expect(recogniseHeader(header)).toBe(column);
  });

  it('ignores case, spacing and punctuation', () => {
    expect(recogniseHeader('  ДАТА   РОЖДЕНИЯ: ')).toBe('birth_date');
    expect(recogniseHeader('дата_рождения')).toBe('birth_date');
    expect(recogniseHeader('№участка')).toBe('precinct');
  });

  it('accepts Russian and Latin look-alikes of Kazakh letters', () => {
    expect(recogniseHeader('Туган куни')).toBe('birth_date');
    expect(recogniseHeader('Тегi')).toBe('last_name'); // Latin i
    expect(recogniseHeader('Учаске номiрi')).toBe('precinct');
    expect(recogniseHeader('Акесинин аты')).toBe('patronymic');
  });

  it("lets each '?' of a code page without Kazakh letters stand for one letter", () => {
    expect(recogniseHeader('Тег?')).toBe('last_name');
    expect(recogniseHeader('?кес?н?? аты')).toBe('patronymic');
    expect(recogniseHeader('Ту?ан к?н?')).toBe('birth_date');
    expect(recogniseHeader('Учаске н?м?р?')).toBe('precinct');
    expect(recogniseHeader('Мекенжа?')).toBe('address');
  });

  it('recognises nothing from mostly unknown letters or unknown names', () => {
    expect(recogniseHeader('???')).toBeNull();
    expect(recogniseHeader('?? ??')).toBeNull();
    expect(recogniseHeader('Тег??')).toBeNull();
    expect(recogniseHeader('Примечание')).toBeNull();
    expect(recogniseHeader('')).toBeNull();
    expect(recogniseHeader('Фамилия Имя Отчество')).toBeNull();
  });
});

describe('readHeader', () => {
  it('maps cells to columns and lists the rest', () => {
    const layout = readHeader(['\uFEFFИИН', 'ФИО', 'Фамилия', 'Имя', 'Дата рождения', 'Адрес', '']);
    expect(layout.columns).toEqual([
      { column: 'iin', index: 0 },
      { column: 'last_name', index: 2 },
      { column: 'first_name', index: 3 },
      { column: 'birth_date', index: 4 },
      { column: 'address', index: 5 },
    ]);
    expect(layout.ignoredHeaders).toEqual(['ФИО']);
    expect(layout.headerCount).toBe(7);
  });

  it('refuses a row without any known column, and one without a required column', () => {
    expect(() => readHeader(['a', 'b'])).toThrow(ListFileError);
    try {
      readHeader(['ИИН', 'Фамилия', 'Имя', 'Адрес']);
    } catch (error) {
      expect((error as ListFileError).code).toBe('missing_column');
      expect((error as ListFileError).details).toEqual({ columns: ['birth_date'] });
      return;
    }
    expect.unreachable();
  });
});
