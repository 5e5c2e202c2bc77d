import type { Role } from '@shared/roles';
import { authorityProblem } from '../authority';
import type { EventDefinition } from '../feature';

/** An event of another device's chain, as a file carries it (its payload parsed). */
export interface ChainEvent {
  seq: number;
  type: string;
  actor: string | null;
  payload: unknown;
}

/** Who is on the commission as one device's chain has it so far: member id → role, active. */
export type Roster = Map<string, { role: Role; active: boolean }>;

/** Why a device's event is refused: the first one that fails, with its seq and type. */
export interface ChainRefusal {
  seq: number;
  type: string;
  reason: string;
}

/**
 * Re-authorises a device's events where they land (the chair's laptop, the central store):
 * each event's actor must be an active member of the precinct whose role holds what the
 * event's type declares, judged on that device's own chain — the package's members, then the
 * device's own member events in seq order — never the clock or another device's events, so
 * the verdict does not depend on the order files arrive in. An event without an actor is
 * allowed only where its type allows one, and only as the signed package says
 * (`saysPackage`). It proves which device wrote an event, not which member sat at it.
 */
export class ChainAuthority {
  constructor(
    private readonly definition: (type: string) => EventDefinition | undefined,
    /** The package's members and the device's member events before this file, folded. */
    private readonly roster: Roster,
    /** Whether an event recorded without an actor says what the signed package says. */
    private readonly saysPackage: (event: ChainEvent) => boolean,
  ) {}

  private readonly changes: Roster = new Map();

  /** The members whose entry the events checked so far changed, as they now stand. */
  changed(): Roster {
    return this.changes;
  }

  /** Checks one event (in seq order) and folds its membership change; null when allowed. */
  check(event: ChainEvent): ChainRefusal | null {
    const refuse = (reason: string): ChainRefusal => ({
      seq: event.seq,
      type: event.type,
      reason,
    });
    const definition = this.definition(event.type);
    if (!definition) return refuse('no feature declares this type');
    const member = event.actor === null ? undefined : this.roster.get(event.actor);
    if (event.actor !== null && !member?.active) {
      return refuse('the actor is not an active member of the precinct');
    }
    const problem = authorityProblem(definition, event, member?.role ?? null);
    if (problem) return refuse(problem);
    if (event.actor === null) {
      // The laptop's own bookkeeping needs no member; anything else without one must come from
      // the package (a manual first-run setup never travels: it has no keys to sync with).
      const { actorless } = definition.authority;
      if (!actorless.includes('device')) {
        if (!actorless.includes('package')) return refuse('recorded without an actor');
        if (!this.saysPackage(event)) {
          return refuse('recorded without an actor, but not as the signed package says');
        }
      }
    }
    const change = definition.membership?.(event.payload as never);
    if (change) {
      const before = this.roster.get(change.memberId);
      const role = change.role ?? before?.role;
      if (role) {
        this.roster.set(change.memberId, { role, active: change.active });
        this.changes.set(change.memberId, { role, active: change.active });
      }
    }
    return null;
  }
}

/** Folds a device's earlier member events into a roster (they were authorised when stored). */
export function foldMembership(
  definition: (type: string) => EventDefinition | undefined,
  roster: Roster,
  events: Iterable<{ type: string; payload: unknown }>,
): Roster {
  for (const event of events) {
    const change = definition(event.type)?.membership?.(event.payload as never);
    if (!change) continue;
    const role = change.role ?? roster.get(change.memberId)?.role;
    if (role) roster.set(change.memberId, { role, active: change.active });
  }
  return roster;
}
