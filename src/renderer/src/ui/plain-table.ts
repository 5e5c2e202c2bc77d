import type { Language } from '@shared/roles';
import { formatMoment } from './moment';

/**
 * A register laid out once as plain text, headers and rows: what the screen, the CSV file and
 * the printed document all hold, column for column.
 */
export interface PlainTable {
  headers: string[];
  rows: string[][];
}

/** Writes a local moment for a spreadsheet (`2027-03-10 09:30`) or for reading. */
export type MomentStyle = 'sheet' | 'print';

/** A precinct-local moment in a table cell, in the table's style; '' for none. */
export function momentCell(local: string | null, style: MomentStyle, language: Language): string {
  if (!local) return '';
  return style === 'sheet' ? local.replace('T', ' ') : formatMoment(local, language);
}
