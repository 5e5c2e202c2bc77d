import type { Role } from '@shared/roles';
import type { EventDefinition } from './feature';
import type { LoggedEvent } from './events/logged-event';
import { can } from './permissions';

/**
 * Whether an event's actor is one its type's declared authority allows: a member whose role
 * holds a listed permission, or (`self`) the member the payload names; or no actor, where
 * some origin may record the type without one. Returns why not, or null when allowed.
 *
 * `actorRole` is the actor's role as the commission's members know it (null for an actor who
 * is not a member). Which origin an actorless event came from is the caller's to check.
 */
export function authorityProblem(
  definition: EventDefinition,
  event: Pick<LoggedEvent, 'type' | 'actor' | 'payload'>,
  actorRole: Role | null,
): string | null {
  const { actor: rules, actorless } = definition.authority;
  if (event.actor === null) {
    return actorless.length > 0 ? null : `${event.type} needs an actor`;
  }
  if (rules.length === 0) return `${event.type} is never recorded by a member`;
  const subject = (event.payload as { member_id?: unknown } | null)?.member_id;
  if (rules.includes('self') && subject === event.actor) return null;
  if (actorRole === null) return `${event.type}: the actor is not a member`;
  for (const rule of rules) {
    if (rule !== 'self' && can(actorRole, rule)) return null;
  }
  return `${event.type}: a ${actorRole} may not record it (needs ${rules.join(' or ')})`;
}
