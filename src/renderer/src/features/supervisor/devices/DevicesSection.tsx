import { useState } from 'react';
import type { DeviceView } from '@shared/supervisor/supervisor-contract';
import { mutate, useQuery } from '../../../api/queries';
import { describeError } from '../../../i18n/describe-error';
import { useLanguage, useT } from '../../../i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessage } from '../../../ui/StatusMessage';
import { NameReasonDialog } from '../NameReasonDialog';
import { useCentralPermission } from '../supervisor-store';
import { DeviceTable } from './DeviceTable';
import { ReturnedLaptopPanel } from './ReturnedLaptopPanel';

/**
 * Enrolled devices; a lost laptop's device is revoked with a reason, by the logged-in account
 * (offered only to a role that may revoke); a returned one is opened with the commission's key.
 */
export function DevicesSection() {
  const t = useT();
  const language = useLanguage();
  const [revoking, setRevoking] = useState<DeviceView | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);
  const { data: devices, error } = useQuery('listDevices', {});
  const mayRevoke = useCentralPermission('devices.revoke');

  async function revoke(device: DeviceView, reason: string) {
    const result = await mutate('revokeDevice', { deviceId: device.deviceId, reason });
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
          {...(mayRevoke
            ? {
                onRevoke: (device: DeviceView) => {
                  setRevoked(null);
                  setRevoking(device);
                },
              }
            : {})}
        />
      ) : null}
      {revoking ? (
        <NameReasonDialog
          title={t('supervisor.devices.dialogTitle', { device: revoking.deviceId })}
          explanation={t('supervisor.devices.dialogExplain')}
          textLabel={t('supervisor.devices.reason')}
          submitLabel={t('supervisor.devices.confirm')}
          onSubmit={(text) => revoke(revoking, text)}
          onCancel={() => setRevoking(null)}
        />
      ) : null}
      <ReturnedLaptopPanel />
    </section>
  );
}
