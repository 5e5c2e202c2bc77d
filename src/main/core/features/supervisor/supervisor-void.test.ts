import { afterEach, describe, expect, it } from 'vitest';
import { sampleVoters } from '../../../bench/sample-voters';
import { appendEvents } from '../../../../../tests/support/airgap';
import { importAll } from './import-run';
import { supervisorHandlers } from './supervisor-handlers';
import {
  addPrecinct,
  ballot,
  centralFixture,
  enrolDevice,
  recordEvents,
  syncFile,
  TEST_SUPERVISOR,
  VOTING_DAY,
  type CentralFixture,
} from '../../../../../tests/support/supervisor';

let fx: CentralFixture;
afterEach(() => fx.dispose());

const count = (sql: string) => (fx.db.prepare(sql).get() as { n: number }).n;

describe('an event not allowed, and a supervisor’s decision to accept it void', () => {
  it('refuses the file with an alarm; once decided, the file goes in with that event void', async () => {
    fx = centralFixture();
    const voters = [...sampleVoters(10, VOTING_DAY, 4)];
    const content = await addPrecinct(fx, 'p-4', 4, voters);
    const device = enrolDevice(content, 'dev-v');
    const member = content.members.find((m) => m.role === 'member')?.member_id ?? '';
    const morning = recordEvents('dev-v', [ballot('b-0', voters[0]?.iin ?? '')]);
    // A member undoes the ballot: only the chair may (ballot.undo).
    const withUndo = appendEvents(morning, [
      {
        type: 'ballot.undone',
        actor: member,
        payload: { ballot_id: 'b-0', iin: voters[0]?.iin, reason: 'Spoiled' },
      },
    ]);
    const evening = appendEvents(withUndo, [
      {
        type: 'ballot.issued',
        actor: member,
        payload: {
          ballot_id: 'b-1',
          document_checked: true,
          helper_name: null,
          iin: voters[1]?.iin,
          place: 'station',
        },
      },
    ]);
    const first = fx.file('1.pdsync', syncFile(fx, device, withUndo));
    const later = fx.file('2.pdsync', syncFile(fx, device, evening.slice(withUndo.length)));

    const refused = importAll(fx.ctx, [first, later]);
    expect(refused.files.map((f) => [f.status, f.code])).toEqual([
      ['rejected', 'unauthorized_event'],
      ['held', null],
    ]);
    expect(refused.files[0]?.refusedEvent).toEqual({ seq: 2, type: 'ballot.undone' });
    const alarms = fx.db.prepare('SELECT alarm_id, kind, details FROM alarms').all() as {
      alarm_id: string;
      kind: string;
      details: string;
    }[];
    expect(alarms).toMatchObject([{ kind: 'unauthorized_event' }]);
    expect(alarms[0]?.details).toMatch(/later files wait/);

    const handlers = supervisorHandlers({
      store: {
        get: () => fx.db,
        current: () => ({ ...TEST_SUPERVISOR, role: 'administrator', mustChange: false }),
        expireIdle: () => undefined,
        require: () => undefined,
      } as never,
      clock: { now: () => Date.parse('2027-03-19T16:00:00Z'), overridden: true },
      isSupervisorFolder: () => true,
      claimSupervisorFolder: () => undefined,
      fileHandles: {
        take: () => ({ path: '', replace: false }),
        resolveAll: () => [],
      },
      // Not called here: the alarm's decision is what this test is about.
      keyBackup: {} as never,
    });
    await handlers.decideAlarm({
      alarmId: alarms[0]?.alarm_id ?? '',
      decision: 'Accepted: the chair undid it on that laptop; recorded in the protocol',
      voidEvent: true,
    });

    const again = importAll(fx.ctx, [first]);
    expect(again.files.map((f) => [f.status, f.code])).toEqual([['accepted', null]]);
    // The void undo is in the chain but counts for nothing: both ballots stand, the held file
    // that waited for it went in.
    expect(count("SELECT head_seq AS n FROM devices WHERE device_id = 'dev-v'")).toBe(3);
    expect(count('SELECT count(*) AS n FROM ballots WHERE undone = 0')).toBe(2);
    expect(count('SELECT count(*) AS n FROM held_files')).toBe(0);
  });
});
