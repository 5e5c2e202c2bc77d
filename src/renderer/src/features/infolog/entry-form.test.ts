import { describe, expect, it } from 'vitest';
import { RECORDABLE_KINDS } from '@shared/infolog/entry-kinds';
import { SAMPLE_ENTRIES } from '@shared/infolog/sample-entries';
import { translate } from '@shared/i18n';
import {
  ANSWER_FORM,
  blankValues,
  detailsOf,
  formProblems,
  responseOf,
  specProblems,
  valuesOf,
} from './entry-form';
import { complaintsTable, logTable } from './register-tables';
import type { InfoLogEntryView } from '@shared/infolog/infolog-contract';

const NOW = '2027-03-10T11:00';

describe('entry forms', () => {
  it.each(RECORDABLE_KINDS)('fill a %s from its fields and give the same fields back', (kind) => {
    const details = SAMPLE_ENTRIES[kind];
    const values = valuesOf('2027-03-10T09:30', details, NOW);
    expect(values.at).toEqual({ date: '2027-03-10', time: '09:30' });
    expect(detailsOf(kind, values)).toEqual(details);
    expect(formProblems(kind, values)).toEqual({});
  });

  it('keep an observer’s departure and a complaint’s answer', () => {
    const observer = { ...SAMPLE_ENTRIES.observer, departedAt: '2027-03-10T10:15' };
    expect(detailsOf('observer', valuesOf('2027-03-10T09:30', observer, NOW))).toEqual(observer);
    const complaint = {
      ...SAMPLE_ENTRIES.complaint,
      response: {
        outcome: 'forwarded' as const,
        at: '2027-03-10T10:00',
        text: 'Sent on',
        forwardedTo: 'District commission',
      },
    };
    expect(detailsOf('complaint', valuesOf(NOW, complaint, NOW))).toEqual(complaint);
  });

  it('find every empty required field and unmade choice of a blank form', () => {
    expect(formProblems('inquiry', blankValues('inquiry', NOW))).toEqual({
      channel: 'field.chooseRequired',
      topic: 'field.chooseRequired',
      answer: 'validation.required',
    });
    expect(formProblems('notice', blankValues('notice', NOW))).toEqual({
      places: 'infolog.chooseOne',
      contents: 'infolog.chooseOne',
      languages: 'infolog.chooseOne',
    });
    expect(formProblems('meeting', blankValues('meeting', NOW))).toEqual({
      format: 'field.chooseRequired',
      place: 'validation.required',
      audiences: 'infolog.chooseOne',
      participants: 'infolog.wholeNumber',
      topics: 'validation.required',
    });
    expect(formProblems('observer', blankValues('observer', NOW))).toEqual({
      organisationType: 'field.chooseRequired',
      organisation: 'validation.required',
      observerName: 'validation.required',
      mandateNumber: 'errors.observer_mandate_required',
    });
    const media = { ...blankValues('media', NOW), foreign: true };
    expect(formProblems('media', media)).toMatchObject({
      accreditation: 'errors.media_accreditation_required',
    });
    const notice = { ...valuesOf(NOW, SAMPLE_ENTRIES.notice, NOW), languages: ['other'] };
    expect(formProblems('notice', notice)).toEqual({ otherLanguage: 'validation.required' });
    const halfDated = {
      ...valuesOf(NOW, SAMPLE_ENTRIES.inquiry, NOW),
      at: { date: '', time: '10:00' },
    };
    expect(formProblems('inquiry', halfDated)).toEqual({ at: 'infolog.momentIncomplete' });
  });

  it('start every choice with legal effect empty and require it', () => {
    const blank = blankValues('complaint', NOW);
    expect(blank.subject).toBe('');
    expect(formProblems('complaint', blank)).toMatchObject({ subject: 'field.chooseRequired' });
    const inquiry = blankValues('inquiry', NOW);
    expect([inquiry.channel, inquiry.topic]).toEqual(['', '']);
    const filled = { ...inquiry, channel: 'phone', topic: 'where_to_vote', answer: 'Told' };
    expect(formProblems('inquiry', filled)).toEqual({});
    expect(formProblems('inquiry', { ...filled, topic: 'not-a-topic' })).toEqual({
      topic: 'field.chooseRequired',
    });
  });

  it('refuse a text longer than its field takes instead of cutting it', () => {
    const values = { ...valuesOf(NOW, SAMPLE_ENTRIES.inquiry, NOW), answer: 'а'.repeat(16_000) };
    expect(formProblems('inquiry', values)).toEqual({ answer: 'validation.tooLong' });
  });

  it('ask for the answer’s text and, when forwarded, where to', () => {
    const values = {
      'response.outcome': 'forwarded',
      'response.at': { date: '2027-03-10', time: '10:00' },
      'response.text': ' ',
      'response.forwardedTo': '',
    };
    expect(specProblems(ANSWER_FORM, values)).toEqual({
      'response.text': 'validation.required',
      'response.forwardedTo': 'validation.required',
    });
    expect(
      responseOf({ ...values, 'response.outcome': 'answered', 'response.forwardedTo': 'x' }),
    ).toEqual({ outcome: 'answered', at: '2027-03-10T10:00', text: '', forwardedTo: '' });
  });
});

describe('register tables', () => {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate('en', key, params);
  const entry = (kind: 'inquiry' | 'complaint'): InfoLogEntryView => ({
    id: kind,
    kind,
    number: 1,
    occurredAt: '2027-03-10T04:30:00.000Z',
    occurredLocal: '2027-03-10T09:30',
    details: SAMPLE_ENTRIES[kind],
    recordedById: 'm1',
    recordedByName: 'Aigerim Sadykova',
    recordedAt: '2027-03-10T04:31:00.000Z',
    withdrawn: null,
    corrections: 1,
    history: [
      {
        change: 'recorded',
        at: '2027-03-10T04:31:00.000Z',
        memberId: 'm1',
        memberName: 'Aigerim Sadykova',
        reason: null,
        occurredLocal: '2027-03-10T09:00',
        details: { ...SAMPLE_ENTRIES[kind] },
      },
      {
        change: 'corrected',
        at: '2027-03-10T05:00:00.000Z',
        memberId: 'm1',
        memberName: 'Aigerim Sadykova',
        reason: 'Wrong time',
        occurredLocal: '2027-03-10T09:30',
        details: SAMPLE_ENTRIES[kind],
      },
    ],
    observer: null,
    complaint:
      kind === 'complaint'
        ? {
            status: 'open',
            deadline: {
              rule: 'voter_list',
              days: 3,
              dueDate: '2027-03-13',
              dueAt: '2027-03-13T19:00:00.000Z',
            },
            respondedAt: null,
            overdue: true,
            late: false,
          }
        : null,
  });
  const context = { t, language: 'en' as const, timeZone: 'Asia/Almaty', style: 'sheet' as const };

  it('lay out the log with the correction beside the original', () => {
    const table = logTable([entry('inquiry')], context);
    expect(table.headers).toEqual([
      'Date and time',
      'Kind',
      'No.',
      'Details',
      'Recorded by',
      'Status',
    ]);
    const [row] = table.rows;
    expect(row?.slice(0, 3)).toEqual(['2027-03-10 09:30', 'Citizen inquiry', '1']);
    expect(row?.[3]).toBe(
      'Phone; Where to vote. Answer: School No. 12, Timiryazev St 15, from 07:00 to 20:00',
    );
    expect(row?.[5]).toMatch(
      /^Corrected \(1\)\ncorrected .+ by Aigerim Sadykova Reason: Wrong time Entry then: .+09:00/,
    );
  });

  it('lay out a copy issued to an observer in the printed log, in Kazakh and Russian', () => {
    const copy: InfoLogEntryView = {
      ...entry('inquiry'),
      kind: 'copy_issued',
      corrections: 0,
      history: [],
      details: {
        kind: 'copy_issued',
        observerEntryId: 'e-obs',
        observerName: 'Jan Kowalski',
        organisation: 'OSCE/ODIHR',
        document: 'protocol',
        protocolId: 'p-1',
        version: 2,
      },
    };
    const rowIn = (language: 'kk' | 'ru') =>
      logTable([copy], {
        ...context,
        language,
        t: (key, params) => translate(language, key, params),
      }).rows[0];
    expect(rowIn('ru')?.slice(1, 4)).toEqual([
      'Выдана копия',
      '1',
      'Копия протокола об итогах голосования, версия 2 выдана: Jan Kowalski (OSCE/ODIHR).',
    ]);
    expect(rowIn('kk')?.[3]).toBe(
      'Берілді: дауыс беру қорытындылары туралы хаттаманың (2-нұсқа) көшірмесі — Jan Kowalski (OSCE/ODIHR).',
    );
  });

  it('lay out the complaints register with the deadline and an overdue status', () => {
    const [row] = complaintsTable([entry('complaint')], context).rows;
    expect(row?.slice(0, 7)).toEqual([
      '1',
      '2027-03-10 09:30',
      'Серик Ахметов',
      'Voter list',
      'Жалоба: его мать не найдена в списке избирателей',
      'March 13, 2027 (voter list, 3 days)',
      expect.stringMatching(/^Overdue\n/),
    ]);
  });
});
