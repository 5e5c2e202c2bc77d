import { describe, expect, it } from 'vitest';
import { translate } from '../i18n';
import { summarizeAccommodationEvent } from './accommodation-audit-summary';

const context = {
  t: (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate('en', key, params),
  memberName: (id: string) => ({ m1: 'Yerlan Zhaksybekov', m2: 'Gulnara Akhmetova' })[id] ?? '?',
};

describe('audit summaries of accommodation events', () => {
  it('say what happened in words, from the payload', () => {
    expect(
      summarizeAccommodationEvent(
        'accommodation.request_recorded',
        {
          full_name: 'Omarova Saule',
          on_list: false,
          cutoff_local: '2027-03-19T12:00',
          items: [
            { kind: 'home_voting', status: 'declined_late' },
            { kind: 'braille_stencil', status: 'received' },
          ],
        },
        context,
      ),
    ).toBe(
      'Omarova Saule: home voting, Braille stencil; not on the voter list; home voting declined: received after the cut-off (12:00)',
    );
    expect(
      summarizeAccommodationEvent(
        'accommodation.trip_planned',
        {
          member_ids: ['m1', 'm2'],
          planned_departure_local: '2027-03-19T09:00',
          expected_return_local: '2027-03-19T11:00',
          item_ids: ['a', 'b', 'c'],
        },
        context,
      ),
    ).toBe('Yerlan Zhaksybekov, Gulnara Akhmetova; 09:00–11:00; addresses: 3');
    expect(
      summarizeAccommodationEvent(
        'accommodation.item_status_changed',
        { kind: 'home_voting', status: 'fulfilled' },
        context,
      ),
    ).toBe('home voting: ballot issued at home');
  });

  it('never show a health reason or note, whatever the payload holds', () => {
    const line = summarizeAccommodationEvent(
      'accommodation.sensitive_recorded',
      {
        request_id: 'r1',
        reason_category: 'own_health',
        health_note: 'Cannot walk after surgery',
        reason: 'Asked again',
      },
      context,
    );
    expect(line).not.toMatch(/health|surgery|Asked again/i);
    expect(line).toBe('Details visible only to those allowed to see them');
  });
});
