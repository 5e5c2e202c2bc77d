import type { EntryDetailsOf } from '@shared/infolog/entry-schemas';
import type { Ballot } from '@shared/protocol/ballot';
import type {
  CopyIssuedView,
  DayMember,
  LaptopState,
  MemberBalance,
  OpeningView,
  ProtocolVersionView,
  VotingDayView,
} from '@shared/protocol/protocol-contract';
import type { ProtocolPayload } from '@shared/protocol/protocol-events';
import { defaultProtocolLines } from '@shared/protocol/protocol-line-labels';
import type { ProtocolLine } from '@shared/protocol/protocol-lines';
import {
  DEFAULT_PROTOCOL_SETTINGS,
  quorumFor,
  TURNOUT_REPORT_HOURS,
  type QuorumRule,
} from '@shared/protocol/protocol-settings';
import type { Role } from '@shared/roles';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import { hlcToIso } from '../../kernel/events/hlc';
import { can } from '../../kernel/permissions';
import { voterCount } from '../voters';

const all = <T>(db: Db, sql: string, ...values: unknown[]): T[] =>
  cachedStatement(db, sql).all(...values) as T[];
const one = <T>(db: Db, sql: string, ...values: unknown[]): T | undefined =>
  cachedStatement(db, sql).get(...values) as T | undefined;

interface DayRow {
  opened_at: string;
  opening_json: string;
  closed_at: string | null;
  closed_hlc: string | null;
}

/** The voting day as the screens show it: read from the protocol tables and the ballots. */
export class ProtocolReader {
  constructor(private readonly db: Db) {}

  settings(): { ballot: Ballot | null; quorumRule: QuorumRule; lines: ProtocolLine[] } {
    const row = one<{
      ballot_json: string | null;
      quorum_rule: QuorumRule;
      lines_json: string | null;
    }>(this.db, 'SELECT ballot_json, quorum_rule, lines_json FROM protocol_settings WHERE id = 1');
    return {
      ballot: row?.ballot_json ? (JSON.parse(row.ballot_json) as Ballot) : null,
      quorumRule: row?.quorum_rule ?? DEFAULT_PROTOCOL_SETTINGS.quorum,
      lines: row?.lines_json
        ? (JSON.parse(row.lines_json) as ProtocolLine[])
        : defaultProtocolLines(),
    };
  }

  members(): DayMember[] {
    return all<{ id: string; full_name: string; role: Role }>(
      this.db,
      'SELECT id, full_name, role FROM members WHERE active = 1 ORDER BY rowid',
    ).map((m) => ({
      id: m.id,
      name: m.full_name,
      role: m.role,
      issues: can(m.role, 'ballot.issue'),
    }));
  }

  quorumNeeded(): number {
    return quorumFor(this.settings().quorumRule, this.members().length);
  }

  day(): DayRow | undefined {
    return one<DayRow>(
      this.db,
      'SELECT opened_at, opening_json, closed_at, closed_hlc FROM protocol_day WHERE id = 1',
    );
  }

  opening(): OpeningView | null {
    const day = this.day();
    if (!day) return null;
    const p = JSON.parse(day.opening_json) as ProtocolPayload<'voting.opened'>;
    const observers = new Map(this.observers(false).map((o) => [o.entryId, o]));
    return {
      openedAt: day.opened_at,
      presentMemberIds: p.present_member_ids,
      quorum: p.quorum,
      ballotsReceived: p.ballots_received,
      serialFrom: p.serial_from,
      serialTo: p.serial_to,
      allocations: p.allocations.map((a) => ({ memberId: a.member_id, ballots: a.ballots })),
      boxes: p.boxes,
      observers: p.observer_entry_ids.map(
        (id) => observers.get(id) ?? { entryId: id, name: id, organisation: '' },
      ),
    };
  }

  /** Observers in the information log (present now only, or every one not withdrawn). */
  observers(presentOnly: boolean): { entryId: string; name: string; organisation: string }[] {
    return all<{ id: string; details_json: string }>(
      this.db,
      `SELECT id, details_json FROM infolog_entries WHERE kind = 'observer'
         AND withdrawn_at IS NULL ${presentOnly ? 'AND departed_at IS NULL' : ''}
       ORDER BY occurred_at`,
    ).map((row) => {
      const details = JSON.parse(row.details_json) as {
        observerName: string;
        organisation: string;
      };
      return { entryId: row.id, name: details.observerName, organisation: details.organisation };
    });
  }

  /** Copies of the voting day's documents issued to observers, as the information log has them. */
  copiesIssued(): CopyIssuedView[] {
    return all<{ id: string; occurred_at: string; details_json: string }>(
      this.db,
      `SELECT id, occurred_at, details_json FROM infolog_entries WHERE kind = 'copy_issued'
         AND withdrawn_at IS NULL ORDER BY occurred_at, id`,
    ).map((row) => {
      const details = JSON.parse(row.details_json) as EntryDetailsOf<'copy_issued'>;
      return {
        entryId: row.id,
        observerName: details.observerName,
        organisation: details.organisation,
        document: details.document,
        version: details.version,
        issuedAt: row.occurred_at,
      };
    });
  }

  /** Ballots issued and in force (not undone), by member and place. */
  private issued(): Map<string, { station: number; home: number }> {
    const counts = new Map<string, { station: number; home: number }>();
    for (const row of all<{ issued_by: string | null; place: string; n: number }>(
      this.db,
      `SELECT issued_by, place, count(*) AS n FROM ballots WHERE undone_at IS NULL
       GROUP BY issued_by, place`,
    )) {
      const key = row.issued_by ?? '';
      const entry = counts.get(key) ?? { station: 0, home: 0 };
      if (row.place === 'station') entry.station += row.n;
      else entry.home += row.n;
      counts.set(key, entry);
    }
    return counts;
  }

  /** Ballots a member holds now (what a move or a spoiled ballot may take from). */
  inHand(memberId: string): number {
    return this.balances().find((b) => b.memberId === memberId)?.inHand ?? 0;
  }

  stock(): number {
    const day = this.day();
    if (!day) return 0;
    const received = (JSON.parse(day.opening_json) as ProtocolPayload<'voting.opened'>)
      .ballots_received;
    const out = one<{ out: number | null; back: number | null }>(
      this.db,
      `SELECT sum(CASE WHEN from_member_id IS NULL THEN ballots ELSE 0 END) AS out,
              sum(CASE WHEN to_member_id IS NULL THEN ballots ELSE 0 END) AS back
       FROM protocol_moves`,
    );
    return received - (out?.out ?? 0) + (out?.back ?? 0);
  }

  balances(): MemberBalance[] {
    const members = this.members();
    const names = new Map(members.map((m) => [m.id, m.name]));
    const taken = new Map<string, number>();
    const passed = new Map<string, number>();
    for (const move of all<{
      from_member_id: string | null;
      to_member_id: string | null;
      ballots: number;
    }>(this.db, 'SELECT from_member_id, to_member_id, ballots FROM protocol_moves')) {
      if (move.to_member_id)
        taken.set(move.to_member_id, (taken.get(move.to_member_id) ?? 0) + move.ballots);
      if (move.from_member_id) {
        passed.set(move.from_member_id, (passed.get(move.from_member_id) ?? 0) + move.ballots);
      }
    }
    const spoiled = new Map(
      all<{ member_id: string; n: number }>(
        this.db,
        'SELECT member_id, count(*) AS n FROM protocol_spoiled GROUP BY member_id',
      ).map((r) => [r.member_id, r.n]),
    );
    const issued = this.issued();
    const ids = new Set([
      ...members.filter((m) => m.issues).map((m) => m.id),
      ...taken.keys(),
      ...[...issued.keys()].filter((id) => id !== ''),
      ...spoiled.keys(),
    ]);
    return [...ids].map((memberId) => {
      const t = taken.get(memberId) ?? 0;
      const p = passed.get(memberId) ?? 0;
      const i = issued.get(memberId) ?? { station: 0, home: 0 };
      const s = spoiled.get(memberId) ?? 0;
      return {
        memberId,
        name: names.get(memberId) ?? memberId,
        taken: t,
        passed: p,
        issuedAtStation: i.station,
        issuedAtHome: i.home,
        spoiled: s,
        inHand: t - p - i.station - i.home - s,
      };
    });
  }

  totals(): VotingDayView['totals'] {
    let issuedAtStation = 0;
    let issuedAtHome = 0;
    for (const counts of this.issued().values()) {
      issuedAtStation += counts.station;
      issuedAtHome += counts.home;
    }
    const spoiled =
      one<{ n: number }>(this.db, 'SELECT count(*) AS n FROM protocol_spoiled')?.n ?? 0;
    return { issuedAtStation, issuedAtHome, spoiled };
  }

  /** Whether the report of `hour` is marked sent. */
  reportSent(hour: string): boolean {
    return (
      one(this.db, 'SELECT 1 AS sent FROM protocol_turnout_reports WHERE hour = ?', hour) !==
      undefined
    );
  }

  reports(localNow: string, votingDay: string): VotingDayView['reports'] {
    const sent = new Map(
      all<{ hour: string; voters_voted: number; sent_at: string }>(
        this.db,
        'SELECT hour, voters_voted, sent_at FROM protocol_turnout_reports',
      ).map((r) => [r.hour, r]),
    );
    const opened = this.day() !== undefined;
    return TURNOUT_REPORT_HOURS.map((hour) => {
      const row = sent.get(hour);
      return {
        hour,
        sentAt: row?.sent_at ?? null,
        votersVoted: row?.voters_voted ?? null,
        due: opened && !row && localNow >= `${votingDay}T${hour}`,
      };
    });
  }

  versions(): ProtocolVersionView[] {
    const members = new Map(
      all<{ id: string; full_name: string; role: string }>(
        this.db,
        'SELECT id, full_name, role FROM members',
      ).map((m) => [m.id, m]),
    );
    return all<{
      protocol_id: string;
      version: number;
      supersedes: string | null;
      correction_reason: string | null;
      figures_json: string;
      explanations_json: string;
      signed_by_json: string;
      signed_at: string;
    }>(this.db, 'SELECT * FROM protocol_versions ORDER BY version').map((row) => ({
      protocolId: row.protocol_id,
      version: row.version,
      supersedes: row.supersedes,
      correctionReason: row.correction_reason,
      figures: JSON.parse(row.figures_json) as ProtocolVersionView['figures'],
      explanations: JSON.parse(row.explanations_json) as Record<string, string>,
      signedBy: (JSON.parse(row.signed_by_json) as string[]).map((id) => {
        const m = members.get(id);
        return { id, name: m?.full_name ?? id, role: m?.role ?? 'member' };
      }),
      signedAt: row.signed_at,
    }));
  }

  /** Voters on the list and ballot events at the station: what the figures are checked against. */
  control(): VotingDayView['control'] {
    return {
      voters_on_list: voterCount(this.db),
      ballot_events_at_station: this.totals().issuedAtStation,
    };
  }

  /**
   * The precinct's laptops (its package's slots) and whether each one's events after the
   * close have reached this laptop: a laptop has exported after the close when this laptop
   * holds an event of it recorded later than the close (imported from its file).
   */
  laptops(ownDeviceId: string): LaptopState[] {
    const closedHlc = this.day()?.closed_hlc ?? null;
    const ownSlot = one<{ slot: number }>(this.db, 'SELECT slot FROM sync_keys WHERE id = 1')?.slot;
    const enrolled = new Map<number, string>();
    for (const row of all<{ device_id: string; slot: number }>(
      this.db,
      `SELECT json_extract(payload_json, '$.device_id') AS device_id,
              json_extract(payload_json, '$.slot') AS slot
       FROM events WHERE type = 'sync.device_enrolled' ORDER BY hlc`,
    )) {
      enrolled.set(row.slot, row.device_id);
    }
    if (ownSlot !== undefined) enrolled.set(ownSlot, ownDeviceId);
    return all<{ slot: number; label: string | null }>(
      this.db,
      'SELECT slot, label FROM sync_slots ORDER BY slot',
    ).map(({ slot, label }) => {
      const deviceId = enrolled.get(slot) ?? null;
      const own = deviceId === ownDeviceId;
      const last = deviceId
        ? (one<{ hlc: string | null }>(
            this.db,
            'SELECT max(hlc) AS hlc FROM events WHERE device_id = ?',
            deviceId,
          )?.hlc ?? null)
        : null;
      return {
        slot,
        label,
        own,
        deviceId,
        lastEventAt: last ? hlcToIso(last) : null,
        exportedAfterClose: closedHlc !== null && (own || (last !== null && last > closedHlc)),
      };
    });
  }
}
