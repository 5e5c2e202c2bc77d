import { BusyButton } from '../../ui/BusyButton';
import { useState, type FormEvent } from 'react';
import type { RequestView } from '@shared/accommodations/accommodation-contract';
import { mutate } from '../../api/queries';
import { useT } from '../../i18n/use-t';
import { TextField } from '../../ui/TextField';
import { useErrorText } from '../../app-state/use-error-text';

interface ResolveRequesterProps {
  request: RequestView;
  onResolved: (request: RequestView) => void;
}

/** Links a request from a person not on the list to the voter, once the commission added them. */
export function ResolveRequester({ request, onResolved }: ResolveRequesterProps) {
  const t = useT();
  const errorText = useErrorText();
  const [iin, setIin] = useState(request.requester.iin ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!iin.trim()) {
      setProblem(t('validation.required'));
      return;
    }
    setBusy(true);
    const result = await mutate('resolveAccommodationRequester', {
      requestId: request.requestId,
      iin: iin.trim(),
    });
    setBusy(false);
    if (result.ok) {
      setProblem(null);
      onResolved(result.value);
    } else {
      setProblem(errorText(result.error));
    }
  }

  return (
    <form noValidate className="resolve-requester" onSubmit={(event) => void submit(event)}>
      <p>{t('accommodations.resolveExplain')}</p>
      <TextField
        label={t('accommodations.field.resolveIin')}
        error={problem}
        announceError
        inputMode="numeric"
        autoComplete="off"
        maxLength={40}
        value={iin}
        onValueChange={setIin}
      />
      <BusyButton className="button-secondary" busy={busy}>
        {t('accommodations.resolve')}
      </BusyButton>
    </form>
  );
}
