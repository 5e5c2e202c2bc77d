import { useState, type FormEvent } from 'react';
import type { ApiError, ErrorCode, Result } from '@shared/result';
import type { NewPinFieldsProps } from './NewPinFields';
import { checkNewPin } from './pin-rules';

/**
 * State and submit of a form that sets a new PIN. `send` runs only once the PIN passes the
 * rules; it may refuse at once by returning an error, leaving the form never busy.
 */
export function useNewPinForm<T>(
  send: (pin: string) => Promise<Result<T>> | ApiError,
  onDone: (value: T) => void,
) {
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [pinProblem, setPinProblem] = useState<ErrorCode | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const problem = checkNewPin(pin, repeat);
    setPinProblem(problem);
    setError(null);
    if (problem) return;
    const request = send(pin);
    if (!(request instanceof Promise)) {
      setError(request);
      return;
    }
    setBusy(true);
    const result = await request;
    setBusy(false);
    if (result.ok) onDone(result.value);
    else setError(result.error);
  }

  const fields: NewPinFieldsProps = {
    pin,
    repeat,
    onPinChange: setPin,
    onRepeatChange: setRepeat,
    problem: pinProblem,
  };
  return { fields, error, busy, submit };
}
