/** One plausible entry of each kind, for tests of the core and of the screens. */
import type { RecordableKind } from './entry-kinds';
import type { EntryDetailsOf } from './entry-schemas';

export const SAMPLE_ENTRIES: { [K in RecordableKind]: EntryDetailsOf<K> } = {
  inquiry: {
    kind: 'inquiry',
    channel: 'phone',
    topic: 'where_to_vote',
    answer: 'School No. 12, Timiryazev St 15, from 07:00 to 20:00',
    followUp: false,
  },
  notice: {
    kind: 'notice',
    places: ['notice_board', 'entrance'],
    contents: ['polling_place_hours', 'voter_list'],
    languages: ['kk', 'ru'],
    otherLanguage: '',
    formats: ['large_print'],
  },
  meeting: {
    kind: 'meeting',
    format: 'seminar',
    place: 'Assembly hall of School No. 12',
    audiences: ['disability_associations', 'ngos'],
    participants: 24,
    topics: 'Voting at the place of stay; Braille stencils',
  },
  media: {
    kind: 'media',
    outlet: 'Khabar 24',
    journalist: 'Aliya Nurlanovna',
    foreign: false,
    accreditation: '',
    coverage: 'Filmed the ballot box sealing; asked about turnout reporting',
  },
  observer: {
    kind: 'observer',
    organisationType: 'international',
    organisation: 'OSCE/ODIHR',
    observerName: 'Jan Kowalski',
    mandateNumber: 'ODIHR-0412',
    departedAt: null,
  },
  complaint: {
    kind: 'complaint',
    complainant: 'Серик Ахметов',
    subject: 'voter_list',
    summary: 'Жалоба: его мать не найдена в списке избирателей',
    response: null,
  },
};
