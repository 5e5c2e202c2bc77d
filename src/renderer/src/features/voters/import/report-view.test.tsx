import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ListReport } from '@shared/voters/voter-api';
import { renderScreen } from '../../../api/screen-test';
import { ReportView } from './ReportView';
import { useImportStore } from './voter-import-store';

const report = (overrides: Partial<ListReport>): ListReport => ({
  reportId: 'r1',
  kind: 'file',
  fileName: 'list.csv',
  sha256: 'ab'.repeat(32),
  format: 'csv',
  encoding: 'windows-1251',
  delimiter: ';',
  votingDay: '2027-03-19',
  rows: 10,
  valid: 10,
  errorCount: 0,
  warningCount: 3,
  countsByCode: { lossy_encoding: 3 },
  skippedChecks: [],
  createdAt: '2027-03-01T08:00:00.000Z',
  importedAt: null,
  imported: null,
  ...overrides,
});

afterEach(() => useImportStore.getState().reset());

describe('a check report', () => {
  it('blocks a list with lost letters until the commission chooses to go on, then imports on purpose', async () => {
    const shown = report({});
    const { mock } = renderScreen(<ReportView report={shown} focusRequest={0} />, {
      handlers: {
        importVoterFile: () => ({ ...shown, importedAt: '2027-03-01T09:00:00.000Z', imported: 10 }),
        listVoterReports: () => [],
      },
    });
    useImportStore.getState().show(shown);
    expect(screen.getByTestId('lost-letters').textContent).toContain('3 names');
    const button = screen.getByRole('button', { name: /Import 10 valid rows/ });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.className).not.toContain('button-primary');
    fireEvent.click(button);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.click(screen.getByRole('checkbox', { name: /We checked these names/ }));
    expect(button.getAttribute('aria-disabled')).toBeNull();
    fireEvent.click(button);
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).not.toContain('Every row is valid');
    expect(dialog.textContent).toContain('3 warnings');
    fireEvent.click(screen.getByRole('button', { name: 'Import 10 rows' }));
    await waitFor(() =>
      expect(mock.callsOf('importVoterFile')).toEqual([
        { reportId: 'r1', acceptLostLetters: true },
      ]),
    );
  });

  it('says every row is valid only for a report without errors or warnings', async () => {
    const clean = report({ encoding: 'utf-8', warningCount: 0, countsByCode: {} });
    renderScreen(<ReportView report={clean} focusRequest={0} />, { handlers: {} });
    useImportStore.getState().show(clean);
    expect(screen.queryByTestId('lost-letters')).toBeNull();
    const button = screen.getByRole('button', { name: /Import 10 valid rows/ });
    expect(button.className).toContain('button-primary');
    fireEvent.click(button);
    expect((await screen.findByRole('alertdialog')).textContent).toContain('Every row is valid');
  });
});
