import { afterEach, describe, expect, it } from 'vitest';
import { makeIin } from '@shared/voters/iin';
import { keeping, withOwnPin, type TestCore } from '../../../../../tests/support/core';
import { DEPUTY_PIN, MEMBER_PIN, precinctWithList } from '../../../../../tests/support/voters';

let t: TestCore;
afterEach(() => t?.dispose());

/** A precinct with an imported sample list; its core is disposed after the test. */
const listed = keeping(precinctWithList, (core) => (t = core));

describe('corrections', () => {
  it('adds a voter only with a valid IIN, a matching adult birth date and the basis document', async () => {
    await listed(5);
    const iin = makeIin('1970-02-03', 'female', 17) ?? '';
    const input = {
      iin,
      lastName: 'Сейтқалиева',
      firstName: 'Әсел',
      patronymic: '',
      birthDate: '03.02.1970',
      address: 'г. Алматы, ул. Абая, д. 2',
      basis: 'registration_confirmed' as const,
      certificateNumber: null,
      issuingPrecinct: null,
      documentRef: null,
      reason: 'Registered at this address on 1 March',
    };
    expect(await t.call('addVoter', { ...input, birthDate: '04.02.1970' })).toMatchObject({
      ok: false,
      error: { code: 'voter_iin_birth_date_mismatch' },
    });
    expect(await t.call('addVoter', { ...input, basis: 'absentee_certificate' })).toMatchObject({
      ok: false,
      error: { code: 'basis_details_required' },
    });
    const minor = makeIin('2010-01-01', 'male', 5) ?? '';
    expect(
      await t.call('addVoter', { ...input, iin: minor, birthDate: '2010-01-01' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'voter_under_age' },
    });
    const added = await t.must('addVoter', input);
    expect(added).toMatchObject({
      iin,
      birthDate: '1970-02-03',
      patronymic: null,
      status: 'listed',
    });
    expect(await t.call('addVoter', input)).toMatchObject({
      ok: false,
      error: { code: 'voter_exists' },
    });
    expect(
      (await t.must('searchVoters', { query: 'Asel Seitkalieva', limit: 5 })).voters[0]?.iin,
    ).toBe(iin);
  });

  it('a removal waits for the chair or deputy; a refusal needs its reason', async () => {
    const { ids, voters } = await listed(5);
    const v = voters[0]!;
    await withOwnPin(t, ids.chair, ids.member, MEMBER_PIN);
    const request = await t.must('requestRemoval', {
      iin: v.iin,
      basis: 'registered_elsewhere',
      reason: 'Moved to Astana',
      documentRef: null,
    });
    expect(request.status).toBe('pending');
    expect((await t.must('getVoterCard', { iin: v.iin })).voter).toMatchObject({
      status: 'listed',
      removalPending: true,
    });
    expect(
      await t.call('requestRemoval', {
        iin: v.iin,
        basis: 'other',
        reason: 'Again',
        documentRef: null,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'removal_pending' },
    });
    expect(
      await t.call('decideRemoval', {
        requestId: request.requestId,
        decision: 'approve',
        reason: null,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await t.must('logout', {});
    await withOwnPin(t, ids.chair, ids.deputy, DEPUTY_PIN);
    expect(
      await t.call('decideRemoval', {
        requestId: request.requestId,
        decision: 'refuse',
        reason: null,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'reason_required' },
    });
    const decided = await t.must('decideRemoval', {
      requestId: request.requestId,
      decision: 'approve',
      reason: null,
    });
    expect(decided).toMatchObject({ status: 'approved', decidedByName: 'Nurlan Omarov' });
    const card = await t.must('getVoterCard', { iin: v.iin });
    expect(card.voter.status).toBe('removed');
    expect(card.history.map((h) => h.type)).toEqual([
      'voters.imported',
      'voter.removal_requested',
      'voter.removal_decided',
    ]);
  });

  it('corrects a field with the old value kept in the event, and refuses a no-op', async () => {
    const { voters } = await listed(3);
    const v = voters[0]!;
    expect(
      await t.call('correctVoter', {
        iin: v.iin,
        field: 'last_name',
        value: v.last_name,
        reason: 'Typo',
        documentRef: null,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'value_unchanged' },
    });
    expect(
      await t.call('correctVoter', {
        iin: v.iin,
        field: 'first_name',
        value: '',
        reason: 'Typo',
        documentRef: null,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'value_required' },
    });
    const corrected = await t.must('correctVoter', {
      iin: v.iin,
      field: 'last_name',
      value: 'Жаңаев',
      reason: 'Passport',
      documentRef: 'ID 0412',
    });
    expect(corrected.lastName).toBe('Жаңаев');
    const event = t.core.db
      .prepare("SELECT payload_json FROM events WHERE type = 'voter.corrected'")
      .get() as { payload_json: string };
    expect(JSON.parse(event.payload_json)).toMatchObject({
      old_value: v.last_name,
      new_value: 'Жаңаев',
    });
    expect((await t.must('searchVoters', { query: 'Zhanaev', limit: 5 })).voters[0]?.iin).toBe(
      v.iin,
    );
  });
});
