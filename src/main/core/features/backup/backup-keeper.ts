/**
 * Continuous backups in the main process: a timer looks at the log every few seconds and, once
 * it has changed, writes a backup to the chair's folder after a quiet minute and at most four
 * and a half minutes after the first change not backed up (so within five minutes of any
 * change), and at once after every sync export. A missing, full or read-only stick is a status
 * with a stable code, never a thrown error: the ballots go on, and the next change tries again.
 */
import type { BackupProblem, BackupStatus } from '@shared/backup/backup-contract';
import { DomainError } from '@shared/result';
import { listBackups } from './backup-file';
import { ownLastSeq, writeBackup, type BackupSource } from './backup-writer';

export interface BackupTiming {
  /** How often the log is looked at. */
  pollMs: number;
  /** A backup waits for this long without a change… */
  quietMs: number;
  /** …but never longer than this after the first change it has not backed up. */
  maxDelayMs: number;
}

export const BACKUP_TIMING: BackupTiming = {
  pollMs: 10_000,
  quietMs: 60_000,
  maxDelayMs: 270_000,
};

const PROBLEM_CODES: readonly BackupProblem['code'][] = [
  'backup_folder_missing',
  'backup_store_unsealed',
  'disk_full',
  'read_only_medium',
  'io_error',
];

interface Written {
  at: string;
  file: string;
  seq: number;
}

export class BackupKeeper {
  private timer: NodeJS.Timeout | null = null;
  /** The log's newest row when the last backup was copied (null: none this run yet). */
  private backedRow: number | null = null;
  private firstChange: number | null = null;
  private lastChange: number | null = null;
  private seenRow: number | null = null;
  private running: Promise<void> | null = null;
  private last: Written | null = null;
  private lastLoadedFrom: string | null = null;
  private lastError: BackupProblem | null = null;

  constructor(
    private readonly source: BackupSource,
    /** The folder the chair named (the newest `backup.folder_set`), or null. */
    private readonly folder: () => string | null,
    private readonly timing: BackupTiming = BACKUP_TIMING,
    /** Real time for the timer (the app's clock may be a test's). */
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts the timer (it never keeps the process alive). */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(
      () => void this.tick().catch((e: unknown) => this.failed(e)),
      this.timing.pollMs,
    );
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One look at the log: a backup when the change has waited long enough. */
  async tick(): Promise<void> {
    const folder = this.folder();
    if (!this.source.db.open || folder === null || this.running) return;
    if (this.lastLoadedFrom !== folder) await this.loadLast(folder);
    const row = this.newestRow();
    if (row === this.backedRow) {
      this.firstChange = null;
      return;
    }
    const now = this.now();
    if (row !== this.seenRow) {
      this.seenRow = row;
      this.lastChange = now;
      this.firstChange ??= now;
    }
    const due = Math.min(
      (this.lastChange ?? now) + this.timing.quietMs,
      (this.firstChange ?? now) + this.timing.maxDelayMs,
    );
    if (now >= due) await this.backup();
  }

  /** After a sync export: a backup at once. */
  exported(): void {
    if (this.folder() !== null) void this.backup().catch((e: unknown) => this.failed(e));
  }

  /**
   * What went wrong outside an operation (the timer's backup, the one after an export): a
   * store closed meanwhile ends it quietly; anything else is a failed backup, in the status.
   */
  private failed(error: unknown): void {
    if (!this.source.db.open) return;
    const code = error instanceof DomainError ? error.code : null;
    this.lastError = {
      code: PROBLEM_CODES.find((c) => c === code) ?? 'io_error',
      at: new Date(this.source.clock.now()).toISOString(),
    };
  }

  /**
   * Writes a backup now (one at a time: a second call waits for the first, then writes its
   * own). Failures become the status's `lastError`; anything unexpected is thrown.
   */
  async backup(): Promise<BackupStatus> {
    while (this.running) await this.running;
    const folder = this.folder();
    if (folder === null) {
      throw new DomainError('backup_folder_not_set', 'No backup folder was named');
    }
    const run = this.write(folder);
    this.running = run;
    try {
      await run;
    } finally {
      this.running = null;
    }
    return this.status();
  }

  private async write(folder: string): Promise<void> {
    const row = this.newestRow();
    try {
      const { path, header } = await writeBackup(this.source, folder);
      this.backedRow = row;
      this.firstChange = null;
      this.last = { at: header.created_at, file: baseName(path), seq: header.last_seq };
      this.lastLoadedFrom = folder;
      this.lastError = null;
    } catch (error) {
      const code = error instanceof DomainError ? error.code : null;
      const known = PROBLEM_CODES.find((c) => c === code);
      if (!known) throw error;
      this.lastError = { code: known, at: new Date(this.source.clock.now()).toISOString() };
      // Tried again at the next change, or after the quiet time if nothing else changes.
      this.firstChange = this.now();
      this.lastChange = this.now();
    }
  }

  /** Where backups go, the newest one and the last failure. */
  async status(): Promise<BackupStatus> {
    const folder = this.folder();
    if (folder !== null && this.lastLoadedFrom !== folder) await this.loadLast(folder);
    const pending = this.source.db.open && this.newestRow() !== this.backedRow;
    return {
      folder,
      lastBackupAt: this.last?.at ?? null,
      lastBackupFile: this.last?.file ?? null,
      lastSeq: this.last?.seq ?? null,
      pending: folder !== null && pending,
      lastError: folder === null ? null : this.lastError,
    };
  }

  /** The newest backup of this laptop a folder already holds (from an earlier run). */
  private async loadLast(folder: string): Promise<void> {
    this.lastLoadedFrom = folder;
    this.last = null;
    try {
      const own = (await listBackups(folder)).backups.filter(
        (b) => b.header.device_id === this.source.deviceId,
      );
      const newest = own.at(-1);
      if (!newest) return;
      this.last = { at: newest.header.created_at, file: newest.name, seq: newest.header.last_seq };
      // A backup of the log as it stands is not written again at every start.
      if (this.backedRow === null && newest.header.last_seq === this.ownSeq()) {
        this.backedRow = this.newestRow();
      }
    } catch {
      // The folder cannot be read now: the next backup says why.
    }
  }

  private ownSeq(): number {
    return ownLastSeq(this.source.db, this.source.deviceId);
  }

  private newestRow(): number {
    const row = this.source.db
      .prepare<[], { row: number | null }>('SELECT max(rowid) AS row FROM events')
      .get();
    return row?.row ?? 0;
  }
}

function baseName(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}
