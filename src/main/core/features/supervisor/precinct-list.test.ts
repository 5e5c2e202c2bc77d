import { afterEach, describe, expect, it } from 'vitest';
import { PRECINCT_PAGE_MAX, PRECINCT_SEARCH_MAX } from '@shared/supervisor/precinct-list-contract';
import { sampleVoters } from '../../../bench/sample-voters';
import { importAll } from './import-run';
import { precinctPage, type PrecinctQuery } from './precinct-list';
import { dashboard } from './supervisor-views';
import { results } from './results-views';
import { devicePage } from './device-list';
import {
  addPrecinct,
  ballot,
  centralFixture,
  enrolDevice,
  recordEvents,
  syncFile,
  VOTING_DAY,
  type CentralFixture,
} from '../../../../../tests/support/supervisor';
import {
  ABROAD_REGION,
  KZ_REGIONS,
  LARGEST,
  nationalPrecinct,
  PLANTED,
  registerNationalPrecincts,
} from '../../../../../tests/support/national-precincts';
import { makeTestCore, type TestCore } from '../../../../../tests/support/core';
import { startCentral } from '../../../../../tests/support/supervisor';

let fx: CentralFixture;
afterEach(() => fx.dispose());

const COUNT = 600;
const first: PrecinctQuery = { sort: 'number', descending: false, limit: 25, offset: 0 };
const numbers = (query: Partial<PrecinctQuery>) =>
  precinctPage(fx.db, { ...first, ...query }).precincts.map((p) => p.number);

describe('the dashboard’s precincts, a page at a time', () => {
  it('cuts pages in the order asked for, with the total over all of them', () => {
    fx = centralFixture();
    registerNationalPrecincts(fx.db, fx.keys, COUNT);
    const page = precinctPage(fx.db, first);
    expect(page.total).toBe(COUNT);
    expect(page.precincts.map((p) => p.number)).toEqual(
      Array.from({ length: 25 }, (_, i) => i + 1),
    );
    expect(numbers({ offset: 575, limit: 100 })).toEqual(
      Array.from({ length: 25 }, (_, i) => 576 + i),
    );
    expect(numbers({ offset: 600 })).toEqual([]);
    expect(numbers({ descending: true, limit: 3 })).toEqual([600, 599, 598]);
    // The longest list first.
    const longest = Math.max(
      ...Array.from({ length: COUNT }, (_, i) => nationalPrecinct(i, COUNT).voters),
    );
    expect(
      precinctPage(fx.db, { ...first, sort: 'voters', descending: true }).precincts[0]?.voters,
    ).toBe(longest);
    const byVoters = precinctPage(fx.db, { ...first, sort: 'voters', limit: 100 }).precincts;
    expect(byVoters.map((p) => p.voters)).toEqual(
      [...byVoters.map((p) => p.voters)].sort((a, b) => a - b),
    );
  });

  it('orders names and regions as the Kazakh alphabet does, numbers in names by value', () => {
    fx = centralFixture();
    registerNationalPrecincts(fx.db, fx.keys, 8);
    // Byte order would put every Kazakh letter after Я, and № 10 before № 9.
    const named = [
      ['Яблоневый', 'Абай облысы'],
      ['Әуезов ауылы', 'Алматы'],
      ['Карасу', 'Ақмола облысы'],
      ['Ілияс ауылы', 'Абай облысы'],
      ['школа № 10', 'Шет ел'],
      ['Қарасу', 'Алматы'],
      ['Школа № 9', 'Ақмола облысы'],
      ['Абай', 'Ұлытау облысы'],
    ];
    const rename = fx.db.prepare(
      "UPDATE precincts SET name = ?, region = ?, district = '-' WHERE number = ?",
    );
    named.forEach(([name, region], i) => rename.run(name, region, i + 1));
    const page = (query: Partial<PrecinctQuery>) =>
      precinctPage(fx.db, { ...first, ...query }).precincts;
    const byName = [
      'Абай',
      'Әуезов ауылы',
      'Карасу',
      'Қарасу',
      'Школа № 9',
      'школа № 10',
      'Ілияс ауылы',
      'Яблоневый',
    ];
    expect(page({ sort: 'name' }).map((p) => p.name)).toEqual(byName);
    expect(page({ sort: 'name', descending: true }).map((p) => p.name)).toEqual(
      [...byName].reverse(),
    );
    // A page of the order, and the searched number first whatever the order.
    expect(page({ sort: 'name', limit: 3, offset: 2 }).map((p) => p.name)).toEqual(
      byName.slice(2, 5),
    );
    expect(page({ sort: 'name', search: '5' }).map((p) => p.number)).toEqual([5]);
    // Regions, then ties by number (each precinct its own district here).
    expect(page({ sort: 'region' }).map((p) => [p.region, p.number])).toEqual([
      ['Абай облысы', 1],
      ['Абай облысы', 4],
      ['Ақмола облысы', 3],
      ['Ақмола облысы', 7],
      ['Алматы', 2],
      ['Алматы', 6],
      ['Ұлытау облысы', 8],
      ['Шет ел', 5],
    ]);
  });

  it('filters by region, and finds a number exactly and a part of a name in any case and script', () => {
    fx = centralFixture();
    registerNationalPrecincts(fx.db, fx.keys, COUNT);
    const astana = precinctPage(fx.db, { ...first, region: KZ_REGIONS[0], limit: 100 });
    const inAstana = Array.from({ length: COUNT }, (_, i) => nationalPrecinct(i, COUNT)).filter(
      (p) => p.region === KZ_REGIONS[0],
    );
    expect(astana.total).toBe(inAstana.length);
    expect(new Set(astana.precincts.map((p) => p.region))).toEqual(new Set([KZ_REGIONS[0]]));
    expect(precinctPage(fx.db, { ...first, region: ABROAD_REGION }).total).toBe(71);
    expect(precinctPage(fx.db, { ...first, region: 'Nowhere' })).toEqual({
      total: 0,
      precincts: [],
      turnout: [],
    });

    // A number: that precinct first, then the names holding its digits.
    const found = precinctPage(fx.db, { ...first, search: '42', limit: 100 });
    expect(found.precincts[0]?.number).toBe(42);
    expect(found.precincts.slice(1).every((p) => p.name.includes('42'))).toBe(true);
    expect(found.total).toBe(1 + found.precincts.slice(1).length);
    expect(numbers({ search: ' № 420 ', limit: 1 })).toEqual([420]);
    // Kazakh letters in upper case, Russian in mixed case; Latin spelling of a Cyrillic name.
    expect(numbers({ search: 'ГИМНАЗИЯ', limit: 100 })).toHaveLength(100);
    expect(precinctPage(fx.db, { ...first, search: 'ЛиЦеЙ' }).total).toBe(COUNT / 3);
    expect(precinctPage(fx.db, { ...first, search: 'ҚАРАСУ' }).total).toBe(25);
    expect(precinctPage(fx.db, { ...first, search: 'karasu' }).total).toBe(25);
    // The search and the region together.
    expect(
      precinctPage(fx.db, { ...first, search: 'лицей', region: KZ_REGIONS[1] }).precincts.every(
        (p) => p.region === KZ_REGIONS[1] && p.name.includes('лицей'),
      ),
    ).toBe(true);
    // The results' table is searched alike (read whole, matched in code): the same precincts.
    const inResults = results(fx.db, {
      search: 'ҚАРАСУ',
      sort: 'number',
      descending: true,
      limit: 500,
      offset: 0,
    });
    expect(inResults).toMatchObject({ total: COUNT, found: 25 });
    expect(inResults.precincts.map((p) => p.number)).toEqual(
      precinctPage(fx.db, {
        ...first,
        search: 'ҚАРАСУ',
        descending: true,
        limit: 100,
      }).precincts.map((p) => p.number),
    );
    expect(
      results(fx.db, { search: '42', sort: 'number', descending: true, limit: 3, offset: 0 })
        .precincts[0]?.number,
    ).toBe(42);
    // Nothing to search by (punctuation only): nothing matches, rather than everything.
    expect(precinctPage(fx.db, { ...first, search: '!!!' }).total).toBe(0);
    expect(precinctPage(fx.db, { ...first, search: '   ' }).total).toBe(COUNT);
  });

  it('finds the planted name among 3,000 and sorts by ballots and turnout from real imports', async () => {
    fx = centralFixture();
    registerNationalPrecincts(fx.db, fx.keys, 3_000);
    expect(numbers({ sort: 'voters', descending: true, limit: 1 })).toEqual([LARGEST.number]);
    expect(precinctPage(fx.db, { ...first, search: 'қарағаш' }).precincts).toMatchObject([
      { number: PLANTED.number, name: PLANTED.name },
    ]);
    // Two precincts of their own with ballots imported: 3 of 20 and 12 of 20.
    for (const [id, number, cast] of [
      ['p-20001', 20_001, 3],
      ['p-20002', 20_002, 12],
    ] as const) {
      const voters = [...sampleVoters(20, VOTING_DAY, number)];
      const content = await addPrecinct(fx, id, number, voters);
      const device = enrolDevice(content, `dev-${number}`);
      const events = recordEvents(
        `dev-${number}`,
        voters.slice(0, cast).map((v, i) => ballot(`b-${number}-${i}`, v.iin)),
      );
      importAll(fx.ctx, [fx.file(`${id}.sync`, syncFile(fx, device, events))]);
    }
    const started = performance.now();
    const byBallots = precinctPage(fx.db, { ...first, sort: 'ballots', descending: true });
    const elapsed = performance.now() - started;
    expect(byBallots.total).toBe(3_002);
    expect(byBallots.precincts.slice(0, 2).map((p) => [p.number, p.ballots])).toEqual([
      [20_002, 12],
      [20_001, 3],
    ]);
    // The page's turnout by hour comes with it: its two precincts' cells, nobody else's.
    expect(new Set(byBallots.turnout.map((c) => c.precinctId))).toEqual(
      new Set(['p-20001', 'p-20002']),
    );
    expect(numbers({ sort: 'turnout', descending: true, limit: 2 })).toEqual([20_002, 20_001]);
    // Never synced sorts before any time; newest first puts the two that reported on top.
    expect(numbers({ sort: 'lastSync', descending: true, limit: 2 }).sort()).toEqual([
      20_001, 20_002,
    ]);
    expect(numbers({ sort: 'lastSync', limit: 1 })).toEqual([1]);
    // Well inside the dashboard's budget (a loose bound for a busy machine).
    expect(elapsed).toBeLessThan(1_000);
    // The devices a page at a time: found by their precinct's number, or a part of their id.
    expect(devicePage(fx.db, { limit: 1, offset: 0 })).toMatchObject({
      total: 2,
      devices: [{ deviceId: 'dev-20001' }],
    });
    expect(devicePage(fx.db, { search: '20002', limit: 10, offset: 0 }).devices).toMatchObject([
      { deviceId: 'dev-20002', precinctId: 'p-20002' },
    ]);
    expect(devicePage(fx.db, { search: 'DEV-2000', limit: 10, offset: 1 })).toMatchObject({
      total: 2,
      devices: [{ deviceId: 'dev-20002' }],
    });
    expect(() => devicePage(fx.db, { limit: PRECINCT_PAGE_MAX + 1, offset: 0 })).toThrow(
      expect.objectContaining({ code: 'precinct_query_invalid' }),
    );
    // The overview counts without listing anyone.
    expect(dashboard(fx.db)).toMatchObject({
      precinctsKnown: 3_002,
      reporting: 2,
      silent: 3_000,
    });
  });
});

describe('a page of precincts asked for badly', () => {
  let t: TestCore;
  afterEach(() => t.dispose());

  it('is refused with a stable code, through the door and in the store’s own function', async () => {
    fx = centralFixture();
    t = makeTestCore();
    await startCentral(t);
    const page = { sort: 'number' as const, descending: false, limit: 10, offset: 0 };
    expect(await t.must('listPrecincts', page)).toEqual({ total: 0, precincts: [], turnout: [] });
    for (const bad of [
      { ...page, sort: 'iin' },
      { ...page, sort: 'number; DROP TABLE precincts' },
      { ...page, limit: PRECINCT_PAGE_MAX + 1 },
      { ...page, limit: 0 },
      { ...page, offset: -1 },
      { ...page, search: 'x'.repeat(PRECINCT_SEARCH_MAX + 1) },
      { ...page, extra: true },
    ]) {
      expect(await t.call('listPrecincts', bad as never)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    }
    // Called directly (the bench, the command line), the store's function refuses the same.
    for (const bad of [
      { ...first, sort: 'iin' },
      { ...first, limit: PRECINCT_PAGE_MAX + 1 },
      { ...first, offset: 1.5 },
      { ...first, search: 'x'.repeat(PRECINCT_SEARCH_MAX + 1) },
    ]) {
      expect(() => precinctPage(fx.db, bad as PrecinctQuery)).toThrow(
        expect.objectContaining({ code: 'precinct_query_invalid' }),
      );
    }
  });
});
