import { afterEach, describe, expect, it } from 'vitest';
import { resolveDataDir } from '../kernel/data-dir';
import { clockStartingAt, clockFromEnvironment, systemClock } from '../kernel/clock';
import { makeTestCore, setUpPrecinct, type TestCore } from '../../../../tests/support/core';
import {
  INFOLOG_TEST_START,
  infologState,
  SAMPLE_ENTRIES,
  setUpAndLogIn,
} from '../../../../tests/support/infolog';
import { INFOLOG_TEXT_LIMITS } from '@shared/infolog/entry-kinds';

let t: TestCore;
afterEach(() => t?.dispose());

describe('dispatch', () => {
  it('refuses unknown operations and malformed input as values, changing nothing', async () => {
    t = makeTestCore();
    await setUpPrecinct(t);
    const count = () => t.core.db.prepare('SELECT count(*) AS n FROM events').get();
    const before = count();
    expect(await t.call('dropEverything' as never, {})).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await t.call('addMember', { fullName: '', role: 'member' })).toMatchObject({
      error: { code: 'invalid_input', details: { field: 'fullName' } },
    });
    expect(await t.call('addMember', { fullName: 'X', role: 'president' })).toMatchObject({
      error: { code: 'invalid_input', details: { field: 'role' } },
    });
    expect(await t.call('getAppState', { extra: 1 })).toMatchObject({
      error: { code: 'invalid_input' },
    });
    expect(await t.call('updateSettings', { autoLockMinutes: 0 })).toMatchObject({
      error: { code: 'invalid_input' },
    });
    expect(count()).toEqual(before);
  });

  it('refuses a text over its limit whole, naming the field and the limit, storing nothing', async () => {
    t = makeTestCore(INFOLOG_TEST_START);
    await setUpAndLogIn(t);
    const before = infologState(t);
    const answer = 'а'.repeat(16_000);
    const refused = await t.call('recordInfoLogEntry', {
      at: '2027-03-10T10:00',
      details: { ...SAMPLE_ENTRIES.inquiry, answer },
    });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Invalid input for recordInfoLogEntry',
        details: { field: 'details.answer', max: INFOLOG_TEXT_LIMITS.long },
      },
    });
    expect(await t.call('addMember', { fullName: 'Ж'.repeat(201), role: 'member' })).toMatchObject({
      error: { code: 'invalid_input', details: { field: 'fullName', max: 200 } },
    });
    expect(infologState(t)).toEqual(before);
    expect(t.core.db.prepare('SELECT count(*) AS n FROM members').get()).toEqual({ n: 2 });
  });

  it('answers an unexpected failure with `internal`, without its text', async () => {
    t = makeTestCore();
    await setUpPrecinct(t);
    t.core.db.exec('DROP TABLE members');
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      expect(await t.call('listLoginMembers', {})).toEqual({
        ok: false,
        error: { code: 'internal', message: 'Internal error' },
      });
    } finally {
      console.error = original;
    }
    expect(JSON.stringify(errors)).toContain('internal error in listLoginMembers');
    expect(JSON.stringify(errors)).not.toContain('no such table');
  });
});

describe('data folder and clock', () => {
  it('takes the flag, then PRECINCT_DESK_DATA_DIR, then Electron userData for the app name', () => {
    expect(resolveDataDir('/flag', { PRECINCT_DESK_DATA_DIR: '/env' })).toBe('/flag');
    expect(resolveDataDir(undefined, { PRECINCT_DESK_DATA_DIR: '/env' })).toBe('/env');
    expect(resolveDataDir(undefined, {}, 'linux', '/home/a')).toBe('/home/a/.config/precinct-desk');
    expect(resolveDataDir(undefined, { XDG_CONFIG_HOME: '/x' }, 'linux', '/home/a')).toBe(
      '/x/precinct-desk',
    );
    expect(resolveDataDir(undefined, {}, 'darwin', '/Users/a')).toBe(
      '/Users/a/Library/Application Support/precinct-desk',
    );
    expect(
      resolveDataDir(undefined, { APPDATA: 'C:/Users/a/AppData/Roaming' }, 'win32', 'C:/Users/a'),
    ).toMatch(/Roaming.precinct-desk$/);
  });

  it('starts the clock at PRECINCT_DESK_CLOCK only where overrides are allowed', () => {
    let real = 1_000;
    const clock = clockStartingAt('2027-03-19T06:59:00Z', () => real);
    real += 90_000;
    expect(new Date(clock.now()).toISOString()).toBe('2027-03-19T07:00:30.000Z');
    expect(
      clockFromEnvironment(
        { PRECINCT_DESK_CLOCK: '2027-03-19T06:59:00Z' },
        { allowOverride: false },
      ),
    ).toBe(systemClock);
    expect(
      clockFromEnvironment({ PRECINCT_DESK_CLOCK: '2027-03-19T06:59:00Z' }, { allowOverride: true })
        .overridden,
    ).toBe(true);
    expect(() => clockStartingAt('yesterday')).toThrow(/not an ISO time/);
  });
});
