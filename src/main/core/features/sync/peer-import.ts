import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { ImportFileResult, RejectCode } from '@shared/supervisor/supervisor-contract';
import type { Clock } from '../../kernel/clock';
import type { Db } from '../../kernel/db/database';
import { eventPayloadSchemas } from '../../events';
import type { SyncAlarms } from './alarms';
import { parseEnvelope, readEnvelopeFile, type EnvelopeProblem } from '../../airgap/container';
import {
  decodeSyncBody,
  decryptSyncBody,
  isCertified,
  openSyncFile,
  type SyncEvent,
  type SyncHeader,
} from '../../airgap/sync-file';
import { deviceKey, isRevoked, requireKeys, slotOfKey, type SyncKeys } from './sync-store';
import { peerAuthority, pinnedDeviceKey } from './peer-authority';
import type { ChainRefusal } from '../../kernel/events/chain-authority';
import type { EventRegistry } from '../../kernel/events/registry';

type Outcome = Omit<ImportFileResult, 'file'>;

const rejected = (code: RejectCode, header?: SyncHeader): Outcome => ({
  status: 'rejected',
  code,
  device: header?.device_id ?? null,
  precinctId: header?.precinct_id ?? null,
  firstSeq: header?.first_seq ?? null,
  lastSeq: header?.last_seq ?? null,
  newEvents: 0,
  waitingFor: null,
});

/**
 * The chair's laptop gathers the files of the precinct's other laptops: the same checks as the
 * central commission's (a device enrolled by this precinct's key, the same election, an intact
 * body that opens with the precinct's key, an unbroken chain), then the new events join the log
 * and the projections are rebuilt. A gap holds the file (kept here) until the events before it
 * arrive; a different history for a seq already held is a fork: refused, with an alarm.
 */
export class PeerImport {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly alarms: SyncAlarms,
    /** Empties the read tables and replays the whole log (see feature-list.ts). */
    private readonly rebuildProjections: () => void,
    /** Every event type's declaration: how each event is re-authorised here. */
    private readonly registry: EventRegistry,
    /** This laptop's device id: no file may claim it. */
    private readonly ownDeviceId: string,
  ) {}

  importFiles(paths: readonly string[]): ImportFileResult[] {
    const keys = requireKeys(this.db);
    const results: ImportFileResult[] = [];
    for (const path of paths) {
      const file = readEnvelopeFile(path, 'sync');
      let outcome: Outcome;
      if (!file.ok) {
        // A package offered here is not a sync file, whatever else is wrong with it.
        outcome = rejected(
          file.bytes && parseEnvelope(file.bytes, 'package').ok
            ? 'not_a_sync_file'
            : rejectCode(file.problem),
        );
      } else {
        outcome = this.importBytes(file.bytes ?? Buffer.alloc(0), basename(path), keys);
      }
      results.push({ file: path, ...outcome });
    }
    this.alarms.raiseDoubleBallots();
    return results;
  }

  private importBytes(bytes: Buffer, fileName: string, keys: SyncKeys): Outcome {
    const opened = openSyncFile(bytes);
    if (!opened.ok) return rejected(rejectCode(opened.problem));
    const { header } = opened;
    if (header.election_id !== keys.election_id) return rejected('wrong_election', header);
    // A device id belongs to one key: every file shows a certificate signed by one of the
    // precinct's slot keys (for the slot it names), this laptop's own id comes only with its
    // own key (its own file is simply already here), and a known device keeps the key it
    // first enrolled. A device the central store revoked (a newer package says) is refused.
    const pinned =
      header.device_id === this.ownDeviceId
        ? deviceKey(this.db).publicKey
        : pinnedDeviceKey(this.db, header.device_id);
    if (
      header.precinct_id !== keys.precinct_id ||
      !isCertified(header) ||
      (pinned !== null && pinned !== header.device_public_key)
    ) {
      return rejected('unknown_device', header);
    }
    if (slotOfKey(this.db, header.slot_public_key) !== header.slot) {
      return rejected('unknown_slot', header);
    }
    if (isRevoked(this.db, header.device_id, header.device_public_key)) {
      return rejected('revoked_device', header);
    }
    const plain = decryptSyncBody(header, opened.envelope.body, [
      { publicKey: keys.encryption_public_key, privateKeyPem: keys.encryption_key_pem },
    ]);
    if (!plain) return rejected('body_mismatch', header);
    const decoded = decodeSyncBody(header, plain);
    if (!decoded.ok) return rejected(decoded.problem, header);
    if (!decoded.events.every(isKnownEvent)) return rejected('malformed', header);
    const refused = this.authorise(header, decoded.events, keys);
    if (refused) {
      return {
        ...rejected('unauthorized_event', header),
        refusedEvent: { seq: refused.seq, type: refused.type },
      };
    }
    let outcome: Outcome;
    try {
      outcome = this.db
        .transaction(() => this.apply(header, decoded.events, decoded.attachments, bytes, fileName))
        .immediate();
    } catch {
      // Events this log cannot replay (the rebuild failed): nothing of the file stays.
      return rejected('malformed', header);
    }
    if (outcome.status === 'accepted') this.releaseHeld(header.device_id, keys);
    return outcome;
  }

  private apply(
    header: SyncHeader,
    events: SyncEvent[],
    attachments: { id: string; part: number; data: Buffer }[],
    bytes: Buffer,
    fileName: string,
  ): Outcome {
    const base = {
      code: null,
      device: header.device_id,
      precinctId: header.precinct_id,
      firstSeq: header.first_seq,
      lastSeq: header.last_seq,
    };
    const head =
      this.db
        .prepare<[string], { seq: number }>(
          'SELECT max(seq) AS seq FROM events WHERE device_id = ?',
        )
        .get(header.device_id)?.seq ?? 0;
    if (header.first_seq > head + 1) {
      this.db
        .prepare(
          `INSERT INTO sync_held_files (sha256, device_id, first_seq, last_seq, file_name, bytes,
             received_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING`,
        )
        .run(
          createHash('sha256').update(bytes).digest('hex'),
          header.device_id,
          header.first_seq,
          header.last_seq,
          fileName,
          bytes,
          new Date(this.clock.now()).toISOString(),
        );
      return {
        ...base,
        status: 'held',
        newEvents: 0,
        waitingFor: { from: head + 1, to: header.first_seq - 1 },
      };
    }
    // The seqs held here already must carry the very same history.
    const hashAt = this.db.prepare<[string, number], { hash: string }>(
      'SELECT hash FROM events WHERE device_id = ? AND seq = ?',
    );
    const firstKnownPrev =
      header.first_seq > 1 ? hashAt.get(header.device_id, header.first_seq - 1) : null;
    const fork = (seq: number, here: string, there: string): Outcome => {
      this.alarms.raise(`fork:${header.device_id}:${seq}`, 'fork', {
        device: header.device_id,
        seq,
        hash_here: here,
        hash_in_file: there,
        file: fileName,
      });
      return { ...rejected('fork', header) };
    };
    if (firstKnownPrev && firstKnownPrev.hash !== header.prev_hash) {
      return fork(header.first_seq - 1, firstKnownPrev.hash, header.prev_hash);
    }
    const fresh: SyncEvent[] = [];
    for (const event of events) {
      if (event.seq > head) {
        fresh.push(event);
        continue;
      }
      const known = hashAt.get(event.device_id, event.seq);
      if (known && known.hash !== event.hash) return fork(event.seq, known.hash, event.hash);
    }
    if (fresh.length === 0) {
      return { ...base, status: 'already_imported', newEvents: 0, waitingFor: null };
    }
    const insert = this.db.prepare(
      `INSERT INTO events (device_id, seq, hlc, type, actor, payload_json, prev_hash, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const e of fresh) {
      insert.run(e.device_id, e.seq, e.hlc, e.type, e.actor, e.payload_json, e.prev_hash, e.hash);
    }
    const part = this.db.prepare(
      'INSERT INTO attachments (id, part, bytes) VALUES (?, ?, ?) ON CONFLICT (id, part) DO NOTHING',
    );
    for (const a of attachments) part.run(a.id, a.part, a.data);
    // Every device's events replayed in time order: the log, not the order files came in, decides.
    this.rebuildProjections();
    return { ...base, status: 'accepted', newEvents: fresh.length, waitingFor: null };
  }

  /**
   * Re-authorises the file's events beyond what this laptop holds of the device, in seq order,
   * each by the rule its type declares; the first that fails refuses the whole file.
   */
  private authorise(header: SyncHeader, events: SyncEvent[], keys: SyncKeys): ChainRefusal | null {
    const head =
      this.db
        .prepare<[string], { seq: number | null }>(
          'SELECT max(seq) AS seq FROM events WHERE device_id = ?',
        )
        .get(header.device_id)?.seq ?? 0;
    // A file beyond a gap is judged when the gap is filled (it is held until then).
    if (header.first_seq > head + 1) return null;
    const authority = peerAuthority(this.db, this.registry, this.ownDeviceId, keys, header, head);
    for (const event of events) {
      if (event.seq <= head) continue;
      const refusal = authority.check({
        seq: event.seq,
        type: event.type,
        actor: event.actor,
        payload: JSON.parse(event.payload_json) as unknown,
      });
      if (refusal) return refusal;
    }
    return null;
  }

  /** Applies the files held for this device whose gap is now filled. */
  private releaseHeld(deviceId: string, keys: SyncKeys): void {
    for (;;) {
      const head =
        this.db
          .prepare<[string], { seq: number }>(
            'SELECT max(seq) AS seq FROM events WHERE device_id = ?',
          )
          .get(deviceId)?.seq ?? 0;
      const next = this.db
        .prepare<[string, number], { sha256: string; bytes: Buffer; file_name: string }>(
          `SELECT sha256, bytes, file_name FROM sync_held_files
           WHERE device_id = ? AND first_seq <= ? ORDER BY first_seq LIMIT 1`,
        )
        .get(deviceId, head + 1);
      if (!next) return;
      this.db.prepare('DELETE FROM sync_held_files WHERE sha256 = ?').run(next.sha256);
      this.importBytes(next.bytes, next.file_name, keys);
    }
  }
}

const rejectCode = (problem: EnvelopeProblem): RejectCode =>
  problem === 'not_a_package' ? 'not_a_sync_file' : problem;

/** An event this version knows, whose payload its schema accepts (a rebuild replays it). */
function isKnownEvent(event: SyncEvent): boolean {
  const schema = (
    eventPayloadSchemas as Record<string, { safeParse(v: unknown): { success: boolean } }>
  )[event.type];
  if (!schema) return false;
  try {
    return schema.safeParse(JSON.parse(event.payload_json)).success;
  } catch {
    return false;
  }
}
