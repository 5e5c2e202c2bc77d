import { useCallback, useEffect, useState } from 'react';
import type { ApiError, Result } from '../../../../../shared/result';

/**
 * Runs a read operation when `key` changes (it names what the call reads, such as a region)
 * and on `reload`; the answer of a call made for an older key is dropped.
 */
export function useCall<T>(
  call: () => Promise<Result<T>>,
  key: string,
): { value: T | null; error: ApiError | null; reload: () => void } {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    void call().then((result) => {
      if (!current) return;
      if (result.ok) {
        setValue(result.value);
        setError(null);
      } else {
        setError(result.error);
      }
    });
    return () => {
      current = false;
    };
    // `call` is a new closure each render; `key` says when what it reads has changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { value, error, reload };
}
