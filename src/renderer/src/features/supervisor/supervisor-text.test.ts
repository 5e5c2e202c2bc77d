import { describe, expect, it } from 'vitest';
import type { ImportFileResult } from '@shared/supervisor/supervisor-contract';
import { translate } from '@shared/i18n';
import { translatePlural } from '@shared/i18n/plural';
import type { Translate, TranslatePlural } from '../../i18n/use-t';
import {
  alarmDetails,
  fileName,
  groupFingerprint,
  reasonText,
  requestKindText,
  seqRange,
} from './supervisor-text';

const t: Translate = (key, params) => translate('en', key, params);
const tp: TranslatePlural = (key, count, params) => translatePlural('en', key, count, params);
const ruPlural: TranslatePlural = (key, count, params) => translatePlural('ru', key, count, params);
const file = (fields: Partial<ImportFileResult>): ImportFileResult => ({
  file: '/media/stick/p412.sync',
  status: 'accepted',
  code: null,
  device: 'dev-1',
  precinctId: 'almaty-412',
  firstSeq: 1,
  lastSeq: 5,
  newEvents: 5,
  waitingFor: null,
  ...fields,
});

describe('supervisor texts', () => {
  it('groups a fingerprint in sixteen groups of four, as the handover act prints it', () => {
    const grouped = groupFingerprint('ab'.repeat(32));
    expect(grouped.split(' ')).toHaveLength(16);
    expect(grouped.startsWith('ABAB ABAB')).toBe(true);
  });

  it('says why a file was refused, or what a held file waits for', () => {
    expect(reasonText(t, file({ status: 'rejected', code: 'fork' }))).toMatch(/^Fork:/);
    expect(
      reasonText(t, file({ status: 'held', firstSeq: 9, waitingFor: { from: 6, to: 8 } })),
    ).toBe('waiting for seq 6–8');
    expect(
      reasonText(t, file({ status: 'held', firstSeq: 4, waitingFor: { from: 3, to: 3 } })),
    ).toBe('waiting for seq 3');
    expect(reasonText(t, file({}))).toBe('');
    expect(
      reasonText(
        t,
        file({
          status: 'rejected',
          code: 'unauthorized_event',
          refusedEvent: { seq: 12, type: 'member.deactivated' },
        }),
      ),
    ).toMatch(/^Event #12 \(.+\) was recorded by someone its rule does not allow/);
  });

  it('shows seq ranges, file names and kinds it does not know as they are', () => {
    expect(seqRange(file({}))).toBe('1–5');
    expect(seqRange(file({ firstSeq: 3, lastSeq: 3 }))).toBe('3');
    expect(seqRange(file({ firstSeq: null, lastSeq: null }))).toBe('');
    expect(fileName('C:\\stick\\a.sync')).toBe('a.sync');
    expect(requestKindText(t, 'home_voting')).toBe('Home voting (portable box)');
    expect(requestKindText(t, 'teleport')).toBe('teleport');
  });

  it('translates the alarm details the core words, and leaves others to be shown as they are', () => {
    const ru: Translate = (key, params) => translate('ru', key, params);
    const fork = {
      kind: 'fork' as const,
      details: 'seq 1–3 differs from the stored history at seq 2',
    };
    expect(alarmDetails(ru, ruPlural, fork)).toBe(
      'события 1–3 расходятся с сохранённой историей начиная с 2',
    );
    expect(alarmDetails(t, tp, { kind: 'double_ballot', details: '2 ballots in force' })).toBe(
      '2 ballots in force',
    );
    expect(alarmDetails(t, tp, { kind: 'two_lists', details: 'something new' })).toBeNull();
    expect(
      alarmDetails(ru, ruPlural, {
        kind: 'slot_reused',
        details: 'slot 2 certified 2 devices: dev-a, dev-b',
      }),
    ).toBe('место ноутбука 2 удостоверило 2 устройства: dev-a, dev-b');
    expect(
      alarmDetails(t, tp, {
        kind: 'unattested_device',
        details: 'ballots from slot 3, a device the chair’s list sections never name',
      }),
    ).toBe('ballots from laptop slot 3, a device the chair’s list sections never name');
  });
});
