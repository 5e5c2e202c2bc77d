import { useT } from '../../i18n/use-t';
import { useSettingsStore } from './settings-store';

/** The id of a member's Reset PIN button, where focus returns once the PIN is handed over. */
export const resetPinButtonId = (memberId: string): string => `reset-pin-${memberId}`;
export const MEMBERS_HEADING_ID = 'members-heading';

/** The temporary PIN of a reset, shown once for the chair to hand over. */
export function TemporaryPinNotice() {
  const t = useT();
  const temporaryPin = useSettingsStore((state) => state.temporaryPin);
  const dismiss = useSettingsStore((state) => state.dismissTemporaryPin);

  function done(memberId: string) {
    // The Done button disappears with the notice: continue at the member's row.
    const target =
      document.getElementById(resetPinButtonId(memberId)) ??
      document.getElementById(MEMBERS_HEADING_ID);
    target?.focus();
    dismiss();
  }

  // The live region stays on the page, so the PIN is announced when it appears in it.
  return (
    <div role="status">
      {temporaryPin ? (
        <div className="temporary-pin">
          <p>{t('members.temporaryPinFor', { name: temporaryPin.memberName })}</p>
          <p className="temporary-pin-value" data-testid="temporary-pin">
            {temporaryPin.pin}
          </p>
          <p>{t('members.temporaryPinHint')}</p>
          <button
            type="button"
            className="button-secondary"
            onClick={() => done(temporaryPin.memberId)}
          >
            {t('members.temporaryPinDone')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
