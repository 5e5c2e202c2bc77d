import { z } from 'zod';
import type { ChainReport } from '../audit/audit-contract';
import { fileHandleSchema } from '../files/files-contract';
import { op } from '../operation';
import type { ImportRun } from './supervisor-contract';

/**
 * A precinct laptop handed back to the central commission, opened with the commission's key
 * (the door's `central_wrap`, docs/at-rest.md): read only, its folder never written. Its
 * refusals' codes are in returned-laptop-errors.ts.
 */

/** What a returned laptop's store says of itself. */
export interface ReturnedLaptop {
  precinct: { precinctId: string | null; number: number; name: string } | null;
  electionId: string | null;
  /** This laptop's device id and the package's laptop slot it took. */
  deviceId: string | null;
  slot: number | null;
  /** Events in its log (every device's), and this laptop's own last sequence number. */
  events: number;
  lastSeq: number;
  chain: ChainReport;
  /** Its last sync export, and how many of its own events came after it. */
  lastExport: { exportedAt: string; lastSeq: number; fileName: string } | null;
  unexported: number;
  /** Closed after its final export (door mode `closed`). */
  closed: boolean;
  /** Signed protocol versions recorded on it. */
  protocolVersions: { version: number; signedAt: string }[];
}

const folder = z.object({
  /** A folder handle (showOpenDialog with `directories`, or bindOpenFile with `folders`). */
  handle: fileHandleSchema,
});

export const returnedLaptopOperations = {
  /** Opens a returned laptop's folder with the commission's key; writes nothing there. */
  openReturnedLaptop: op<ReturnedLaptop>()(folder),
  /**
   * Exports every event of the returned laptop to a sync file (in a private temporary folder)
   * and imports it into the central store, as a file the laptop brought would be.
   */
  importReturnedLaptop: op<ImportRun>()(folder),
};
