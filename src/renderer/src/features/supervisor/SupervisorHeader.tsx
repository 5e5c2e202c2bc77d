import type { SupervisorState } from '@shared/supervisor/supervisor-contract';
import { useT } from '../../i18n/use-t';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { groupFingerprint } from './supervisor-text';
import { useSupervisorStore } from './supervisor-store';

/** Which app this is, the central key's fingerprint for the handover act, and the language. */
export function SupervisorHeader({ state }: { state: SupervisorState | null }) {
  const t = useT();
  return (
    <header className="app-header">
      <div className="app-identity">
        <p className="app-name">{t('app.title')}</p>
        <p className="precinct-line">{t('supervisor.title')}</p>
      </div>
      {/* The key is read from the store: shown once it is open. */}
      {state?.access === 'open' ? (
        <div className="central-key">
          <p className="central-key-label" id="central-key-label">
            {t('supervisor.fingerprint')}
          </p>
          <p
            className="central-key-value"
            aria-labelledby="central-key-label"
            data-testid="central-fingerprint"
          >
            {state?.fingerprint ? (
              <code>{groupFingerprint(state.fingerprint)}</code>
            ) : (
              t('supervisor.noKey')
            )}
          </p>
          <p className="notice-small">{t('supervisor.fingerprintHint')}</p>
        </div>
      ) : null}
      {state?.access === 'open' ? <LockControl account={state.account} /> : null}
      <LanguageSwitch />
    </header>
  );
}

/** Who opened the central store, and the button that locks it again. */
function LockControl({ account }: { account: string | null }) {
  const t = useT();
  const lock = useSupervisorStore((store) => store.lock);
  return (
    <div className="central-lock">
      {account ? <p className="notice-small">{t('centralAccess.openedAs', { account })}</p> : null}
      <button type="button" className="button-secondary" onClick={() => void lock()}>
        {t('centralAccess.lock')}
      </button>
    </div>
  );
}
