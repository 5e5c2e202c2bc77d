/**
 * The national bench's country (docs/benchmarks.md, "National"): precincts of one election
 * with list sizes spread like real ones, the abroad precincts in their own time zones, the
 * laptops of each precinct, and the conflicts planted in the day. Pure and deterministic for a
 * scale and a seed: the generator (national-data.ts) and the checks read the same plan.
 */
import { makeIin } from '@shared/voters/iin';

/** Kazakhstan's precincts at home and abroad (the 2026 referendum). */
export const NATIONAL_PRECINCTS = 10_459;
export const ABROAD_PRECINCTS = 71;
/** Average and largest list; the smallest precincts (villages, stations) have a few dozen. */
export const AVERAGE_LIST = 1_200;
export const LARGEST_LIST = 3_500;
const SMALLEST_LIST = 30;
/** Planted conflicts at scale 1: double ballots and IINs on two lists. */
export const PLANTED_DOUBLES = 300;
export const PLANTED_OVERLAPS = 200;
export const NATIONAL_ELECTION = 'kz-2027-national-bench';
export const NATIONAL_VOTING_DAY = '2027-03-19';

export const REGIONS = [
  'Abai',
  'Akmola',
  'Aktobe',
  'Almaty Region',
  'Atyrau',
  'East Kazakhstan',
  'Jambyl',
  'Jetisu',
  'Karaganda',
  'Kostanay',
  'Kyzylorda',
  'Mangystau',
  'North Kazakhstan',
  'Pavlodar',
  'Turkistan',
  'Ulytau',
  'West Kazakhstan',
  'Almaty',
  'Astana',
  'Shymkent',
] as const;
export const ABROAD_REGION = 'Abroad';

/** Where the abroad precincts are: a country and its zone (embassies and consulates). */
const ABROAD_PLACES: readonly [string, string][] = [
  ['RU', 'Europe/Moscow'],
  ['DE', 'Europe/Berlin'],
  ['GB', 'Europe/London'],
  ['US', 'America/New_York'],
  ['US', 'America/Los_Angeles'],
  ['TR', 'Europe/Istanbul'],
  ['AE', 'Asia/Dubai'],
  ['CN', 'Asia/Shanghai'],
  ['KR', 'Asia/Seoul'],
  ['JP', 'Asia/Tokyo'],
  ['UZ', 'Asia/Tashkent'],
  ['KG', 'Asia/Bishkek'],
  ['AZ', 'Asia/Baku'],
  ['FR', 'Europe/Paris'],
  ['IT', 'Europe/Rome'],
  ['AU', 'Australia/Sydney'],
  ['IN', 'Asia/Kolkata'],
];

export interface PlannedPrecinct {
  index: number;
  precinctId: string;
  number: number;
  region: string;
  district: string;
  timeZone: string;
  country: string | null;
  /** The precinct's voters: indexes into the country's IIN sequence (`nationalIin`). */
  firstVoter: number;
  voters: number;
  /** Laptops of the precinct (device slots), 1 to 3. */
  laptops: number;
  /** Share of its list that votes. */
  turnout: number;
}

export interface PlannedConflicts {
  /** Voter index on a second precinct's list too: [voter, the other precinct's index]. */
  overlaps: [number, number][];
  /** Voter index given a ballot twice: on two laptops of its precinct, or at the other list's precinct. */
  doubles: number[];
}

export interface NationalPlan {
  scale: number;
  seed: number;
  precincts: PlannedPrecinct[];
  conflicts: PlannedConflicts;
  voters: number;
}

/** A small deterministic generator (mulberry32): one seed, one country. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** A normal deviate (Box–Muller) from the generator. */
function normal(next: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
}

/** Skewed like real lists: log-normal around the average, cut to the smallest and largest. */
function listSize(next: () => number, average: number): number {
  const sigma = 0.6;
  const size = Math.round(average * Math.exp(sigma * normal(next) - (sigma * sigma) / 2));
  return Math.min(LARGEST_LIST, Math.max(SMALLEST_LIST, size));
}

const scaled = (count: number, scale: number) => Math.max(1, Math.round(count * scale));

export function nationalPlan(scale: number, seed: number): NationalPlan {
  const next = seededRandom(seed);
  const total = Math.max(2, scaled(NATIONAL_PRECINCTS, scale));
  const abroad = Math.min(total - 1, scaled(ABROAD_PRECINCTS, scale));
  const precincts: PlannedPrecinct[] = [];
  let firstVoter = 0;
  for (let index = 0; index < total; index++) {
    const home = index < total - abroad;
    const place = ABROAD_PLACES[(index - (total - abroad)) % ABROAD_PLACES.length] ?? ['', ''];
    // The first precinct is the country's largest list; abroad lists are smaller.
    const voters = index === 0 ? LARGEST_LIST : listSize(next, home ? AVERAGE_LIST : 400);
    const laptops = voters > 2_000 ? 3 : voters > 800 && next() < 0.6 ? 2 : 1;
    const region = home ? (REGIONS[index % REGIONS.length] as string) : ABROAD_REGION;
    precincts.push({
      index,
      precinctId: `nat-${index + 1}`,
      number: index + 1,
      region,
      district: `${region} district ${(Math.floor(index / REGIONS.length) % 12) + 1}`,
      timeZone: home ? 'Asia/Almaty' : place[1],
      country: home ? null : place[0],
      firstVoter,
      voters,
      laptops,
      turnout: 0.5 + next() * 0.3,
    });
    firstVoter += voters;
  }
  return {
    scale,
    seed,
    precincts,
    conflicts: plantConflicts(next, precincts, scale),
    voters: firstVoter,
  };
}

/**
 * Overlaps: a voter of one precinct put on another's list too. Doubles: half on two laptops of
 * a precinct with more than one, half an overlapping voter who votes at both precincts. No
 * voter is planted twice, and a planted voter is never one of the day's undone ballots.
 */
function plantConflicts(
  next: () => number,
  precincts: PlannedPrecinct[],
  scale: number,
): PlannedConflicts {
  const taken = new Set<number>();
  const voterOf = (p: PlannedPrecinct) => {
    for (;;) {
      const voter = p.firstVoter + Math.floor(next() * p.voters);
      if (!taken.has(voter)) {
        taken.add(voter);
        return voter;
      }
    }
  };
  const pick = () => precincts[Math.floor(next() * precincts.length)] as PlannedPrecinct;
  const overlaps: [number, number][] = [];
  const doubles: number[] = [];
  const overlapCount = scaled(PLANTED_OVERLAPS, scale);
  const doubleCount = scaled(PLANTED_DOUBLES, scale);
  for (let i = 0; i < overlapCount; i++) {
    const home = pick();
    let other = pick();
    while (other === home) other = pick();
    const voter = voterOf(home);
    overlaps.push([voter, other.index]);
    // Every other overlap's voter votes at both: a double ballot across precincts.
    if (i % 2 === 1 && doubles.length < doubleCount) doubles.push(voter);
  }
  const several = precincts.filter((p) => p.laptops > 1);
  while (doubles.length < doubleCount && several.length > 0) {
    doubles.push(voterOf(several[Math.floor(next() * several.length)] as PlannedPrecinct));
  }
  return { overlaps, doubles };
}

/**
 * The country's voter `n` as a valid IIN, unique for every n: voter n owns four slots (a birth
 * date of a voter 18 to 90, a sex and a serial each; the serial grows each time the dates come
 * round) and takes the first whose check digit can be made.
 */
export function nationalIin(n: number): string {
  const days = 70 * 12 * 28;
  for (let k = n * 4; k < n * 4 + 4; k++) {
    const day = k % days;
    const round = Math.floor(k / days);
    const year = 1937 + Math.floor(day / 336);
    const month = 1 + (Math.floor(day / 28) % 12);
    const date = `${year}-${String(month).padStart(2, '0')}-${String((day % 28) + 1).padStart(2, '0')}`;
    const iin = makeIin(date, round % 2 === 0 ? 'male' : 'female', Math.floor(round / 2) + 1);
    if (iin) return iin;
  }
  throw new Error(`no IIN for voter ${n}`);
}
