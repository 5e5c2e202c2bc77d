import type { Role } from '@shared/roles';
import { DomainError } from '@shared/result';
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
import { EVENT_REGISTRY } from '../../feature-list';

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
      slot: header.slot,
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

/**
 * A supervisor's decision on an event not allowed: the event is accepted void when its file
 * comes again — kept in the device's chain (its hash holds the chain together), shown, never
 * counted, projected or judged — so the laptop's later files go in.
 */
export function acceptVoid(db: Db, alarmId: string): void {
  const row = cachedStatement(db, 'SELECT kind, subject_key FROM alarms WHERE alarm_id = ?').get(
    alarmId,
  ) as { kind: string; subject_key: string } | undefined;
  const at = row?.subject_key.lastIndexOf(':') ?? -1;
  if (!row || row.kind !== 'unauthorized_event' || at < 0) {
    throw new DomainError('invalid_input', 'Only an event not allowed can be accepted void');
  }
  cachedStatement(
    db,
    'INSERT OR IGNORE INTO void_events (device_id, seq, alarm_id) VALUES (?, ?, ?)',
  ).run(row.subject_key.slice(0, at), Number(row.subject_key.slice(at + 1)), alarmId);
}

/** The seqs of a device's events accepted void. */
export function voidSeqs(db: Db, deviceId: string): Set<number> {
  const rows = cachedStatement(db, 'SELECT seq FROM void_events WHERE device_id = ?').all(
    deviceId,
  ) as { seq: number }[];
  return new Set(rows.map((r) => r.seq));
}
