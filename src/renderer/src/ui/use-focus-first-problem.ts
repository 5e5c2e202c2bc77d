import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * After a refused submit, moves focus to the first field marked invalid in the form, so a
 * keyboard or screen reader user lands on what needs fixing. Call `reveal()` after setting
 * the problems.
 */
export function useFocusFirstProblem(): {
  formRef: RefObject<HTMLFormElement | null>;
  reveal: () => void;
} {
  const formRef = useRef<HTMLFormElement>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (round === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [round]);
  return { formRef, reveal: () => setRound((n) => n + 1) };
}
