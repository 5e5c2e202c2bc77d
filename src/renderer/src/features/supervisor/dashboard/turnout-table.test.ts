import { describe, expect, it } from 'vitest';
import type { TurnoutCell } from '@shared/supervisor/supervisor-contract';
import { hourEnd, turnoutTable } from './turnout-table';

const cell = (precinctId: string, region: string, hour: number, ballots: number): TurnoutCell => ({
  precinctId,
  region,
  hour,
  ballots,
});

describe('turnoutTable', () => {
  const cells = [
    cell('p1', 'Almaty', 8, 5),
    cell('p1', 'Almaty', 10, 12),
    cell('p2', 'Almaty', 9, 3),
    cell('p3', 'Abai', 10, 7),
  ];

  it('lays precincts out by hour, carrying a figure to hours without one', () => {
    expect(turnoutTable(cells, (c) => c.precinctId)).toEqual({
      hours: [8, 9, 10],
      rows: [
        { key: 'p1', ballots: [5, 5, 12] },
        { key: 'p2', ballots: [0, 3, 3] },
        { key: 'p3', ballots: [0, 0, 7] },
      ],
    });
  });

  it('sums a region over its precincts', () => {
    expect(turnoutTable(cells, (c) => c.region).rows).toEqual([
      { key: 'Abai', ballots: [0, 0, 7] },
      { key: 'Almaty', ballots: [5, 8, 15] },
    ]);
  });

  it('gives quiet hours a column and leaves out ballots of another day', () => {
    const table = turnoutTable(
      [cell('p1', 'A', 8, 1), cell('p1', 'A', 11, 4), cell('p1', 'A', -1, 9)],
      (c) => c.precinctId,
    );
    expect(table).toEqual({ hours: [8, 9, 10, 11], rows: [{ key: 'p1', ballots: [1, 1, 1, 4] }] });
    expect(turnoutTable([cell('p1', 'A', -1, 2)], (c) => c.precinctId)).toEqual({
      hours: [],
      rows: [],
    });
  });

  it('names an hour by its end', () => {
    expect(hourEnd(9)).toBe('10:00');
    expect(hourEnd(23)).toBe('24:00');
  });
});
