import { useEffect, useState } from 'react';
import type { PackageLoadResult, PackageState } from '@shared/sync/sync-contract';
import { callApi } from '../../api/precinct-client';
import { useT, useTPlural } from '../../i18n/use-t';
import { StatusMessage } from '../../ui/StatusMessage';
import { useSessionStore } from '../../app-state/session-store';
import { ListDifferencesView } from './ListDifferencesView';
import { PackageLoader } from './PackageLoader';

/** The package this laptop holds, and loading a newer one (the chair), with what it changed. */
export function PackageSection() {
  const t = useT();
  const tp = useTPlural();
  const refresh = useSessionStore((state) => state.refresh);
  const [state, setState] = useState<PackageState | null>(null);
  const [loaded, setLoaded] = useState<PackageLoadResult | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    void callApi('getPackageState', {}).then((result) => {
      if (current && result.ok) setState(result.value);
    });
    return () => {
      current = false;
    };
  }, [version]);

  return (
    <section aria-labelledby="sync-package-heading" className="form-section">
      <h2 id="sync-package-heading">{t('sync.packageSection')}</h2>
      {state?.loaded ? (
        <p>
          {t('sync.packageLoaded', {
            revision: state.revision ?? '',
            precinct: state.precinctId ?? '',
            election: state.electionId ?? '',
          })}
        </p>
      ) : (
        <p>{t('sync.packageNone')}</p>
      )}
      <PackageLoader
        key={version}
        headingLevel={3}
        chooseLabel={state?.loaded ? t('sync.loadNewer') : t('sync.loadPackage')}
        onLoaded={(result) => {
          setLoaded(result);
          setVersion((n) => n + 1);
          // The precinct's identity and the list may have changed.
          void refresh();
        }}
      />
      {loaded ? (
        <div data-testid="package-loaded">
          <StatusMessage tone="success">
            {t('package.loaded', { revision: loaded.revision })}
            {loaded.votersImported > 0
              ? ` ${tp('package.votersImported', loaded.votersImported)}`
              : ''}
          </StatusMessage>
          <ListDifferencesView differences={loaded.differences} />
        </div>
      ) : null}
    </section>
  );
}
