import { useCallback } from 'react';
import { callApi } from '../../api/precinct-client';
import { useSessionStore } from '../../app-state/session-store';
import { useIdleLock } from '../../ui/use-idle-lock';

/** Rendered while someone is logged in: locks the session after the chosen idle time. */
export function SessionActivity({ autoLockMinutes }: { autoLockMinutes: number }) {
  const lock = useSessionStore((state) => state.lock);
  const onIdle = useCallback(
    () => void lock({ kind: 'idle_lock', minutes: autoLockMinutes }),
    [lock, autoLockMinutes],
  );
  useIdleLock(autoLockMinutes, onIdle, touchSession);
  return null;
}

function touchSession(): void {
  void callApi('touchSession', {});
}
