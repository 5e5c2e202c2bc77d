import type { Alarm, AlarmKind, ImportFileResult } from '@shared/supervisor/supervisor-contract';
import { isEventType } from '@shared/event-types';
import { dictionaries, type MessageKey } from '@shared/i18n';
import type { Translate, TranslatePlural } from '../../i18n/use-t';
import { protocolAlarmDetails } from './results/protocol-alarm-text';

/** 64 hex digits as 16 groups of 4, as the handover act prints them. */
export function groupFingerprint(fingerprint: string): string {
  return (fingerprint.toUpperCase().match(/.{1,4}/g) ?? []).join(' ');
}

/** The last part of a path (either separator), for tables where the whole path is too long. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/** Translates `key` when this build knows it (a kind or status the core reports), else shows `raw`. */
export function labelOr(t: Translate, key: string, raw: string): string {
  return key in dictionaries.en ? t(key as MessageKey) : raw;
}

export const alarmKindKey = (kind: AlarmKind): MessageKey => `supervisor.alarm.${kind}`;

/** The reason column of an import result: why it was refused, or what a held file waits for. */
export function reasonText(t: Translate, file: ImportFileResult): string {
  if (file.code === 'unauthorized_event' && file.refusedEvent) {
    const { seq, type } = file.refusedEvent;
    const label = isEventType(type) ? t(`audit.type.${type}`) : type;
    return t('supervisor.reject.unauthorized_event_at', { seq, type: label });
  }
  if (file.code) return t(`supervisor.reject.${file.code}`);
  const gap = file.status === 'held' ? file.waitingFor : null;
  if (gap)
    return t(gap.from === gap.to ? 'supervisor.waitingForOne' : 'supervisor.waitingFor', gap);
  return '';
}

/** `first–last`, or empty when the file's header could not be read. */
export function seqRange(file: Pick<ImportFileResult, 'firstSeq' | 'lastSeq'>): string {
  if (file.firstSeq === null || file.lastSeq === null) return '';
  return file.firstSeq === file.lastSeq
    ? String(file.firstSeq)
    : `${file.firstSeq}–${file.lastSeq}`;
}

/** An accommodation kind or status in words, reusing the accommodation screens' words. */
export function requestKindText(t: Translate, kind: string): string {
  return labelOr(t, `accommodations.kind.${kind}`, kind);
}
export function requestStatusText(t: Translate, status: string): string {
  return labelOr(t, `accommodations.status.${status}`, status);
}
export function logKindText(t: Translate, kind: string): string {
  return labelOr(t, `infolog.kind.${kind}`, kind);
}

/**
 * An alarm's details in the screen's language. The core words them in English for logs and
 * the command line; the known forms are read back into their figures and translated, and
 * anything else is shown as the core wrote it (marked English by the caller).
 */
export function alarmDetails(
  t: Translate,
  tp: TranslatePlural,
  alarm: Pick<Alarm, 'kind' | 'details'>,
): string | null {
  const fork = /^seq (\d+)–(\d+) differs from the stored history at seq (\d+)$/.exec(alarm.details);
  if (alarm.kind === 'fork' && fork) {
    return t('supervisor.alarmDetail.fork', {
      first: fork[1] ?? '',
      last: fork[2] ?? '',
      at: fork[3] ?? '',
    });
  }
  const ballots = /^(\d+) ballots in force$/.exec(alarm.details);
  if (alarm.kind === 'double_ballot' && ballots) {
    return tp('supervisor.alarmDetail.double_ballot', Number(ballots[1]));
  }
  const lists = /^on the lists of (\d+) precincts$/.exec(alarm.details);
  if (alarm.kind === 'two_lists' && lists) {
    return tp('supervisor.alarmDetail.two_lists', Number(lists[1]));
  }
  const reused = /^slot (\d+) certified (\d+) devices: (.+)$/.exec(alarm.details);
  if (alarm.kind === 'slot_reused' && reused) {
    return tp('supervisor.alarmDetail.slot_reused', Number(reused[2]), {
      slot: reused[1] ?? '',
      devices: reused[3] ?? '',
    });
  }
  const unattested =
    /^ballots from slot (\d+|\?), a device the chair’s list sections never name$/.exec(
      alarm.details,
    );
  if (alarm.kind === 'unattested_device' && unattested) {
    return t('supervisor.alarmDetail.unattested_device', { slot: unattested[1] ?? '' });
  }
  const claimed = /^held by (.+); claimed by (.+)$/.exec(alarm.details);
  if (alarm.kind === 'device_id_claimed' && claimed) {
    return t('supervisor.alarmDetail.device_id_claimed', {
      holder: claimed[1] ?? '',
      claimer: claimed[2] ?? '',
    });
  }
  return protocolAlarmDetails(t, tp, alarm);
}
