import type { RemovalBasis, RemovalRequestView } from '@shared/voters/voter-api';
import type { Db } from '../../kernel/db/database';

interface RemovalRow {
  request_id: string;
  iin: string;
  basis: RemovalBasis;
  reason: string;
  document_ref: string | null;
  requested_at: string;
  requested_by: string | null;
  status: 'pending' | 'approved' | 'refused';
  decided_at: string | null;
  decided_by: string | null;
  decision_reason: string | null;
}

/** Removal requests as screens show them, with the voter's and the members' names. */
export function removalViews(db: Db, where: string, ...params: unknown[]): RemovalRequestView[] {
  const rows = db
    .prepare<
      unknown[],
      RemovalRow & {
        last_name: string;
        first_name: string;
        patronymic: string | null;
        requested_by_name: string | null;
        decided_by_name: string | null;
      }
    >(
      `SELECT r.*, v.last_name, v.first_name, v.patronymic,
              a.full_name AS requested_by_name, d.full_name AS decided_by_name
       FROM voter_removals r
       JOIN voters v ON v.iin = r.iin
       LEFT JOIN members a ON a.id = r.requested_by
       LEFT JOIN members d ON d.id = r.decided_by
       ${where}`,
    )
    .all(...params);
  return rows.map((r) => ({
    requestId: r.request_id,
    iin: r.iin,
    voterName: [r.last_name, r.first_name, r.patronymic].filter(Boolean).join(' '),
    basis: r.basis,
    reason: r.reason,
    documentRef: r.document_ref,
    requestedAt: r.requested_at,
    requestedByName: r.requested_by_name,
    status: r.status,
    decidedAt: r.decided_at,
    decidedByName: r.decided_by_name,
    decisionReason: r.decision_reason,
  }));
}
