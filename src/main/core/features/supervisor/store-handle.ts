import type { Db } from '../../kernel/db/database';
import { openCentralDatabase } from './supervisor-db';

/** The central store of the app's data folder, opened on first use and kept open. */
export class SupervisorStore {
  private db: Db | null = null;

  constructor(readonly dataDir: string) {}

  /** The open store, or null while this folder is not in supervisor mode. */
  get(): Db | null {
    this.db ??= openCentralDatabase(this.dataDir);
    return this.db;
  }

  /** Creates the store (supervisor mode's first run). */
  create(): Db {
    this.db ??= openCentralDatabase(this.dataDir, true);
    return this.db as Db;
  }

  close(): void {
    this.db?.close();
    this.db = null;
  }
}
