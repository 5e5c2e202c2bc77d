import type { EventType } from '../../../../shared/event-types';
import type { Clock } from '../clock';
import type { Db } from '../db/database';
import { canonicalJson } from './canonical-json';
import { eventHash, GENESIS_HASH } from './event-hash';
import { formatHlc, nextHlc, parseHlc } from './hlc';
import { eventPayloadSchemas, type EventPayloads, type StoredEvent } from './payloads';
import { applyEvent, PROJECTION_TABLES } from './projections';

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

/** Turns a stored row into a typed event (the payload is parsed against its schema). */
export function rowToEvent(row: EventRow): StoredEvent {
  const type = row.type as EventType;
  const schema = eventPayloadSchemas[type];
  if (!schema) throw new Error(`Unknown event type in the log: ${row.type}`);
  return {
    deviceId: row.device_id,
    seq: row.seq,
    hlc: row.hlc,
    type,
    actor: row.actor,
    payload: schema.parse(JSON.parse(row.payload_json)) as EventPayloads[EventType],
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/**
 * The append-only event log of this device. Every change is recorded here in the same
 * transaction that updates the projections, so the two can never disagree.
 */
export class EventLog {
  private readonly headStmt;
  private readonly insertStmt;
  private readonly latestHlcStmt;

  constructor(
    private readonly db: Db,
    readonly deviceId: string,
    private readonly clock: Clock,
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

  /** Appends one event and applies it to the projections, atomically. */
  record<T extends EventType>(
    type: T,
    actor: string | null,
    payload: EventPayloads[T],
  ): StoredEvent<T> {
    return this.append(type, actor, payload, true);
  }

  /**
   * Appends an event whose effect the caller has already written in the same transaction:
   * a bulk import writes its rows straight away instead of replaying them from the event.
   * A rebuild still applies the event as `record` would.
   */
  recordApplied<T extends EventType>(
    type: T,
    actor: string | null,
    payload: EventPayloads[T],
  ): StoredEvent<T> {
    if (!this.db.inTransaction) throw new Error('recordApplied runs inside the writer transaction');
    return this.append(type, actor, payload, false);
  }

  private append<T extends EventType>(
    type: T,
    actor: string | null,
    payload: EventPayloads[T],
    apply: boolean,
  ): StoredEvent<T> {
    const parsed = eventPayloadSchemas[type].parse(payload) as EventPayloads[T];
    const payloadJson = canonicalJson(parsed);
    const append = (): StoredEvent<T> => {
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
      const event: StoredEvent<T> = {
        deviceId: this.deviceId,
        seq,
        hlc,
        type,
        actor,
        payload: parsed,
        prevHash,
        hash,
      };
      if (apply) applyEvent(this.db, event);
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
export function rebuildProjections(db: Db): number {
  // Read in pages: a statement cannot be iterated while the same connection writes.
  const page = db.prepare<[string, string, number], EventRow>(
    `SELECT * FROM events WHERE (hlc, device_id, seq) > (?, ?, ?)
     ORDER BY hlc, device_id, seq LIMIT 1000`,
  );
  return db
    .transaction(() => {
      for (const table of PROJECTION_TABLES) db.prepare(`DELETE FROM ${table}`).run();
      let count = 0;
      let after: [string, string, number] = ['', '', 0];
      for (;;) {
        const rows = page.all(...after);
        for (const row of rows) applyEvent(db, rowToEvent(row));
        count += rows.length;
        const last = rows.at(-1);
        if (!last) return count;
        after = [last.hlc, last.device_id, last.seq];
      }
    })
    .immediate();
}

export type { EventRow };
