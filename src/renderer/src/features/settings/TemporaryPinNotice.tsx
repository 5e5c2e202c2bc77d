import { useT } from '../../i18n/use-t';
import { useSettingsStore } from './settings-store';

/** The temporary PIN of a reset, shown once for the chair to hand over. */
export function TemporaryPinNotice() {
  const t = useT();
  const temporaryPin = useSettingsStore((state) => state.temporaryPin);
  const dismiss = useSettingsStore((state) => state.dismissTemporaryPin);
  if (!temporaryPin) return null;
  return (
    <div className="temporary-pin" role="status">
      <p>{t('members.temporaryPinFor', { name: temporaryPin.memberName })}</p>
      <p className="temporary-pin-value" data-testid="temporary-pin">
        {temporaryPin.pin}
      </p>
      <p>{t('members.temporaryPinHint')}</p>
      <button type="button" className="button-secondary" onClick={dismiss}>
        {t('members.temporaryPinDone')}
      </button>
    </div>
  );
}
