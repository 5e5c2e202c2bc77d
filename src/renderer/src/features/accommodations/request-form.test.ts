import { describe, expect, it } from 'vitest';
import type { RegisterRow } from '@shared/accommodations/accommodation-contract';
import { recordRequestInputSchema } from '@shared/accommodations/accommodation-schemas';
import { translate, type MessageKey } from '@shared/i18n';
import { registerTable } from './register-table';
import {
  blankRequest,
  requestErrorField,
  requestInput,
  requestProblems,
  type RequestFormValues,
} from './request-form';

const NOW = '2027-03-19T11:30';
const t = (key: MessageKey, params?: Record<string, string | number>) =>
  translate('en', key, params);

const homeVoting = (patch: Partial<RequestFormValues> = {}): RequestFormValues => ({
  ...blankRequest(NOW, 'member-1'),
  voter: { iin: '680715401041', name: 'Иванова Мария Петровна' },
  kinds: ['home_voting'],
  address: 'Алматы, ул. Тимирязева, 15, кв. 12',
  reasonCategory: 'own_health',
  ...patch,
});

describe('the new-request form', () => {
  it('starts at now, received by the member logged in, from a voter on the list', () => {
    const values = blankRequest(NOW, 'member-1');
    expect(values.received).toEqual({ date: '2027-03-19', time: '11:30' });
    expect(values.receivedById).toBe('member-1');
    expect(values.who).toBe('list');
  });

  it('names what is missing, field by field', () => {
    expect(requestProblems(blankRequest(NOW, 'member-1'))).toEqual({
      voter: 'accommodations.problem.chooseVoter',
      kinds: 'accommodations.problem.chooseKind',
    });
    expect(requestProblems(homeVoting({ address: ' ', reasonCategory: '' }))).toEqual({
      address: 'errors.address_required',
      reasonCategory: 'errors.reason_category_required',
    });
    expect(requestProblems(homeVoting({ kinds: ['other'], otherDescription: '' }))).toEqual({
      otherDescription: 'errors.other_description_required',
    });
    expect(requestProblems(homeVoting({ contactPhone: 'call me' }))).toEqual({
      contactPhone: 'errors.phone_invalid',
    });
    expect(requestProblems(homeVoting({ who: 'notListed', voter: null, fullName: '' }))).toEqual({
      fullName: 'validation.required',
    });
    expect(requestProblems(homeVoting())).toEqual({});
  });

  it('sends what the contract accepts, and only the fields its kinds use', () => {
    const input = requestInput(
      homeVoting({ kinds: ['home_voting', 'braille_stencil'], healthNote: ' ', notes: ' x ' }),
    );
    expect(recordRequestInputSchema.safeParse(input).success).toBe(true);
    expect(input).toMatchObject({
      receivedAt: NOW,
      requester: { by: 'iin', iin: '680715401041', fullName: null },
      reasonCategory: 'own_health',
      healthNote: null,
      notes: 'x',
      otherDescription: null,
      intermediary: null,
    });
    // Without home voting, neither the reason nor the health note is sent.
    const station = requestInput(homeVoting({ kinds: ['magnifier_lighting'], healthNote: 'eyes' }));
    expect(station).toMatchObject({ reasonCategory: null, healthNote: null });
  });

  it('sends a person not on the list by IIN when known, else by name and birth date', () => {
    const person = homeVoting({ who: 'notListed', voter: null, fullName: ' Дана ' });
    expect(requestInput({ ...person, iin: '930921600311' }).requester).toEqual({
      by: 'iin',
      iin: '930921600311',
      fullName: 'Дана',
    });
    expect(requestInput({ ...person, birthDate: '1993-09-21' }).requester).toEqual({
      by: 'person',
      fullName: 'Дана',
      birthDate: '1993-09-21',
    });
  });

  it('puts each refusal of the core at the field it is about', () => {
    const refused = (code: string, field?: string) =>
      ({ code, message: '', details: field ? { field } : undefined }) as Parameters<
        typeof requestErrorField
      >[0];
    expect(requestErrorField(refused('voter_iin_invalid'), homeVoting())).toBe('voter');
    expect(requestErrorField(refused('voter_iin_invalid'), homeVoting({ who: 'notListed' }))).toBe(
      'iin',
    );
    expect(requestErrorField(refused('address_required'), homeVoting())).toBe('address');
    expect(requestErrorField(refused('time_in_future'), homeVoting())).toBe('received');
    expect(requestErrorField(refused('invalid_input', 'contactPhone'), homeVoting())).toBe(
      'contactPhone',
    );
    expect(requestErrorField(refused('accommodation_duplicate'), homeVoting())).toBeNull();
  });
});

describe('the register as a table', () => {
  const row: RegisterRow = {
    requestId: 'r1',
    number: 7,
    received: { at: '2027-03-19T06:30:00.000Z', local: '2027-03-19T11:30' },
    receivedByName: 'Aigerim Sadykova',
    requesterName: 'Дана Жұмабаева',
    requesterIin: null,
    onList: false,
    contactPhone: '+7 777 000 11 22',
    address: 'Алматы, Тимирязев к-сі, 21',
    channel: 'phone',
    kinds: ['home_voting'],
    items: [
      {
        itemId: 'i1',
        kind: 'home_voting',
        status: 'declined_late',
        notFulfilledReason: null,
        outcomeText: null,
        outcomeAt: null,
      },
    ],
    status: 'closed',
    membersAssigned: [],
    corrections: 1,
  };

  it('has the same columns on screen and in files', () => {
    const table = registerTable([row], { t, language: 'en', timeZone: 'UTC', style: 'sheet' });
    expect(table.headers).toEqual([
      'No.',
      'Received',
      'Requester',
      'Address (home voting)',
      'Asked for',
      'Status',
      'Members assigned',
      'Outcome',
    ]);
    expect(table.rows[0]).toEqual([
      '7',
      '2027-03-19 11:30',
      'Дана Жұмабаева (not on the list)\ntel. +7 777 000 11 22\nBy phone',
      'Алматы, Тимирязев к-сі, 21',
      'Home voting (portable box)',
      'Home voting (portable box): Declined: received after the cut-off\nCorrected (1)',
      '',
      'Home voting (portable box): Received after the cut-off.',
    ]);
  });
});
