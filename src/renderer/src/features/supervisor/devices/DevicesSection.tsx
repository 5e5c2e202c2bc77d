import { useState } from 'react';
import type { DeviceView } from '@shared/supervisor/supervisor-contract';
import { mutate, useQuery } from '../../../api/queries';
import { describeError } from '../../../i18n/describe-error';
import { useLanguage, useT } from '../../../i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessage } from '../../../ui/StatusMessage';
import { NameReasonDialog } from '../NameReasonDialog';
import { DeviceTable } from './DeviceTable';
import { ReturnedLaptopPanel } from './ReturnedLaptopPanel';

/**
 * Enrolled devices; a lost laptop's device is revoked with a name and a reason; a returned one
 * is opened with the commission's key.
 */
export function DevicesSection() {
  const t = useT();
  const language = useLanguage();
  const [revoking, setRevoking] = useState<DeviceView | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);
  const { data: devices, error } = useQuery('listDevices', {});

  async function revoke(device: DeviceView, revokedBy: string, reason: string) {
    const result = await mutate('revokeDevice', { deviceId: device.deviceId, revokedBy, reason });
    if (!result.ok) return result.error;
    setRevoking(null);
    setRevoked(device.deviceId);
    return null;
  }

  return (
    <section className="section">
      <PageHeading focusOnMount>{t('supervisor.devices.title')}</PageHeading>
      <p>{t('supervisor.devices.intro')}</p>
      <ErrorAlert message={error ? describeError(error, language) : null} />
      {revoked ? (
        <StatusMessage tone="success">
          {t('supervisor.devices.revoked', { device: revoked })}
        </StatusMessage>
      ) : null}
      {devices && devices.length === 0 ? <p>{t('supervisor.devices.empty')}</p> : null}
      {devices && devices.length > 0 ? (
        <DeviceTable
          devices={devices}
          onRevoke={(device) => {
            setRevoked(null);
            setRevoking(device);
          }}
        />
      ) : null}
      {revoking ? (
        <NameReasonDialog
          title={t('supervisor.devices.dialogTitle', { device: revoking.deviceId })}
          explanation={t('supervisor.devices.dialogExplain')}
          nameLabel={t('supervisor.devices.revokedByLabel')}
          textLabel={t('supervisor.devices.reason')}
          submitLabel={t('supervisor.devices.confirm')}
          onSubmit={(name, text) => revoke(revoking, name, text)}
          onCancel={() => setRevoking(null)}
        />
      ) : null}
      <ReturnedLaptopPanel />
    </section>
  );
}
