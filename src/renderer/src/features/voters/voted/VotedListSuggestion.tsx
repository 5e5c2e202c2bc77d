import { useEffect, useId } from 'react';
import { useQuery } from '../../../api/queries';
import { useSessionStore } from '../../../app-state/session-store';
import { useT } from '../../../i18n/use-t';
import { SavePdfButton } from '../../../ui/SavePdfButton';
import { usePrecinctFileName } from '../../../ui/print-heading';
import { suggestionHour } from './suggestion-hour';
import { votedListPdf } from './use-voted-list-pdf';
import '../../../styles/voters.css';
import { useVotedListStore } from './voted-list-store';

/** The clock is read again this often, so a new hour's suggestion comes on its own. */
const CLOCK_REFRESH_MS = 30_000;

/**
 * Once an hour while voting goes on, the voting-day home suggests printing the list of who has
 * voted: a notice beside the cards, said once by a screen reader through a polite live region
 * when it comes (it takes no focus and blocks nothing), with the print itself and a button
 * that hides it until the next hour.
 */
export function VotedListSuggestion() {
  const t = useT();
  const id = useId();
  const precinct = useSessionStore((state) => state.appState?.precinct ?? null);
  const nativeDialogs = useSessionStore((state) => state.appState?.host.nativeDialogs ?? false);
  const settledHour = useVotedListStore((state) => state.settledHour);
  const settle = useVotedListStore((state) => state.settle);
  const clock = useQuery('getClockStatus', {});
  const stem = usePrecinctFileName('voted');
  const { reload } = clock;
  useEffect(() => {
    const timer = setInterval(() => void reload(), CLOCK_REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);

  const due = clock.data && precinct ? suggestionHour(clock.data, precinct) : null;
  const key = due && clock.data ? `${clock.data.localDate} ${due.hour}` : null;
  const shown = due !== null && key !== settledHour;
  const text = shown ? t('votedList.suggest.text', { time: due.hour }) : '';
  return (
    <>
      {/* Always on the page, so that the text put into it is announced when the hour comes. */}
      <p role="status" className="visually-hidden" data-testid="voted-list-announcer">
        {text}
      </p>
      {shown && key ? (
        <section
          className="message message-warning voted-list-suggestion"
          aria-labelledby={`${id}-title`}
          data-testid="voted-list-suggestion"
        >
          <h2 id={`${id}-title`}>{t('votedList.suggest.title')}</h2>
          <p>{text}</p>
          <div className="banner-with-action">
            <SavePdfButton
              label={t('votedList.suggest.print')}
              defaultName={`${stem}.pdf`}
              nativeDialogs={nativeDialogs}
              makeHtml={votedListPdf(undefined)}
            />
            <button type="button" className="button-secondary" onClick={() => settle(key)}>
              {t('votedList.suggest.dismiss', { time: due.until })}
            </button>
          </div>
        </section>
      ) : null}
    </>
  );
}
