import { useEffect, useState } from 'react';
import { callApi } from '../api/precinct-client';
import { MAIN_ID, SkipLink } from '../ui/SkipLink';
import { ClockBanners } from '../features/clock/ClockBanners';
import { ClockConfirmDialog } from '../features/clock/ClockConfirmDialog';
import { useSessionStore } from '../app-state/session-store';
import { usePermission } from '../app-state/use-permission';
import { MainNav } from './MainNav';
import { useNavStore } from './nav-store';
import { SectionView } from './SectionView';
import { ShellHeader } from './ShellHeader';

/** The working screen after login: header, navigation and the chosen section. */
export function Shell() {
  const appState = useSessionStore((state) => state.appState);
  const clockChanged = useSessionStore((state) => state.clockChanged);
  const section = useNavStore((state) => state.section);
  const go = useNavStore((state) => state.go);
  const [clockDialogDismissed, setClockDialogDismissed] = useState(false);
  const canConfirmClock = usePermission('clock.confirm');

  // The clock read at startup may be hours old; read it again when work starts.
  useEffect(() => {
    void callApi('getClockStatus', {}).then((result) => {
      if (result.ok) clockChanged(result.value);
    });
  }, [clockChanged]);

  // The next person to log in starts at the first section, not where the last one left off.
  useEffect(() => () => go('home'), [go]);

  const session = appState?.session;
  if (!appState || !session) return null;
  const clock = appState.clock;
  const askAboutClock = canConfirmClock && !clock.confirmedToday && !clockDialogDismissed;

  return (
    <div className="layout app-layout">
      <SkipLink />
      <ShellHeader precinct={appState.precinct} session={session} />
      <MainNav />
      <main id={MAIN_ID} tabIndex={-1} className="app-main">
        <ClockBanners
          clock={clock}
          canConfirm={canConfirmClock}
          onCheckClock={() => setClockDialogDismissed(false)}
        />
        <SectionView key={section} section={section} />
      </main>
      {askAboutClock ? (
        <ClockConfirmDialog clock={clock} onClose={() => setClockDialogDismissed(true)} />
      ) : null}
    </div>
  );
}
