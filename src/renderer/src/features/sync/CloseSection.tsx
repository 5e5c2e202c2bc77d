import { useState } from 'react';
import type { ApiError } from '@shared/result';
import { callApi } from '../../api/precinct-client';
import { useT } from '../../i18n/use-t';
import { BusyActionButton } from '../../ui/BusyButton';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useSessionStore } from '../../app-state/session-store';
import { useErrorText } from '../../app-state/use-error-text';

/**
 * The chair closes the precinct after its final export: every PIN's key on this laptop is
 * destroyed, and the laptop opens afterwards only with the recovery code, for review.
 */
export function CloseSection() {
  const t = useT();
  const errorText = useErrorText();
  const refresh = useSessionStore((state) => state.refresh);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const close = async () => {
    if (!confirming) {
      setConfirming(true);
      return;
    }
    setBusy(true);
    const result = await callApi('closePrecinct', {});
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    await refresh();
  };
  return (
    <section aria-labelledby="close-precinct-title">
      <h2 id="close-precinct-title">{t('atRest.close.title')}</h2>
      <p>{t('atRest.close.intro')}</p>
      <ErrorAlert message={errorText(error)} />
      <BusyActionButton busy={busy} onPress={() => void close()}>
        {confirming ? t('atRest.close.confirm') : t('atRest.close.title')}
      </BusyActionButton>
    </section>
  );
}
