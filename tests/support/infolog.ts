/** Sample entries and a logged-in precinct for the information log's tests. */
import type { PrecinctSetup } from '../../src/shared/api';
import { CHAIR_PIN, SAMPLE_PRECINCT, type TestCore } from './core';

export { SAMPLE_ENTRIES } from '../../src/shared/infolog/sample-entries';

/** 11:00 in Almaty (UTC+5) on 10 March 2027, nine days before voting day. */
export const INFOLOG_TEST_START = '2027-03-10T06:00:00Z';

/** Sets up a precinct (with changes to the sample, such as another time zone) and logs the chair in. */
export async function setUpAndLogIn(t: TestCore, precinct: Partial<PrecinctSetup> = {}) {
  await t.must('completeSetup', {
    precinct: { ...SAMPLE_PRECINCT, ...precinct },
    members: [
      { fullName: 'Aigerim Sadykova', role: 'chair' },
      { fullName: 'Yerlan Zhaksybekov', role: 'member' },
    ],
    chairPin: CHAIR_PIN,
    clockConfirmed: true,
  });
  const members = await t.must('listLoginMembers', {});
  const chair = members.find((m) => m.role === 'chair')?.id ?? '';
  const member = members.find((m) => m.role === 'member')?.id ?? '';
  await t.must('login', { memberId: chair, pin: CHAIR_PIN });
  return { chair, member };
}

/** Counts of the log and its tables, to show that a refused write changed nothing. */
export function infologState(t: TestCore) {
  const db = t.core.db;
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    events: count('SELECT count(*) AS n FROM events'),
    entries: db.prepare('SELECT * FROM infolog_entries ORDER BY id').all(),
    history: count('SELECT count(*) AS n FROM infolog_entry_history'),
  };
}

/** Moves the clock (days ahead, past the auto-lock) and logs the chair in again. */
export async function moveClockTo(t: TestCore, iso: string): Promise<void> {
  t.clock.set(iso);
  const chair = (await t.must('listLoginMembers', {})).find((m) => m.role === 'chair');
  await t.must('login', { memberId: chair?.id ?? '', pin: CHAIR_PIN });
}
