import { useExportTools, usePrecinctFileName } from '../../ui/print-heading';
import { useCallback } from 'react';
import type { MessageKey } from '@shared/i18n';
import type { Result } from '@shared/result';
import { callApi } from '../../api/precinct-client';
import type { Language } from '@shared/roles';
import type { Translate } from '../../i18n/use-t';
import { formatCalendarDate } from '../../ui/date-time-format';
import { kindKey } from './infolog-text';
import type { ExportContent } from '../../ui/ExportButtons';
import { useInfoLogStore, type InfoLogView } from './infolog-store';
import { countsTable, entriesTable, PRINT_LAYOUTS } from './register-tables';
import { type MomentStyle } from '../../ui/plain-table';

export const VIEW_TITLES: Record<InfoLogView, MessageKey> = {
  log: 'infolog.title',
  observers: 'infolog.observersHeading',
  complaints: 'infolog.complaintsHeading',
  counts: 'infolog.countsHeading',
};

const FILE_NAMES: Record<InfoLogView, string> = {
  log: 'information-log',
  observers: 'observers',
  complaints: 'complaints',
  counts: 'counts-by-day',
};

/** The file name (without extension) of a view's export: what, which precinct. */
export function useExportName(view: InfoLogView): string {
  return usePrecinctFileName(FILE_NAMES[view]);
}

/**
 * Builds what a view's CSV or PDF holds: every entry the view shows (all pages), the same
 * columns as on screen, and a heading saying which precinct, which filters, who printed it
 * and when.
 */
export function useExportContent(view: InfoLogView) {
  const toolsFor = useExportTools();

  return useCallback(
    async (style: MomentStyle, fileLanguage: Language): Promise<Result<ExportContent>> => {
      const { t, language, timeZone, headingLines } = toolsFor(fileLanguage);
      const store = useInfoLogStore.getState();
      const context = { t, language, timeZone, style };
      const lines = await headingLines('infolog.print.generated');
      const filters = describeFilters(view, store, t, language);
      if (filters) lines.push(t('infolog.print.filters', { filters }));
      const heading = {
        title: t(VIEW_TITLES[view]),
        lines,
        emptyText: t('infolog.print.empty'),
        signers: [{ role: t('print.role.chair') }, { role: t('print.role.secretary') }],
      };
      const layout = PRINT_LAYOUTS[view];
      if (view === 'counts') {
        const counts = await callApi('getInfoLogCounts', {
          fromDate: store.countRange.fromDate || undefined,
          toDate: store.countRange.toDate || undefined,
        });
        if (!counts.ok) return counts;
        return { ok: true, value: { heading, layout, table: countsTable(counts.value, context) } };
      }
      const entries = await store.exportEntries();
      if (!entries.ok) return entries;
      const table = entriesTable(view, entries.value, context);
      return { ok: true, value: { heading, layout, table } };
    },
    [view, toolsFor],
  );
}

type Store = ReturnType<typeof useInfoLogStore.getState>;

/** The filters in force, in words, or '' when the view shows everything. */
function describeFilters(
  view: InfoLogView,
  store: Store,
  t: Translate,
  language: Language,
): string {
  const parts: string[] = [];
  const date = (value: string) => formatCalendarDate(value, language);
  if (view === 'log') {
    const { kind, fromDate, toDate, memberId, text } = store.filters;
    if (kind) parts.push(`${t('infolog.filterKind')}: ${t(kindKey(kind))}`);
    if (fromDate) parts.push(`${t('infolog.fromDate')}: ${date(fromDate)}`);
    if (toDate) parts.push(`${t('infolog.toDate')}: ${date(toDate)}`);
    if (memberId) {
      const member = store.log?.members.find((m) => m.id === memberId);
      parts.push(`${t('infolog.filterMember')}: ${member?.name ?? ''}`);
    }
    if (text.trim()) parts.push(`${t('infolog.search')}: ${text.trim()}`);
  }
  if (view === 'observers' && store.presentOnly) parts.push(t('infolog.presentOnly'));
  if (view === 'complaints' && store.complaintFilter) {
    parts.push(
      `${t('infolog.complaintFilter')}: ${t(`infolog.complaintFilter.${store.complaintFilter}`)}`,
    );
  }
  if (view === 'counts') {
    const { fromDate, toDate } = store.countRange;
    if (fromDate) parts.push(`${t('infolog.fromDate')}: ${date(fromDate)}`);
    if (toDate) parts.push(`${t('infolog.toDate')}: ${date(toDate)}`);
  }
  return parts.join('; ');
}
