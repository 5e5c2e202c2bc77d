import type { ChainProblem } from '@shared/api';
import { EVENT_TYPES, type EventType } from '@shared/event-types';
import { dictionaries, type MessageKey } from '@shared/i18n';
import type { ErrorCode } from '@shared/result';
import type { Language, Role } from '@shared/roles';

// Template-literal keys: if en.ts lacks one of these, the build fails here.
export const roleKey = (role: Role): MessageKey => `roles.${role}`;
export const languageKey = (language: Language): MessageKey => `languages.${language}`;
export const eventTypeKey = (type: EventType): MessageKey => `audit.type.${type}`;
export const chainProblemKey = (problem: ChainProblem): MessageKey =>
  `audit.chainReason.${problem}`;

const errorKeyOf = (code: ErrorCode): MessageKey => `errors.${code}`;

/** The message key of an error code; a code this build does not know reads as `internal`. */
export function errorKey(code: string): MessageKey {
  const key = `errors.${code}`;
  return key in dictionaries.en ? (key as MessageKey) : errorKeyOf('internal');
}

export function isEventType(type: string): type is EventType {
  return (EVENT_TYPES as readonly string[]).includes(type);
}
