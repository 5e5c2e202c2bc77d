import type { z } from 'zod';
import type { Permission, Role } from '@shared/roles';
import type { Db } from './db/database';
import type { LoggedEvent } from './events/logged-event';

/**
 * What the kernel knows of a feature: the one descriptor each feature exports. The kernel
 * imports no feature; the composition root (../features.ts) hands it the list.
 */

/** A migration, or this feature's part of one: parts of one version run in one transaction. */
export interface MigrationPart {
  /** The schema version (`PRAGMA user_version`) this part belongs to. */
  version: number;
  sql: string;
}

/**
 * Where an event may be recorded with no member as its actor:
 * - `device`: the laptop's own bookkeeping (its identity, a lockout after wrong PINs);
 * - `setup`: the first run, before the commission has any member to act;
 * - `package`: a precinct package the central commission signed, loaded before the chair's
 *   first login.
 */
export const ACTORLESS_ORIGINS = ['device', 'setup', 'package'] as const;
export type ActorlessOrigin = (typeof ACTORLESS_ORIGINS)[number];

/**
 * Who may record one event type. `actor` lists what makes a member allowed: a permission their
 * role holds, or `self` (the member the event is about, named by the payload's `member_id`).
 * An empty `actor` means no member ever records it. `actorless` lists the origins allowed to
 * record it without an actor; empty means it always has one.
 */
export interface EventAuthority {
  actor: readonly (Permission | 'self')[];
  actorless: readonly ActorlessOrigin[];
}

/** Updates a feature's read tables for one event, inside the transaction that appends it. */
export type Projector<P> = (db: Db, event: LoggedEvent<string, P>) => void;

/**
 * One event type, declared once by the feature that owns it: its payload's schema, who may
 * record it, and its effect on the owner's read tables (`'log-only'` when the log itself, or
 * local state written beside it, is the whole effect).
 */
export interface EventDefinition<S extends z.ZodType = z.ZodType> {
  payload: S;
  authority: EventAuthority;
  apply: Projector<z.infer<S>> | 'log-only';
  /**
   * A rule the log itself keeps for this laptop's new events of the type: run in the append's
   * transaction before the event is written, it refuses by throwing (a DomainError), and then
   * nothing is written. Never run by a rebuild, nor for events merged from other laptops'
   * files: those already happened elsewhere and are reconciled (an alarm), not refused.
   */
  guard?: (db: Db, payload: z.infer<S>) => void;
  /**
   * A payload only some roles may read (health reasons): the permission it needs, and what
   * the others see of it in the audit log instead (the event itself stays listed).
   */
  sensitive?: { permission: Permission; redact: (payload: z.infer<S>) => Record<string, unknown> };
  /**
   * How the event changes who is on the commission (a member added or deactivated): what
   * re-authorising a device's chain folds, event by event, to judge the events after it.
   */
  membership?: (payload: z.infer<S>) => { memberId: string; role?: Role; active: boolean };
}

/** A check of the whole log beyond the hash chain (a signed checkpoint, say). */
export type ChainCheck = (
  db: Db,
) => { deviceId: string; seq: number; reason: 'checkpoint_mismatch' } | null;

/**
 * A feature as the kernel sees it. `E` names the event types it owns; `Ctx` is the context
 * its handlers are built from, and `H` what they answer (both set by the composition root).
 */
export interface FeatureDescriptor<E extends string = string, Ctx = unknown, H = object> {
  name: string;
  /** Its tables: its part of each schema version that touched them. */
  migrations: readonly MigrationPart[];
  /** The event types it owns, each declared once. */
  events: { readonly [K in E]: EventDefinition };
  /**
   * Its effect on its own read tables of events another feature owns (a ballot undone reopens
   * a home visit), applied after the owner's projection.
   */
  reactions?: { readonly [type: string]: Projector<never> };
  /** Its read tables: derived from events only, emptied and refilled by a rebuild. */
  projectionTables: readonly string[];
  /** Checks of the log it adds to `audit verify`. */
  chainChecks?: readonly ChainCheck[];
  /** Error codes it raises (translated by the UI under `errors.<code>`). */
  errorCodes: readonly string[];
  /** Its operations, over the one context. */
  handlers: (ctx: Ctx) => H;
}

/** Declares one event type (keeps the payload's type for its projector). */
export function defineEvent<S extends z.ZodType>(definition: EventDefinition<S>): EventDefinition {
  return definition as unknown as EventDefinition;
}
