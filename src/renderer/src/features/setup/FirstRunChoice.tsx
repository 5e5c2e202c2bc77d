import { useState } from 'react';
import type { ApiError } from '@shared/result';
import { callApi } from '../../api/precinct-client';
import { useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import '../../styles/sync.css';
import { useSessionStore } from '../../app-state/session-store';
import { useErrorText } from '../../app-state/use-error-text';

/**
 * Beside the manual setup form: the other ways a new laptop starts, from the central
 * commission's package, as a failed laptop's replacement from its backup, or as the central
 * commission's own (supervisor mode).
 */
export function FirstRunChoice({
  onPackage,
  onRestore,
}: {
  onPackage: () => void;
  onRestore?: () => void;
}) {
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
      act: onPackage,
    },
    ...(onRestore
      ? [
          {
            key: 'restore',
            label: t('backupUi.restore.choice'),
            hint: t('backupUi.restore.choiceHint'),
            act: onRestore,
          },
        ]
      : []),
    {
      key: 'supervisor',
      label: t('setup.choice.supervisor'),
      hint: t('setup.choice.supervisorHint'),
      act: () => void supervisor(),
    },
  ];

  return (
    <section aria-labelledby="first-run-choice" className="form-section first-run">
      <h2 id="first-run-choice">{t('setup.choice.title')}</h2>
      <p>{t('setup.choice.intro')}</p>
      <ul className="first-run-choices">
        {choices.map((choice) => (
          <li key={choice.key}>
            <button
              type="button"
              className="button-secondary"
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
    </section>
  );
}
