import { afterEach, describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../../../../../tests/support/core';
import {
  INFOLOG_TEST_START,
  SAMPLE_ENTRIES,
  setUpAndLogIn,
} from '../../../../../tests/support/infolog';
import { INFOLOG_PROJECTION_TABLES } from './infolog-schema';
import { EVENT_REGISTRY, rebuildProjections, verifyChain } from '../../feature-list';

let t: TestCore;
afterEach(() => t?.dispose());

const snapshot = (t: TestCore) =>
  Object.fromEntries(
    INFOLOG_PROJECTION_TABLES.map((table) => [
      table,
      t.core.db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all(),
    ]),
  );

describe('information log projections', () => {
  it('are rebuilt from the events identical to the live ones', async () => {
    t = makeTestCore(INFOLOG_TEST_START);
    await setUpAndLogIn(t);
    const ids: Record<string, string> = {};
    for (const details of Object.values(SAMPLE_ENTRIES)) {
      t.clock.advance(1_000);
      ids[details.kind] = (
        await t.must('recordInfoLogEntry', { at: '2027-03-10T09:00', details })
      ).id;
    }
    const id = (kind: string) => ids[kind] ?? '';
    await t.must('setComplaintDeadlines', {
      standardDays: 4,
      voterListDays: 2,
      sameDayDaysBefore: 1,
    });
    await t.must('recordInfoLogEntry', {
      at: '2027-03-10T09:30',
      details: { ...SAMPLE_ENTRIES.complaint, subject: 'campaigning' },
    });
    await t.must('correctInfoLogEntry', {
      entryId: id('meeting'),
      at: '2027-03-10T09:10',
      details: { ...SAMPLE_ENTRIES.meeting, participants: 30 },
      reason: 'Counted again',
    });
    await t.must('checkOutObserver', { entryId: id('observer'), at: '2027-03-10T10:40' });
    await t.must('answerComplaint', {
      entryId: id('complaint'),
      response: { outcome: 'answered', at: '2027-03-10T10:45', text: 'Added', forwardedTo: '' },
    });
    await t.must('withdrawInfoLogEntry', { entryId: id('inquiry'), reason: 'Recorded twice' });

    const live = snapshot(t);
    expect(live.infolog_entries).toHaveLength(7);
    expect(live.infolog_entry_history).toHaveLength(11);
    expect(live.infolog_settings).toHaveLength(1);
    const page = await t.must('listInfoLog', { order: 'oldest', limit: 50, offset: 0 });

    expect(EVENT_REGISTRY.projectionTables).toEqual(
      expect.arrayContaining([...INFOLOG_PROJECTION_TABLES]),
    );
    rebuildProjections(t.core.db);
    expect(snapshot(t)).toEqual(live);
    expect(await t.must('listInfoLog', { order: 'oldest', limit: 50, offset: 0 })).toEqual(page);
    expect(verifyChain(t.core.db).ok).toBe(true);
  });
});
