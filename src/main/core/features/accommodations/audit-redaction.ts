import type { AuditPage } from '../../../../shared/api';

/** The event carrying health reasons and notes (and nothing else that is sensitive). */
const SENSITIVE_EVENT = 'accommodation.sensitive_recorded';

/**
 * The audit log as a member may read it: without `health.read`, the payload of the event that
 * carries health reasons keeps only the request it concerns. The event itself stays listed,
 * so the chain of changes is still visible.
 */
export function hideSensitivePayloads(page: AuditPage, canReadHealth: boolean): AuditPage {
  if (canReadHealth) return page;
  return {
    ...page,
    entries: page.entries.map((entry) =>
      entry.type === SENSITIVE_EVENT
        ? { ...entry, payload: { request_id: entry.payload.request_id ?? null, hidden: true } }
        : entry,
    ),
  };
}
