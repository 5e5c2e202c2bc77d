import { useState } from 'react';
import type { ApiError } from '../../../../shared/result';
import { callApi } from '../../api/precinct-client';
import { useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import { useSessionStore } from '../session/session-store';
import { useErrorText } from '../session/use-error-text';

export type FirstRunPath = 'package' | 'manual';

/** The first question of a new laptop: from a package, by hand, or the central commission's. */
export function FirstRunChoice({ onChoose }: { onChoose: (path: FirstRunPath) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const refresh = useSessionStore((state) => state.refresh);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function supervisor() {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await callApi('startSupervisorMode', {});
    setBusy(false);
    if (result.ok) await refresh();
    else setError(result.error);
  }

  const choices: { key: string; label: string; hint: string; act: () => void }[] = [
    {
      key: 'package',
      label: t('setup.choice.package'),
      hint: t('setup.choice.packageHint'),
      act: () => onChoose('package'),
    },
    {
      key: 'manual',
      label: t('setup.choice.manual'),
      hint: t('setup.choice.manualHint'),
      act: () => onChoose('manual'),
    },
    {
      key: 'supervisor',
      label: t('setup.choice.supervisor'),
      hint: t('setup.choice.supervisorHint'),
      act: () => void supervisor(),
    },
  ];

  return (
    <>
      <PageHeading focusOnMount>{t('setup.choice.title')}</PageHeading>
      <p>{t('setup.choice.intro')}</p>
      <ul className="first-run-choices">
        {choices.map((choice) => (
          <li key={choice.key}>
            <button
              type="button"
              className={choice.key === 'package' ? 'button-primary' : 'button-secondary'}
              aria-describedby={`first-run-${choice.key}-hint`}
              aria-disabled={(busy && choice.key === 'supervisor') || undefined}
              onClick={choice.act}
            >
              {choice.label}
            </button>
            <p id={`first-run-${choice.key}-hint`} className="field-hint">
              {choice.hint}
            </p>
          </li>
        ))}
      </ul>
      <ErrorAlert message={errorText(error)} />
    </>
  );
}
