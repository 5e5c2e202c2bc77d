import type { ProtocolEventType } from '@shared/protocol/protocol-events';
import { assertNever } from '@shared/result';
import type { Translate, TranslatePlural } from '../../i18n/use-t';

type Payload = Record<string, unknown>;

const text = (p: Payload, key: string): string => {
  const value = p[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};

/** A count from the payload; a log of another version may lack it, which reads as 0. */
const count = (p: Payload, key: string): number => Number(text(p, key)) || 0;

/** One line for the audit log about a voting-day event: never an IIN. */
export function summarizeProtocolEvent(
  type: ProtocolEventType,
  p: Payload,
  t: Translate,
  memberName: (id: string) => string,
  tp: TranslatePlural,
): string {
  const member = (key: string) =>
    typeof p[key] === 'string' ? memberName(p[key]) : t('protocol.theStock');
  switch (type) {
    case 'protocol.ballot_set': {
      const ballot = p.ballot as { questions?: unknown[] } | null;
      return ballot
        ? tp('audit.summary.protocol.ballotSet', ballot.questions?.length ?? 0)
        : t('audit.summary.protocol.noBallot');
    }
    case 'voting.opened':
      return t('audit.summary.protocol.opened', {
        present: tp(
          'audit.summary.protocol.membersPresent',
          Array.isArray(p.present_member_ids) ? p.present_member_ids.length : 0,
        ),
        ballots: tp('audit.summary.protocol.ballotsReceived', count(p, 'ballots_received')),
      });
    case 'ballots.moved':
      return tp('audit.summary.protocol.moved', count(p, 'ballots'), {
        from: member('from_member_id'),
        to: member('to_member_id'),
      });
    case 'ballot.spoiled':
      return t('audit.summary.protocol.spoiled', { member: member('member_id') });
    case 'turnout.report_sent':
      return tp('audit.summary.protocol.reportSent', count(p, 'voters_voted'), {
        hour: text(p, 'hour'),
      });
    case 'voting.closed':
      return t('audit.summary.protocol.closed');
    case 'protocol.signed':
      return t('audit.summary.protocol.signed', { version: text(p, 'version') });
    default:
      return assertNever(type);
  }
}
