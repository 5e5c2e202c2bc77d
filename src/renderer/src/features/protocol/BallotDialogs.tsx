import { useState } from 'react';
import type { VotingDayView } from '@shared/protocol/protocol-contract';
import { mutate } from '../../api/queries';
import { useErrorText } from '../../app-state/use-error-text';
import { useT } from '../../i18n/use-t';
import { SelectField } from '../../ui/form-fields';
import { FormDialog } from '../../ui/FormDialog';
import { TextField, WholeNumberField } from '../../ui/TextField';
import { useFormDialog } from '../../ui/use-form-dialog';
import { wholeNumber } from './protocol-numbers';

const STOCK = 'stock';

/** The chair moves ballots: from the stock to a member, back, or from one member to another. */
export function MoveDialog({ day, onClose }: { day: VotingDayView; onClose: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const { submit, dialog, problems, passes, showAt } = useFormDialog<'ballots'>(errorText);
  const sides = [
    { value: STOCK, label: t('protocol.theStock') },
    ...day.members.filter((m) => m.issues).map((m) => ({ value: m.id, label: m.name })),
  ];
  const [from, setFrom] = useState<string>(STOCK);
  const [to, setTo] = useState<string>(sides[1]?.value ?? STOCK);
  const [ballots, setBallots] = useState('');

  async function send() {
    const count = wholeNumber(ballots);
    if (
      !passes(count === null || count < 1 ? { ballots: t('protocol.problem.wholeNumber') } : {})
    ) {
      return;
    }
    const done = await submit(
      () =>
        mutate('moveBallots', {
          fromMemberId: from === STOCK ? null : from,
          toMemberId: to === STOCK ? null : to,
          ballots: count ?? 0,
        }),
      (refused) => refused.code === 'not_enough_ballots' && showAt('ballots', errorText(refused)),
    );
    if (done) onClose();
  }

  return (
    <FormDialog
      title={t('protocol.moveTitle')}
      submitLabel={t('protocol.move')}
      onSubmit={send}
      onCancel={onClose}
      {...dialog}
    >
      <SelectField
        label={t('protocol.moveFrom')}
        options={sides}
        value={from}
        onValueChange={(v) => setFrom(v || STOCK)}
      />
      <SelectField
        label={t('protocol.moveTo')}
        options={sides}
        value={to}
        onValueChange={(v) => setTo(v || STOCK)}
      />
      <WholeNumberField
        label={t('protocol.ballots')}
        error={problems.ballots ?? null}
        min={1}
        max={1_000_000}
        value={ballots}
        onValueChange={setBallots}
      />
    </FormDialog>
  );
}

/** A member who issues records a voter's spoiled ballot (and gives them another). */
export function SpoiledDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const { submit, dialog, problems, passes, showAt } = useFormDialog<'iin'>(errorText);
  const [iin, setIin] = useState('');

  async function send() {
    if (!passes(/^\d{12}$/.test(iin.trim()) ? {} : { iin: t('protocol.problem.iin') })) return;
    const done = await submit(
      () => mutate('recordSpoiledBallot', { iin: iin.trim() }),
      (refused) => showAt(refused.details?.field === 'iin' ? 'iin' : null, errorText(refused)),
    );
    if (done) onClose();
  }

  return (
    <FormDialog
      title={t('protocol.spoilTitle')}
      explanation={t('protocol.spoilExplain')}
      submitLabel={t('protocol.spoil')}
      onSubmit={send}
      onCancel={onClose}
      {...dialog}
    >
      <TextField
        label={t('protocol.iin')}
        error={problems.iin ?? null}
        inputMode="numeric"
        autoComplete="off"
        maxLength={12}
        value={iin}
        onValueChange={setIin}
      />
    </FormDialog>
  );
}
