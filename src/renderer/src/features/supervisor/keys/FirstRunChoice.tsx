import { useState, type ReactNode } from 'react';
import { useT } from '../../../i18n/use-t';
import { KeyRestorePanel } from './KeyRestorePanel';

/**
 * A new supervisor folder's first run: the new store's administrator (`newStore`), and beside
 * it the way to start from the key backup of another supervisor laptop instead.
 */
export function FirstRunChoice({ newStore }: { newStore: ReactNode }) {
  const t = useT();
  const [restoring, setRestoring] = useState(false);
  if (restoring) return <KeyRestorePanel onBack={() => setRestoring(false)} />;
  return (
    <>
      {newStore}
      <section className="section" aria-labelledby="key-restore-offer">
        <h2 id="key-restore-offer">{t('keyRestore.offer')}</h2>
        <p>{t('keyRestore.offerIntro')}</p>
        <button type="button" className="button-secondary" onClick={() => setRestoring(true)}>
          {t('keyRestore.offer')}
        </button>
      </section>
    </>
  );
}
