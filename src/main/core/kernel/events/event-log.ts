import type { Clock } from '../clock';
import type { Db } from '../db/database';
import { canonicalJson } from './canonical-json';
import { eventHash, GENESIS_HASH } from './event-hash';
import { formatHlc, nextHlc, parseHlc } from './hlc';
import type { LoggedEvent } from './logged-event';
import type { EventRegistry } from './registry';

interface EventRow {
  device_id: string;
  seq: number;
  hlc: string;
  type: string;
  actor: string | null;
  payload_json: string;
  prev_hash: string;
  hash: string;
}

/** Turns a stored row into an event (the payload is parsed against its type's schema). */
export function rowToEvent(registry: EventRegistry, row: EventRow): LoggedEvent {
  return {
    deviceId: row.device_id,
    seq: row.seq,
    hlc: row.hlc,
    type: row.type,
    actor: row.actor,
    payload: registry.parse(row.type, JSON.parse(row.payload_json)),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/**
 * The append-only event log of this device. Every change is recorded here in the same
 * transaction that updates the projections, so the two can never disagree. `PM` maps each
 * event type to its payload (the composition root names it for the features).
 */
export class EventLog<PM extends Record<string, unknown> = Record<string, unknown>> {
  private readonly headStmt;
  private readonly insertStmt;
  private readonly latestHlcStmt;

  constructor(
    private readonly db: Db,
    readonly deviceId: string,
    private readonly clock: Clock,
    private readonly registry: EventRegistry,
  ) {
    this.headStmt = db.prepare<[string], { seq: number; hash: string; hlc: string }>(
      'SELECT seq, hash, hlc FROM events WHERE device_id = ? ORDER BY seq DESC LIMIT 1',
    );
    this.insertStmt = db.prepare(
      `INSERT INTO events (device_id, seq, hlc, type, actor, payload_json, prev_hash, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.latestHlcStmt = db.prepare<[], { hlc: string | null }>(
      'SELECT max(hlc) AS hlc FROM events',
    );
  }

  /**
   * Appends one event and applies it to the projections, atomically; the type's guard may
   * refuse it first (nothing is written then).
   */
  record<T extends keyof PM & string>(
    type: T,
    actor: string | null,
    payload: PM[T],
  ): LoggedEvent<T, PM[T]> {
    return this.append(type, actor, payload, true);
  }

  /**
   * Appends an event whose effect the caller has already written in the same transaction:
   * a bulk import writes its rows straight away instead of replaying them from the event.
   * A rebuild still applies the event as `record` would.
   */
  recordApplied<T extends keyof PM & string>(
    type: T,
    actor: string | null,
    payload: PM[T],
  ): LoggedEvent<T, PM[T]> {
    if (!this.db.inTransaction) throw new Error('recordApplied runs inside the writer transaction');
    return this.append(type, actor, payload, false);
  }

  private append<T extends keyof PM & string>(
    type: T,
    actor: string | null,
    payload: PM[T],
    apply: boolean,
  ): LoggedEvent<T, PM[T]> {
    const parsed = this.registry.parse(type, payload) as PM[T];
    const payloadJson = canonicalJson(parsed);
    const append = (): LoggedEvent<T, PM[T]> => {
      // The type's own rule for a new event of this laptop (one ballot in force per voter):
      // checked in this transaction, so nothing slips in between the check and the append.
      this.registry.guard(this.db, type, parsed);
      const head = this.headStmt.get(this.deviceId);
      const latest = this.latestHlcStmt.get()?.hlc ?? null;
      const seq = (head?.seq ?? 0) + 1;
      const prevHash = head?.hash ?? GENESIS_HASH;
      const hlc = formatHlc(nextHlc(latest ? parseHlc(latest) : null, this.clock.now()));
      const hash = eventHash(prevHash, {
        deviceId: this.deviceId,
        seq,
        hlc,
        type,
        actor,
        payloadJson,
      });
      this.insertStmt.run(this.deviceId, seq, hlc, type, actor, payloadJson, prevHash, hash);
      const event: LoggedEvent<T, PM[T]> = {
        deviceId: this.deviceId,
        seq,
        hlc,
        type,
        actor,
        payload: parsed,
        prevHash,
        hash,
      };
      if (apply) this.registry.apply(this.db, event);
      return event;
    };
    // Inside a caller's transaction the append joins it; alone it gets its own.
    return this.db.inTransaction ? append() : this.db.transaction(append).immediate();
  }

  /** The wall time of the newest event, or null on an empty log. */
  latestEventTime(): number | null {
    const latest = this.latestHlcStmt.get()?.hlc;
    return latest ? parseHlc(latest).physical : null;
  }
}

/** Empties the projections and replays every event, in time order, to refill them. */
export function rebuildProjections(db: Db, registry: EventRegistry): number {
  // Read in pages: a statement cannot be iterated while the same connection writes.
  const page = db.prepare<[string, string, number], EventRow>(
    `SELECT * FROM events WHERE (hlc, device_id, seq) > (?, ?, ?)
     ORDER BY hlc, device_id, seq LIMIT 1000`,
  );
  return db
    .transaction(() => {
      for (const table of registry.projectionTables) db.prepare(`DELETE FROM ${table}`).run();
      let count = 0;
      let after: [string, string, number] = ['', '', 0];
      for (;;) {
        const rows = page.all(...after);
        for (const row of rows) registry.apply(db, rowToEvent(registry, row));
        count += rows.length;
        const last = rows.at(-1);
        if (!last) return count;
        after = [last.hlc, last.device_id, last.seq];
      }
    })
    .immediate();
}

export type { EventRow };
