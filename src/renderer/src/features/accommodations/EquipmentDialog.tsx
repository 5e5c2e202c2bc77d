import { useState } from 'react';
import {
  ACCOMMODATION_COUNT_MAX,
  ACCOMMODATION_TEXT_LIMITS,
  EQUIPMENT_AVAILABILITY,
  type EquipmentAvailability,
} from '@shared/accommodations/accommodation-kinds';
import type { EquipmentView } from '@shared/accommodations/accommodation-contract';
import { mutate } from '../../api/queries';
import { useT } from '../../i18n/use-t';
import { FormDialog } from '../../ui/FormDialog';
import { WholeNumberField } from '../../ui/TextField';
import { useFormDialog } from '../../ui/use-form-dialog';
import { useErrorText } from '../../app-state/use-error-text';
import { availabilityKey, equipmentKey } from './accommodations-text';
import { useAccommodationsStore } from './accommodations-store';
import { SelectField, TextAreaField } from '../../ui/form-fields';

/** Records whether one piece of equipment is at hand, how many, and a note. */
export function EquipmentDialog({ item }: { item: EquipmentView }) {
  const t = useT();
  const errorText = useErrorText();
  const closeDialog = useAccommodationsStore((state) => state.closeDialog);
  const changed = useAccommodationsStore((state) => state.changed);
  const [availability, setAvailability] = useState<EquipmentAvailability>(item.availability);
  const [count, setCount] = useState(item.count === null ? '' : String(item.count));
  const [note, setNote] = useState(item.note ?? '');
  const [countProblem, setCountProblem] = useState<string | null>(null);
  const { submit, reveal, dialog } = useFormDialog(errorText);
  const name = t(equipmentKey(item.equipment));

  async function send() {
    const number = Number(count);
    const countValid =
      count.trim() === '' || (Number.isInteger(number) && number >= 0 && number <= 10_000);
    setCountProblem(countValid ? null : t('accommodations.problem.wholeNumber'));
    if (!countValid) {
      reveal();
      return;
    }
    const done = await submit(() =>
      mutate('setStationEquipment', {
        equipment: item.equipment,
        availability,
        count: count.trim() === '' ? null : number,
        note: note.trim() || null,
      }),
    );
    if (done) {
      await changed({
        key: 'accommodations.notice.equipmentSaved',
        params: { name, availability: t(availabilityKey(availability)) },
        tone: 'success',
      });
    }
  }

  return (
    <FormDialog
      title={t('accommodations.dialog.equipment', { name })}
      onCancel={closeDialog}
      submitLabel={t('accommodations.submitEquipment')}
      onSubmit={send}
      {...dialog}
    >
      <SelectField
        label={t('accommodations.field.availability')}
        value={availability}
        options={EQUIPMENT_AVAILABILITY.map((value) => ({
          value,
          label: t(availabilityKey(value)),
        }))}
        onValueChange={(value) => setAvailability(value || 'unknown')}
      />
      <WholeNumberField
        label={t('accommodations.field.count')}
        hint={t('accommodations.field.countHint')}
        error={countProblem}
        min={0}
        max={ACCOMMODATION_COUNT_MAX}
        value={count}
        onValueChange={setCount}
      />
      <TextAreaField
        label={t('accommodations.field.note')}
        maxLength={ACCOMMODATION_TEXT_LIMITS.long}
        value={note}
        onValueChange={setNote}
      />
    </FormDialog>
  );
}
