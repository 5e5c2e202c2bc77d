import { createHash, randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { DomainError } from '@shared/result';
import type { SyncExportRecord } from '@shared/sync/sync-contract';
import type { Clock } from '../../kernel/clock';
import type { Db } from '../../kernel/db/database';
import type { EventRow } from '../../kernel/events/event-log';
import { writeDurably } from '../../kernel/durable-file';
import { recordCheckpoint } from './checkpoint';
import {
  buildSyncFile,
  decodeSyncBody,
  decryptSyncBody,
  openSyncFile,
  type AttachmentPart,
  type SyncFileInput,
} from '../../airgap/sync-file';
import { deviceKey, requireKeys, type SyncKeys } from './sync-store';

interface ExportRow {
  export_id: string;
  exported_at: string;
  member_name: string | null;
  file_name: string;
  path: string;
  sha256: string;
  first_seq: number;
  last_seq: number;
  counts_json: string;
  full: number;
}

const recordOf = (row: ExportRow): SyncExportRecord => ({
  exportId: row.export_id,
  exportedAt: row.exported_at,
  memberName: row.member_name,
  fileName: row.file_name,
  path: row.path,
  sha256: row.sha256,
  firstSeq: row.first_seq,
  lastSeq: row.last_seq,
  counts: JSON.parse(row.counts_json) as Record<string, number>,
  full: row.full === 1,
});

interface EnrolledPayload {
  device_id: string;
  device_public_key: string;
  slot: number;
  slot_public_key: string;
  certificate: string;
}

/** This laptop's events to a sync file for the central commission (docs/sync-format.md). */
export class ExportService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /**
   * Writes the events of this device not exported before (or all of them: `full`), with the
   * list attachments their imports name; reads the file back and checks it before it records
   * the export and a signed checkpoint of the head. Nothing new: `nothing_to_export`, no file.
   */
  async export(
    path: string,
    full: boolean,
    actor: string | null,
  ): Promise<SyncExportRecord & { eventCount: number }> {
    const keys = requireKeys(this.db);
    const device = deviceKey(this.db);
    const after = full ? 0 : this.lastExportedSeq();
    const events = this.db
      .prepare<[string, number], EventRow>(
        'SELECT * FROM events WHERE device_id = ? AND seq > ? ORDER BY seq',
      )
      .all(device.deviceId, after);
    const last = events.at(-1);
    const first = events[0];
    if (!first || !last) {
      throw new DomainError('nothing_to_export', 'Every event of this laptop was exported already');
    }
    const createdAt = new Date(this.clock.now()).toISOString();
    const { bytes, header } = buildSyncFile({
      electionId: keys.election_id,
      precinctId: keys.precinct_id,
      deviceId: device.deviceId,
      devicePublicKey: device.publicKey,
      deviceKeyPem: device.privateKeyPem,
      certificate: {
        slot: keys.slot,
        slotPublicKey: keys.slot_public_key,
        signature: keys.certificate,
      },
      events,
      attachments: this.attachmentsOf(events),
      ...this.restoredRange(events),
      recipients: [keys.central_encryption_public_key, keys.encryption_public_key],
      createdAt,
    });
    await writeDurably(path, bytes);
    const written = readFileSync(path);
    if (!this.verifies(written, keys, last.hash, events.length)) {
      rmSync(path, { force: true });
      throw new DomainError('export_verify_failed', 'The file written does not read back intact');
    }
    const sha256 = createHash('sha256').update(written).digest('hex');
    const exportId = randomUUID();
    this.db
      .transaction(() => {
        this.db
          .prepare(
            `INSERT INTO sync_exports (export_id, exported_at, member_id, file_name, path, sha256,
               first_seq, last_seq, counts_json, full) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            exportId,
            createdAt,
            actor,
            basename(path),
            path,
            sha256,
            first.seq,
            last.seq,
            JSON.stringify(header.counts),
            full ? 1 : 0,
          );
        recordCheckpoint(this.db, device.privateKeyPem, {
          device_id: device.deviceId,
          seq: last.seq,
          head_hash: last.hash,
          signed_at: createdAt,
        });
      })
      .immediate();
    const record = this.history().find((r) => r.exportId === exportId);
    if (!record) throw new Error('The export was not recorded');
    return { ...record, eventCount: events.length };
  }

  /** This device's events, all and not exported yet. */
  pending(): { totalEvents: number; newEvents: number } {
    const device = deviceKey(this.db);
    const total =
      this.db
        .prepare<[string], { n: number | null }>(
          'SELECT max(seq) AS n FROM events WHERE device_id = ?',
        )
        .get(device.deviceId)?.n ?? 0;
    return { totalEvents: total, newEvents: total - this.lastExportedSeq() };
  }

  history(): SyncExportRecord[] {
    return this.db
      .prepare<[], ExportRow>(
        `SELECT e.*, m.full_name AS member_name FROM sync_exports e
         LEFT JOIN members m ON m.id = e.member_id ORDER BY e.exported_at DESC, e.rowid DESC`,
      )
      .all()
      .map(recordOf);
  }

  private lastExportedSeq(): number {
    return (
      this.db
        .prepare<[], { seq: number | null }>('SELECT max(last_seq) AS seq FROM sync_exports')
        .get()?.seq ?? 0
    );
  }

  /**
   * The replaced laptop's range (docs/sync-format.md, "The restored range"), when these events
   * hold this laptop's `backup.restored` with the backup's header: the old laptop's events up
   * to the backup's head, with its certificate from its own `sync.device_enrolled`.
   */
  private restoredRange(events: readonly EventRow[]): Pick<SyncFileInput, 'restored'> {
    const restore = events.find((e) => e.type === 'backup.restored');
    if (!restore) return {};
    const payload = JSON.parse(restore.payload_json) as {
      old_device_id: string;
      backup_header?: { last_seq: number; head_hash: string; device_public_key: string };
    };
    const backup = payload.backup_header;
    if (!backup || backup.last_seq < 1) return {};
    const old = this.db
      .prepare<[string, number], EventRow>(
        'SELECT * FROM events WHERE device_id = ? AND seq <= ? ORDER BY seq',
      )
      .all(payload.old_device_id, backup.last_seq);
    const enrolled = old
      .filter((e) => e.type === 'sync.device_enrolled')
      .map((e) => JSON.parse(e.payload_json) as EnrolledPayload)
      .findLast((p) => p.device_id === payload.old_device_id);
    // A laptop set up by hand had no certificate: nothing can vouch for its range.
    if (!enrolled || old.at(-1)?.hash !== backup.head_hash) return {};
    return {
      restored: {
        device: {
          deviceId: payload.old_device_id,
          devicePublicKey: enrolled.device_public_key,
          certificate: {
            slot: enrolled.slot,
            slotPublicKey: enrolled.slot_public_key,
            signature: enrolled.certificate,
          },
        },
        events: old,
        attachments: this.attachmentsOf(old),
      },
    };
  }

  /** The parts of the row attachments that exported list imports name. */
  private attachmentsOf(events: readonly EventRow[]): AttachmentPart[] {
    const parts: AttachmentPart[] = [];
    const select = this.db.prepare<[string], { id: string; part: number; bytes: Buffer }>(
      'SELECT id, part, bytes FROM attachments WHERE id = ? ORDER BY part',
    );
    for (const event of events) {
      if (event.type !== 'voters.imported') continue;
      const id = (JSON.parse(event.payload_json) as { import_id: string }).import_id;
      for (const row of select.all(id)) parts.push({ id: row.id, part: row.part, data: row.bytes });
    }
    return parts;
  }

  /** Reads a written file back as central would, with the precinct's own key. */
  private verifies(bytes: Buffer, keys: SyncKeys, headHash: string, count: number): boolean {
    const opened = openSyncFile(bytes);
    if (!opened.ok || opened.header.head_hash !== headHash) return false;
    const plain = decryptSyncBody(opened.header, opened.envelope.body, [
      { publicKey: keys.encryption_public_key, privateKeyPem: keys.encryption_key_pem },
    ]);
    if (!plain) return false;
    const decoded = decodeSyncBody(opened.header, plain);
    return decoded.ok && decoded.events.length === count;
  }
}
