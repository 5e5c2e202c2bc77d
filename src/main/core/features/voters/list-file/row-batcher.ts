/** Numbers records as spreadsheet rows, skips empty ones and hands rows on in batches. */
import type { HeaderLayout } from './header';
import type { OnBatch, SourceRow, VoterColumn } from './types';

/** Rows handed on at a time: small enough that a batch dies young (see CHUNK_SIZE). */
export const BATCH_SIZE = 250;

/** A record is empty when every cell is blank (an empty line, or only delimiters). */
function isEmptyRecord(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as string;
    if (cell.length > 0 && cell.trim() !== '') return false;
  }
  return true;
}

export class RowBatcher {
  /** The last row number given out; the header is row 1. */
  private row = 1;
  private batch: SourceRow[] = [];
  private readonly columns: readonly VoterColumn[];
  private readonly indexes: readonly number[];

  constructor(
    readonly header: HeaderLayout,
    private readonly onBatch: OnBatch,
  ) {
    this.columns = header.columns.map((c) => c.column);
    this.indexes = header.columns.map((c) => c.index);
  }

  /** Adds records[from…] as the next rows, awaiting onBatch whenever a batch is full. */
  async addRecords(records: readonly (readonly string[])[], from = 0): Promise<void> {
    const { columns, indexes } = this;
    const headerCount = this.header.headerCount;
    for (let r = from; r < records.length; r++) {
      const cells = records[r] as readonly string[];
      const row = ++this.row;
      if (isEmptyRecord(cells)) continue;
      const fields: Partial<Record<VoterColumn, string>> = {};
      for (let k = 0; k < columns.length; k++) {
        const index = indexes[k] as number;
        if (index < cells.length)
          fields[columns[k] as VoterColumn] = (cells[index] as string).trim();
      }
      this.batch.push({ row, cellCount: cells.length, headerCount, fields });
      if (this.batch.length >= BATCH_SIZE) await this.flush();
    }
  }

  /** Hands on the rows gathered so far. */
  async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    await this.onBatch(batch);
  }
}
