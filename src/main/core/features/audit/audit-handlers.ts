import type { ApiHandlers, AuditPage } from '@shared/api';
import type { AuditOperation } from '@shared/audit/audit-contract';
import type { CoreContext } from '../../context';
import { verifyChain } from '../../kernel/events/chain-verify';
import { can } from '../../kernel/permissions';
import { AuditService } from './audit-service';

/** Reading the event log, and checking its chain. */
export function auditHandlers(ctx: CoreContext): Pick<ApiHandlers, AuditOperation> {
  const audit = new AuditService(ctx.db);

  /** A payload the reader's role may not read is replaced by what its event type shows instead. */
  function redact(page: AuditPage, memberId: string): AuditPage {
    const role = ctx.members.get(memberId).role;
    return {
      ...page,
      entries: page.entries.map((entry) => {
        const sensitive = ctx.registry.definition(entry.type)?.sensitive;
        if (!sensitive || can(role, sensitive.permission)) return entry;
        return { ...entry, payload: sensitive.redact(entry.payload) };
      }),
    };
  }

  return {
    listAuditEvents: (filter) => {
      const { memberId } = ctx.sessions.require('audit.read');
      return redact(audit.list(filter, ctx.precinct.require().timeZone), memberId);
    },
    verifyAuditChain: () => {
      ctx.sessions.require('audit.read');
      return verifyChain(ctx.db, ctx.registry.chainChecks);
    },
  };
}
