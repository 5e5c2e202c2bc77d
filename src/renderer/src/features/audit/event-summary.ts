import type { AuditEntry } from '@shared/api';
import type { Language } from '@shared/roles';
import type { Translate } from '../../i18n/use-t';

export interface SummaryContext {
  t: Translate;
  language: Language;
  timeZone: string | undefined;
  /** Names of members seen elsewhere in the log, for a second member an event names. */
  knownNames: Record<string, string>;
}

/**
 * One line saying what an event did. The audit screen knows no other feature: the app hands it
 * this function, made of each feature's `<feature>-audit-summary.ts` (see app/audit-summary.ts).
 */
export type SummarizeEvent = (entry: AuditEntry, context: SummaryContext) => string;
