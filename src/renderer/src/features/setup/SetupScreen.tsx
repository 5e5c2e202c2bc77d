import { useEffect, useRef, useState, type ComponentType, type FormEvent } from 'react';
import { useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import { PublicLayout } from '../../ui/PublicLayout';
import { RecoveryCodeNotice } from '../../ui/RecoveryCodeNotice';
import { useSessionStore } from '../../app-state/session-store';
import { useErrorText } from '../../app-state/use-error-text';
import { ChairPinFields } from './ChairPinFields';
import { ElectionFields } from './ElectionFields';
import { MembersEditor } from './MembersEditor';
import { PrecinctFields } from './PrecinctFields';
import { useSetupStore } from './setup-store';
import { TimeZoneFields } from './TimeZoneFields';
import { FirstRunChoice } from './FirstRunChoice';
import { PackageSetup, type PackageLoaderView } from './PackageSetup';
import { callApi } from '../../api/precinct-client';

/** The backup feature's restore at first run, handed to setup by the app. */
export type RestoreView = ComponentType<{ onBack: () => void }>;

/** First start of the app: the precinct, its commission and the chair's PIN. */
export function SetupScreen({
  PackageLoader,
  Restore,
}: {
  PackageLoader: PackageLoaderView;
  Restore?: RestoreView;
}) {
  const done = useSetupStore((state) => state.done);
  const refresh = useSessionStore((state) => state.refresh);
  if (done) {
    return (
      <PublicLayout>
        <RecoveryCodeNotice
          code={done.recoveryCode}
          precinct={done.precinct}
          first
          onContinue={() => {
            useSetupStore.setState({ done: null });
            void refresh();
          }}
        />
      </PublicLayout>
    );
  }
  return (
    <PublicLayout>
      <FirstRun PackageLoader={PackageLoader} Restore={Restore} />
    </PublicLayout>
  );
}

/**
 * The manual setup form, with the other ways to start beside it; a package loaded without a
 * chair's PIN yet goes straight on to the PIN.
 */
function FirstRun({
  PackageLoader,
  Restore,
}: {
  PackageLoader: PackageLoaderView;
  Restore?: RestoreView;
}) {
  const [fromPackage, setFromPackage] = useState(false);
  const [fromBackup, setFromBackup] = useState(false);
  const [pending, setPending] = useState<{ memberId: string; fullName: string }[] | null>(null);
  const [checked, setChecked] = useState(false);

  useEffect(() => {
    let current = true;
    void callApi('getPackageState', {}).then((result) => {
      if (!current) return;
      if (result.ok && result.value.pendingChairPin) {
        setPending(result.value.chairs);
        setFromPackage(true);
      }
      setChecked(true);
    });
    return () => {
      current = false;
    };
  }, []);

  if (!checked) return null;
  if (fromBackup && Restore) return <Restore onBack={() => setFromBackup(false)} />;
  if (fromPackage) {
    return (
      <PackageSetup
        pendingChairs={pending}
        onBack={() => setFromPackage(false)}
        PackageLoader={PackageLoader}
      />
    );
  }
  return (
    <SetupForm
      onPackage={() => setFromPackage(true)}
      onRestore={Restore ? () => setFromBackup(true) : undefined}
    />
  );
}

function SetupForm({ onPackage, onRestore }: { onPackage: () => void; onRestore?: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const submit = useSetupStore((state) => state.submit);
  const busy = useSetupStore((state) => state.busy);
  const hasErrors = useSetupStore((state) => Object.keys(state.errors).length > 0);
  const submitError = useSetupStore((state) => state.submitError);
  const formRef = useRef<HTMLFormElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  // After a failed check, take the user to the first field that needs attention.
  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const ok = await submit();
    if (!ok) setFocusRequest((count) => count + 1);
  }

  return (
    <>
      <PageHeading focusOnMount>{t('setup.title')}</PageHeading>
      <p>{t('setup.intro')}</p>
      <FirstRunChoice onPackage={onPackage} onRestore={onRestore} />
      <form ref={formRef} noValidate onSubmit={(event) => void onSubmit(event)}>
        <ElectionFields />
        <PrecinctFields />
        <TimeZoneFields />
        <MembersEditor />
        <ChairPinFields />
        {hasErrors ? <ErrorAlert message={t('validation.summary')} /> : null}
        <ErrorAlert message={errorText(submitError)} />
        <button type="submit" className="button-primary" aria-disabled={busy || undefined}>
          {t('setup.submit')}
        </button>
      </form>
    </>
  );
}
