import type { TurnoutCell } from '@shared/supervisor/supervisor-contract';
import { NAME_ORDER } from '@shared/name-order';

export interface TurnoutTable {
  hours: number[];
  /** One row per precinct or region: its label and the cumulative ballots by each hour. */
  rows: { key: string; ballots: number[] }[];
}

/**
 * Lays cumulative turnout cells out as a table, one row per `rowOf(cell)` (a precinct or a
 * region) and one column per hour from the first to the last with figures. A region's cell for an hour is the sum of
 * its precincts'; a precinct without a figure for an hour keeps its figure from the hour before.
 */
export function turnoutTable(
  cells: TurnoutCell[],
  rowOf: (cell: TurnoutCell) => string,
): TurnoutTable {
  // Ballots outside voting day (hour -1) have no column; the hours between the first and
  // the last with figures all get one, so a quiet hour still shows.
  const day = cells.filter((cell) => cell.hour >= 0 && cell.hour <= 23);
  const first = Math.min(...day.map((cell) => cell.hour));
  const last = Math.max(...day.map((cell) => cell.hour));
  const hours = day.length > 0 ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : [];
  const byPrecinct = new Map<string, { row: string; ballots: Map<number, number> }>();
  for (const cell of day) {
    const entry = byPrecinct.get(cell.precinctId) ?? { row: rowOf(cell), ballots: new Map() };
    entry.ballots.set(cell.hour, cell.ballots);
    byPrecinct.set(cell.precinctId, entry);
  }
  const rows = new Map<string, number[]>();
  for (const { row, ballots } of byPrecinct.values()) {
    const sums = rows.get(row) ?? hours.map(() => 0);
    let carried = 0;
    hours.forEach((hour, index) => {
      carried = ballots.get(hour) ?? carried;
      sums[index] = (sums[index] ?? 0) + carried;
    });
    rows.set(row, sums);
  }
  return {
    hours,
    rows: [...rows.entries()]
      .sort(([a], [b]) => NAME_ORDER.compare(a, b))
      .map(([key, ballots]) => ({ key, ballots })),
  };
}

/** The end of a precinct-local hour as `HH:00` (hour 9's figures are the ballots by 10:00). */
export const hourEnd = (hour: number): string => `${String(hour + 1).padStart(2, '0')}:00`;
