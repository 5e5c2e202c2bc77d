import { useId, useRef, useState } from 'react';
import { ROLES } from '@shared/roles';
import { MAX_MEMBERS, TEXT_LIMITS } from '@shared/text-limits';
import { roleKey } from '../../i18n/message-keys';
import { useT } from '../../i18n/use-t';
import { Field, FieldError } from '../../ui/Field';
import { TextField } from '../../ui/TextField';
import { memberErrorField, type MemberRow } from './setup-form';
import { useSetupStore } from './setup-store';

/** The commission as it starts: one row per member, exactly one of them the chair. */
export function MembersEditor() {
  const t = useT();
  const members = useSetupStore((state) => state.form.members);
  const groupError = useSetupStore((state) => state.errors.members);
  const addMember = useSetupStore((state) => state.addMember);
  const removeMember = useSetupStore((state) => state.removeMember);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  // Only a row the user just added takes focus; rows present at start do not.
  const [addedKey, setAddedKey] = useState<number | null>(null);
  const id = useId();
  const full = members.length >= MAX_MEMBERS;

  function add() {
    if (full) return;
    addMember();
    const rows = useSetupStore.getState().form.members;
    setAddedKey(rows[rows.length - 1]?.key ?? null);
  }

  function remove(key: number) {
    removeMember(key);
    addButtonRef.current?.focus();
  }

  return (
    <fieldset
      className="form-section"
      aria-describedby={`${id}-hint${groupError ? ` ${id}-error` : ''}`}
    >
      <legend>{t('setup.membersSection')}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t('setup.membersHint')}
      </p>
      <FieldError id={`${id}-error`} error={groupError ? t(groupError) : null} />
      {members.map((row, index) => (
        <MemberRowEditor
          key={row.key}
          row={row}
          number={index + 1}
          focusOnMount={row.key === addedKey}
          canRemove={members.length > 1}
          onRemove={() => remove(row.key)}
        />
      ))}
      {/* aria-disabled keeps the button in the Tab order, where its reason is read with it. */}
      <button
        ref={addButtonRef}
        type="button"
        className={full ? 'button-secondary button-unavailable' : 'button-secondary'}
        aria-disabled={full || undefined}
        aria-describedby={full ? `${id}-limit` : undefined}
        onClick={add}
      >
        {t('setup.addMember')}
      </button>
      <div role="status">
        {full ? (
          <p id={`${id}-limit`} className="field-hint">
            {t('setup.membersLimit', { max: MAX_MEMBERS })}
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}

interface MemberRowEditorProps {
  row: MemberRow;
  number: number;
  focusOnMount: boolean;
  canRemove: boolean;
  onRemove: () => void;
}

function MemberRowEditor({ row, number, focusOnMount, canRemove, onRemove }: MemberRowEditorProps) {
  const t = useT();
  const error = useSetupStore((state) => state.errors[memberErrorField(row)]);
  const updateMember = useSetupStore((state) => state.updateMember);
  return (
    <fieldset className="member-row">
      <legend>{t('setup.memberNumber', { number })}</legend>
      <TextField
        label={t('setup.memberName')}
        error={error ? t(error) : null}
        autoComplete="off"
        required
        maxLength={TEXT_LIMITS.name}
        autoFocus={focusOnMount}
        value={row.fullName}
        onValueChange={(fullName) => updateMember(row.key, { fullName })}
      />
      <Field label={t('setup.memberRole')}>
        {(control) => (
          <select
            {...control}
            value={row.role}
            onChange={(event) =>
              updateMember(row.key, {
                role: ROLES.find((role) => role === event.target.value) ?? 'member',
              })
            }
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(roleKey(role))}
              </option>
            ))}
          </select>
        )}
      </Field>
      {canRemove ? (
        <button type="button" className="button-secondary member-remove" onClick={onRemove}>
          {t('setup.removeMember', { number })}
        </button>
      ) : null}
    </fieldset>
  );
}
