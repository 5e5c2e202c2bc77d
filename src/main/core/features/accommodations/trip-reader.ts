import type { ItemStatus, TripStatus } from '@shared/accommodations/accommodation-kinds';
import type {
  AccommodationSummary,
  TripItemView,
  TripView,
} from '@shared/accommodations/accommodation-contract';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';

interface TripRow {
  id: string;
  number: number;
  status: TripStatus;
  planned_departure: string;
  planned_departure_local: string;
  expected_return: string;
  expected_return_local: string;
  departed_at: string | null;
  departed_local: string | null;
  observers_told_at: string | null;
  observers_told_local: string | null;
  observer_entry_ids_json: string;
  ballots_taken: number | null;
  returned_at: string | null;
  returned_local: string | null;
  ballots_unused: number | null;
  ballots_spoiled: number | null;
  discrepancy_note: string | null;
  cancel_reason: string | null;
  replans: number;
}

const TRIPS = `
  SELECT t.*, row_number() OVER (ORDER BY t.planned_hlc, t.id) AS number
  FROM accommodation_trips t`;

const moment = (at: string | null, local: string | null) => (at && local ? { at, local } : null);

/** Reads trips for their screen and the printable trip sheet, and the summary's counts. */
export class TripReader {
  constructor(private readonly db: Db) {}

  list(): TripView[] {
    const rows = cachedStatement(this.db, `${TRIPS} ORDER BY number`).all() as TripRow[];
    return rows.map((row) => this.view(row));
  }

  get(tripId: string): TripView | null {
    const row = cachedStatement(this.db, `SELECT * FROM (${TRIPS}) WHERE id = ?`).get(tripId) as
      TripRow | undefined;
    return row ? this.view(row) : null;
  }

  private view(row: TripRow): TripView {
    const members = cachedStatement(
      this.db,
      `SELECT t.member_id AS id, m.full_name AS name FROM accommodation_trip_members t
       LEFT JOIN members m ON m.id = t.member_id WHERE t.trip_id = ? ORDER BY t.position`,
    ).all(row.id) as { id: string; name: string | null }[];
    const items = cachedStatement(
      this.db,
      `WITH numbered AS (
         SELECT id, row_number() OVER (ORDER BY recorded_hlc, id) AS number
         FROM accommodation_requests)
       SELECT i.route_order, i.id AS item_id, r.id AS request_id, n.number, r.full_name, r.iin,
         r.address, r.contact_phone, i.status
       FROM accommodation_items i JOIN accommodation_requests r ON r.id = i.request_id
       JOIN numbered n ON n.id = r.id
       WHERE i.trip_id = ? ORDER BY i.route_order`,
    ).all(row.id) as {
      route_order: number;
      item_id: string;
      request_id: string;
      number: number;
      full_name: string;
      iin: string | null;
      address: string | null;
      contact_phone: string | null;
      status: ItemStatus;
    }[];
    const observerIds = JSON.parse(row.observer_entry_ids_json) as string[];
    const observers = observerIds.map((entryId) => {
      const entry = cachedStatement(
        this.db,
        'SELECT details_json FROM infolog_entries WHERE id = ?',
      ).get(entryId) as { details_json: string } | undefined;
      const details = entry
        ? (JSON.parse(entry.details_json) as { observerName?: string; organisation?: string })
        : {};
      return {
        entryId,
        name: details.observerName ?? '',
        organisation: details.organisation ?? '',
      };
    });
    const tripItems: TripItemView[] = items.map((item) => ({
      routeOrder: item.route_order,
      itemId: item.item_id,
      requestId: item.request_id,
      requestNumber: item.number,
      requesterName: item.full_name,
      requesterIin: item.iin,
      address: item.address,
      contactPhone: item.contact_phone,
      status: item.status,
    }));
    const fulfilled = tripItems.filter((item) => item.status === 'fulfilled').length;
    const returned = row.status === 'returned';
    return {
      tripId: row.id,
      number: row.number,
      status: row.status,
      members,
      plannedDeparture: { at: row.planned_departure, local: row.planned_departure_local },
      expectedReturn: { at: row.expected_return, local: row.expected_return_local },
      items: tripItems,
      departed: moment(row.departed_at, row.departed_local),
      observersTold: moment(row.observers_told_at, row.observers_told_local),
      observers,
      ballotsTaken: row.ballots_taken,
      returned: moment(row.returned_at, row.returned_local),
      ballotsUnused: row.ballots_unused,
      ballotsSpoiled: row.ballots_spoiled,
      fulfilled,
      discrepancy: returned
        ? (row.ballots_taken ?? 0) -
          fulfilled -
          (row.ballots_unused ?? 0) -
          (row.ballots_spoiled ?? 0)
        : null,
      discrepancyNote: row.discrepancy_note,
      cancelReason: row.cancel_reason,
      replans: row.replans,
    };
  }

  /**
   * Counts by kind and status, and voting day's home-voting figures: the ballots in force
   * issued at home are the `portable_box` ballots the turnout counts.
   */
  summary(votingDay: string): AccommodationSummary {
    const byKindStatus = cachedStatement(
      this.db,
      `SELECT kind, status, count(*) AS count FROM accommodation_items
       GROUP BY kind, status ORDER BY kind, status`,
    ).all() as AccommodationSummary['byKindStatus'];
    const requests = cachedStatement(
      this.db,
      `SELECT count(*) AS total,
         count(*) FILTER (WHERE EXISTS (SELECT 1 FROM accommodation_items i
           WHERE i.request_id = r.id AND i.final = 0)) AS open,
         count(*) FILTER (WHERE r.on_list = 0) AS not_on_list
       FROM accommodation_requests r`,
    ).get() as { total: number; open: number; not_on_list: number };
    const home = cachedStatement(
      this.db,
      `SELECT count(*) FILTER (WHERE status = 'fulfilled') AS fulfilled,
         count(*) FILTER (WHERE status = 'declined_late') AS declined_late,
         count(*) FILTER (WHERE final = 0) AS pending
       FROM accommodation_items WHERE kind = 'home_voting'`,
    ).get() as { fulfilled: number; declined_late: number; pending: number };
    const ballots = cachedStatement(
      this.db,
      "SELECT count(*) AS n FROM ballots WHERE place = 'portable_box' AND undone_at IS NULL",
    ).get() as { n: number };
    return {
      byKindStatus,
      requests: {
        total: requests.total,
        open: requests.open,
        closed: requests.total - requests.open,
        notOnList: requests.not_on_list,
      },
      homeVoting: {
        votingDay,
        ballotsIssued: ballots.n,
        fulfilled: home.fulfilled,
        declinedLate: home.declined_late,
        pending: home.pending,
      },
    };
  }
}
