import { usePermission } from '../../app-state/use-permission';
import { useEffect } from 'react';
import { useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import { useErrorText } from '../../app-state/use-error-text';
import { AuditFilters } from './AuditFilters';
import { useAuditStore } from './audit-store';
import { AuditTable } from './AuditTable';
import { ChainStatus } from './ChainStatus';
import type { SummarizeEvent } from './event-summary';

/** Who did what and when, from the event log, and whether the log is intact. */
export function AuditScreen({ summarize }: { summarize: SummarizeEvent }) {
  const t = useT();
  const errorText = useErrorText();
  const open = useAuditStore((state) => state.open);
  const loadError = useAuditStore((state) => state.loadError);
  // listMembers needs members.manage; other readers' filter offers the members seen acting.
  const canListMembers = usePermission('members.manage');

  useEffect(() => {
    void open(canListMembers);
  }, [open, canListMembers]);

  return (
    <section className="section">
      <PageHeading focusOnMount>{t('audit.title')}</PageHeading>
      <p>{t('audit.intro')}</p>
      <ChainStatus />
      <AuditFilters />
      <ErrorAlert message={errorText(loadError)} />
      <AuditTable summarize={summarize} />
    </section>
  );
}
