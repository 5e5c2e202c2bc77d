import { useState } from 'react';
import type { OpeningInput, VotingDayView } from '@shared/protocol/protocol-contract';
import type { ApiError } from '@shared/result';
import { mutate } from '../../api/queries';
import { useErrorText } from '../../app-state/use-error-text';
import { useT } from '../../i18n/use-t';
import { CheckboxGroup } from '../../ui/form-fields';
import { FormDialog } from '../../ui/FormDialog';
import { TextField, WholeNumberField } from '../../ui/TextField';
import { useFormDialog } from '../../ui/use-form-dialog';
import { wholeNumber } from './protocol-numbers';

type Field = 'present' | 'received' | 'allocations' | 'stationary' | 'observers';

/** The part of the form a refusal concerns. */
function openingField(error: ApiError): Field | null {
  switch (error.code) {
    case 'quorum_not_met':
      return 'present';
    case 'allocations_exceed_received':
      return 'allocations';
    case 'stationary_box_required':
      return 'stationary';
    case 'observer_not_present':
      return 'observers';
    default:
      return null;
  }
}

/** The chair records the opening: who is present, the ballots and their split, the boxes. */
export function OpeningDialog({ day, onClose }: { day: VotingDayView; onClose: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const { submit, dialog, problems, passes, showAt } = useFormDialog<Field>(errorText);
  const [present, setPresent] = useState<string[]>(day.members.map((m) => m.id));
  const [received, setReceived] = useState('');
  const [serialFrom, setSerialFrom] = useState('');
  const [serialTo, setSerialTo] = useState('');
  const issuers = day.members.filter((m) => m.issues);
  const [allocations, setAllocations] = useState<Record<string, string>>({});
  const [stationary, setStationary] = useState({ number: '1', seal: '' });
  const [portable, setPortable] = useState({ number: '2', seal: '' });
  const [observers, setObservers] = useState<string[]>([]);

  async function send() {
    const found: Partial<Record<Field, string>> = {};
    const count = wholeNumber(received);
    if (count === null) found.received = t('protocol.problem.wholeNumber');
    if (present.length < day.quorumNeeded) {
      found.present = t('errors.quorum_not_met', { quorum: day.quorumNeeded });
    }
    const split = issuers
      .filter((m) => present.includes(m.id))
      .map((m) => ({ memberId: m.id, ballots: wholeNumber(allocations[m.id] ?? '0') }));
    if (split.some((a) => a.ballots === null)) {
      found.allocations = t('protocol.problem.wholeNumber');
    }
    if (stationary.number.trim() === '' || stationary.seal.trim() === '') {
      found.stationary = t('errors.stationary_box_required');
    }
    if (!passes(found)) return;
    const boxes: OpeningInput['boxes'] = [{ kind: 'stationary', ...stationary }];
    if (portable.number.trim() !== '' && portable.seal.trim() !== '') {
      boxes.push({ kind: 'portable', ...portable });
    }
    const done = await submit(
      () =>
        mutate('openVoting', {
          presentMemberIds: present,
          ballotsReceived: count ?? 0,
          serialFrom: serialFrom.trim() || null,
          serialTo: serialTo.trim() || null,
          allocations: split.map((a) => ({ memberId: a.memberId, ballots: a.ballots ?? 0 })),
          boxes,
          observerEntryIds: observers,
        }),
      (refused) => showAt(openingField(refused), errorText(refused)),
    );
    if (done) onClose();
  }

  return (
    <FormDialog
      title={t('protocol.openingTitle')}
      explanation={t('protocol.openingExplain')}
      submitLabel={t('protocol.open')}
      onSubmit={send}
      onCancel={onClose}
      {...dialog}
    >
      <CheckboxGroup
        legend={t('protocol.present')}
        hint={t('protocol.quorumHint', { quorum: day.quorumNeeded, members: day.members.length })}
        error={problems.present ?? null}
        options={day.members.map((m) => ({ value: m.id, label: m.name }))}
        chosen={present}
        onChange={setPresent}
      />
      <WholeNumberField
        label={t('protocol.ballotsReceived')}
        error={problems.received ?? null}
        min={0}
        max={1_000_000}
        value={received}
        onValueChange={setReceived}
      />
      <TextField
        label={t('protocol.serialFrom')}
        maxLength={40}
        value={serialFrom}
        onValueChange={setSerialFrom}
      />
      <TextField
        label={t('protocol.serialTo')}
        maxLength={40}
        value={serialTo}
        onValueChange={setSerialTo}
      />
      {issuers
        .filter((m) => present.includes(m.id))
        .map((m, index) => (
          <WholeNumberField
            key={m.id}
            label={t('protocol.allocationFor', { name: m.name })}
            error={index === 0 ? (problems.allocations ?? null) : null}
            min={0}
            max={1_000_000}
            value={allocations[m.id] ?? ''}
            onValueChange={(value) => setAllocations({ ...allocations, [m.id]: value })}
          />
        ))}
      <TextField
        label={t('protocol.stationaryBox')}
        maxLength={80}
        value={stationary.number}
        onValueChange={(number) => setStationary({ ...stationary, number })}
      />
      <TextField
        label={t('protocol.stationarySeal')}
        error={problems.stationary ?? null}
        maxLength={80}
        value={stationary.seal}
        onValueChange={(seal) => setStationary({ ...stationary, seal })}
      />
      <TextField
        label={t('protocol.portableBox')}
        maxLength={80}
        value={portable.number}
        onValueChange={(number) => setPortable({ ...portable, number })}
      />
      <TextField
        label={t('protocol.portableSeal')}
        maxLength={80}
        value={portable.seal}
        onValueChange={(seal) => setPortable({ ...portable, seal })}
      />
      {day.observersPresent.length > 0 ? (
        <CheckboxGroup
          legend={t('protocol.observers')}
          error={problems.observers ?? null}
          options={day.observersPresent.map((o) => ({
            value: o.entryId,
            label: `${o.name} (${o.organisation})`,
          }))}
          chosen={observers}
          onChange={setObservers}
        />
      ) : (
        <p className="field-hint">{t('protocol.noObservers')}</p>
      )}
    </FormDialog>
  );
}
