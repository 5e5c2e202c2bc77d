import { afterEach, describe, expect, it } from 'vitest';
import { CHAIR_PIN, type TestCore } from '../testing/test-core';
import {
  accommodationPrecinct,
  accommodationState,
  at,
  homeVoting,
  loginAs,
  MEMBER_PIN,
  SECRETARY_PIN,
  VOTING_DAY,
} from './accommodation-test-support';

let t: TestCore;
afterEach(() => t?.dispose());

async function precinct() {
  const p = await accommodationPrecinct();
  t = p.t;
  return p;
}

/** A well-formed IIN that the sample list does not hold (born 1950, so never generated). */
const IIN_NOT_LISTED = '500101300013';

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

  it('corrects an open request with a reason, keeps both versions, and refuses a closed one', async () => {
    const { ids, voters } = await precinct();
    const request = await t.must('recordAccommodationRequest', {
      ...homeVoting(voters[3]!.iin, '2027-03-10T10:00', ids.member),
      kinds: ['braille_stencil'],
      address: null,
      reasonCategory: null,
      healthNote: null,
    });
    const fields = {
      requestId: request.requestId,
      channel: request.channel,
      intermediary: null,
      contactPhone: request.contactPhone,
      address: null,
      otherDescription: null,
      notes: null,
    };
    expect(
      await t.call('correctAccommodationRequest', { ...fields, reason: 'Checked' }),
    ).toMatchObject({ ok: false, error: { code: 'value_unchanged' } });
    const corrected = await t.must('correctAccommodationRequest', {
      ...fields,
      contactPhone: '+7 702 000 11 22',
      reason: 'The voter gave another number',
    });
    expect(corrected.contactPhone).toBe('+7 702 000 11 22');
    expect(corrected.corrections).toBe(1);
    expect(corrected.history.map((h) => h.change)).toEqual(['recorded', 'corrected']);
    expect(corrected.history[1]).toMatchObject({
      reason: 'The voter gave another number',
      fields: [{ field: 'contactPhone', before: '+7 701 555 12 34', after: '+7 702 000 11 22' }],
    });

    const itemId = request.items[0]!.itemId;
    await t.must('updateAccommodationItem', { itemId, change: { action: 'prepare', note: null } });
    await t.must('updateAccommodationItem', {
      itemId,
      change: { action: 'provide', at: '2027-03-10T10:55', note: null },
    });
    const before = accommodationState(t);
    expect(
      await t.call('correctAccommodationRequest', { ...fields, notes: 'Late note', reason: 'x' }),
    ).toMatchObject({ ok: false, error: { code: 'accommodation_closed' } });
    expect(
      await t.call('updateAccommodationItem', { itemId, change: { action: 'cancel', note: null } }),
    ).toMatchObject({ ok: false, error: { code: 'accommodation_closed' } });
    expect(accommodationState(t)).toEqual(before);
  });

  it('follows a station item: received, prepared, provided or not, and refuses home steps', async () => {
    const { ids, voters } = await precinct();
    const request = await t.must('recordAccommodationRequest', {
      ...homeVoting(voters[4]!.iin, '2027-03-10T10:00', ids.member),
      kinds: ['step_free_access', 'sign_language'],
      address: null,
      reasonCategory: null,
    });
    const [ramp, interpreter] = request.items;
    expect(
      await t.call('updateAccommodationItem', {
        itemId: ramp!.itemId,
        change: {
          action: 'not_fulfilled',
          at: '2027-03-10T10:30',
          reason: 'not_at_home',
          text: null,
        },
      }),
    ).toMatchObject({ ok: false, error: { code: 'accommodation_wrong_kind' } });
    await t.must('updateAccommodationItem', {
      itemId: ramp!.itemId,
      change: { action: 'prepare', note: 'Ramp at door B' },
    });
    expect(
      await t.call('updateAccommodationItem', {
        itemId: ramp!.itemId,
        change: { action: 'prepare', note: null },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'accommodation_status_invalid', details: { status: 'prepared' } },
    });
    await t.must('updateAccommodationItem', {
      itemId: ramp!.itemId,
      change: { action: 'provide', at: '2027-03-10T10:40', note: null },
    });
    const done = await t.must('updateAccommodationItem', {
      itemId: interpreter!.itemId,
      change: { action: 'not_provided', reason: 'No interpreter in the district that day' },
    });
    expect(done.status).toBe('closed');
    expect(done.items.map((item) => item.status)).toEqual(['provided', 'not_provided']);
    const row = (
      await t.must('listAccommodationRequests', { order: 'oldest', limit: 5, offset: 0 })
    ).rows[0];
    expect(row).toMatchObject({
      status: 'closed',
      address: null,
      membersAssigned: ['Aigerim Sadykova'],
    });
  });

  it('links a person not on the list to a voter listed later, marking the voter', async () => {
    const { ids, voters } = await precinct();
    const voter = voters[5]!;
    const request = await t.must('recordAccommodationRequest', {
      ...homeVoting(voter.iin, '2027-03-10T10:00', ids.member),
      requester: { by: 'person', fullName: 'Someone', birthDate: null },
    });
    expect(request.homeVotingMarked).toBe(false);
    expect(
      await t.call('resolveAccommodationRequester', {
        requestId: request.requestId,
        iin: IIN_NOT_LISTED,
      }),
    ).toMatchObject({ ok: false, error: { code: 'requester_not_on_list' } });
    const resolved = await t.must('resolveAccommodationRequester', {
      requestId: request.requestId,
      iin: voter.iin,
    });
    expect(resolved).toMatchObject({
      homeVotingMarked: true,
      requester: { iin: voter.iin, onList: true },
    });
    expect(resolved.history.at(-1)).toMatchObject({ change: 'requester_resolved' });
  });
});

describe('sensitive fields', () => {
  it('are shown only to roles with health.read: not in views, register rows or the audit log', async () => {
    const { ids, voters } = await precinct();
    const request = await t.must(
      'recordAccommodationRequest',
      homeVoting(voters[0]!.iin, '2027-03-10T10:00', ids.member, {
        reasonCategory: 'caring_for_sick',
      }),
    );
    const note = 'Cannot walk after surgery';
    const recorded = t.core.db
      .prepare("SELECT payload_json FROM events WHERE type = 'accommodation.request_recorded'")
      .get() as { payload_json: string };
    expect(recorded.payload_json).not.toContain('caring_for_sick');
    expect(recorded.payload_json).not.toContain(note);

    await loginAs(t, ids.member, MEMBER_PIN);
    const hidden = await t.must('getAccommodationRequest', { requestId: request.requestId });
    expect(hidden).toMatchObject({ sensitive: null, sensitiveHidden: true });
    const page = await t.must('listAccommodationRequests', {
      order: 'oldest',
      limit: 5,
      offset: 0,
    });
    expect(page.sensitiveHidden).toBe(true);
    expect(page.rows[0]?.reasonCategory).toBeNull();
    expect(JSON.stringify(page)).not.toContain('caring_for_sick');
    expect(JSON.stringify(page)).not.toContain(note);
    const audit = await t.must('listAuditEvents', { limit: 100, offset: 0 });
    expect(JSON.stringify(audit)).not.toContain(note);
    expect(JSON.stringify(audit)).not.toContain('caring_for_sick');
    const card = await t.must('getVoterCard', { iin: voters[0]!.iin });
    expect(JSON.stringify(card)).not.toContain(note);
    expect(
      await t.call('correctAccommodationSensitive', {
        requestId: request.requestId,
        reasonCategory: 'own_health',
        healthNote: null,
        reason: 'Asked again',
      }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    await loginAs(t, ids.secretary, SECRETARY_PIN);
    const shown = await t.must('getAccommodationRequest', { requestId: request.requestId });
    expect(shown).toMatchObject({
      sensitiveHidden: false,
      sensitive: { reasonCategory: 'caring_for_sick', healthNote: note },
    });
    const corrected = await t.must('correctAccommodationSensitive', {
      requestId: request.requestId,
      reasonCategory: 'own_health',
      healthNote: null,
      reason: 'The voter is ill himself',
    });
    expect(corrected.history.at(-1)).toMatchObject({
      change: 'sensitive_corrected',
      fields: [
        { field: 'reasonCategory', before: 'caring_for_sick', after: 'own_health' },
        { field: 'healthNote', before: note, after: null },
      ],
    });
    expect(JSON.stringify(await t.must('listAuditEvents', { limit: 100, offset: 0 }))).toContain(
      'caring_for_sick',
    );

    await loginAs(t, ids.member, MEMBER_PIN);
    const change = (
      await t.must('getAccommodationRequest', { requestId: request.requestId })
    ).history.at(-1);
    expect(change).toMatchObject({ change: 'sensitive_corrected', reason: null, fields: [] });
    await loginAs(t, ids.chair, CHAIR_PIN);
  });
});

describe('station equipment', () => {
  it('lists the checklist and the gaps against open requests', async () => {
    const { ids, voters } = await precinct();
    await t.must('recordAccommodationRequest', {
      ...homeVoting(voters[0]!.iin, '2027-03-10T10:00', ids.member),
      kinds: ['braille_stencil', 'magnifier_lighting', 'trusted_assistant'],
      address: null,
      reasonCategory: null,
    });
    let checklist = await t.must('getStationEquipment', {});
    expect(checklist.items.every((item) => item.availability === 'unknown')).toBe(true);
    expect(checklist.gaps.map((gap) => gap.kind)).toEqual([
      'braille_stencil',
      'magnifier_lighting',
    ]);
    await t.must('setStationEquipment', {
      equipment: 'braille_stencils',
      availability: 'available',
      count: 3,
      note: null,
    });
    checklist = await t.must('setStationEquipment', {
      equipment: 'extra_lighting',
      availability: 'available',
      count: null,
      note: 'Lamp at booth 2',
    });
    expect(checklist.gaps).toEqual([]);
    expect(checklist.items.find((item) => item.equipment === 'braille_stencils')).toMatchObject({
      availability: 'available',
      count: 3,
      updatedBy: { id: ids.chair },
    });
    checklist = await t.must('setStationEquipment', {
      equipment: 'braille_stencils',
      availability: 'not_available',
      count: 0,
      note: 'Lost',
    });
    expect(checklist.gaps).toEqual([
      { kind: 'braille_stencil', equipment: ['braille_stencils'], openItems: 1 },
    ]);
  });
});
