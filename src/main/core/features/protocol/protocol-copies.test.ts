import { afterEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../../../../../tests/support/core';
import {
  figures,
  observerPresent,
  opening,
  PROTOCOL_VOTING_DAY as DAY,
  votingDayPrecinct,
} from '../../../../../tests/support/protocol';
import { rebuildProjections } from '../../feature-list';

let t: TestCore;
afterEach(() => t?.dispose());

const day = (time: string) => `${DAY}T${time}`;
const eventCount = () =>
  (t.core.db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
const refused = async (input: unknown, code: string) => {
  const before = eventCount();
  expect(await t.call('issueDocumentCopy', input), code).toMatchObject({
    ok: false,
    error: { code },
  });
  expect(eventCount()).toEqual(before);
};
const copies = async () =>
  (await t.must('listInfoLog', { kind: 'copy_issued', order: 'oldest', limit: 50, offset: 0 }))
    .entries;

/** Figures of a day on which no ballot was issued: every relation holds. */
const noBallots = figures({
  issued_at_station: 0,
  issued_at_home: 0,
  spoiled: 0,
  unused: 100,
  in_stationary_boxes: 0,
  in_portable_boxes: 0,
  questions: [
    { question_id: 'lists', valid: 0, invalid: 0, votes: { 'aq-zhol': 0, auyl: 0, respublica: 0 } },
  ],
});

describe('copies issued to observers', () => {
  it('records each copy in the information log, naming the observer, the document and its version', async () => {
    const p = await votingDayPrecinct();
    t = p.t;
    await p.as('07:00', 'm-chair');
    const observer = await observerPresent(t, day('07:00'));
    const act = { observerEntryId: observer, document: 'opening_act' as const, protocolId: null };
    await refused(act, 'document_not_found');
    await t.must('openVoting', opening([observer]));

    await p.as('07:45', 'm-member');
    await refused(act, 'forbidden');
    await p.as('07:50', 'm-chair');
    await refused({ ...act, observerEntryId: 'nobody' }, 'observer_not_present');
    await refused({ ...act, protocolId: 'p-1' }, 'invalid_input');
    const afterAct = await t.must('issueDocumentCopy', act);
    expect(afterAct.copiesIssued).toEqual([
      {
        entryId: expect.any(String),
        observerName: 'Jan Kowalski',
        organisation: 'OSCE/ODIHR',
        document: 'opening_act',
        version: null,
        issuedAt: '2027-03-19T02:50:00.000Z',
      },
    ]);

    await t.must('closeVoting', {});
    await p.as('20:30', 'm-chair');
    await refused({ ...act, document: 'protocol', protocolId: 'p-none' }, 'document_not_found');
    const signed = await t.must('signProtocol', {
      figures: noBallots,
      explanations: {},
      signedByMemberIds: ['m-chair', 'm-deputy', 'm-member'],
      correctionReason: null,
    });
    const version = signed.versions[0]!;
    await p.as('20:40', 'm-chair');
    const after = await t.must('issueDocumentCopy', {
      observerEntryId: observer,
      document: 'protocol',
      protocolId: version.protocolId,
    });
    expect(after.copiesIssued.map((c) => [c.document, c.version])).toEqual([
      ['opening_act', null],
      ['protocol', 1],
    ]);

    // The information log has both: one event each, by the chair, with the local time.
    const entries = await copies();
    expect(entries.map((e) => [e.kind, e.occurredLocal, e.recordedById])).toEqual([
      ['copy_issued', day('07:50'), 'm-chair'],
      ['copy_issued', day('20:40'), 'm-chair'],
    ]);
    expect(entries[1]?.details).toEqual({
      kind: 'copy_issued',
      observerEntryId: observer,
      observerName: 'Jan Kowalski',
      organisation: 'OSCE/ODIHR',
      document: 'protocol',
      protocolId: version.protocolId,
      version: 1,
    });
    const counts = await t.must('getInfoLogCounts', {});
    expect(counts.find((d) => d.date === DAY)?.counts.copy_issued).toBe(2);

    // A rebuild from the log gives the same entries and the same day.
    const dayBefore = await t.must('getVotingDay', {});
    rebuildProjections(t.core.db);
    expect(await copies()).toEqual(entries);
    expect(await t.must('getVotingDay', {})).toEqual(dayBefore);
  });

  it('is recorded only from the voting day: the log refuses it typed in or corrected; a withdrawal stays possible', async () => {
    const p = await votingDayPrecinct();
    t = p.t;
    await p.as('07:00', 'm-chair');
    const observer = await observerPresent(t, day('07:00'));
    await t.must('openVoting', opening([observer]));
    const details = {
      kind: 'copy_issued',
      observerEntryId: observer,
      observerName: 'Jan Kowalski',
      organisation: 'OSCE/ODIHR',
      document: 'opening_act',
      protocolId: null,
      version: null,
    };
    const before = eventCount();
    expect(await t.call('recordInfoLogEntry', { at: day('07:00'), details })).toMatchObject({
      ok: false,
      error: { code: 'wrong_entry_kind' },
    });
    expect(eventCount()).toBe(before);
    await t.must('issueDocumentCopy', {
      observerEntryId: observer,
      document: 'opening_act',
      protocolId: null,
    });
    const [entry] = await copies();
    expect(
      await t.call('correctInfoLogEntry', {
        entryId: entry!.id,
        at: day('07:00'),
        details,
        reason: 'wrong time',
      }),
    ).toMatchObject({ ok: false, error: { code: 'wrong_entry_kind' } });
    await t.must('withdrawInfoLogEntry', { entryId: entry!.id, reason: 'Recorded twice' });
    expect((await t.must('getVotingDay', {})).copiesIssued).toEqual([]);

    // An observer who has left gets no copy.
    await t.must('checkOutObserver', { entryId: observer, at: day('07:00') });
    await refused(
      { observerEntryId: observer, document: 'opening_act', protocolId: null },
      'observer_not_present',
    );
  });
});
