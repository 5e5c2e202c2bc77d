/**
 * Recognises the header row: canonical column names and their Russian, Kazakh and English
 * renderings, compared as folded text (case, spaces, Kazakh letters and their Russian
 * look-alikes do not matter). A file saved in Windows-1251 has '?' for each Kazakh letter
 * ("Тег?" for "Тегі"); a '?' matches any one letter.
 */
import { foldName, foldWithWildcards, wildcardMatches } from '@shared/voters/fold';
import { ListFileError, REQUIRED_COLUMNS, type VoterColumn } from './types';

const HEADER_NAMES: Readonly<Record<VoterColumn, readonly string[]>> = {
  iin: [
    'iin',
    'ИИН',
    'ЖСН',
    'ИИН/ЖСН',
    'ЖСН/ИИН',
    'Индивидуальный идентификационный номер',
    'Жеке сәйкестендіру нөмірі',
  ],
  last_name: ['last_name', 'last name', 'surname', 'family name', 'Фамилия', 'Тегі'],
  first_name: ['first_name', 'first name', 'given name', 'Имя', 'Аты', 'Есімі'],
  patronymic: [
    'patronymic',
    'middle name',
    'Отчество',
    'Әкесінің аты',
    'Әкесінің есімі',
    'Әкесінің аты (бар болса)',
    'Отчество (при наличии)',
  ],
  birth_date: [
    'birth_date',
    'birth date',
    'date of birth',
    'birthdate',
    'Дата рождения',
    'Туған күні',
    'Туған күні, айы, жылы',
    'Туған жылы, айы, күні',
  ],
  address: [
    'address',
    'Адрес',
    'Адрес места жительства',
    'Адрес регистрации',
    'Мекенжай',
    'Мекенжайы',
    'Мекен-жай',
    'Мекен-жайы',
    'Тұрғылықты мекенжайы',
  ],
  precinct: [
    'precinct',
    'precinct number',
    'precinct no',
    'Участок',
    '№ участка',
    'Номер участка',
    'Участок №',
    'Учаске',
    '№ учаске',
    'Учаске нөмірі',
  ],
};

/** Folded header name → column. */
const BY_FOLDED = new Map<string, VoterColumn>();
for (const [column, names] of Object.entries(HEADER_NAMES) as [VoterColumn, string[]][]) {
  for (const name of names) BY_FOLDED.set(foldName(name), column);
}

/** The column a header cell names, or null. */
export function recogniseHeader(cell: string): VoterColumn | null {
  const pattern = foldWithWildcards(cell);
  if (!pattern.includes('?')) return BY_FOLDED.get(pattern) ?? null;
  // Wildcards must leave more known letters than unknown ones, or "???" would name anything.
  const unknown = pattern.split('?').length - 1;
  if (unknown * 2 >= pattern.replaceAll(' ', '').length) return null;
  for (const [folded, column] of BY_FOLDED) {
    if (wildcardMatches(pattern, folded)) return column;
  }
  return null;
}

export interface HeaderLayout {
  /** Recognised columns in file order, with the index of their cell. */
  columns: { column: VoterColumn; index: number }[];
  ignoredHeaders: string[];
  headerCount: number;
}

/**
 * Maps the header row's cells to columns. Throws 'no_header' when no cell is recognised and
 * 'missing_column' (details.columns) when a required column is absent. A column named twice is
 * read from its first cell; the later one is ignored.
 */
export function readHeader(cells: readonly string[]): HeaderLayout {
  const columns: HeaderLayout['columns'] = [];
  const ignoredHeaders: string[] = [];
  const seen = new Set<VoterColumn>();
  cells.forEach((raw, index) => {
    const cell = raw.replace(/^\uFEFF/, '').trim();
    const column = recogniseHeader(cell);
    if (column !== null && !seen.has(column)) {
      seen.add(column);
      columns.push({ column, index });
    } else if (cell !== '') {
      ignoredHeaders.push(cell);
    }
  });
  if (columns.length === 0) {
    throw new ListFileError(
      'no_header',
      'The first row names none of the list columns (IIN, surname, name, patronymic, birth date, address).',
    );
  }
  const missing = REQUIRED_COLUMNS.filter((column) => !seen.has(column));
  if (missing.length > 0) {
    throw new ListFileError(
      'missing_column',
      `Required columns are missing: ${missing.join(', ')}.`,
      {
        columns: [...missing],
      },
    );
  }
  return { columns, ignoredHeaders, headerCount: cells.length };
}
