import { useState, type FormEvent } from 'react';
import {
  ACCOMMODATION_TEXT_LIMITS,
  EQUIPMENT_AVAILABILITY,
  type EquipmentAvailability,
} from '../../../../shared/accommodations/accommodation-kinds';
import type { EquipmentView } from '../../../../shared/accommodations/accommodation-contract';
import type { ApiError } from '../../../../shared/result';
import { callApi } from '../../api/precinct-client';
import { useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Modal } from '../../ui/Modal';
import { TextField } from '../../ui/TextField';
import { useFocusFirstProblem } from '../../ui/use-focus-first-problem';
import { useErrorText } from '../../app-state/use-error-text';
import { availabilityKey, equipmentKey } from './accommodations-text';
import { useAccommodationsStore } from './accommodations-store';
import { SelectField, TextAreaField } from './form-controls';

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
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const { formRef, reveal } = useFocusFirstProblem();
  const name = t(equipmentKey(item.equipment));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    const number = Number(count);
    const countValid =
      count.trim() === '' || (Number.isInteger(number) && number >= 0 && number <= 10_000);
    setCountProblem(countValid ? null : t('accommodations.problem.wholeNumber'));
    if (!countValid) {
      reveal();
      return;
    }
    setBusy(true);
    const result = await callApi('setStationEquipment', {
      equipment: item.equipment,
      availability,
      count: count.trim() === '' ? null : number,
      note: note.trim() || null,
    });
    setBusy(false);
    if (result.ok) {
      await changed({
        key: 'accommodations.notice.equipmentSaved',
        params: { name, availability: t(availabilityKey(availability)) },
        tone: 'success',
      });
    } else {
      setError(result.error);
    }
  }

  return (
    <Modal title={t('accommodations.dialog.equipment', { name })} onCancel={closeDialog}>
      <form ref={formRef} noValidate onSubmit={(event) => void submit(event)}>
        <SelectField
          label={t('accommodations.field.availability')}
          value={availability}
          options={EQUIPMENT_AVAILABILITY.map((value) => ({
            value,
            label: t(availabilityKey(value)),
          }))}
          onValueChange={(value) => setAvailability(value || 'unknown')}
        />
        <TextField
          label={t('accommodations.field.count')}
          hint={t('accommodations.field.countHint')}
          error={countProblem}
          type="number"
          inputMode="numeric"
          min={0}
          max={10_000}
          step={1}
          value={count}
          onValueChange={setCount}
        />
        <TextAreaField
          label={t('accommodations.field.note')}
          maxLength={ACCOMMODATION_TEXT_LIMITS.long}
          value={note}
          onValueChange={setNote}
        />
        <ErrorAlert message={errorText(error)} />
        <div className="button-row">
          <button
            type="submit"
            className="button-primary"
            aria-disabled={busy || undefined}
            aria-busy={busy || undefined}
          >
            {t('accommodations.submitEquipment')}
          </button>
          <button type="button" className="button-secondary" onClick={closeDialog}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
