import { afterEach, describe, expect, it } from 'vitest';
import { OPERATION_DATA } from '@shared/operation-data';
import { OPERATION_NAMES } from '@shared/api';
import { installMockPrecinct, refuse } from './mock-precinct';
import { addReader, mutate, refreshTopics } from './queries';

const removals: (() => void)[] = [];
afterEach(() => removals.splice(0).forEach((remove) => remove()));

/** A reader that counts its reloads. */
function reader(...topics: Parameters<typeof addReader>[0][number][]) {
  const counted = { reloads: 0 };
  removals.push(
    addReader(topics, async () => {
      counted.reloads++;
    }),
  );
  return counted;
}

describe('the query layer', () => {
  it('re-reads, before a write resolves, what shows a topic the write changes', async () => {
    const mock = installMockPrecinct({
      addMember: (input) => ({ id: 'm9', fullName: input.fullName, role: input.role }) as never,
    });
    const members = reader('members');
    const log = reader('infolog');
    const result = await mutate('addMember', { fullName: 'Aida Serikova', role: 'member' });
    expect(result.ok).toBe(true);
    expect(members.reloads).toBe(1);
    expect(log.reloads).toBe(0);
    expect(mock.callsOf('addMember')).toEqual([{ fullName: 'Aida Serikova', role: 'member' }]);
  });

  it('re-reads nothing when the core refuses the write', async () => {
    installMockPrecinct({ recordInfoLogEntry: () => refuse('time_in_future') });
    const log = reader('infolog');
    const result = await mutate('recordInfoLogEntry', {
      at: '2027-03-10T09:30',
      details: { kind: 'notice' } as never,
    });
    expect(result.ok ? null : result.error.code).toBe('time_in_future');
    expect(log.reloads).toBe(0);
  });

  it('refreshes a topic on request, for work that ends outside a write (an import run)', async () => {
    const central = reader('central');
    const other = reader('voters');
    await refreshTopics(['central']);
    expect([central.reloads, other.reloads]).toEqual([1, 0]);
  });

  it('answers an operation no test declared with an internal error', async () => {
    installMockPrecinct({});
    const result = await mutate('logout', {});
    expect(result.ok ? null : result.error.code).toBe('internal');
  });
});

describe('what each operation reads and changes', () => {
  it('declares every operation of the contract', () => {
    expect(Object.keys(OPERATION_DATA).sort()).toEqual([...OPERATION_NAMES].sort());
  });

  it('has reads change nothing, and writes read nothing', () => {
    for (const name of OPERATION_NAMES) {
      const data = OPERATION_DATA[name];
      if (/^(list|get|search|verify)/.test(name)) expect(data.changes, name).toEqual([]);
      if (data.changes.length > 0) expect(data.reads, name).toEqual([]);
    }
  });
});
