import { useId } from 'react';
import { useQuery } from '../../../api/queries';
import { useSessionStore } from '../../../app-state/session-store';
import { useT } from '../../../i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { SavePdfButton } from '../../../ui/SavePdfButton';
import { usePrecinctFileName } from '../../../ui/print-heading';
import { useVoterErrorText } from '../voter-error';
import { votedListPdf } from './use-voted-list-pdf';
import { useVotedListStore } from './voted-list-store';

/**
 * The paper list of who has voted, on demand: one button for every section together and one
 * per section of the list (or one for the whole list when it is not split). Printing it here
 * settles the hour's suggestion on the voting-day home.
 */
export function VotedListPanel() {
  const t = useT();
  const id = useId();
  const errorText = useVoterErrorText();
  const nativeDialogs = useSessionStore((state) => state.appState?.host.nativeDialogs ?? false);
  const settle = useVotedListStore((state) => state.settle);
  const sections = useQuery('getSections', {});
  const stem = usePrecinctFileName('voted');
  const list = sections.data?.sections ?? [];
  return (
    <section className="voted-list-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('votedList.panel.title')}</h3>
      <p>{t('votedList.panel.intro')}</p>
      <ErrorAlert message={errorText(sections.error)} />
      {sections.data ? (
        <ul className="voted-list-buttons" aria-label={t('votedList.panel.sections')}>
          <li>
            <SavePdfButton
              label={list.length > 0 ? t('votedList.print.all') : t('votedList.print.whole')}
              defaultName={`${stem}.pdf`}
              nativeDialogs={nativeDialogs}
              makeHtml={votedListPdf(undefined, settle)}
            />
          </li>
          {list.map((section, at) => (
            <li key={section.sectionId}>
              <SavePdfButton
                label={t('votedList.print.section', { name: section.name })}
                defaultName={`${stem}-section-${at + 1}.pdf`}
                nativeDialogs={nativeDialogs}
                makeHtml={votedListPdf(section.sectionId)}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
