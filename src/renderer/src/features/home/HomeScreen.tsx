import type { ReactNode } from 'react';
import { useErrorText } from '../../app-state/use-error-text';
import { useSessionStore } from '../../app-state/session-store';
import { useLanguage, useNumbers, useT, useTPlural } from '../../i18n/use-t';
import { formatCalendarDate, formatInstant, zoneLabel } from '../../ui/date-time-format';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import '../../styles/home.css';
import { HomeCard } from './HomeCard';
import {
  complaintsDueOn,
  lastReached,
  latestExport,
  nextReport,
  openAlarms,
  tripsOut,
} from './home-figures';
import { TurnoutCard } from './TurnoutCard';
import { useHomeData } from './use-home-data';

/** Where a card's next action leads; `app/` turns it into a section and a view. */
export type HomeTarget = 'turnout' | 'homeVoting' | 'observers' | 'complaints' | 'sync';

/**
 * Cards later work fills (the last backup, the state of the protocol): each is shown in its
 * place on the home when given.
 */
export interface HomeSlots {
  backup?: ReactNode;
  protocol?: ReactNode;
  /** A notice above the cards: the hourly suggestion to print the list of who has voted. */
  notice?: ReactNode;
}

interface HomeScreenProps {
  onGo: (target: HomeTarget) => void;
  slots?: HomeSlots;
}

/**
 * The first screen of voting day: turnout and its curve, the next reporting hour, home voting,
 * observers, complaints due, and for those who handle them alarms and the last export; each
 * card offers its next step. Everything refreshes on its own.
 */
export function HomeScreen({ onGo, slots = {} }: HomeScreenProps) {
  const t = useT();
  const plural = useTPlural();
  const language = useLanguage();
  const numbers = useNumbers();
  const errorText = useErrorText();
  const precinct = useSessionStore((state) => state.appState?.precinct ?? null);
  const data = useHomeData();
  const clock = data.clock;
  const votingDay = precinct?.votingDay ?? data.turnout?.votingDay ?? '';
  const timeZone = clock?.timeZone ?? precinct?.timeZone;
  const report =
    clock && votingDay ? nextReport(clock.localDate, clock.localTime, votingDay) : null;
  const last = data.turnout ? lastReached(data.turnout.figures) : null;
  const waiting = data.accommodations?.homeVoting.pending ?? 0;
  const out = data.trips ? tripsOut(data.trips) : 0;
  const present = data.observers?.presentObservers ?? 0;
  const overdue = data.observers?.overdueComplaints ?? 0;
  const due =
    data.complaints && clock ? complaintsDueOn(data.complaints.entries, clock.localDate) : 0;
  const alarms = data.alarms ? openAlarms(data.alarms) : 0;
  const exported = data.exports ? latestExport(data.exports) : null;

  return (
    <section className="section home-screen">
      <PageHeading focusOnMount>{t('home.title')}</PageHeading>
      <p>{t('home.intro')}</p>
      {clock ? (
        <p className="home-now" data-testid="home-now">
          {t('home.now', {
            time: clock.localTime,
            zone: zoneLabel(timeZone, new Date(clock.nowIso)),
            day: votingDay ? formatCalendarDate(votingDay, language) : '',
          })}
        </p>
      ) : null}
      <ErrorAlert message={errorText(data.error)} />
      {slots.notice}
      <div className="home-cards">
        {data.turnout ? (
          <TurnoutCard turnout={data.turnout} onOpen={() => onGo('turnout')} />
        ) : null}
        <HomeCard
          title={t('home.report.title')}
          testId="home-report"
          action={t('home.turnout.open')}
          onAction={() => onGo('turnout')}
        >
          {report ? (
            <p className="home-figure">
              {report.kind === 'done'
                ? t('home.report.done')
                : t(report.kind === 'next' ? 'home.report.next' : 'home.report.before', {
                    time: report.time,
                  })}
            </p>
          ) : null}
          {last ? (
            <p>
              {t('home.report.last', { time: last.time, percent: numbers.percent(last.percent) })}
            </p>
          ) : null}
        </HomeCard>
        <HomeCard
          title={t('home.visits.title')}
          testId="home-visits"
          attention={waiting > 0}
          action={t('home.visits.open')}
          onAction={() => onGo('homeVoting')}
        >
          {waiting === 0 && out === 0 ? (
            <p>{t('home.visits.none')}</p>
          ) : (
            <ul className="home-list">
              <li>{plural('home.visitsWaiting', waiting)}</li>
              <li>{plural('home.tripsOut', out)}</li>
            </ul>
          )}
        </HomeCard>
        <HomeCard
          title={t('home.observers.title')}
          testId="home-observers"
          action={t('home.observers.open')}
          onAction={() => onGo('observers')}
        >
          <p>
            {present === 0 ? t('home.observers.none') : plural('home.observersPresent', present)}
          </p>
        </HomeCard>
        <HomeCard
          title={t('home.complaints.title')}
          testId="home-complaints"
          attention={due > 0 || overdue > 0}
          action={t('home.complaints.open')}
          onAction={() => onGo('complaints')}
        >
          <p>{due === 0 ? t('home.complaints.none') : plural('home.complaintsDue', due)}</p>
          {overdue > 0 ? (
            <p className="home-warning">{plural('home.complaintsOverdue', overdue)}</p>
          ) : null}
        </HomeCard>
        {data.isChair ? (
          <HomeCard
            title={t('home.alarms.title')}
            testId="home-alarms"
            attention={alarms > 0}
            action={t('home.alarms.open')}
            onAction={() => onGo('sync')}
          >
            <p>{alarms === 0 ? t('home.alarms.none') : plural('home.alarmsOpen', alarms)}</p>
          </HomeCard>
        ) : null}
        {data.canExport ? (
          <HomeCard
            title={t('home.export.title')}
            testId="home-export"
            action={t('home.export.open')}
            onAction={() => onGo('sync')}
          >
            <p>
              {exported
                ? t('home.export.last', {
                    time: `${formatInstant(exported.exportedAt, timeZone, language)} (${zoneLabel(timeZone, new Date(exported.exportedAt))})`,
                    name: exported.memberName ?? t('home.unknownMember'),
                  })
                : t('home.export.none')}
            </p>
            {data.exportState ? (
              <p>
                {data.exportState.newEvents === 0
                  ? t('home.export.allDone')
                  : plural('home.eventsPending', data.exportState.newEvents)}
              </p>
            ) : null}
          </HomeCard>
        ) : null}
        {slots.backup}
        {slots.protocol}
      </div>
      {clock ? (
        // Not announced: it changes every half minute, and a screen reader would repeat it.
        <p className="home-updated" data-testid="home-updated">
          {t('home.updated', { time: clock.localTime })}
        </p>
      ) : null}
    </section>
  );
}
