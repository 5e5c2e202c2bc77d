import type { ReactNode } from 'react';
import type { VoterCard } from '@shared/voters/voter-api';
import { useLanguage, useT } from '../../../i18n/use-t';
import { formatCalendarDate, formatInstant } from '../../../ui/date-time-format';
import { useSessionStore } from '../../../app-state/session-store';
import { Facts } from '../../../ui/form-fields';
import { removalBasisKey } from '../voters-audit-summary';

/** The voter's entry as listed (the whole IIN: the card is where an ID is checked against it). */
export function VoterData({ card }: { card: VoterCard }) {
  const t = useT();
  const language = useLanguage();
  const voter = card.voter;
  const items: [string, ReactNode][] = [
    [t('voters.field.iin'), <span className="iin">{voter.iin}</span>],
    [t('voters.field.last_name'), voter.lastName],
    [t('voters.field.first_name'), voter.firstName],
    [t('voters.field.patronymic'), voter.patronymic ?? '—'],
    [t('voters.field.birth_date'), formatCalendarDate(voter.birthDate, language)],
    [t('voters.field.address'), voter.address],
  ];
  if (voter.precinct !== null) items.push([t('voters.field.precinct'), String(voter.precinct)]);
  return <Facts items={items} />;
}

/** The ballot issued to the voter, if any: when, by whom, where, with which helper. */
export function BallotFacts({ card }: { card: VoterCard }) {
  const t = useT();
  const language = useLanguage();
  const timeZone = useSessionStore((state) => state.appState?.precinct?.timeZone);
  const ballot = card.ballot;
  if (!ballot) return <p>{t('voters.card.noBallot')}</p>;
  const items: [string, ReactNode][] = [
    [t('voters.card.issuedAt'), formatInstant(ballot.issuedAt, timeZone, language)],
    [t('voters.card.issuedBy'), ballot.issuedByName ?? t('audit.unknownMember')],
    [t('voters.card.place'), t(`voters.place.${ballot.place}`)],
  ];
  if (ballot.helperName) items.push([t('voters.card.helper'), ballot.helperName]);
  return <Facts items={items} />;
}

/** The section of the list the voter falls in, and the desk (laptop) that issues it. */
export function SectionFacts({ card }: { card: VoterCard }) {
  const t = useT();
  const section = card.section;
  if (!section) {
    return card.sectionsDefined ? (
      <p className="message message-warning">{t('errors.ballot_no_section')}</p>
    ) : (
      <p>{t('voters.card.noSections')}</p>
    );
  }
  return (
    <Facts
      items={[
        [t('voters.sections.name'), section.name],
        [t('voters.sections.desk'), section.deskLabel],
        [
          t('voters.card.laptop'),
          section.thisDevice ? t('voters.card.thisLaptop') : t('voters.card.otherLaptop'),
        ],
      ]}
    />
  );
}

/** The absentee certificate recorded for the voter. */
export function AbsenteeFacts({ card }: { card: VoterCard }) {
  const t = useT();
  const language = useLanguage();
  const absentee = card.absentee;
  if (!absentee) return null;
  return (
    <Facts
      items={[
        [t('voters.absentee.number'), absentee.number],
        [t('voters.absentee.issuedOn'), formatCalendarDate(absentee.issuedOn, language)],
        [t('voters.card.recordedBy'), absentee.recordedByName ?? t('audit.unknownMember')],
      ]}
    />
  );
}

/** The latest removal request about the voter and its decision. */
export function RemovalFacts({ card }: { card: VoterCard }) {
  const t = useT();
  const language = useLanguage();
  const timeZone = useSessionStore((state) => state.appState?.precinct?.timeZone);
  const removal = card.removal;
  if (!removal) return null;
  const when = (iso: string) => formatInstant(iso, timeZone, language);
  const items: [string, ReactNode][] = [
    [t('voters.removal.basis'), t(removalBasisKey(removal.basis))],
    [t('voters.reason'), removal.reason],
    [
      t('voters.requests.requested'),
      t('voters.requests.atBy', {
        at: when(removal.requestedAt),
        by: removal.requestedByName ?? t('audit.unknownMember'),
      }),
    ],
    [t('voters.requests.status'), t(`voters.requests.${removal.status}`)],
  ];
  if (removal.documentRef) items.splice(2, 0, [t('voters.documentRef'), removal.documentRef]);
  if (removal.decidedAt) {
    items.push([
      t('voters.requests.decided'),
      t('voters.requests.atBy', {
        at: when(removal.decidedAt),
        by: removal.decidedByName ?? t('audit.unknownMember'),
      }),
    ]);
  }
  if (removal.decisionReason) {
    items.push([t('voters.decide.refusalReason'), removal.decisionReason]);
  }
  return <Facts items={items} />;
}
