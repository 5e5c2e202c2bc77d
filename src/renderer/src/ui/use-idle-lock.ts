import { useEffect, useRef } from 'react';

const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel'] as const;
/** The core keeps its own idle clock; tell it about input at most this often. */
const TOUCH_INTERVAL_MS = 30_000;

/**
 * Calls onIdle after `minutes` without keyboard, pointer or wheel input, and `touch` on input
 * at most every 30 s (the core keeps its own idle clock: a member's session, a supervisor
 * account's). Plain timers and Date.now(), re-checked when a timer fires, so a sleeping laptop
 * or a test's fast-forwarded clock both end in the same lock.
 */
export function useIdleLock(minutes: number, onIdle: () => void, touch: () => void): void {
  const onIdleRef = useRef(onIdle);
  const touchRef = useRef(touch);
  useEffect(() => {
    onIdleRef.current = onIdle;
    touchRef.current = touch;
  }, [onIdle, touch]);

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
        touchRef.current();
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
