import { useId } from 'react';
import type { PackagePreview } from '@shared/sync/sync-contract';
import { useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';

/** The slot a first load takes by itself: the only one the package still offers, else none. */
export function defaultSlot(preview: PackagePreview): number | null {
  if (preview.currentSlot !== null) return null;
  const free = preview.slots.filter((s) => s.available);
  return free.length === 1 ? (free[0]?.slot ?? null) : null;
}

/**
 * Which laptop of the precinct this is ("laptop 2 of 3, sections М–Я"): the chair picks the
 * slot written for this laptop; a taken slot is shown but cannot be picked. A laptop that took
 * its slot at an earlier load only reads which one it is.
 */
export function SlotChoice({
  preview,
  slot,
  missing,
  onChange,
}: {
  preview: PackagePreview;
  slot: number | null;
  missing: boolean;
  onChange: (slot: number) => void;
}) {
  const t = useT();
  const id = useId();
  const count = preview.slots.length;
  if (preview.currentSlot !== null) {
    return <p>{t('package.slotCurrent', { slot: preview.currentSlot, count })}</p>;
  }
  const free = preview.slots.some((s) => s.available);
  return (
    <fieldset className="choice-group" aria-describedby={`${id}-hint`}>
      <legend>{t('package.slot')}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t('package.slotHint')}
      </p>
      {preview.slots.map((s) => {
        const name = s.label
          ? t('package.slotOptionLabel', { slot: s.slot, count, label: s.label })
          : t('package.slotOption', { slot: s.slot, count });
        return (
          <div key={s.slot} className="choice">
            <input
              type="radio"
              id={`${id}-slot-${s.slot}`}
              name={`${id}-slot`}
              checked={slot === s.slot}
              disabled={!s.available}
              aria-invalid={missing && slot === null ? true : undefined}
              onChange={() => onChange(s.slot)}
            />
            <label htmlFor={`${id}-slot-${s.slot}`}>
              {s.available ? name : `${name} ${t('package.slotTaken')}`}
            </label>
          </div>
        );
      })}
      {!free ? <ErrorAlert message={t('package.noFreeSlot')} /> : null}
      {missing && slot === null && free ? <ErrorAlert message={t('package.slotRequired')} /> : null}
    </fieldset>
  );
}
