import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { makeIin } from '@shared/voters/iin';
import type { VoterData } from '../core/features/voters/voter-store';

/**
 * Synthetic voters for tests and the benchmark: valid IINs matching their birth dates,
 * Kazakh and Russian names in Cyrillic, addresses of one city. Deterministic for a seed.
 */
const KAZAKH_SURNAMES = [
  'Ахметов',
  'Жумабаев',
  'Сәрсенбаев',
  'Қасымов',
  'Нұрланов',
  'Оспанов',
  'Әлиев',
  'Бекмұхамбетов',
  'Тоқаев',
  'Смағұлов',
  'Есенов',
  'Жақсыбеков',
  'Байғабылов',
  'Құдайбергенов',
  'Ибраев',
  'Мұқанов',
  'Серікбаев',
  'Төлеуов',
  'Ержанов',
  'Омаров',
  'Садықов',
  'Шәкенов',
  'Әбдірахманов',
  'Дәулетов',
];
const RUSSIAN_SURNAMES = [
  'Иванов',
  'Петров',
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Васильев',
  'Соколов',
  'Михайлов',
  'Новиков',
  'Фёдоров',
  'Морозов',
  'Волков',
  'Алексеев',
  'Лебедев',
  'Семёнов',
  'Егоров',
];
const MALE_NAMES = [
  'Жанболат',
  'Нұрлан',
  'Ерлан',
  'Мақсат',
  'Асхат',
  'Бауыржан',
  'Дәурен',
  'Серік',
  'Айдос',
  'Ержан',
  'Сергей',
  'Андрей',
  'Алексей',
  'Дмитрий',
  'Ілияс',
  'Тимур',
  'Қайрат',
  'Арман',
];
const FEMALE_NAMES = [
  'Әсел',
  'Айгерим',
  'Гүлнар',
  'Дана',
  'Жансая',
  'Мөлдір',
  'Сәуле',
  'Ақбота',
  'Інжу',
  'Ольга',
  'Елена',
  'Наталья',
  'Татьяна',
  'Динара',
  'Аружан',
  'Камила',
  'Томирис',
  'Гүлжан',
];
const STREETS = [
  'Абая',
  'Сәтпаев',
  'Тимирязева',
  'Жандосова',
  'Розыбакиева',
  'Гагарина',
  'Байзақов',
];

/** A small deterministic generator (mulberry32), so a seed always gives the same list. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(items: readonly T[], r: number): T => items[Math.floor(r * items.length)] as T;

function feminine(surname: string): string {
  return /(ов|ев|ин)$/.test(surname) ? `${surname}а` : surname;
}

/** `count` distinct voters aged 18 to 90 on `votingDay`. */
export function* sampleVoters(
  count: number,
  votingDay = '2027-03-19',
  seed = 1,
): Generator<VoterData> {
  const next = random(seed);
  const [vy] = votingDay.split('-').map(Number) as [number];
  // Serials are handed out per birth date and sex so IINs never repeat.
  const serials = new Map<string, number>();
  for (let i = 0; i < count;) {
    const female = next() < 0.52;
    const year = vy - 19 - Math.floor(next() * 71);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const birth = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const key = `${birth}${female ? 'f' : 'm'}`;
    const serial = (serials.get(key) ?? 0) + 1;
    serials.set(key, serial);
    if (serial > 9999) continue;
    const iin = makeIin(birth, female ? 'female' : 'male', serial);
    if (!iin) continue;
    const kazakh = next() < 0.7;
    const surname = pick(kazakh ? KAZAKH_SURNAMES : RUSSIAN_SURNAMES, next());
    const father = pick(MALE_NAMES, next());
    yield {
      iin,
      last_name: female ? feminine(surname) : surname,
      first_name: pick(female ? FEMALE_NAMES : MALE_NAMES, next()),
      patronymic: kazakh && next() < 0.3 ? null : `${father}${female ? 'овна' : 'ович'}`,
      birth_date: birth,
      address: `г. Алматы, ул. ${pick(STREETS, next())}, д. ${1 + Math.floor(next() * 200)}, кв. ${1 + Math.floor(next() * 120)}`,
      precinct: 412,
    };
    i++;
  }
}

/** A cell of a comma-separated list file, quoted when it must be (addresses hold commas). */
function listCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One voter as a CSV line in the files' canonical column order. */
export function voterCsvLine(v: VoterData): string {
  return [v.iin, v.last_name, v.first_name, v.patronymic, v.birth_date, v.address, v.precinct]
    .map(listCell)
    .join(',');
}

export const CSV_HEADER = 'iin,last_name,first_name,patronymic,birth_date,address,precinct';

/** Writes voters as a UTF-8 CSV file with a header, streaming (a million rows stay small). */
export async function writeVoterCsv(path: string, voters: Iterable<VoterData>): Promise<number> {
  const out = createWriteStream(path);
  let rows = 0;
  let chunk = `${CSV_HEADER}\n`;
  for (const voter of voters) {
    chunk += `${voterCsvLine(voter)}\n`;
    rows++;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return rows;
}
