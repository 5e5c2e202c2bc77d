import { useState } from 'react';
import type { VotingDayView } from '@shared/protocol/protocol-contract';
import { usePermission } from '../../app-state/use-permission';
import { useLanguage, useT } from '../../i18n/use-t';
import { formatInstant } from '../../ui/date-time-format';
import { Facts } from '../../ui/form-fields';
import { SavePdfButton } from '../../ui/SavePdfButton';
import { OpeningDialog } from './OpeningDialog';
import { useProtocolPrint } from './protocol-print';

/** The opening: recorded by the chair, then shown with its act to print in kk or ru. */
export function OpeningSection({ day }: { day: VotingDayView }) {
  const t = useT();
  const language = useLanguage();
  const canManage = usePermission('protocol.manage');
  const [open, setOpen] = useState(false);
  const print = useProtocolPrint(day);
  const opening = day.opening;
  const name = (id: string) => day.members.find((m) => m.id === id)?.name ?? id;
  if (!opening) {
    return (
      <div>
        <p>{t('protocol.notOpened')}</p>
        {canManage ? (
          <button type="button" className="button-primary" onClick={() => setOpen(true)}>
            {t('protocol.open')}
          </button>
        ) : null}
        {open ? <OpeningDialog day={day} onClose={() => setOpen(false)} /> : null}
      </div>
    );
  }
  return (
    <div>
      <p>
        {t('protocol.openedAt', {
          time: formatInstant(opening.openedAt, print.timeZone, language),
        })}
      </p>
      <Facts
        items={[
          [t('protocol.present'), opening.presentMemberIds.map(name).join(', ')],
          [
            t('protocol.ballotsReceived'),
            opening.serialFrom || opening.serialTo
              ? `${opening.ballotsReceived} (${t('protocol.serials', { from: opening.serialFrom ?? '', to: opening.serialTo ?? '' })})`
              : String(opening.ballotsReceived),
          ],
          ...opening.allocations.map(
            (a) =>
              [t('protocol.allocationFor', { name: name(a.memberId) }), String(a.ballots)] as [
                string,
                string,
              ],
          ),
          [
            t('protocol.boxes'),
            opening.boxes
              .map((b) =>
                t('protocol.boxLine', {
                  kind: t(`protocol.box.${b.kind}`),
                  number: b.number,
                  seal: b.seal,
                }),
              )
              .join('; '),
          ],
          [t('protocol.observers'), opening.observers.map((o) => o.name).join(', ') || '—'],
        ]}
      />
      <div className="button-row">
        {(['kk', 'ru'] as const).map((printLanguage) => (
          <SavePdfButton
            key={printLanguage}
            label={t(printLanguage === 'kk' ? 'protocol.actKk' : 'protocol.actRu')}
            defaultName={print.openingName(printLanguage)}
            nativeDialogs={print.nativeDialogs}
            language={printLanguage}
            makeHtml={() => print.openingAct(printLanguage)}
          />
        ))}
      </div>
    </div>
  );
}
