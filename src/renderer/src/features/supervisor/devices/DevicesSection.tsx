import { useState } from 'react';
import type { DeviceView } from '@shared/supervisor/supervisor-contract';
import { mutate, useQuery } from '../../../api/queries';
import { describeError } from '../../../i18n/describe-error';
import { useLanguage, useT, useTPlural } from '../../../i18n/use-t';
import { formatNumber } from '@shared/i18n/number-format';
import { pageCount, Pager } from '../../../ui/Pager';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessage } from '../../../ui/StatusMessage';
import { NameReasonDialog } from '../NameReasonDialog';
import { PrecinctSearchField, useRestingSearch } from '../PrecinctSearchField';
import { useCentralPermission } from '../supervisor-store';
import { DeviceTable } from './DeviceTable';
import { ReturnedLaptopPanel } from './ReturnedLaptopPanel';

/** Devices on one page. */
const PAGE_SIZE = 50;

/**
 * Enrolled devices, a page at a time, searched by precinct or device id; a lost laptop's device is revoked with a reason, by the logged-in account
 * (offered only to a role that may revoke); a returned one is opened with the commission's key.
 */
export function DevicesSection() {
  const t = useT();
  const tp = useTPlural();
  const language = useLanguage();
  const [revoking, setRevoking] = useState<DeviceView | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  // A new search starts again at its first page.
  const [pageOf, setPageOf] = useState({ search: '', page: 0 });
  const page = pageOf.search === search ? pageOf.page : 0;
  useRestingSearch(text, setSearch);
  const { data, error } = useQuery('listDevicePage', {
    ...(search ? { search } : {}),
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  });
  const devices = data?.devices;
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
      {data && data.total === 0 && !search ? <p>{t('supervisor.devices.empty')}</p> : null}
      {data && (data.total > 0 || search) ? (
        <>
          <PrecinctSearchField id="devices-search" value={text} onChange={setText} />
          <StatusMessage testId="devices-found">
            {data.total === 0
              ? t('precinctList.noDevice')
              : tp('precinctList.devicesFound', data.total, {
                  from: formatNumber(page * PAGE_SIZE + 1, language),
                  to: formatNumber(page * PAGE_SIZE + data.devices.length, language),
                })}
          </StatusMessage>
        </>
      ) : null}
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
      {data && data.total > PAGE_SIZE ? (
        <Pager
          label={t('precinctList.devicePages')}
          page={page}
          pages={pageCount(data.total, PAGE_SIZE)}
          onPage={(next) => setPageOf({ search, page: next })}
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
