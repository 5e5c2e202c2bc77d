import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { translate } from '@shared/i18n';
import type { DeviceView } from '@shared/supervisor/supervisor-contract';
import { refuse } from '../../../api/mock-precinct';
import { renderScreen } from '../../../api/screen-test';
import { DevicesSection } from './DevicesSection';
import { useSupervisorStore } from '../supervisor-store';
import { openState } from '../supervisor-test-state';

const laptop: DeviceView = {
  deviceId: 'dev-7f3a',
  precinctId: 'p-101',
  slot: 1,
  enrolledAt: '2027-03-01T05:00:00Z',
  lastSyncAt: null,
  headSeq: 42,
  revokedAt: null,
  revokedBy: null,
  revokedReason: null,
  restoredFrom: null,
};

const supervisor = { appState: { mode: 'supervisor' as const, setUp: false, precinct: null } };

describe('the supervisor devices screen', () => {
  beforeEach(() => useSupervisorStore.setState({ state: openState('administrator') }));

  it('revokes a device with a reason, as the logged-in account, then shows the list as the store now has it', async () => {
    let devices = [laptop];
    const { mock } = renderScreen(<DevicesSection />, {
      ...supervisor,
      permissions: null,
      handlers: {
        listDevicePage: () => ({ total: devices.length, devices }),
        revokeDevice: ({ reason }) => {
          const at = '2027-03-10T06:00:00Z';
          const revoked = { ...laptop, revokedAt: at, revokedBy: 'Aigerim', revokedReason: reason };
          devices = [revoked];
          return revoked;
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Revoke device dev-7f3a' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Revoke device dev-7f3a?' });
    fireEvent.change(within(dialog).getByLabelText('Reason'), {
      target: { value: 'Laptop lost on the way' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revoke the device' }));
    expect(await screen.findByText('Device dev-7f3a was revoked.')).toBeTruthy();
    expect(mock.callsOf('revokeDevice')).toEqual([
      { deviceId: 'dev-7f3a', reason: 'Laptop lost on the way' },
    ]);
    // Declared as changing the central store: the list is read again without a reload of its own.
    await waitFor(() =>
      expect(screen.getByTestId('devices-table').textContent).toContain('Laptop lost on the way'),
    );
    expect(mock.callsOf('listDevicePage')).toHaveLength(2);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it("keeps the dialog open with the store's refusal in Russian", async () => {
    renderScreen(<DevicesSection />, {
      ...supervisor,
      language: 'ru',
      permissions: null,
      handlers: {
        listDevicePage: () => ({ total: 1, devices: [laptop] }),
        revokeDevice: () => refuse('device_revoked'),
      },
    });
    fireEvent.click(
      await screen.findByRole('button', {
        name: translate('ru', 'supervisor.devices.revokeLabel', { device: 'dev-7f3a' }),
      }),
    );
    const dialog = screen.getByRole('alertdialog');
    fireEvent.change(within(dialog).getByLabelText(translate('ru', 'supervisor.devices.reason')), {
      target: { value: 'Утерян' },
    });
    fireEvent.click(
      within(dialog).getByRole('button', { name: translate('ru', 'supervisor.devices.confirm') }),
    );
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'Это устройство уже отозвано.',
    );
  });

  it('offers no revocation to an operator', async () => {
    useSupervisorStore.setState({ state: openState('operator') });
    renderScreen(<DevicesSection />, {
      ...supervisor,
      permissions: null,
      handlers: { listDevicePage: () => ({ total: 1, devices: [laptop] }) },
    });
    expect((await screen.findByTestId('devices-table')).textContent).toContain('dev-7f3a');
    expect(screen.queryByRole('button', { name: 'Revoke device dev-7f3a' })).toBeNull();
  });
});
