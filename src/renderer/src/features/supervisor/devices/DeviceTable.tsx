import { ColumnHeads } from '../../../ui/ColumnHeads';
import type { DeviceView } from '@shared/supervisor/supervisor-contract';
import { useLanguage, useT } from '../../../i18n/use-t';
import { formatInstant } from '../../../ui/date-time-format';

interface DeviceTableProps {
  devices: DeviceView[];
  /** Offers "Revoke…" for devices still in use. */
  onRevoke?: (device: DeviceView) => void;
}

/**
 * Enrolled laptops: precinct, the slot they took, enrolment, last file, head of their chain,
 * and whether revoked.
 */
export function DeviceTable({ devices, onRevoke }: DeviceTableProps) {
  const t = useT();
  const language = useLanguage();
  const at = (iso: string) => formatInstant(iso, undefined, language);
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="devices-table">
        <caption>{t('supervisor.devices.caption')}</caption>
        <ColumnHeads
          prefix="supervisor.col"
          columns={['device', 'precinct', 'slot', 'enrolled', 'lastSync', 'headSeq', 'status']}
        />
        <tbody>
          {devices.map((device) => (
            <tr key={device.deviceId}>
              <th scope="row" className="mono-id">
                {device.deviceId}
              </th>
              <td>{device.precinctId}</td>
              <td>{device.slot ?? ''}</td>
              <td>{at(device.enrolledAt)}</td>
              <td>{device.lastSyncAt ? at(device.lastSyncAt) : t('supervisor.never')}</td>
              <td>{device.headSeq}</td>
              <td>
                {device.revokedAt ? (
                  t('supervisor.devices.revokedBy', {
                    at: at(device.revokedAt),
                    by: device.revokedBy ?? '',
                    reason: device.revokedReason ?? '',
                  })
                ) : (
                  <>
                    {t('supervisor.devices.active')}
                    {onRevoke ? (
                      <>
                        {' '}
                        <button
                          type="button"
                          className="button-secondary"
                          aria-label={t('supervisor.devices.revokeLabel', {
                            device: device.deviceId,
                          })}
                          onClick={() => onRevoke(device)}
                        >
                          {t('supervisor.devices.revoke')}
                        </button>
                      </>
                    ) : null}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
