import { useState } from 'react';
import type { VotingDayView } from '@shared/protocol/protocol-contract';
import { mutate } from '../../api/queries';
import { usePermission } from '../../app-state/use-permission';
import { useErrorText } from '../../app-state/use-error-text';
import { useLanguage, useT } from '../../i18n/use-t';
import { formatInstant } from '../../ui/date-time-format';
import { SelectField } from '../../ui/form-fields';
import { FormDialog } from '../../ui/FormDialog';
import { useFormDialog } from '../../ui/use-form-dialog';
import { useProtocolPrint } from './protocol-print';

/** The opening act is chosen as this value; a protocol version by its id. */
const OPENING_ACT = 'opening_act';

/**
 * Copies of the opening act and of the signed protocol versions handed to observers: each is
 * an entry of the information log, listed here; the chair issues one through the dialog.
 */
export function CopiesSection({ day }: { day: VotingDayView }) {
  const t = useT();
  const language = useLanguage();
  const canManage = usePermission('protocol.manage');
  const { timeZone } = useProtocolPrint(day);
  const [open, setOpen] = useState(false);
  if (!day.opening) return null;
  return (
    <section aria-labelledby="copies-heading" className="protocol-copies">
      <h2 id="copies-heading">{t('protocolCopies.heading')}</h2>
      {day.copiesIssued.length === 0 ? (
        <p>{t('protocolCopies.none')}</p>
      ) : (
        <ul data-testid="copies-issued">
          {day.copiesIssued.map((copy) => (
            <li key={copy.entryId}>
              {t('protocolCopies.line', {
                time: formatInstant(copy.issuedAt, timeZone, language),
                document:
                  copy.version === null
                    ? t('infolog.document.opening_act')
                    : t('infolog.document.protocolVersion', { version: copy.version }),
                name: copy.observerName,
                organisation: copy.organisation,
              })}
            </li>
          ))}
        </ul>
      )}
      {canManage ? (
        <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
          {t('protocolCopies.issue')}
        </button>
      ) : null}
      {open ? <CopyDialog day={day} onClose={() => setOpen(false)} /> : null}
    </section>
  );
}

/** The chair picks an observer present and the document (the opening act or a version). */
function CopyDialog({ day, onClose }: { day: VotingDayView; onClose: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const { submit, dialog, problems, passes, showAt } = useFormDialog<'observer' | 'document'>(
    errorText,
  );
  const observers = day.observersPresent.map((o) => ({
    value: o.entryId,
    label: `${o.name}, ${o.organisation}`,
  }));
  const documents = [
    { value: OPENING_ACT, label: t('infolog.document.opening_act') },
    ...day.versions.map((v) => ({
      value: v.protocolId,
      label: t('infolog.document.protocolVersion', { version: v.version }),
    })),
  ];
  const [observer, setObserver] = useState('');
  // The newest version is the copy usually asked for.
  const [document, setDocument] = useState(day.versions.at(-1)?.protocolId ?? OPENING_ACT);

  async function send() {
    if (!passes(observer ? {} : { observer: t('protocolCopies.chooseObserver') })) return;
    const done = await submit(
      () =>
        mutate('issueDocumentCopy', {
          observerEntryId: observer,
          document: document === OPENING_ACT ? 'opening_act' : 'protocol',
          protocolId: document === OPENING_ACT ? null : document,
        }),
      (refused) =>
        showAt(
          refused.code === 'observer_not_present'
            ? 'observer'
            : refused.code === 'document_not_found'
              ? 'document'
              : null,
          errorText(refused),
        ),
    );
    if (done) onClose();
  }

  return (
    <FormDialog
      title={t('protocolCopies.title')}
      explanation={t('protocolCopies.explain')}
      submitLabel={t('protocolCopies.submit')}
      onSubmit={send}
      onCancel={onClose}
      {...dialog}
    >
      {observers.length === 0 ? <p>{t('protocolCopies.noObservers')}</p> : null}
      <SelectField
        label={t('protocolCopies.observer')}
        options={observers}
        value={observer}
        emptyLabel={t('protocolCopies.choose')}
        error={problems.observer ?? null}
        onValueChange={setObserver}
      />
      <SelectField
        label={t('protocolCopies.document')}
        options={documents}
        value={document}
        error={problems.document ?? null}
        onValueChange={(v) => setDocument(v || OPENING_ACT)}
      />
    </FormDialog>
  );
}
