/**
 * One line saying what a voter-list event did: for the audit log (which any member reads, so a
 * voter is named by the name the event carries, else by a masked IIN) and for the history on a
 * voter's own card (where the voter is known and the details help). Payload fields are read
 * defensively: the log may hold events written by another version of the app.
 */
import type { EventType } from '@shared/event-types';
import type { ProtocolEventType } from '@shared/protocol/protocol-events';
import type { MessageKey } from '@shared/i18n';
import { assertNever } from '@shared/result';
import type { Language } from '@shared/roles';
import { translatePlural } from '@shared/i18n/plural';
import type { AddBasis, CorrectableField, RemovalBasis } from '@shared/voters/voter-api';
import type { Translate } from '../../i18n/use-t';
import { formatCalendarDate } from '../../ui/date-time-format';
import {
  ADD_BASES,
  ADD_BASIS_LABELS,
  CORRECTABLE_FIELD_LABELS,
  CORRECTABLE_FIELDS,
  REMOVAL_BASES,
  REMOVAL_BASIS_LABELS,
} from './voters-text';
import { maskIin } from '../../ui/voter-text';

/** The event types of the voter list (the audit summary hands these here). */
export type VoterEventType = Exclude<
  Extract<EventType, `voter.${string}` | `voters.${string}` | `ballot.${string}`>,
  ProtocolEventType
>;

export interface VoterSummaryContext {
  t: Translate;
  language: Language;
}

type Payload = Record<string, unknown>;

const text = (p: Payload, key: string): string => {
  const value = p[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};
const number = (p: Payload, key: string): number => {
  const value = p[key];
  return typeof value === 'number' ? value : 0;
};
const oneOf = <T extends string>(values: readonly T[], value: unknown): T | null =>
  values.find((v) => v === value) ?? null;

export const addBasisKey = (basis: AddBasis): MessageKey => ADD_BASIS_LABELS[basis];
export const removalBasisKey = (basis: RemovalBasis): MessageKey => REMOVAL_BASIS_LABELS[basis];
export const fieldKey = (field: CorrectableField): MessageKey => CORRECTABLE_FIELD_LABELS[field];

function addBasis(p: Payload, t: Translate): string {
  const basis = oneOf(ADD_BASES, p.basis);
  return basis ? t(addBasisKey(basis)) : text(p, 'basis');
}

function removalBasis(p: Payload, t: Translate): string {
  const basis = oneOf(REMOVAL_BASES, p.basis);
  return basis ? t(removalBasisKey(basis)) : text(p, 'basis');
}

function field(p: Payload, t: Translate): string {
  const name = oneOf(CORRECTABLE_FIELDS, p.field);
  return name ? t(fieldKey(name)) : text(p, 'field');
}

/** Joins the present parts of a summary. */
const parts = (...items: (string | null | false)[]): string => items.filter(Boolean).join('; ');

/** The voter an event is about, for the audit log: the name it carries, else a masked IIN. */
function voterOf(p: Payload): string {
  const name = [text(p, 'last_name'), text(p, 'first_name'), text(p, 'patronymic')]
    .filter(Boolean)
    .join(' ');
  return name || maskIin(text(p, 'iin'));
}

function documentOf(p: Payload, t: Translate): string | null {
  const ref = text(p, 'document_ref');
  return ref ? t('voters.history.document', { ref }) : null;
}

/** The audit log's line for a voter-list event. */
export function summarizeVoterAuditEvent(
  type: VoterEventType,
  p: Payload,
  { t, language }: VoterSummaryContext,
): string {
  const voter = voterOf(p);
  switch (type) {
    case 'voters.imported': {
      const line = t('audit.summary.voter.imported', {
        file: text(p, 'file_name'),
        imported: number(p, 'imported'),
        rejected: number(p, 'rows') - number(p, 'valid'),
      });
      return p.source === 'cli' ? parts(line, t('audit.summary.voter.fromCli')) : line;
    }
    case 'voter.added':
      return t('audit.summary.voter.added', {
        voter,
        basis: addBasis(p, t),
        reason: text(p, 'reason'),
      });
    case 'voter.corrected':
      return t('audit.summary.voter.corrected', {
        voter,
        field: field(p, t),
        reason: text(p, 'reason'),
      });
    case 'voter.removal_requested':
      return t('audit.summary.voter.removalRequested', {
        voter,
        basis: removalBasis(p, t),
        reason: text(p, 'reason'),
      });
    case 'voter.removal_decided':
      return p.decision === 'approve'
        ? t('audit.summary.voter.removalApproved', { voter })
        : t('audit.summary.voter.removalRefused', { voter, reason: text(p, 'reason') });
    case 'voter.absentee_certificate_issued':
      return t('audit.summary.voter.absentee', {
        voter,
        number: text(p, 'number'),
        date: text(p, 'issued_on') ? formatCalendarDate(text(p, 'issued_on'), language) : '',
      });
    case 'voter.inquiry_answered': {
      const byIin = p.method === 'iin';
      if (p.found === true) {
        return t(
          byIin ? 'audit.summary.voter.inquiryIinFound' : 'audit.summary.voter.inquiryNameFound',
        );
      }
      return t(
        byIin
          ? 'audit.summary.voter.inquiryIinNotFound'
          : 'audit.summary.voter.inquiryNameNotFound',
      );
    }
    case 'voters.sections_set': {
      const sections = Array.isArray(p.sections) ? (p.sections as Payload[]) : [];
      if (sections.length === 0) return t('audit.summary.voter.noSections');
      return translatePlural(language, 'audit.summary.voter.sections', sections.length, {
        names: sections.map((s) => text(s, 'name')).join(', '),
      });
    }
    case 'ballot.issued':
      return parts(
        p.place === 'portable_box'
          ? t('audit.summary.voter.ballotPortable', { voter })
          : t('audit.summary.voter.ballotStation', { voter }),
        text(p, 'helper_name') ? t('audit.summary.voter.withHelper') : null,
      );
    case 'ballot.undone':
      return t('audit.summary.voter.ballotUndone', { voter, reason: text(p, 'reason') });
    default:
      return assertNever(type);
  }
}

/** The details of an event on the card of the voter it concerns. */
export function describeVoterHistoryEvent(
  type: string,
  p: Payload,
  { t, language }: VoterSummaryContext,
): string {
  switch (type) {
    case 'voters.imported':
      return t('voters.history.imported', { file: text(p, 'file_name') });
    case 'voter.added':
      return parts(
        addBasis(p, t),
        text(p, 'certificate_number')
          ? t('voters.history.certificate', {
              number: text(p, 'certificate_number'),
              precinct: text(p, 'issuing_precinct'),
            })
          : null,
        documentOf(p, t),
        text(p, 'reason'),
      );
    case 'voter.corrected':
      return parts(
        t('voters.history.corrected', {
          field: field(p, t),
          old: text(p, 'old_value') || '—',
          new: text(p, 'new_value') || '—',
        }),
        documentOf(p, t),
        text(p, 'reason'),
      );
    case 'voter.removal_requested':
      return parts(removalBasis(p, t), documentOf(p, t), text(p, 'reason'));
    case 'voter.removal_decided':
      return p.decision === 'approve'
        ? t('voters.history.approved')
        : t('voters.history.refused', { reason: text(p, 'reason') });
    case 'voter.absentee_certificate_issued':
      return t('voters.history.absentee', {
        number: text(p, 'number'),
        date: text(p, 'issued_on') ? formatCalendarDate(text(p, 'issued_on'), language) : '',
      });
    case 'ballot.issued':
      return parts(
        p.place === 'portable_box' ? t('voters.place.portable_box') : t('voters.place.station'),
        text(p, 'helper_name')
          ? t('voters.history.helper', { name: text(p, 'helper_name') })
          : null,
      );
    case 'ballot.undone':
      return text(p, 'reason');
    default:
      return '';
  }
}
