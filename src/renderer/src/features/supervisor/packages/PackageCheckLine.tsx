import { describeError, listErrorCounts } from '../../../i18n/describe-error';
import { useLanguage, useT, useTPlural } from '../../../i18n/use-t';
import type { PackageCheck } from './package-check';

/**
 * What the check of the chosen spec and list found, beside the button that makes the package:
 * the list's rows with errors and its errors in all (counted apart, as the voter-list check
 * counts them), or why the files cannot be used. A live region, so it is heard as it comes.
 */
export function PackageCheckLine({ id, check }: { id: string; check: PackageCheck }) {
  const t = useT();
  const tp = useTPlural();
  const language = useLanguage();
  let text: string | null = null;
  let tone = 'message-info';
  if (check.status === 'checking') {
    text = t('supervisor.packages.checking');
  } else if (check.status === 'refused') {
    text = t('supervisor.packages.cannotCheck', { problem: describeError(check.error, language) });
    tone = 'message-error';
  } else if (check.status === 'checked' && check.result.errors > 0) {
    const { errorRows, errors } = check.result;
    text = t('supervisor.packages.listBlocked', {
      ...listErrorCounts({ rows: errorRows, errors }, language),
    });
    tone = 'message-error';
  } else if (check.status === 'checked') {
    text = t('supervisor.packages.listReady', { rows: tp('packages.rowsRead', check.result.rows) });
    tone = 'message-success';
  }
  return (
    <div role="status" data-testid="package-check">
      {text ? (
        <p id={id} className={`message ${tone}`}>
          {text}
        </p>
      ) : null}
    </div>
  );
}
