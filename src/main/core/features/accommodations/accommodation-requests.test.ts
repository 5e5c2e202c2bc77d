import { afterEach, describe, expect, it } from 'vitest';
import { keeping, type TestCore } from '../../../../../tests/support/core';
import {
  accommodationPrecinct,
  accommodationState,
  at,
  homeVoting,
  IIN_NOT_LISTED,
  MEMBER_PIN,
  VOTING_DAY,
} from '../../../../../tests/support/accommodations';

let t: TestCore;
afterEach(() => t?.dispose());

const precinct = keeping(accommodationPrecinct, (core) => (t = core));

describe('recording accommodation requests', () => {
  it('marks a listed voter for home voting; cancelling removes the mark', async () => {
    const { ids, voters, timeZone } = await precinct();
    const voter = voters[0]!;
    const request = await t.must(
      'recordAccommodationRequest',
      homeVoting(voter.iin, '2027-03-10T10:30', ids.member),
    );
    expect(request).toMatchObject({
      number: 1,
      status: 'open',
      homeVotingMarked: true,
      requester: { iin: voter.iin, onList: true, birthDate: voter.birth_date },
      receivedBy: { id: ids.member, name: 'Yerlan Zhaksybekov' },
      received: { local: '2027-03-10T10:30', at: '2027-03-10T05:30:00.000Z' },
      items: [{ kind: 'home_voting', status: 'received', final: false }],
    });
    expect(request.requester.fullName).toContain(voter.last_name);
    expect((await t.must('getVoterCard', { iin: voter.iin })).voter.homeVoting).toBe(true);

    // On voting day the station refuses the marked voter a ballot.
    await at(t, `${VOTING_DAY}T09:00`, timeZone, ids.member, MEMBER_PIN);
    expect(
      await t.call('issueBallot', { iin: voter.iin, documentChecked: true, helperName: null }),
    ).toMatchObject({ ok: false, error: { code: 'ballot_home_voting' } });

    const itemId = request.items[0]!.itemId;
    const cancelled = await t.must('updateAccommodationItem', {
      itemId,
      change: { action: 'cancel', note: 'Will come to the station' },
    });
    expect(cancelled).toMatchObject({ status: 'closed', homeVotingMarked: false });
    expect(cancelled.items[0]).toMatchObject({
      status: 'cancelled',
      outcomeText: 'Will come to the station',
    });
    expect((await t.must('getVoterCard', { iin: voter.iin })).voter.homeVoting).toBe(false);
    const ballot = await t.must('issueBallot', {
      iin: voter.iin,
      documentChecked: true,
      helperName: null,
    });
    expect(ballot.place).toBe('station');
  });

  it('records a well-formed IIN that is not on the list, flagged, without a mark', async () => {
    const { ids } = await precinct();
    const input = homeVoting(IIN_NOT_LISTED, '2027-03-10T10:30', ids.member);
    const before = accommodationState(t);
    expect(await t.call('recordAccommodationRequest', input)).toMatchObject({
      ok: false,
      error: { code: 'requester_name_required', details: { field: 'requester.fullName' } },
    });
    expect(accommodationState(t)).toEqual(before);

    const request = await t.must('recordAccommodationRequest', {
      ...input,
      requester: { by: 'iin', iin: IIN_NOT_LISTED, fullName: 'Omarova Saule' },
    });
    expect(request).toMatchObject({
      homeVotingMarked: false,
      requester: {
        iin: IIN_NOT_LISTED,
        onList: false,
        fullName: 'Omarova Saule',
        birthDate: '1950-01-01',
      },
    });
    const page = await t.must('listAccommodationRequests', {
      notOnListOnly: true,
      order: 'oldest',
      limit: 10,
      offset: 0,
    });
    expect(page).toMatchObject({ total: 1, notOnList: 1, rows: [{ onList: false }] });
    expect(t.core.db.prepare('SELECT count(*) AS n FROM home_voting_marks').get()).toEqual({
      n: 0,
    });
  });

  it('refuses a home visit to a voter who took an absentee certificate to vote elsewhere', async () => {
    const { ids, voters } = await precinct();
    const voter = voters[7]!;
    await t.must('issueAbsenteeCertificate', {
      iin: voter.iin,
      number: 'A-7',
      issuedOn: '2027-03-10',
    });
    const before = accommodationState(t);
    expect(
      await t.call(
        'recordAccommodationRequest',
        homeVoting(voter.iin, '2027-03-10T10:30', ids.member),
      ),
    ).toMatchObject({ ok: false, error: { code: 'ballot_absentee', details: { number: 'A-7' } } });
    expect(accommodationState(t)).toEqual(before);
  });

  it('refuses bad input with a stable code and changes nothing', async () => {
    const { ids, voters } = await precinct();
    const voter = voters[1]!;
    const good = homeVoting(voter.iin, '2027-03-10T10:30', ids.member);
    const cases: [Record<string, unknown>, string, string | undefined][] = [
      [{ requester: { by: 'iin', iin: '12345' } }, 'voter_iin_invalid', 'requester.iin'],
      // Right length, wrong check digit.
      [
        {
          requester: {
            by: 'iin',
            iin: `${voter.iin.slice(0, 11)}${(Number(voter.iin[11]) + 1) % 10}`,
          },
        },
        'voter_iin_invalid',
        'requester.iin',
      ],
      [{ address: '' }, 'address_required', 'address'],
      [{ address: null }, 'address_required', 'address'],
      [{ reasonCategory: null }, 'reason_category_required', 'reasonCategory'],
      [
        { kinds: ['other'], otherDescription: null },
        'other_description_required',
        'otherDescription',
      ],
      [
        { requester: { by: 'person', fullName: 'Omarova Saule' }, contactPhone: null },
        'requester_identity_required',
        'requester.birthDate',
      ],
      [{ contactPhone: 'call the neighbour' }, 'phone_invalid', 'contactPhone'],
      [{ receivedAt: '2027-03-11T10:30' }, 'time_in_future', 'receivedAt'],
      [{ receivedById: 'nobody' }, 'member_not_found', 'receivedById'],
      [{ kinds: [] }, 'invalid_input', undefined],
      [{ kinds: ['braille_stencil', 'braille_stencil'] }, 'invalid_input', undefined],
    ];
    const before = accommodationState(t);
    for (const [change, code, field] of cases) {
      const result = await t.call('recordAccommodationRequest', { ...good, ...change });
      expect(result, code).toMatchObject({ ok: false, error: { code } });
      if (field && !result.ok) expect(result.error.details?.field, code).toBe(field);
    }
    expect(accommodationState(t)).toEqual(before);
    await t.must('recordAccommodationRequest', good);
    expect(accommodationState(t).requests).toHaveLength(1);
  });

  it('refuses a second open request of the same kind for the same person, naming the first', async () => {
    const { ids, voters } = await precinct();
    const voter = voters[2]!;
    const first = await t.must(
      'recordAccommodationRequest',
      homeVoting(voter.iin, '2027-03-10T10:00', ids.member, {
        kinds: ['home_voting', 'magnifier_lighting'],
      }),
    );
    const before = accommodationState(t);
    expect(
      await t.call(
        'recordAccommodationRequest',
        homeVoting(voter.iin, '2027-03-10T10:30', ids.chair),
      ),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'accommodation_duplicate',
        details: { requestId: first.requestId, number: 1, kind: 'home_voting' },
      },
    });
    expect(accommodationState(t)).toEqual(before);
    // Another kind for the same voter is a request of its own.
    await t.must('recordAccommodationRequest', {
      ...homeVoting(voter.iin, '2027-03-10T10:40', ids.chair),
      kinds: ['sign_language'],
    });
    // Once the first home-voting item is closed, a new one may be asked for.
    const homeItem = first.items.find((item) => item.kind === 'home_voting')!;
    await t.must('updateAccommodationItem', {
      itemId: homeItem.itemId,
      change: { action: 'cancel', note: null },
    });
    await t.must(
      'recordAccommodationRequest',
      homeVoting(voter.iin, '2027-03-10T10:50', ids.chair),
    );

    // Someone not on the list: the same folded name and birth date is the same person.
    const person = {
      ...homeVoting(voter.iin, '2027-03-10T10:55', ids.chair),
      kinds: ['transport' as const],
      requester: { by: 'person' as const, fullName: 'Жанболат Серіков', birthDate: '1960-05-01' },
    };
    const own = await t.must('recordAccommodationRequest', person);
    expect(
      await t.call('recordAccommodationRequest', {
        ...person,
        requester: { ...person.requester, fullName: '  жанболат  СЕРИКОВ ' },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'accommodation_duplicate', details: { requestId: own.requestId, number: 4 } },
    });
  });
});
