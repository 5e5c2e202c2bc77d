import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldName, foldText, foldTokens, foldWithWildcards, wildcardMatches } from './fold';
import { editDistanceWithin, matchToken, toleranceFor } from './token-match';
import { distinctWord } from '../../../tests/support/words';

/** Every spelling in a group must fold to one key. */
const SAME_KEY: string[][] = [
  ['Жанболат', 'Zhanbolat', 'Janbolat', 'ЖАНБОЛАТ', 'zhanbolat', 'ZHANBOLAT'],
  ['Әсел', 'Асель', 'Äsel', 'Asel', 'ÄSEL', 'Асел'],
  ['Айгерим', 'Aigerim', 'Aygerim', 'Әйгерім', 'Aıgerim'],
  ['Нұрлан', 'Нурлан', 'Nurlan', 'Nūrlan'],
  ['Ахметов', 'Akhmetov', 'Ahmetov'],
  ['Шолпан', 'Şolpan', 'Sholpan', 'Щолпан'],
  ['Ғалым', 'Ğalym', 'Galym', 'Галым'],
  ['Қанат', 'Qanat', 'Kanat', 'Канат'],
  ['Жұлдыз', 'Zhuldyz', 'Juldyz', 'Жулдыз'],
  ['Хрущёв', 'Khrushchev', 'Хрущев'],
  ['Джамиля', 'Dzhamilya', 'Djamilya', 'Жамиля', 'Jamilya'],
  ['Юлия', 'Yuliya', 'Iuliia', 'Yuliia'],
  ['Цой', 'Tsoi', 'Tsoy', 'Coi'],
  ['Чингиз', 'Chingiz', 'Çingiz', 'Чынгиз'],
  ['Мәңгілік', 'Mäñgilik', 'Мангилик'],
  ['Ілияс', 'Iliyas', 'Илияс', 'ILIYAS'],
  ['Өмірзақ', 'Ömirzaq', 'Omirzak'],
  ['Үмбетәлі', 'Ümbetäli', 'Umbetali'],
  ['Һидаят', 'Hidayat', 'Хидаят'],
];

describe('foldName', () => {
  it.each(SAME_KEY)('folds every spelling of %s to one key', (...spellings) => {
    const keys = new Set(spellings.map(foldName));
    expect([...keys]).toHaveLength(1);
  });

  it('gives the keys the search expects', () => {
    expect(foldName('Жанболат')).toBe('жанболат');
    expect(foldName('Әсел')).toBe('асел');
    expect(foldName('Айгерим')).toBe('аигерим');
    expect(foldName('Ахметов')).toBe('ахметов');
    expect(foldName('Хрущёв')).toBe('хрушев');
    expect(foldName('Юлия')).toBe('иулииа');
    expect(foldName('Xenia')).toBe('ксениа');
    expect(foldName('Wolf')).toBe('уолф');
  });

  it('keeps Жанбулат one edit from Жанболат', () => {
    const key = foldName('Жанбулат');
    for (const spelling of ['Жанболат', 'Zhanbolat', 'Janbolat']) {
      expect(editDistanceWithin(key, foldName(spelling), 2)).toBe(1);
    }
  });

  it('lower-cases without locale surprises: Turkish İ and dotless ı', () => {
    expect(foldName('İSMAİL')).toBe('исмаил');
    expect(foldName('Ismail')).toBe('исмаил');
    expect(foldName('ISMAIL')).toBe('исмаил');
    expect(foldName('ısmaıl')).toBe('исмаил');
    expect(foldName('I\u0307smail')).toBe('исмаил'); // I + combining dot above
  });

  it('folds decomposed text like composed text', () => {
    expect(foldName('S\u0327olpan')).toBe(foldName('Şolpan'));
    expect(foldName('A\u0308sel')).toBe('асел');
    expect(foldName('Ерден\u0301')).toBe('ерден'); // a stress mark
    expect(foldName('Éric')).toBe('ериц');
  });

  it('splits on hyphens, apostrophes, digits and punctuation, and joins tokens by one space', () => {
    expect(foldTokens('Сұлтан-Ахмет')).toEqual(['султан', 'ахмет']);
    expect(foldTokens("O'Neil")).toEqual(['о', 'неил']);
    expect(foldTokens('Д’Артаньян')).toEqual(['д', 'артаниан']);
    expect(foldName('  Иванов   Иван\tИванович ')).toBe('иванов иван иванович');
    expect(foldName('Петров2')).toBe('петров');
    expect(foldTokens('—, 12 !')).toEqual([]);
    expect(foldName('')).toBe('');
  });

  it('drops ъ and ь inside a word without splitting it', () => {
    expect(foldTokens('Объедкова Асель')).toEqual(['обедкова', 'асел']);
  });

  it('folds right through the name cache filling, clearing and standing aside', () => {
    const wrong: string[] = [];
    // Distinct names (the cache fills, misses and stands aside), then repeating ones.
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 100_000; i++) {
        const n = round === 0 ? i : i % 50;
        if (foldName(`Ахмет${distinctWord(n)}ов`) !== `ахмет${distinctWord(n)}ов`)
          wrong.push(distinctWord(n));
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives the same result on a second call (the cache) and for equal texts', () => {
    const text = ['Ерл', 'ан'].join('');
    expect(foldName(text)).toBe('ерлан');
    expect(foldName('Ерлан')).toBe('ерлан');
  });
});

describe('foldText', () => {
  it('keeps digits in tokens, for address fragments', () => {
    expect(foldText('г. Алматы, ул. Абая, д. 12а, кв. 5')).toBe('г алмати ул абаиа д 12а кв 5');
    expect(foldText('Абая 12')).toBe('абаиа 12');
    expect(foldText('г. Алматы, ул. Абая, д. 12а, кв. 5')).toContain(foldText('ул. АБАЯ'));
  });

  it('folds repeated and changing texts alike', () => {
    expect(foldText('Достық 5')).toBe('достик 5');
    expect(foldText('Достық 5')).toBe('достик 5');
    expect(foldText('Достык 7')).toBe('достик 7');
  });
});

describe('wildcards (text saved in a code page without Kazakh letters)', () => {
  it("keeps '?' and lets it stand for one letter", () => {
    expect(foldWithWildcards('Тег?')).toBe('тег?');
    expect(wildcardMatches(foldWithWildcards('Тег?'), foldName('Тегі'))).toBe(true);
    expect(wildcardMatches(foldWithWildcards('?кес?н?? аты'), foldName('Әкесінің аты'))).toBe(true);
    expect(wildcardMatches(foldWithWildcards('Тег?'), foldName('Тегин'))).toBe(false);
    expect(wildcardMatches('а?', 'а б')).toBe(false);
  });

  it("treats '?' as a separator in names", () => {
    expect(foldName('Тег?')).toBe('тег');
  });
});

/** Optimal string alignment distance, the textbook full table. */
function osa(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = 0; i <= a.length; i++) d[i]![0] = i;
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

describe('editDistanceWithin', () => {
  it('counts substitutions, insertions, deletions and adjacent transpositions', () => {
    expect(editDistanceWithin('жанболат', 'жанболат', 0)).toBe(0);
    expect(editDistanceWithin('жанболат', 'жанбулат', 2)).toBe(1);
    expect(editDistanceWithin('жанболат', 'жнаболат', 2)).toBe(1);
    expect(editDistanceWithin('асел', 'асель', 1)).toBe(1);
    expect(editDistanceWithin('асел', 'сел', 1)).toBe(1);
    expect(editDistanceWithin('ca', 'abc', 3)).toBe(3); // OSA, not full Damerau (which gives 2)
    expect(editDistanceWithin('', 'аб', 2)).toBe(2);
  });

  it('returns null beyond max', () => {
    expect(editDistanceWithin('жанболат', 'жанбулат', 0)).toBeNull();
    expect(editDistanceWithin('абвгд', 'вгдеж', 2)).toBeNull();
    expect(editDistanceWithin('а', 'абвг', 2)).toBeNull();
    expect(editDistanceWithin('а', 'а', -1)).toBeNull();
  });

  it('agrees with the full table on random short words', () => {
    const word = fc.string({ unit: fc.constantFrom('а', 'б', 'в', 'г'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        const full = osa(a, b);
        return editDistanceWithin(a, b, max) === (full <= max ? full : null);
      }),
      { numRuns: 3000 },
    );
  });

  it('handles words longer than its reused rows', () => {
    const long = 'а'.repeat(100);
    expect(editDistanceWithin(long, `${long}б`, 1)).toBe(1);
    expect(editDistanceWithin(long, 'б'.repeat(100), 2)).toBeNull();
  });
});

describe('toleranceFor and matchToken', () => {
  it('tolerates more edits in longer tokens', () => {
    expect([0, 1, 3, 4, 6, 7, 12].map(toleranceFor)).toEqual([0, 0, 0, 1, 1, 2, 2]);
  });

  it('tells exact, prefix and fuzzy matches apart', () => {
    expect(matchToken('жанболат', 'жанболат')).toBe('exact');
    expect(matchToken('жан', 'жанболат')).toBe('prefix');
    expect(matchToken('ж', 'жанболат')).toBe('prefix');
    expect(matchToken('жанбулат', 'жанболат')).toBe('fuzzy');
    expect(matchToken('асел', 'асем')).toBe('fuzzy');
    expect(matchToken('жнаб', 'жанболат')).toBe('fuzzy'); // a typo in a partly typed name
    expect(matchToken('жанбул', 'жанболат')).toBe('fuzzy');
  });

  it('is strict for short tokens and refuses what is too far', () => {
    expect(matchToken('жна', 'жанболат')).toBeNull(); // 3 letters: no tolerance
    expect(matchToken('ким', 'кем')).toBeNull();
    expect(matchToken('', 'жанболат')).toBeNull();
    expect(matchToken('нурлан', 'жанболат')).toBeNull();
    expect(matchToken('абвгде', 'жанболат')).toBeNull();
  });

  it('lets the spellings of one name find one another', () => {
    const listed = foldName('Жанболат');
    for (const typed of ['Жанбулат', 'Zhanbolat', 'Janbolat', 'жанб', 'Zhanb']) {
      expect(matchToken(foldName(typed), listed)).not.toBeNull();
    }
  });
});
