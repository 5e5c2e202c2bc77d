import { chainProblemKey } from '../../i18n/message-keys';
import { useT, useTPlural } from '../../i18n/use-t';
import { useErrorText } from '../../app-state/use-error-text';
import { useAuditStore } from './audit-store';

/** The result of re-checking every hash in the log, with a button to check again. */
export function ChainStatus() {
  const t = useT();
  const plural = useTPlural();
  const errorText = useErrorText();
  const chain = useAuditStore((state) => state.chain);
  const chainError = useAuditStore((state) => state.chainError);
  const verifying = useAuditStore((state) => state.verifying);
  const verify = useAuditStore((state) => state.verify);

  let status = null;
  if (verifying) {
    status = (
      <p role="status" className="message message-info" data-testid="chain-status">
        {t('audit.chainChecking')}
      </p>
    );
  } else if (chainError) {
    status = (
      <p role="alert" className="message message-error" data-testid="chain-status">
        {errorText(chainError)}
      </p>
    );
  } else if (chain?.ok) {
    status = (
      <p role="status" className="message message-success" data-testid="chain-status">
        {plural('audit.chainOk', chain.checked)}
      </p>
    );
  } else if (chain) {
    status = (
      <p role="alert" className="message message-error" data-testid="chain-status">
        {t('audit.chainBroken', {
          device: chain.problem?.deviceId ?? '',
          seq: chain.problem?.seq ?? '',
          reason: chain.problem ? t(chainProblemKey(chain.problem.reason)) : '',
        })}
      </p>
    );
  }

  return (
    <div className="chain-status">
      {status}
      <button
        type="button"
        className="button-secondary"
        aria-disabled={verifying || undefined}
        onClick={() => {
          if (!verifying) void verify();
        }}
      >
        {t('audit.verifyChain')}
      </button>
    </div>
  );
}
