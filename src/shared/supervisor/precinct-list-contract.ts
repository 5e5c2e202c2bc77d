/**
 * The dashboard's precincts, one page at a time (spread into `contract` in ../api.ts): a
 * national store holds some 10,459 precincts, so the main process filters, sorts and cuts the
 * page, and only that page crosses to the screen (docs/central-store.md, "The precincts
 * table").
 */
import { z } from 'zod';
import { op } from '../operation';
import type { DeviceView, PrecinctSummary, TurnoutCell } from './supervisor-contract';

/** The columns the precincts table can be ordered by. */
export const PRECINCT_SORTS = [
  'number',
  'name',
  'region',
  'lastSync',
  'voters',
  'ballots',
  'turnout',
  'openAlarms',
] as const;
export type PrecinctSort = (typeof PRECINCT_SORTS)[number];

/** The most rows one page holds. */
export const PRECINCT_PAGE_MAX = 100;
/** The longest search text: a number or a part of a name. */
export const PRECINCT_SEARCH_MAX = 100;

export interface PrecinctPage {
  /** Precincts that match the region and the search, over all pages. */
  total: number;
  /** The page asked for, in the order asked for. */
  precincts: PrecinctSummary[];
  /** Cumulative ballots by precinct-local hour of the page's precincts. */
  turnout: TurnoutCell[];
}

export interface DevicePage {
  /** Devices that match the search, over all pages. */
  total: number;
  /** The page asked for, by precinct number, then device id. */
  devices: DeviceView[];
}

export const precinctListOperations = {
  /**
   * One page of the precincts known to the store. `search`: digits find the precinct of that
   * number (listed first) and names holding them; other text finds names holding it, in any
   * case and either Cyrillic or Latin spelling (folded as voter names are).
   */
  listPrecincts: op<PrecinctPage>()(
    z
      .object({
        region: z.string().max(200).optional(),
        search: z.string().max(PRECINCT_SEARCH_MAX).optional(),
        sort: z.enum(PRECINCT_SORTS),
        descending: z.boolean(),
        limit: z.number().int().min(1).max(PRECINCT_PAGE_MAX),
        offset: z.number().int().min(0).max(1_000_000),
      })
      .strict(),
  ),
  /**
   * One page of the enrolled devices (a country's precincts have 1–3 laptops each). `search`:
   * a precinct's number or a part of its name, as for `listPrecincts`, or a part of a device id.
   */
  listDevicePage: op<DevicePage>()(
    z
      .object({
        search: z.string().max(PRECINCT_SEARCH_MAX).optional(),
        limit: z.number().int().min(1).max(PRECINCT_PAGE_MAX),
        offset: z.number().int().min(0).max(1_000_000),
      })
      .strict(),
  ),
};
