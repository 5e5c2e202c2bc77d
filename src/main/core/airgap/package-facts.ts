import { DEFAULT_PROTOCOL_SETTINGS } from '@shared/protocol/protocol-settings';
import type { PackageContent } from '@shared/sync/package-content';
import type { Role } from '@shared/roles';
import { canonicalJson } from '../kernel/events/canonical-json';
import type { ChainEvent, Roster } from '../kernel/events/chain-authority';

/**
 * What a signed package says, as the events a laptop records when it loads one without a
 * member acting (first run, or a second laptop adopting the precinct): the precinct's setup,
 * its members, the complaint deadlines, the home-voting cut-off, its list file. Re-authorising
 * a device's chain compares each such event with these (docs/sync-format.md, "Re-authorising
 * events").
 */
export interface PackageFacts {
  /** Canonical payloads the package makes a laptop record, per event type. */
  payloads: Map<string, Set<string>>;
  /**
   * SHA-256 of the package's list file(s), as `voters.imported` names it; null where the
   * holder cannot know it (a central store made before packages recorded it).
   */
  listFiles: Set<string> | null;
  /** The package's members (the first roster of every device of the precinct). */
  members: Map<string, Role>;
}

export type PackageView = Pick<PackageContent, 'election' | 'precinct' | 'members'> & {
  /** The list file's SHA-256, where known. */
  voters?: { sha256: string };
};

/** What loading a package records of its ballot and protocol settings. */
export function ballotSetPayload(election: PackageContent['election']) {
  const protocol = election.protocol ?? DEFAULT_PROTOCOL_SETTINGS;
  // A package without lines records none, as packages made before the lines existed did.
  return {
    ballot: election.ballot ?? null,
    quorum_rule: protocol.quorum,
    ...(protocol.lines ? { lines: protocol.lines } : {}),
    source: 'package' as const,
  };
}

export function emptyFacts(): PackageFacts {
  return { payloads: new Map(), listFiles: new Set(), members: new Map() };
}

function add(facts: PackageFacts, type: string, payload: unknown): void {
  let set = facts.payloads.get(type);
  if (!set) facts.payloads.set(type, (set = new Set()));
  set.add(canonicalJson(payload));
}

/** The events loading this package records, as the central store that made it knows them. */
export function addPackage(facts: PackageFacts, content: PackageView): PackageFacts {
  const { election, precinct } = content;
  add(facts, 'precinct.setup_completed', {
    election_kind: election.kind,
    election_name: election.name,
    voting_day: election.voting_day,
    opens: election.opens,
    closes: election.closes,
    precinct_number: precinct.number,
    precinct_name: precinct.name,
    region: precinct.region,
    district: precinct.district,
    address: precinct.address,
    time_zone: precinct.time_zone,
    source: 'package',
    election_id: election.election_id,
    precinct_id: precinct.precinct_id,
    abroad: precinct.abroad,
    country: precinct.country,
  });
  for (const member of content.members) {
    add(facts, 'member.added', {
      member_id: member.member_id,
      full_name: member.full_name,
      role: member.role,
      replaces: null,
      reason: null,
    });
    facts.members.set(member.member_id, member.role);
  }
  add(facts, 'infolog.deadlines_set', { ...election.complaint_deadlines, source: 'package' });
  add(facts, 'accommodation.cutoff_set', { time: election.home_voting_cutoff, source: 'package' });
  add(facts, 'protocol.ballot_set', ballotSetPayload(election));
  if (content.voters) facts.listFiles?.add(content.voters.sha256);
  return facts;
}

/**
 * The same facts as a laptop recorded them from the packages it loaded itself: the chair's
 * laptop judges its other laptops' events by its own record of the signed package.
 */
export function addRecorded(
  facts: PackageFacts,
  event: { type: string; payload: Record<string, unknown> },
): void {
  const { type, payload } = event;
  if (type === 'voters.imported') {
    if (typeof payload.file_sha256 === 'string') facts.listFiles?.add(payload.file_sha256);
    return;
  }
  if (type === 'member.added') {
    add(facts, type, { ...payload, replaces: null, reason: null });
    if (typeof payload.member_id === 'string' && typeof payload.role === 'string') {
      facts.members.set(payload.member_id, payload.role as Role);
    }
    return;
  }
  if (payload.source === 'package') add(facts, type, payload);
}

/** The package's members as a roster: where every device's chain starts. */
export function packageRoster(facts: PackageFacts): Roster {
  return new Map([...facts.members].map(([id, role]) => [id, { role, active: true }]));
}

/**
 * Whether an event recorded without an actor on `device` says what the package says. The
 * device's own certificate and package bookkeeping name the device, its slot and the central
 * key.
 */
export function saysPackage(
  facts: PackageFacts,
  device: { deviceId: string; publicKey: string; slot: number; centralFingerprint: string },
): (event: ChainEvent) => boolean {
  return (event) => {
    const payload = (event.payload ?? {}) as Record<string, unknown>;
    switch (event.type) {
      case 'voters.imported':
        return (
          facts.listFiles === null ||
          (typeof payload.file_sha256 === 'string' && facts.listFiles.has(payload.file_sha256))
        );
      case 'sync.device_enrolled':
        // The certificate it recorded is the one its files show: same key, same slot.
        return (
          payload.device_id === device.deviceId &&
          payload.device_public_key === device.publicKey &&
          payload.slot === device.slot
        );
      case 'sync.package_loaded':
        return payload.central_fingerprint === device.centralFingerprint;
      default:
        return facts.payloads.get(event.type)?.has(canonicalJson(event.payload)) ?? false;
    }
  };
}
