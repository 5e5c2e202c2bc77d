import type { DevicePage } from '@shared/supervisor/precinct-list-contract';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import { checkPage, searchTerms, withFolding } from './precinct-list';
import { deviceViewOf, type DeviceRowView } from './supervisor-views';

/**
 * The devices screen, one page at a time: a country's precincts enrol some 20,000 laptops.
 * The search finds a precinct as the dashboard's does (its number first), or a part of a
 * device id; the rest go by precinct number, then device id.
 */

const FILTER = `(@search IS NULL OR p.number IS @number
  OR (@folded IS NOT NULL AND instr(fold_name(p.name), @folded) > 0)
  OR instr(lower(d.device_id), lower(@search)) > 0)`;

export function devicePage(
  db: Db,
  query: { search?: string | undefined; limit: number; offset: number },
): DevicePage {
  checkPage(query);
  withFolding(db);
  const params = searchTerms(query.search);
  const total = (
    cachedStatement(
      db,
      `SELECT count(*) AS n FROM devices d JOIN precincts p USING (precinct_id) WHERE ${FILTER}`,
    ).get(params) as { n: number }
  ).n;
  const rows = cachedStatement(
    db,
    `SELECT d.device_id, d.precinct_id, d.slot, d.enrolled_at, d.last_sync_at, d.head_seq,
       d.revoked_at, d.revoked_by, d.revoked_reason, r.old_device_id AS restored_from,
       r.old_last_seq AS restored_to_seq
     FROM devices d JOIN precincts p USING (precinct_id)
       LEFT JOIN restored_devices r ON r.new_device_id = d.device_id
     WHERE ${FILTER}
     ORDER BY (p.number IS @number) DESC, p.number, d.device_id LIMIT @limit OFFSET @offset`,
  ).all({ ...params, limit: query.limit, offset: query.offset }) as DeviceRowView[];
  return { total, devices: rows.map(deviceViewOf) };
}
