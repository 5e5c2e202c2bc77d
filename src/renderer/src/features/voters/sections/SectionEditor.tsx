import { useEffect, useId, useRef } from 'react';
import type { MessageKey } from '@shared/i18n';
import { TEXT_LIMITS } from '@shared/text-limits';
import { useT } from '../../../i18n/use-t';
import { Field } from '../../../ui/Field';
import { TextField } from '../../../ui/TextField';
import { OTHER_DEVICE, type DraftField, type SectionDraft } from './section-drafts';

interface SectionEditorProps {
  draft: SectionDraft;
  number: number;
  problems: Partial<Record<DraftField, MessageKey>>;
  knownDevices: string[];
  thisDeviceId: string;
  focusOnMount: boolean;
  onChange: (patch: Partial<SectionDraft>) => void;
  onRemove: () => void;
}

/** One section: its name, which voters it holds (a letter range or addresses), and its desk. */
export function SectionEditor({
  draft,
  number,
  problems,
  knownDevices,
  thisDeviceId,
  focusOnMount,
  onChange,
  onRemove,
}: SectionEditorProps) {
  const t = useT();
  const id = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const error = (field: DraftField) => {
    const problem = problems[field];
    return problem ? t(problem) : null;
  };

  useEffect(() => {
    if (focusOnMount) nameRef.current?.focus();
  }, [focusOnMount]);

  return (
    <fieldset className="form-section section-editor">
      <legend>{t('voters.sections.number', { number })}</legend>
      <TextField
        ref={nameRef}
        label={t('voters.sections.name')}
        error={error('name')}
        autoComplete="off"
        maxLength={TEXT_LIMITS.title}
        value={draft.name}
        onValueChange={(name) => onChange({ name })}
      />
      <fieldset className="choice-group">
        <legend>{t('voters.sections.rule')}</legend>
        {(['alphabet', 'address'] as const).map((kind) => (
          <div key={kind} className="choice">
            <input
              type="radio"
              id={`${id}-${kind}`}
              name={`${id}-kind`}
              checked={draft.kind === kind}
              onChange={() => onChange({ kind })}
            />
            <label htmlFor={`${id}-${kind}`}>
              {kind === 'alphabet'
                ? t('voters.sections.byAlphabet')
                : t('voters.sections.byAddress')}
            </label>
          </div>
        ))}
      </fieldset>
      {draft.kind === 'alphabet' ? (
        <>
          <TextField
            label={t('voters.sections.from')}
            hint={t('voters.sections.letterHint')}
            error={error('from')}
            autoComplete="off"
            maxLength={1}
            className="input-letter"
            value={draft.from}
            onValueChange={(from) => onChange({ from })}
          />
          <TextField
            label={t('voters.sections.to')}
            error={error('to')}
            autoComplete="off"
            maxLength={1}
            className="input-letter"
            value={draft.to}
            onValueChange={(to) => onChange({ to })}
          />
        </>
      ) : (
        <Field
          label={t('voters.sections.fragments')}
          hint={t('voters.sections.fragmentsHint')}
          error={error('fragments')}
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              className="input-wide"
              value={draft.fragments}
              onChange={(event) => onChange({ fragments: event.target.value })}
            />
          )}
        </Field>
      )}
      <TextField
        label={t('voters.sections.desk')}
        hint={t('voters.sections.deskHint')}
        error={error('deskLabel')}
        autoComplete="off"
        maxLength={TEXT_LIMITS.title}
        value={draft.deskLabel}
        onValueChange={(deskLabel) => onChange({ deskLabel })}
      />
      <Field
        label={t('voters.sections.device')}
        error={draft.device === OTHER_DEVICE ? null : error('device')}
      >
        {(control) => (
          <select
            {...control}
            value={draft.device}
            onChange={(event) => onChange({ device: event.target.value })}
          >
            {knownDevices.map((device) => (
              <option key={device} value={device}>
                {device === thisDeviceId ? t('voters.sections.thisDevice', { device }) : device}
              </option>
            ))}
            <option value={OTHER_DEVICE}>{t('voters.sections.otherDevice')}</option>
          </select>
        )}
      </Field>
      {draft.device === OTHER_DEVICE ? (
        <TextField
          label={t('voters.sections.deviceId')}
          hint={t('voters.sections.deviceIdHint')}
          error={error('device')}
          autoComplete="off"
          spellCheck={false}
          maxLength={64}
          value={draft.otherDevice}
          onValueChange={(otherDevice) => onChange({ otherDevice })}
        />
      ) : null}
      <button type="button" className="button-secondary" onClick={onRemove}>
        {t('voters.sections.remove', { number })}
      </button>
    </fieldset>
  );
}
