import type { EntryDetails } from '@shared/infolog/entry-schemas';
import { assertNever } from '@shared/result';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import { hlcToIso } from '../../kernel/events/hlc';
import type { EventPayloads, StoredEvent } from '../../events';
import { entryTexts } from './entry-texts';

export type InfoLogEventType =
  | 'infolog.entry_recorded'
  | 'infolog.entry_corrected'
  | 'infolog.entry_withdrawn'
  | 'infolog.observer_checked_out'
  | 'infolog.complaint_answered'
  | 'infolog.deadlines_set';

type Version = EventPayloads['infolog.entry_recorded'];

/** The columns the registers filter on, read from an entry's fields. */
function registerColumns(details: EntryDetails) {
  return {
    departed_at: details.kind === 'observer' ? details.departedAt : null,
    complaint_status: details.kind === 'complaint' ? (details.response?.outcome ?? 'open') : null,
    responded_at: details.kind === 'complaint' ? (details.response?.at ?? null) : null,
  };
}

function versionColumns(p: Version) {
  return {
    occurred_at: p.occurred_at,
    occurred_local: p.occurred_local,
    local_date: p.occurred_local.slice(0, 10),
    details_json: JSON.stringify(p.details),
    search_text: entryTexts(p.details).join('\n').toLowerCase(),
    deadline_rule: p.deadline?.rule ?? null,
    deadline_days: p.deadline?.days ?? null,
    deadline_date: p.deadline?.due_date ?? null,
    deadline_at: p.deadline?.due_at ?? null,
    ...registerColumns(p.details),
  };
}

function addHistory(
  db: Db,
  event: StoredEvent,
  entryId: string,
  change: string,
  reason: string | null,
): void {
  const current = cachedStatement(
    db,
    'SELECT occurred_local, details_json FROM infolog_entries WHERE id = ?',
  ).get(entryId) as { occurred_local: string; details_json: string } | undefined;
  const snapshot = change === 'withdrawn' ? undefined : current;
  cachedStatement(
    db,
    `INSERT INTO infolog_entry_history (device_id, seq, entry_id, change, at, hlc, member_id,
       reason, occurred_local, details_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    event.deviceId,
    event.seq,
    entryId,
    change,
    hlcToIso(event.hlc),
    event.hlc,
    event.actor,
    reason,
    snapshot?.occurred_local ?? null,
    snapshot?.details_json ?? null,
  );
}

/** Replaces an entry's stored fields after a check-out or an answer changed one of them. */
function updateDetails(db: Db, entryId: string, change: (details: EntryDetails) => EntryDetails) {
  const row = cachedStatement(db, 'SELECT details_json FROM infolog_entries WHERE id = ?').get(
    entryId,
  ) as { details_json: string } | undefined;
  if (!row) throw new Error(`No information log entry ${entryId}`);
  const details = change(JSON.parse(row.details_json) as EntryDetails);
  const columns = registerColumns(details);
  cachedStatement(
    db,
    `UPDATE infolog_entries SET details_json = ?, search_text = ?, departed_at = ?,
       complaint_status = ?, responded_at = ? WHERE id = ?`,
  ).run(
    JSON.stringify(details),
    entryTexts(details).join('\n').toLowerCase(),
    columns.departed_at,
    columns.complaint_status,
    columns.responded_at,
    entryId,
  );
}

/** Updates the information log's tables for one of its events (its descriptor, feature.ts, hands it to the event log). */
export function applyInfoLogEvent(db: Db, event: StoredEvent<InfoLogEventType>): void {
  switch (event.type) {
    case 'infolog.entry_recorded': {
      const p = (event as StoredEvent<'infolog.entry_recorded'>).payload;
      cachedStatement(
        db,
        `INSERT INTO infolog_entries (id, kind, occurred_at, occurred_local, local_date,
           details_json, search_text, recorded_by, recorded_at, recorded_hlc, departed_at,
           deadline_rule, deadline_days, deadline_date, deadline_at, complaint_status, responded_at)
         VALUES (@id, @kind, @occurred_at, @occurred_local, @local_date, @details_json,
           @search_text, @recorded_by, @recorded_at, @recorded_hlc, @departed_at, @deadline_rule,
           @deadline_days, @deadline_date, @deadline_at, @complaint_status, @responded_at)`,
      ).run({
        id: p.entry_id,
        kind: p.details.kind,
        recorded_by: event.actor,
        recorded_at: hlcToIso(event.hlc),
        recorded_hlc: event.hlc,
        ...versionColumns(p),
      });
      addHistory(db, event, p.entry_id, 'recorded', null);
      return;
    }
    case 'infolog.entry_corrected': {
      const p = (event as StoredEvent<'infolog.entry_corrected'>).payload;
      cachedStatement(
        db,
        `UPDATE infolog_entries SET occurred_at = @occurred_at, occurred_local = @occurred_local,
           local_date = @local_date, details_json = @details_json, search_text = @search_text,
           departed_at = @departed_at, deadline_rule = @deadline_rule,
           deadline_days = @deadline_days, deadline_date = @deadline_date,
           deadline_at = @deadline_at, complaint_status = @complaint_status,
           responded_at = @responded_at, corrections = corrections + 1
         WHERE id = @id`,
      ).run({ id: p.entry_id, ...versionColumns(p) });
      addHistory(db, event, p.entry_id, 'corrected', p.reason);
      return;
    }
    case 'infolog.entry_withdrawn': {
      const p = (event as StoredEvent<'infolog.entry_withdrawn'>).payload;
      cachedStatement(
        db,
        `UPDATE infolog_entries SET withdrawn_at = ?, withdrawn_by = ?, withdrawn_reason = ?
         WHERE id = ?`,
      ).run(hlcToIso(event.hlc), event.actor, p.reason, p.entry_id);
      addHistory(db, event, p.entry_id, 'withdrawn', p.reason);
      return;
    }
    case 'infolog.observer_checked_out': {
      const p = (event as StoredEvent<'infolog.observer_checked_out'>).payload;
      updateDetails(db, p.entry_id, (details) =>
        details.kind === 'observer' ? { ...details, departedAt: p.departed_at } : details,
      );
      addHistory(db, event, p.entry_id, 'checked_out', null);
      return;
    }
    case 'infolog.complaint_answered': {
      const p = (event as StoredEvent<'infolog.complaint_answered'>).payload;
      updateDetails(db, p.entry_id, (details) =>
        details.kind === 'complaint' ? { ...details, response: p.response } : details,
      );
      addHistory(db, event, p.entry_id, 'answered', null);
      return;
    }
    case 'infolog.deadlines_set': {
      const p = (event as StoredEvent<'infolog.deadlines_set'>).payload;
      cachedStatement(
        db,
        `INSERT INTO infolog_settings (id, standard_days, voter_list_days, same_day_days_before,
           source)
         VALUES (1, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET standard_days = excluded.standard_days,
           voter_list_days = excluded.voter_list_days,
           same_day_days_before = excluded.same_day_days_before, source = excluded.source`,
      ).run(p.standard_days, p.voter_list_days, p.same_day_days_before, p.source);
      return;
    }
    default:
      assertNever(event.type);
  }
}
