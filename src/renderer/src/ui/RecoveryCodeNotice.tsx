import { callApi } from '../api/precinct-client';
import { useLanguage, useT } from '../i18n/use-t';
import { PageHeading } from './PageHeading';
import { SavePdfButton } from './SavePdfButton';
import { StatusMessage } from './StatusMessage';
import { useSessionStore } from '../app-state/session-store';
import { recoverySheetHtml, type SheetPrecinct } from './recovery-sheet';

interface RecoveryCodeNoticeProps {
  code: string;
  precinct: SheetPrecinct | null;
  /** True right after setup; false after a recovery replaced the previous code. */
  first: boolean;
  onContinue: () => void;
}

/** Shows a freshly issued recovery code once, with what to do with it. */
export function RecoveryCodeNotice({ code, precinct, first, onContinue }: RecoveryCodeNoticeProps) {
  const t = useT();
  const language = useLanguage();
  const nativeDialogs = useSessionStore((state) => state.appState?.host.nativeDialogs ?? false);

  async function makeHtml(): Promise<string> {
    const clock = await callApi('getClockStatus', {});
    const issuedOn = clock.ok ? clock.value.localDate : null;
    return recoverySheetHtml({ code, precinct, issuedOn, language });
  }

  return (
    <section className="recovery-notice">
      <PageHeading focusOnMount>
        {first ? t('recovery.firstTitle') : t('recovery.newTitle')}
      </PageHeading>
      <StatusMessage tone="success">
        {first ? t('recovery.setupDone') : t('recovery.pinChanged')}
      </StatusMessage>
      <p>{t('recovery.codeLabel')}</p>
      <p className="recovery-code" data-testid="recovery-code">
        {code}
      </p>
      <ol className="recovery-steps">
        <li>{t('recovery.stepPrint')}</li>
        <li>{t('recovery.stepSeal')}</li>
        <li>{t('recovery.stepUse')}</li>
        <li>{t('recovery.stepOnce')}</li>
      </ol>
      <SavePdfButton
        label={t('print.savePdf')}
        defaultName={
          precinct ? `recovery-code-precinct-${precinct.precinctNumber}.pdf` : 'recovery-code.pdf'
        }
        nativeDialogs={nativeDialogs}
        makeHtml={makeHtml}
      />
      <button type="button" className="button-primary" onClick={onContinue}>
        {t('common.continue')}
      </button>
    </section>
  );
}
