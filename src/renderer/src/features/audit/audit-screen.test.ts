import React, { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from '../../../../shared/api';
import { installMockPrecinct } from '../../api/mock-precinct';
import { useAuditStore } from './audit-store';
import { AuditTable } from './AuditTable';

/**
 * A server render shows each store's first state (React asks a store for its server snapshot);
 * a screen test renders what the stores hold now.
 */
function showCurrentState(): void {
  vi.spyOn(React, 'useSyncExternalStore').mockImplementation((_subscribe, snapshot) => snapshot());
}
afterEach(() => {
  vi.restoreAllMocks();
});

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

describe('the audit screen', () => {
  it('reads a page of the log through the contract and shows it with each event summarised', async () => {
    const mock = installMockPrecinct({
      listAuditEvents: () => ({
        entries: [
          entry(2, 'member.logged_in', 'Aida Serikova'),
          entry(1, 'device.initialized', null),
        ],
        total: 2,
        types: ['member.logged_in', 'device.initialized'],
      }),
    });
    await useAuditStore.getState().setFilters({ type: 'member.logged_in' });
    expect(mock.callsOf('listAuditEvents')).toEqual([
      { type: 'member.logged_in', limit: 50, offset: 0 },
    ]);

    showCurrentState();
    const html = renderToString(h(AuditTable, { summarize: (shown) => `summary of ${shown.seq}` }));
    expect(html).toContain('data-testid="audit-table"');
    expect(html.match(/<tr>/g)).toHaveLength(3);
    expect(html).toContain('Aida Serikova');
    expect(html).toContain('summary of 2');
    expect(html).toContain('summary of 1');
  });
});
