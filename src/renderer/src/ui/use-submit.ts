import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Result } from '@shared/result';

/**
 * Where a refusal goes when it belongs beside a field: the form shows it there and answers
 * true; otherwise (false) it is kept as the form's error, shown above its buttons.
 */
export type PlaceRefusal = (error: ApiError) => boolean;

/**
 * State of a form sending one operation: busy while it runs, the core's error when it refuses.
 * `submit` resolves to `{ value }` on success and to null otherwise (or when the form has gone),
 * so an operation whose value is itself null still reads as done.
 */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const running = useRef(false);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const submit = useCallback(
    async <T>(
      request: () => Promise<Result<T>>,
      placeRefusal?: PlaceRefusal,
    ): Promise<{ value: T } | null> => {
      if (running.current) return null;
      running.current = true;
      setBusy(true);
      setError(null);
      try {
        const result = await request();
        if (!alive.current) return null;
        if (result.ok) return { value: result.value };
        if (!placeRefusal?.(result.error)) setError(result.error);
        return null;
      } finally {
        running.current = false;
        if (alive.current) setBusy(false);
      }
    },
    [],
  );

  return { busy, error, setError, submit };
}

/** A refusal as a result, for `submit` over an action that resolves to its error or null. */
export const refusalResult = (error: ApiError | null): Result<null> =>
  error ? { ok: false, error } : { ok: true, value: null };
