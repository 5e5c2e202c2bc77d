import { describe, expect, it } from 'vitest';
import { translate } from '@shared/i18n';
import type { QuestionTotal } from '@shared/supervisor/results-contract';
import { translatePlural } from '@shared/i18n/plural';
import type { Translate, TranslatePlural } from '../../../i18n/use-t';
import { alarmDetails } from '../supervisor-text';
import { ballotText, questionText, shares } from './result-text';

const en: Translate = (key, params) => translate('en', key, params);
const ru: Translate = (key, params) => translate('ru', key, params);
const ruPlural: TranslatePlural = (key, count, params) => translatePlural('ru', key, count, params);
const enPlural: TranslatePlural = (key, count, params) => translatePlural('en', key, count, params);

const question: QuestionTotal = {
  questionId: 'q1',
  text: { kk: 'Келісесіз бе?', ru: 'Согласны ли вы?' },
  valid: 9,
  invalid: 1,
  options: [
    { optionId: 'yes', name: { kk: 'Иә', ru: 'Да' }, votes: 7 },
    { optionId: 'no', name: null, votes: 2 },
  ],
};

describe('the results in words', () => {
  it('gives each option its share of the votes, to one decimal', () => {
    expect(shares(question)).toEqual([
      { optionId: 'yes', votes: 7, share: '77.8' },
      { optionId: 'no', votes: 2, share: '22.2' },
    ]);
    expect(shares({ ...question, options: [] })).toEqual([]);
    expect(shares({ ...question, options: [{ optionId: 'a', name: null, votes: 0 }] })).toEqual([
      { optionId: 'a', votes: 0, share: '0.0' },
    ]);
  });

  it('names the ballot in Kazakh or Russian (English reads the Russian), else by its id', () => {
    expect(ballotText(question.options[0]?.name ?? null, 'yes', 'kk')).toBe('Иә');
    expect(ballotText(question.options[0]?.name ?? null, 'yes', 'en')).toBe('Да');
    expect(ballotText(null, 'no', 'ru')).toBe('no');
    expect(questionText(en, { ...question, text: null }, 'en')).toBe('Question q1');
  });

  it('translates the protocol alarms’ details, and leaves another form as it is', () => {
    const alarm = (kind: Parameters<typeof alarmDetails>[2]['kind'], details: string) =>
      alarmDetails(ru, ruPlural, { kind, details });
    expect(alarm('protocol_unexplained', 'version 2: ballots_balance, votes_make_valid:q1')).toBe(
      'версия 2: ballots_balance, votes_make_valid:q1',
    );
    expect(
      alarm('protocol_events_mismatch', 'version 1: 5 issued at the station, 3 ballot events'),
    ).toBe('версия 1: выдано на участке 5, получено событий выдачи 3');
    expect(alarm('protocol_versions', '2 versions')).toBe('подписаны 2 версии');
    expect(alarm('protocol_versions', '5 versions')).toBe('подписано 5 версий');
    expect(
      alarmDetails(en, enPlural, {
        kind: 'protocol_missing',
        details: 'voting closed at 2027-03-19T15:00:00.000Z; no protocol',
      }),
    ).toBe('voting closed at 2027-03-19T15:00:00.000Z; no protocol has come');
    expect(alarm('protocol_versions', 'something else')).toBeNull();
  });
});
