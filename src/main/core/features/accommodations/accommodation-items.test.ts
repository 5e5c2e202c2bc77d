import { afterEach, describe, expect, it } from 'vitest';
import { keeping, type TestCore } from '../../../../../tests/support/core';
import {
  accommodationPrecinct,
  accommodationState,
  homeVoting,
  IIN_NOT_LISTED,
  loginAs,
  MEMBER_PIN,
} from '../../../../../tests/support/accommodations';

let t: TestCore;
afterEach(() => t?.dispose());

const precinct = keeping(accommodationPrecinct, (core) => (t = core));

describe('following accommodation requests', () => {
  it('corrects a request with a reason, keeps both versions, and never changes an outcome', async () => {
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
    // Closed now: its outcome stands, and its details are still corrected with a reason.
    const before = accommodationState(t);
    expect(
      await t.call('updateAccommodationItem', { itemId, change: { action: 'cancel', note: null } }),
    ).toMatchObject({ ok: false, error: { code: 'accommodation_closed' } });
    expect(accommodationState(t)).toEqual(before);
    const late = await t.must('correctAccommodationRequest', {
      ...fields,
      contactPhone: '+7 702 000 11 22',
      notes: 'Stencil handed over in the hall',
      reason: 'Written down after the visit',
    });
    expect(late.items[0]).toMatchObject({ status: 'provided' });
    expect(late.corrections).toBe(2);
    expect(late.history.at(-1)).toMatchObject({
      change: 'corrected',
      reason: 'Written down after the visit',
      fields: [{ field: 'notes', before: null, after: 'Stencil handed over in the hall' }],
    });
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

  it('refuses item steps that do not apply, changing nothing', async () => {
    const { ids, voters } = await precinct();
    const request = await t.must('recordAccommodationRequest', {
      ...homeVoting(voters[6]!.iin, '2027-03-10T10:00', ids.member),
      kinds: ['home_voting', 'audio_ballot'],
    });
    const [home, audio] = request.items;
    // A member: ballots at home are issued by members, never by the chair.
    await loginAs(t, ids.member, MEMBER_PIN);
    const before = accommodationState(t);
    const refused: [string, Record<string, unknown>, string][] = [
      [
        'updateAccommodationItem',
        { itemId: 'nothing', change: { action: 'prepare', note: null } },
        'accommodation_item_not_found',
      ],
      [
        'updateAccommodationItem',
        { itemId: home!.itemId, change: { action: 'prepare', note: null } },
        'accommodation_wrong_kind',
      ],
      [
        'updateAccommodationItem',
        {
          itemId: home!.itemId,
          change: {
            action: 'not_fulfilled',
            at: '2027-03-10T10:30',
            reason: 'refused',
            text: null,
          },
        },
        'trip_not_departed',
      ],
      [
        'updateAccommodationItem',
        {
          itemId: audio!.itemId,
          change: { action: 'provide', at: '2027-03-12T10:30', note: null },
        },
        'time_in_future',
      ],
      [
        'updateAccommodationItem',
        { itemId: audio!.itemId, change: { action: 'not_provided', reason: '  ' } },
        'invalid_input',
      ],
      [
        'fulfilHomeVoting',
        { itemId: audio!.itemId, at: '2027-03-10T10:30', documentChecked: true },
        'accommodation_wrong_kind',
      ],
      [
        'fulfilHomeVoting',
        { itemId: home!.itemId, at: '2027-03-10T10:30', documentChecked: false },
        'invalid_input',
      ],
      [
        'correctAccommodationRequest',
        { requestId: 'nothing', channel: 'phone', reason: 'x' },
        'accommodation_not_found',
      ],
      [
        'correctAccommodationRequest',
        { requestId: request.requestId, channel: 'phone', address: null, reason: 'x' },
        'address_required',
      ],
      ['getAccommodationRequest', { requestId: 'nothing' }, 'accommodation_not_found'],
    ];
    for (const [operation, input, code] of refused) {
      const result = await t.call(operation as 'updateAccommodationItem', input);
      expect(result, `${operation} ${code}`).toMatchObject({ ok: false, error: { code } });
    }
    expect(accommodationState(t)).toEqual(before);
    const summary = await t.must('getAccommodationSummary', {});
    expect(summary).toMatchObject({
      requests: { total: 1, open: 1, closed: 0, notOnList: 0 },
      byKindStatus: [
        { kind: 'audio_ballot', status: 'received', count: 1 },
        { kind: 'home_voting', status: 'received', count: 1 },
      ],
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
