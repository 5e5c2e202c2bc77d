import { useCallback } from 'react';
import { useAutoLock } from './use-auto-lock';
import { useSessionStore } from '../../app-state/session-store';

/** Rendered while someone is logged in: locks the session after the chosen idle time. */
export function SessionActivity({ autoLockMinutes }: { autoLockMinutes: number }) {
  const lock = useSessionStore((state) => state.lock);
  const onIdle = useCallback(
    () => void lock({ kind: 'idle_lock', minutes: autoLockMinutes }),
    [lock, autoLockMinutes],
  );
  useAutoLock(autoLockMinutes, onIdle);
  return null;
}
