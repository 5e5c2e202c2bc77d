import { CORRECTABLE_FIELDS, type CorrectableField } from '@shared/voters/voter-api';
import { CENTRAL_LIST_UPDATE } from '@shared/sync/sync-events';
import {
  LIST_CHANGES,
  type ListChange,
  type ListDifference,
  type ListDifferences,
} from '@shared/sync/sync-contract';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../kernel/db/database';
import type { EventLog } from '../../events';
import { checkListFile } from '../voters';
import { RowChecker } from '../voters';
import type { VoterData } from '../voters';

/** At most this many differences are listed for the chair; the counts cover them all. */
const MAX_ITEMS = 500;

/** The valid voters of a package's list, by IIN, checked with the list rules. */
export async function packageVoters(
  csv: string,
  fileName: string,
  votingDay: string,
): Promise<Map<string, VoterData>> {
  const voters = new Map<string, VoterData>();
  await checkListFile(
    { bytes: Buffer.from(csv, 'utf8'), name: fileName },
    new RowChecker({ votingDay, list: null }),
    (v) => {
      voters.set(v.iin, {
        iin: v.iin,
        last_name: v.lastName,
        first_name: v.firstName,
        patronymic: v.patronymic,
        birth_date: v.birthDate,
        address: v.address,
        precinct: v.precinct,
      });
    },
  );
  return voters;
}

export function emptyDifferences(): ListDifferences {
  const counts = Object.fromEntries(LIST_CHANGES.map((c) => [c, 0])) as Record<ListChange, number>;
  return { counts, items: [] };
}

interface LocalVoter extends VoterData {
  status: 'listed' | 'removed';
}

/** What the precinct itself did to the list: kept when a newer package differs. */
function localChanges(db: Db) {
  const lastAddBasis = new Map<string, string>();
  for (const row of db
    .prepare<[], { iin: string; basis: string }>(
      `SELECT json_extract(payload_json, '$.iin') AS iin, json_extract(payload_json, '$.basis') AS basis
       FROM events WHERE type = 'voter.added' ORDER BY hlc`,
    )
    .iterate()) {
    lastAddBasis.set(row.iin, row.basis);
  }
  const removalBasis = new Map<string, string>();
  for (const row of db
    .prepare<[], { iin: string; basis: string }>(
      "SELECT iin, basis FROM voter_removals WHERE status = 'approved' ORDER BY decided_at",
    )
    .iterate()) {
    removalBasis.set(row.iin, row.basis);
  }
  const corrected = new Set<string>();
  for (const row of db
    .prepare<[], { iin: string; field: string }>(
      `SELECT json_extract(payload_json, '$.iin') AS iin, json_extract(payload_json, '$.field') AS field
       FROM events WHERE type = 'voter.corrected'
         AND coalesce(json_extract(payload_json, '$.document_ref'), '') NOT LIKE 'package:%'`,
    )
    .iterate()) {
    corrected.add(`${row.iin}/${row.field}`);
  }
  const ballots = new Set(
    db
      .prepare<[], { iin: string }>('SELECT iin FROM ballots WHERE undone_at IS NULL')
      .all()
      .map((r) => r.iin),
  );
  return { lastAddBasis, removalBasis, corrected, ballots };
}

const fullName = (v: VoterData): string =>
  [v.last_name, v.first_name, v.patronymic].filter(Boolean).join(' ');

/**
 * Turns the differences between the list here and a newer package's list into events with the
 * basis "central list update", inside the caller's transaction. What the precinct recorded
 * itself wins: a voter it removed stays removed, one it added stays, a field it corrected
 * keeps its correction, and a voter who has a ballot stays listed; each is reported as kept.
 */
export function applyListUpdate(
  db: Db,
  log: EventLog,
  actor: string | null,
  incoming: Map<string, VoterData>,
  packageId: string,
  revision: number,
): ListDifferences {
  const result = emptyDifferences();
  const note = (change: ListChange, voter: VoterData, field: string | null = null) => {
    result.counts[change]++;
    if (result.items.length < MAX_ITEMS) {
      const item: ListDifference = { change, iin: voter.iin, name: fullName(voter), field };
      result.items.push(item);
    }
  };
  const local = localChanges(db);
  const reason = `Central list update (package revision ${revision})`;
  const documentRef = `package:${packageId}`;
  const current = new Map<string, LocalVoter>();
  for (const row of db
    .prepare<[], LocalVoter>(
      `SELECT iin, last_name, first_name, patronymic, birth_date, address, precinct, status
       FROM voters`,
    )
    .iterate()) {
    current.set(row.iin, row);
  }
  const add = (voter: VoterData) => {
    log.record('voter.added', actor, {
      ...voter,
      basis: CENTRAL_LIST_UPDATE,
      certificate_number: null,
      issuing_precinct: null,
      document_ref: documentRef,
      reason,
    });
    note('added', voter);
  };
  for (const voter of incoming.values()) {
    const here = current.get(voter.iin);
    if (!here) {
      add(voter);
    } else if (here.status === 'removed') {
      if (local.removalBasis.get(voter.iin) === CENTRAL_LIST_UPDATE) add(voter);
      else note('kept_removed', here);
    } else {
      for (const field of CORRECTABLE_FIELDS) {
        if ((here[field] ?? null) === (voter[field] ?? null)) continue;
        if (local.corrected.has(`${voter.iin}/${field}`)) {
          note('kept_correction', here, field);
          continue;
        }
        log.record('voter.corrected', actor, {
          iin: voter.iin,
          field: field satisfies CorrectableField,
          old_value: here[field] ?? null,
          new_value: voter[field] ?? null,
          reason,
          document_ref: documentRef,
        });
        note('corrected', voter, field);
      }
    }
  }
  for (const here of current.values()) {
    if (here.status !== 'listed' || incoming.has(here.iin)) continue;
    const addedBasis = local.lastAddBasis.get(here.iin);
    if (addedBasis !== undefined && addedBasis !== CENTRAL_LIST_UPDATE) {
      note('kept_added', here);
    } else if (local.ballots.has(here.iin)) {
      note('kept_ballot', here);
    } else {
      const requestId = randomUUID();
      log.record('voter.removal_requested', actor, {
        request_id: requestId,
        iin: here.iin,
        basis: CENTRAL_LIST_UPDATE,
        reason,
        document_ref: documentRef,
      });
      log.record('voter.removal_decided', actor, {
        request_id: requestId,
        iin: here.iin,
        decision: 'approve',
        reason,
      });
      note('removed', here);
    }
  }
  return result;
}
