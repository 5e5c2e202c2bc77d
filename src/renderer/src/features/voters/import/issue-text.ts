import type { MessageKey } from '@shared/i18n';
import type { ListIssue, ListIssueCode } from '@shared/voters/voter-api';
import type { Translate } from '../../../i18n/use-t';

// Template-literal keys: if the English messages lack one, the build fails here.
export const issueKey = (code: ListIssueCode): MessageKey => `voters.issue.${code}`;
export const issueTitleKey = (code: ListIssueCode): MessageKey => `voters.issueTitle.${code}`;

/**
 * What is wrong with one row, with its details filled in; the check's short title when the
 * details the message names are missing (a report written by another version).
 */
export function issueMessage(issue: ListIssue, t: Translate): string {
  const text = t(issueKey(issue.code), issue.details);
  return /\{\w+\}/.test(text) ? t(issueTitleKey(issue.code)) : text;
}
