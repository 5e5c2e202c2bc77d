import { useEffect, useRef } from 'react';
import { callApi } from '../../api/precinct-client';

const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel'] as const;
/** The core keeps its own idle clock; tell it about input at most this often. */
const TOUCH_INTERVAL_MS = 30_000;

/**
 * Supervisor mode's auto-lock, as the members' (features/session/use-auto-lock.ts): calls
 * onIdle after `minutes` without keyboard, pointer or wheel input, re-checked when a timer
 * fires (a sleeping laptop or a test's fast-forwarded clock end in the same lock), and tells
 * the core about input with `touchCentralSession`.
 */
export function useCentralAutoLock(minutes: number, onIdle: () => void): void {
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    const limit = minutes * 60_000;
    let lastInput = Date.now();
    let lastTouch = lastInput;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let locked = false;
    const check = () => {
      const idle = Date.now() - lastInput;
      if (idle >= limit) {
        locked = true;
        onIdleRef.current();
        return;
      }
      timer = setTimeout(check, limit - idle);
    };
    const noteInput = () => {
      if (locked) return;
      lastInput = Date.now();
      if (lastInput - lastTouch >= TOUCH_INTERVAL_MS) {
        lastTouch = lastInput;
        void callApi('touchCentralSession', {});
      }
    };
    timer = setTimeout(check, limit);
    for (const type of INPUT_EVENTS) {
      window.addEventListener(type, noteInput, { capture: true, passive: true });
    }
    return () => {
      clearTimeout(timer);
      for (const type of INPUT_EVENTS) {
        window.removeEventListener(type, noteInput, { capture: true });
      }
    };
  }, [minutes]);
}
