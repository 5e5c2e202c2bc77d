/**
 * What a key backup carries (docs/key-backup.md, "The body"): the central keys and the package
 * registry — every precinct with its encryption key, revision, members' ids and its list's
 * IINs, its device slots (public halves, and the private half of each slot not used yet), the
 * packages made, and the devices registered with their slot and any revocation. Enough for a
 * second store to read every precinct's sync files, to make newer revisions with the same keys
 * and member ids, and to refuse what the first refuses. Events, alarms and imports are not in
 * it: they come again from the sync files.
 */
import { z } from 'zod';
import { DomainError } from '@shared/result';
import type { Db } from '../../kernel/db/database';
import { keyFingerprint, publicKeyOf } from '../../airgap/keys';
import { refreshListConflicts } from './conflicts';

export const REGISTRY_FORMAT = 'precinct-desk/key-registry' as const;

const text = z.string().max(100_000);
const nullableText = text.nullable();
const count = z.number().int().min(0);

const centralSchema = z
  .object({
    signing_public_key: text,
    signing_key_pem: text,
    encryption_public_key: text,
    encryption_key_pem: text,
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
    created_at: text,
  })
  .strict();

const precinctSchema = z
  .object({
    precinct_id: text,
    election_id: text,
    number: z.number().int(),
    name: text,
    region: text,
    district: text,
    time_zone: text,
    voting_day: text,
    content_json: text,
    encryption_public_key: text,
    encryption_key_pem: text,
    revision: count,
    voters: count,
    updated_at: text,
    members: z.array(z.object({ member_id: text, full_name: text, role: text }).strict()),
    slots: z.array(
      z
        .object({
          slot: z.number().int().min(1),
          label: nullableText,
          public_key: text,
          key_pem: nullableText,
          created_at: text,
        })
        .strict(),
    ),
    packages: z.array(
      z
        .object({
          package_id: text,
          revision: count,
          sha256: text,
          voter_rows: count,
          path: text,
          created_at: text,
        })
        .strict(),
    ),
    /** The IINs of its package's list, 12 digits each, one after another. */
    list_iins: z.string().regex(/^(?:\d{12})*$/),
  })
  .strict();

const deviceSchema = z
  .object({
    device_id: text,
    precinct_id: text,
    public_key: text,
    slot: z.number().int().nullable(),
    enrolled_at: text,
    revoked_at: nullableText,
    revoked_by: nullableText,
    revoked_reason: nullableText,
    revoked_head_seq: count.nullable(),
  })
  .strict();

const registrySchema = z
  .object({
    format: z.literal(REGISTRY_FORMAT),
    version: z.literal(1),
    central: centralSchema,
    precincts: z.array(precinctSchema),
    devices: z.array(deviceSchema),
  })
  .strict();
export type KeyRegistry = z.infer<typeof registrySchema>;

/** The store's registry, read in one transaction. */
export function registryOf(db: Db): KeyRegistry {
  return db.transaction(() => {
    const central = db
      .prepare<[], z.infer<typeof centralSchema>>(
        `SELECT signing_public_key, signing_key_pem, encryption_public_key, encryption_key_pem,
           fingerprint, created_at FROM central_keys WHERE id = 1`,
      )
      .get();
    if (!central) {
      throw new DomainError('central_not_initialized', 'The central key is not made yet');
    }
    const members = db.prepare<[string], KeyRegistry['precincts'][number]['members'][number]>(
      'SELECT member_id, full_name, role FROM precinct_members WHERE precinct_id = ? ORDER BY member_id',
    );
    const slots = db.prepare<[string], KeyRegistry['precincts'][number]['slots'][number]>(
      'SELECT slot, label, public_key, key_pem, created_at FROM precinct_slots WHERE precinct_id = ? ORDER BY slot',
    );
    const packages = db.prepare<[string], KeyRegistry['precincts'][number]['packages'][number]>(
      `SELECT package_id, revision, sha256, voter_rows, path, created_at FROM packages
       WHERE precinct_id = ? ORDER BY revision`,
    );
    const iins = db.prepare<[string], { iins: string | null }>(
      `SELECT group_concat(iin, '') AS iins FROM (SELECT iin FROM list_iins
       WHERE precinct_id = ? AND source = 'package' ORDER BY iin)`,
    );
    type PrecinctRow = Omit<
      KeyRegistry['precincts'][number],
      'members' | 'slots' | 'packages' | 'list_iins'
    >;
    const precincts = db
      .prepare<[], PrecinctRow>(
        `SELECT precinct_id, election_id, number, name, region, district, time_zone, voting_day,
           content_json, enrollment_encryption_public_key AS encryption_public_key,
           enrollment_encryption_key_pem AS encryption_key_pem, revision, voters, updated_at
         FROM precincts ORDER BY precinct_id`,
      )
      .all()
      .map((p) => ({
        ...p,
        members: members.all(p.precinct_id),
        slots: slots.all(p.precinct_id),
        packages: packages.all(p.precinct_id),
        list_iins: iins.get(p.precinct_id)?.iins ?? '',
      }));
    const devices = db
      .prepare<[], KeyRegistry['devices'][number]>(
        `SELECT device_id, precinct_id, public_key, slot, enrolled_at, revoked_at, revoked_by,
           revoked_reason, revoked_head_seq FROM devices ORDER BY device_id`,
      )
      .all();
    return { format: REGISTRY_FORMAT, version: 1 as const, central, precincts, devices };
  })();
}

const inconsistent = (what: string) =>
  new DomainError('key_backup_inconsistent', `The key backup does not hold together: ${what}`);

/** Whether a private key (PEM) is the one of `publicKey`. */
function pairs(privateKeyPem: string, publicKey: string): boolean {
  try {
    return publicKeyOf(privateKeyPem) === publicKey;
  } catch {
    return false;
  }
}

/**
 * The registry of a backup's body, checked: its shape, and every private key against its
 * public half (the central fingerprint against the signing key). Throws a refusal.
 */
export function parseRegistry(body: string, fingerprint: string): KeyRegistry {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new DomainError('key_backup_damaged', 'The key backup’s body does not read');
  }
  const checked = registrySchema.safeParse(parsed);
  if (!checked.success) {
    throw new DomainError('key_backup_damaged', 'The key backup’s body does not read');
  }
  const registry = checked.data;
  const { central } = registry;
  if (
    central.fingerprint !== fingerprint ||
    keyFingerprint(central.signing_public_key) !== fingerprint
  ) {
    throw inconsistent('central fingerprint');
  }
  if (!pairs(central.signing_key_pem, central.signing_public_key))
    throw inconsistent('signing key');
  if (!pairs(central.encryption_key_pem, central.encryption_public_key)) {
    throw inconsistent('encryption key');
  }
  const precinctIds = new Set<string>();
  for (const p of registry.precincts) {
    precinctIds.add(p.precinct_id);
    if (!pairs(p.encryption_key_pem, p.encryption_public_key)) {
      throw inconsistent(`precinct ${p.precinct_id} key`);
    }
    for (const s of p.slots) {
      if (s.key_pem !== null && !pairs(s.key_pem, s.public_key)) {
        throw inconsistent(`precinct ${p.precinct_id} slot ${s.slot}`);
      }
    }
  }
  for (const d of registry.devices) {
    if (!precinctIds.has(d.precinct_id)) throw inconsistent(`device ${d.device_id}`);
  }
  return registry;
}

/**
 * Writes a registry into a new, empty store, in the caller's transaction: anything already
 * there (a central key, a precinct) is refused (`central_store_exists`). Each precinct's list
 * conflicts are worked out as its packages' were.
 */
export function restoreRegistry(db: Db, registry: KeyRegistry, now: string): void {
  const taken = db
    .prepare<[], { n: number }>(
      'SELECT (SELECT count(*) FROM central_keys) + (SELECT count(*) FROM precincts) AS n',
    )
    .get();
  if ((taken?.n ?? 0) > 0) {
    throw new DomainError('central_store_exists', 'This central store holds keys already');
  }
  const c = registry.central;
  db.prepare(
    `INSERT INTO central_keys (id, signing_public_key, signing_key_pem, encryption_public_key,
       encryption_key_pem, fingerprint, created_at) VALUES (1, ?, ?, ?, ?, ?, ?)`,
  ).run(
    c.signing_public_key,
    c.signing_key_pem,
    c.encryption_public_key,
    c.encryption_key_pem,
    c.fingerprint,
    c.created_at,
  );
  const precinct = db.prepare(
    `INSERT INTO precincts (precinct_id, election_id, number, name, region, district, time_zone,
       voting_day, content_json, enrollment_encryption_public_key, enrollment_encryption_key_pem,
       revision, voters, updated_at)
     VALUES (@precinct_id, @election_id, @number, @name, @region, @district, @time_zone,
       @voting_day, @content_json, @encryption_public_key, @encryption_key_pem, @revision,
       @voters, @updated_at)`,
  );
  const member = db.prepare(
    'INSERT INTO precinct_members (precinct_id, member_id, full_name, role) VALUES (?, ?, ?, ?)',
  );
  const slot = db.prepare(
    `INSERT INTO precinct_slots (precinct_id, slot, label, public_key, key_pem, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const pkg = db.prepare(
    `INSERT INTO packages (package_id, precinct_id, revision, sha256, voter_rows, path, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const iins = db.prepare(
    `INSERT OR IGNORE INTO list_iins (iin, precinct_id, source)
     SELECT value, ?, 'package' FROM json_each(?)`,
  );
  const counts = db.prepare('INSERT OR IGNORE INTO precinct_counts (precinct_id) VALUES (?)');
  for (const p of registry.precincts) {
    const { members, slots, packages, list_iins: listIins, ...row } = p;
    precinct.run(row);
    for (const m of members) member.run(p.precinct_id, m.member_id, m.full_name, m.role);
    for (const s of slots) {
      slot.run(p.precinct_id, s.slot, s.label, s.public_key, s.key_pem, s.created_at);
    }
    for (const k of packages) {
      pkg.run(
        k.package_id,
        p.precinct_id,
        k.revision,
        k.sha256,
        k.voter_rows,
        k.path,
        k.created_at,
      );
    }
    iins.run(p.precinct_id, JSON.stringify(listIins.match(/\d{12}/g) ?? []));
    counts.run(p.precinct_id);
  }
  const device = db.prepare(
    `INSERT INTO devices (device_id, precinct_id, public_key, enrolled_at, head_seq, head_hash,
       revoked_at, revoked_by, revoked_reason, revoked_head_seq, slot)
     VALUES (@device_id, @precinct_id, @public_key, @enrolled_at, 0, @genesis, @revoked_at,
       @revoked_by, @revoked_reason, @revoked_head_seq, @slot)`,
  );
  for (const d of registry.devices) device.run({ ...d, genesis: '0'.repeat(64) });
  for (const p of registry.precincts) refreshListConflicts(db, p.precinct_id, null, now);
}
