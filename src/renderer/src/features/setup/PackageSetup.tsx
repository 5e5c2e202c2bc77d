import { useEffect, useState, type ComponentType } from 'react';
import type { PrecinctSetup } from '@shared/api';
import type { PackageLoadResult } from '@shared/sync/sync-contract';
import { callApi } from '../../api/precinct-client';
import { useT } from '../../i18n/use-t';
import { PageHeading } from '../../ui/PageHeading';
import { RecoveryCodeNotice } from '../../ui/RecoveryCodeNotice';
import { useSessionStore } from '../../app-state/session-store';
import '../../styles/sync.css';
import { PackageChairPin } from './PackageChairPin';

/** The sync feature's package loader, handed to setup by the app (a feature imports no other). */
export type PackageLoaderView = ComponentType<{
  chooseLabel: string;
  headingLevel: 2 | 3;
  onLoaded: (result: PackageLoadResult) => void;
}>;

type Step =
  | { kind: 'load' }
  | { kind: 'chair'; chairs: { memberId: string; fullName: string }[] }
  | { kind: 'done'; recoveryCode: string; precinct: PrecinctSetup };

/**
 * First run from the central commission's package: load it, then the chair sets a PIN and
 * receives the recovery code. A laptop whose package was loaded (here or by `package load`)
 * but whose chair has no PIN yet starts at the chair's step.
 */
export function PackageSetup({
  pendingChairs,
  onBack,
  PackageLoader,
}: {
  pendingChairs: { memberId: string; fullName: string }[] | null;
  onBack: () => void;
  PackageLoader: PackageLoaderView;
}) {
  const t = useT();
  const refresh = useSessionStore((state) => state.refresh);
  const precinct = useSessionStore((state) => state.appState?.precinct ?? null);
  const [step, setStep] = useState<Step>(
    pendingChairs ? { kind: 'chair', chairs: pendingChairs } : { kind: 'load' },
  );

  // The app state (precinct, clock) is read again once the package has set the precinct up.
  useEffect(() => {
    if (step.kind === 'chair') void refresh();
  }, [step.kind, refresh]);

  if (step.kind === 'done') {
    return (
      <RecoveryCodeNotice
        code={step.recoveryCode}
        precinct={step.precinct}
        first
        onContinue={() => void refresh()}
      />
    );
  }
  if (step.kind === 'chair') {
    return (
      <PackageChairPin
        chairs={step.chairs}
        onDone={(recoveryCode) => {
          void callApi('getAppState', {}).then((state) => {
            const info = state.ok ? state.value.precinct : precinct;
            if (info) setStep({ kind: 'done', recoveryCode, precinct: info });
          });
        }}
      />
    );
  }
  return (
    <>
      <PageHeading focusOnMount>{t('package.title')}</PageHeading>
      <p>{t('package.intro')}</p>
      <PackageLoader
        chooseLabel={t('package.choose')}
        headingLevel={2}
        onLoaded={(result) => setStep({ kind: 'chair', chairs: result.chairs })}
      />
      <button type="button" className="button-link" onClick={onBack}>
        {t('setup.choice.back')}
      </button>
    </>
  );
}
