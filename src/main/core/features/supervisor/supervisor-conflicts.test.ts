import { afterEach, describe, expect, it } from 'vitest';
import { sampleVoters } from '../../../bench/sample-voters';
import { importAll } from './import-run';
import {
  addPrecinct,
  centralFixture,
  enrolDevice,
  recordEvents,
  syncFile,
  VOTING_DAY,
  type CentralFixture,
} from '../../../../../tests/support/supervisor';
import { listAlarms } from './supervisor-views';

type Recorded = Parameters<typeof recordEvents>[1][number];

let fx: CentralFixture;
afterEach(() => fx.dispose());

const voters = [...sampleVoters(6, VOTING_DAY, 31)];
const v = (i: number) => voters[i] as (typeof voters)[number];

function addedUnderCertificate(i: number, certificate: string, issuing: string): Recorded {
  const voter = v(i);
  return [
    'voter.added',
    {
      iin: voter.iin,
      last_name: voter.last_name,
      first_name: voter.first_name,
      patronymic: voter.patronymic,
      birth_date: voter.birth_date,
      address: voter.address,
      precinct: null,
      basis: 'absentee_certificate',
      certificate_number: certificate,
      issuing_precinct: issuing,
      document_ref: null,
      reason: 'Absentee certificate presented',
    },
  ];
}

const twoLists = () => listAlarms(fx.db, true).filter((a) => a.kind === 'two_lists');

describe('one IIN on two precincts lists', () => {
  it('is flagged from the packages, masked', async () => {
    fx = centralFixture();
    await addPrecinct(fx, 'p-1', 1, [v(0), v(1)]);
    await addPrecinct(fx, 'p-2', 2, [v(1), v(2)]);
    expect(twoLists()).toMatchObject([
      { precinctIds: ['p-1', 'p-2'], subject: `${v(1).iin.slice(0, 4)}••••${v(1).iin.slice(8)}` },
    ]);
  });

  it('is not flagged for a voter added under the certificate the other precinct issued, in either order', async () => {
    for (const order of [0, 1]) {
      fx = centralFixture();
      const a = enrolDevice(await addPrecinct(fx, 'p-1', 1, [v(0), v(1)]), 'dev-a');
      const b = enrolDevice(await addPrecinct(fx, 'p-2', 2, [v(2)]), 'dev-b');
      const issued = fx.file(
        'a.sync',
        syncFile(
          fx,
          a,
          recordEvents('dev-a', [
            [
              'voter.absentee_certificate_issued',
              { iin: v(0).iin, number: 'AC-77', issued_on: '2027-03-10' },
            ],
          ]),
        ),
      );
      const added = fx.file(
        'b.sync',
        syncFile(fx, b, recordEvents('dev-b', [addedUnderCertificate(0, 'AC-77', '1')])),
      );
      if (order === 0) {
        importAll(fx.ctx, [added]);
        // Until the issuing precinct's file arrives, the voter is on two lists.
        expect(twoLists()).toHaveLength(1);
        importAll(fx.ctx, [issued]);
      } else {
        importAll(fx.ctx, [issued, added]);
      }
      expect(twoLists()).toEqual([]);
      fx.dispose();
    }
    fx = centralFixture();
  });

  it('is flagged when the certificate does not match one the other precinct issued', async () => {
    fx = centralFixture();
    await addPrecinct(fx, 'p-1', 1, [v(0)]);
    const b = enrolDevice(await addPrecinct(fx, 'p-2', 2, [v(2)]), 'dev-b');
    importAll(fx.ctx, [
      fx.file(
        'b.sync',
        syncFile(fx, b, recordEvents('dev-b', [addedUnderCertificate(0, 'AC-99', '1')])),
      ),
    ]);
    expect(twoLists()).toMatchObject([{ precinctIds: ['p-1', 'p-2'] }]);
  });
});
