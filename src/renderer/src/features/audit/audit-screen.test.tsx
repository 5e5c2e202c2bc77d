import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@shared/api';
import { refuse } from '../../api/mock-precinct';
import { renderScreen } from '../../api/screen-test';
import { AuditScreen } from './AuditScreen';

const entry = (seq: number, type: string, actorName: string | null): AuditEntry => ({
  deviceId: 'laptop-1',
  seq,
  at: '2027-03-10T04:30:00Z',
  type,
  actorId: actorName ? 'm1' : null,
  actorName,
  subjectName: null,
  payload: {},
  hash: 'h',
});

const page = {
  entries: [
    entry(120, 'member.logged_in', 'Aida Serikova'),
    entry(119, 'device.initialized', null),
  ],
  total: 120,
  types: ['member.logged_in', 'device.initialized'],
};

const summarize = (shown: AuditEntry) => `summary of ${shown.seq}`;

describe('the audit screen', () => {
  it('shows a page of the log, verifies the chain, and reads again for a filter or a page', async () => {
    const { mock } = renderScreen(<AuditScreen summarize={summarize} />, {
      handlers: {
        listMembers: () => [],
        listAuditEvents: () => page,
        verifyAuditChain: () => ({ ok: true, checked: 120, problem: null }),
      },
    });
    const table = await screen.findByTestId('audit-table');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(table.textContent).toContain('Aida Serikova');
    expect(table.textContent).toContain('System');
    expect(table.textContent).toContain('summary of 119');
    expect(await screen.findByText('Chain verified: 120 events')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Event type'), {
      target: { value: 'member.logged_in' },
    });
    const pager = screen.getByRole('navigation', { name: 'Audit log pages' });
    expect(pager.textContent).toContain('Page 1 of 3');
    fireEvent.click(within(pager).getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(pager.textContent).toContain('Page 2 of 3'));
    expect(mock.callsOf('listAuditEvents')).toEqual([
      { limit: 50, offset: 0 },
      { type: 'member.logged_in', limit: 50, offset: 0 },
      { type: 'member.logged_in', limit: 50, offset: 50 },
    ]);
  });

  it('asks for members only where the role may list them, and says a refusal in Kazakh', async () => {
    const { mock } = renderScreen(<AuditScreen summarize={summarize} />, {
      language: 'kk',
      permissions: ['audit.read'],
      handlers: {
        listAuditEvents: () => refuse('forbidden'),
        verifyAuditChain: () => ({ ok: true, checked: 0, problem: null }),
      },
    });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Сіздің рөліңіз бұған рұқсат бермейді.',
    );
    expect(mock.callsOf('listMembers')).toEqual([]);
  });
});
