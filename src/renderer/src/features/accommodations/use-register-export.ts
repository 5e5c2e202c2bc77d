import { useExportTools, usePrecinctFileName } from '../../ui/print-heading';
import { useCallback } from 'react';
import type { Result } from '@shared/result';
import type { Language } from '@shared/roles';
import type { Translate } from '../../i18n/use-t';
import { formatCalendarDate } from '../../ui/date-time-format';
import type { ExportContent } from '../../ui/ExportButtons';
import type { MomentStyle } from '../../ui/plain-table';
import { kindKey, statusKey } from './accommodations-text';
import { useAccommodationsStore, type RegisterFilters } from './accommodations-store';
import { REGISTER_PRINT_LAYOUT, registerTable } from './register-table';

/** The file name (without extension) of the register's exports: what, which precinct. */
export function useRegisterExportName(): string {
  return usePrecinctFileName('accommodation-register');
}

/**
 * Builds what the register's CSV or PDF holds: every request the filters match (all pages),
 * oldest first as in a paper register, with a heading saying which precinct, which filters,
 * who printed it and when, and lines for the chair's and secretary's signatures.
 */
export function useRegisterExport() {
  const toolsFor = useExportTools();

  return useCallback(
    async (style: MomentStyle, fileLanguage: Language): Promise<Result<ExportContent>> => {
      const { t, language, timeZone, headingLines } = toolsFor(fileLanguage);
      const store = useAccommodationsStore.getState();
      const lines = await headingLines('accommodations.print.generated');
      const filters = describeFilters(store.filters, t, language);
      if (filters) lines.push(t('accommodations.print.filters', { filters }));
      const rows = await store.exportRows();
      if (!rows.ok) return rows;
      const context = { t, language, timeZone, style };
      return {
        ok: true,
        value: {
          heading: {
            title: t('accommodations.registerTitle'),
            lines,
            emptyText: t('accommodations.print.empty'),
            signers: [{ role: t('print.role.chair') }, { role: t('print.role.secretary') }],
          },
          table: registerTable(rows.value, context),
          layout: REGISTER_PRINT_LAYOUT,
        },
      };
    },
    [toolsFor],
  );
}

/** The filters in force, in words, or '' when the register shows everything. */
function describeFilters(filters: RegisterFilters, t: Translate, language: Language): string {
  const parts: string[] = [];
  const date = (value: string) => formatCalendarDate(value, language);
  if (filters.kind) parts.push(`${t('accommodations.filter.kind')}: ${t(kindKey(filters.kind))}`);
  if (filters.status) {
    parts.push(`${t('accommodations.filter.status')}: ${t(statusKey(filters.status))}`);
  }
  if (filters.fromDate) parts.push(`${t('accommodations.filter.from')}: ${date(filters.fromDate)}`);
  if (filters.toDate) parts.push(`${t('accommodations.filter.to')}: ${date(filters.toDate)}`);
  if (filters.text.trim()) parts.push(`${t('accommodations.filter.text')}: ${filters.text.trim()}`);
  if (filters.notOnListOnly) parts.push(t('accommodations.filter.notOnListOnly'));
  return parts.join('; ');
}
