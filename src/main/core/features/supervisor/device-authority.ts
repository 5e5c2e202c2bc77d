import type { Role } from '../../../../shared/roles';
import { EVENT_REGISTRY } from '../../feature-list';
import {
  addPackage,
  emptyFacts,
  packageRoster,
  saysPackage,
  type PackageView,
} from '../../airgap/package-facts';
import type { SyncHeader } from '../../airgap/sync-file';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import { ChainAuthority } from '../../kernel/events/chain-authority';

const definition = (type: string) => EVENT_REGISTRY.definition(type);

/**
 * The judge of one device's events in the central store: what the precinct's package says
 * (its members, setup, deadlines, list file, as the store made it), then the device's own
 * member events as accepted so far (device_members).
 */
export function deviceAuthority(
  db: Db,
  precinctId: string,
  header: SyncHeader,
  centralFingerprint: string,
): ChainAuthority {
  const precinct = cachedStatement(
    db,
    'SELECT content_json FROM precincts WHERE precinct_id = ?',
  ).get(precinctId) as { content_json: string } | undefined;
  const members = cachedStatement(
    db,
    'SELECT member_id, full_name, role FROM precinct_members WHERE precinct_id = ?',
  ).all(precinctId) as { member_id: string; full_name: string; role: Role }[];
  const content = JSON.parse(precinct?.content_json ?? '{}') as Partial<PackageView> & {
    voters_sha256?: string;
  };
  const facts = emptyFacts();
  if (content.election && content.precinct) {
    addPackage(facts, {
      election: content.election,
      precinct: content.precinct,
      members,
      ...(content.voters_sha256 ? { voters: { sha256: content.voters_sha256 } } : {}),
    });
  }
  // A store made before packages recorded their list file's hash cannot compare it.
  if (!content.voters_sha256) facts.listFiles = null;
  const roster = packageRoster(facts);
  const own = cachedStatement(
    db,
    'SELECT member_id, role, active FROM device_members WHERE device_id = ?',
  ).all(header.device_id) as { member_id: string; role: Role; active: number }[];
  for (const m of own) roster.set(m.member_id, { role: m.role, active: m.active === 1 });
  return new ChainAuthority(
    definition,
    roster,
    saysPackage(facts, {
      deviceId: header.device_id,
      publicKey: header.device_public_key,
      centralFingerprint,
    }),
  );
}

/** Keeps the device's roster as its accepted events left it (in the file's transaction). */
export function storeRoster(db: Db, deviceId: string, authority: ChainAuthority): void {
  const upsert = cachedStatement(
    db,
    `INSERT INTO device_members (device_id, member_id, role, active) VALUES (?, ?, ?, ?)
     ON CONFLICT (device_id, member_id) DO UPDATE SET role = excluded.role,
       active = excluded.active`,
  );
  for (const [memberId, entry] of authority.changed()) {
    upsert.run(deviceId, memberId, entry.role, entry.active ? 1 : 0);
  }
}
