import { useId } from 'react';
import { useT } from '../../../i18n/use-t';
import { usePermission } from '../../../app-state/use-permission';
import { AddVoterForm } from './AddVoterForm';
import { RemovalRequests } from './RemovalRequests';

/** Changes to the list: voters added, and removals waiting for a decision or decided. */
export function CorrectionsArea() {
  const t = useT();
  const id = useId();
  const canRecord = usePermission('record');
  return (
    <section className="voters-area" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('voters.corrections.title')}</h2>
      <p>{t('voters.corrections.intro')}</p>
      <RemovalRequests />
      {canRecord ? <AddVoterForm /> : null}
    </section>
  );
}
