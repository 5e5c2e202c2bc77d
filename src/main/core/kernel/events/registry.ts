import type { Db } from '../db/database';
import type { EventDefinition, FeatureDescriptor, MigrationPart, Projector } from '../feature';
import type { LoggedEvent } from './logged-event';

/** What the event log needs of the features: each type's schema and projections. */
export interface EventRegistry {
  /** The declaration of a type, or undefined for a name no feature declares. */
  definition(type: string): EventDefinition | undefined;
  /** Parses a payload against its type's schema (throws on a payload that does not fit). */
  parse(type: string, payload: unknown): unknown;
  /** Runs the type's guard, if it declares one, on a new event of this laptop (see feature.ts). */
  guard(db: Db, type: string, payload: unknown): void;
  /** Updates every read table the event touches: its owner's, then other features' reactions. */
  apply(db: Db, event: LoggedEvent): void;
  /** Every feature's read tables, in feature order: emptied and refilled by a rebuild. */
  readonly projectionTables: readonly string[];
  /** Every feature's migration parts, in feature order. */
  readonly migrations: readonly MigrationPart[];
  readonly chainChecks: NonNullable<FeatureDescriptor['chainChecks']>;
  /** The types that change who is on the commission (their definitions say how). */
  readonly membershipTypes: readonly string[];
}

/**
 * Gathers the features' declarations. An event type declared twice, or a reaction to a type
 * nobody declares, is a programming error caught at start (and by a unit test).
 */
export function buildRegistry(
  features: readonly FeatureDescriptor<string, never>[],
): EventRegistry {
  const definitions = new Map<string, EventDefinition>();
  const owners = new Map<string, string>();
  for (const feature of features) {
    for (const [type, definition] of Object.entries(feature.events) as [
      string,
      EventDefinition,
    ][]) {
      const owner = owners.get(type);
      if (owner) throw new Error(`Event type ${type} is declared by ${owner} and ${feature.name}`);
      owners.set(type, feature.name);
      definitions.set(type, definition);
    }
  }
  const projectors = new Map<string, Projector<unknown>[]>();
  for (const [type, definition] of definitions) {
    projectors.set(type, definition.apply === 'log-only' ? [] : [definition.apply]);
  }
  for (const feature of features) {
    for (const [type, react] of Object.entries(feature.reactions ?? {})) {
      const list = projectors.get(type);
      if (!list) throw new Error(`${feature.name} reacts to ${type}, which no feature declares`);
      list.push(react as Projector<unknown>);
    }
  }
  return {
    definition: (type) => definitions.get(type),
    parse(type, payload) {
      const definition = definitions.get(type);
      if (!definition) throw new Error(`Unknown event type in the log: ${type}`);
      return definition.payload.parse(payload);
    },
    guard(db, type, payload) {
      definitions.get(type)?.guard?.(db, payload);
    },
    apply(db, event) {
      for (const project of projectors.get(event.type) ?? []) project(db, event);
    },
    projectionTables: features.flatMap((f) => f.projectionTables),
    migrations: features.flatMap((f) => f.migrations),
    chainChecks: features.flatMap((f) => f.chainChecks ?? []),
    membershipTypes: [...definitions].filter(([, d]) => d.membership).map(([type]) => type),
  };
}
