import { afterEach, describe, expect, it } from 'vitest';
import { keeping, CHAIR_PIN, type TestCore } from '../../../../../tests/support/core';
import {
  accommodationPrecinct,
  homeVoting,
  loginAs,
  MEMBER_PIN,
  SECRETARY_PIN,
} from '../../../../../tests/support/accommodations';

let t: TestCore;
afterEach(() => t?.dispose());

const precinct = keeping(accommodationPrecinct, (core) => (t = core));

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
    // The register keeps them out for every role: they belong to the request itself.
    const register = await t.must('listAccommodationRequests', {
      order: 'oldest',
      limit: 5,
      offset: 0,
    });
    expect(JSON.stringify(register)).not.toContain('caring_for_sick');
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
