import { useId } from 'react';
import type { MessageKey } from '@shared/i18n';
import { useT, useTPlural } from '../../../i18n/use-t';
import { CheckboxField } from '../../../ui/form-fields';

interface LostLettersNoticeProps {
  /** How many names hold a '?'. */
  count: number;
  accepted: boolean;
  onAcceptedChange: (accepted: boolean) => void;
}

/**
 * A file whose names may have lost letters (a Windows-1251 list with Kazakh names): what it
 * means, and the commission's explicit choice to import it anyway; until then the import waits,
 * and the reason stands beside its button (`lost-letters-blocked`).
 */
export function LostLettersNotice({ count, accepted, onAcceptedChange }: LostLettersNoticeProps) {
  const t = useT();
  const tp = useTPlural();
  const titleId = useId();
  return (
    <div
      className="message message-warning"
      role="group"
      aria-labelledby={titleId}
      data-testid="lost-letters"
    >
      <p id={titleId}>
        <strong>{t('voters.import.lostTitle')}</strong>
      </p>
      <p>{tp('voters.import.lostExplain', count)}</p>
      <CheckboxField
        label={t('voters.import.lostAccept')}
        checked={accepted}
        onCheckedChange={onAcceptedChange}
      />
      {accepted ? null : <p id="lost-letters-blocked">{t('voters.import.lostBlocked')}</p>}
    </div>
  );
}

/** What the import's confirmation says: "every row is valid" only when no row has a problem. */
export function confirmExplanation(
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
  rejected: number,
  warnings: number,
  count: (n: number) => string,
): string {
  if (rejected > 0 && warnings > 0) {
    return t('voters.import.confirmExplainRejectedWarnings', {
      rejected: count(rejected),
      warnings: count(warnings),
    });
  }
  if (rejected > 0) return t('voters.import.confirmExplainRejected', { rejected: count(rejected) });
  if (warnings > 0) return t('voters.import.confirmExplainWarnings', { warnings: count(warnings) });
  return t('voters.import.confirmExplain');
}
