/**
 * The log and each register as plain tables of text (headers and rows): what the CSV files
 * and the printed PDFs hold, column for column as on screen.
 */
import { ENTRY_KINDS } from '@shared/infolog/entry-kinds';
import type { InfoLogDay, InfoLogEntryView } from '@shared/infolog/infolog-contract';
import { assertNever } from '@shared/result';
import { formatCalendarDate } from '../../ui/date-time-format';
import {
  complaintStatusText,
  deadlineText,
  historyLines,
  kindKey,
  optionKey,
  responseText,
  statusText,
  summarizeDetails,
  type TextContext,
} from './infolog-text';
import type { InfoLogView } from './infolog-store';
import { momentCell, type MomentStyle, type PlainTable } from '../../ui/plain-table';
import type { TableLayout } from '../../ui/print-document';

interface TableContext extends TextContext {
  style: MomentStyle;
}

function moment(local: string | null, context: TableContext): string {
  return momentCell(local, context.style, context.language);
}

/** The status with every later change (the register shows corrections beside the original). */
function statusWithHistory(entry: InfoLogEntryView, context: TableContext): string {
  return [statusText(entry, context.t), ...historyLines(entry, context)].join('\n');
}

export function logTable(entries: InfoLogEntryView[], context: TableContext): PlainTable {
  const { t } = context;
  return {
    headers: [
      t('infolog.col.time'),
      t('infolog.col.kind'),
      t('infolog.col.number'),
      t('infolog.col.details'),
      t('infolog.col.recordedBy'),
      t('infolog.col.status'),
    ],
    rows: entries.map((entry) => [
      moment(entry.occurredLocal, context),
      t(kindKey(entry.kind)),
      String(entry.number),
      summarizeDetails(entry.details, context),
      entry.recordedByName ?? '',
      statusWithHistory(entry, context),
    ]),
  };
}

export function observersTable(entries: InfoLogEntryView[], context: TableContext): PlainTable {
  const { t } = context;
  return {
    headers: [
      t('infolog.col.number'),
      t('infolog.col.arrival'),
      t('infolog.col.organisation'),
      t('infolog.col.observer'),
      t('infolog.col.mandate'),
      t('infolog.col.departure'),
      t('infolog.col.recordedBy'),
      t('infolog.col.status'),
    ],
    rows: entries.flatMap((entry) => {
      const d = entry.details;
      if (d.kind !== 'observer') return [];
      return [
        [
          String(entry.number),
          moment(entry.occurredLocal, context),
          `${t(optionKey('organisationType', d.organisationType))}: ${d.organisation}`,
          d.observerName,
          d.mandateNumber,
          d.departedAt
            ? moment(d.departedAt, context)
            : entry.withdrawn
              ? ''
              : t('infolog.present'),
          entry.recordedByName ?? '',
          statusWithHistory(entry, context),
        ],
      ];
    }),
  };
}

export function complaintsTable(entries: InfoLogEntryView[], context: TableContext): PlainTable {
  const { t, language } = context;
  return {
    headers: [
      t('infolog.col.number'),
      t('infolog.col.received'),
      t('infolog.col.complainant'),
      t('infolog.col.subject'),
      t('infolog.col.summary'),
      t('infolog.col.deadline'),
      t('infolog.col.status'),
      t('infolog.col.response'),
      t('infolog.col.recordedBy'),
    ],
    rows: entries.flatMap((entry) => {
      const d = entry.details;
      if (d.kind !== 'complaint' || !entry.complaint) return [];
      const status = entry.withdrawn
        ? statusWithHistory(entry, context)
        : [complaintStatusText(entry.complaint, t), ...historyLines(entry, context)].join('\n');
      return [
        [
          String(entry.number),
          moment(entry.occurredLocal, context),
          d.complainant,
          t(optionKey('subject', d.subject)),
          d.summary,
          deadlineText(entry.complaint, t, language),
          status,
          d.response ? responseText(d.response, context) : '',
          entry.recordedByName ?? '',
        ],
      ];
    }),
  };
}

export function countsTable(days: InfoLogDay[], context: TableContext): PlainTable {
  const { t } = context;
  const totalOf = (day: InfoLogDay) =>
    ENTRY_KINDS.reduce((sum, kind) => sum + day.counts[kind], 0) + day.registrationChecks;
  const sums = ENTRY_KINDS.map((kind) => days.reduce((sum, day) => sum + day.counts[kind], 0));
  const checks = days.reduce((sum, day) => sum + day.registrationChecks, 0);
  return {
    headers: [
      t('infolog.col.date'),
      ...ENTRY_KINDS.map((kind) => t(kindKey(kind))),
      t('infolog.col.registrationChecks'),
      t('infolog.col.total'),
    ],
    rows: [
      ...days.map((day) => [
        context.style === 'sheet' ? day.date : formatCalendarDate(day.date, context.language),
        ...ENTRY_KINDS.map((kind) => String(day.counts[kind])),
        String(day.registrationChecks),
        String(totalOf(day)),
      ]),
      [
        t('infolog.totalRow'),
        ...sums.map(String),
        String(checks),
        String(sums.reduce((a, b) => a + b, 0) + checks),
      ],
    ],
  };
}

/** The table of a view's entries (the counts view has its own). */
export function entriesTable(
  view: Exclude<InfoLogView, 'counts'>,
  entries: InfoLogEntryView[],
  context: TableContext,
): PlainTable {
  switch (view) {
    case 'log':
      return logTable(entries, context);
    case 'observers':
      return observersTable(entries, context);
    case 'complaints':
      return complaintsTable(entries, context);
    default:
      return assertNever(view);
  }
}

const NUMBER = { width: 5, keep: true, numeric: true } as const;
const MOMENT = { width: 13, keep: true } as const;

/**
 * How each view's table prints: landscape for the wide registers, each column's share of the
 * width (a long entry wraps in its own column), numbers and moments never broken.
 */
export const PRINT_LAYOUTS: Record<InfoLogView, TableLayout> = {
  // time, kind, number, details, recorded by, status
  log: {
    orientation: 'landscape',
    columns: [MOMENT, { width: 12 }, NUMBER, { width: 42 }, { width: 13 }, { width: 15 }],
  },
  // number, arrival, organisation, observer, mandate, departure, recorded by, status
  observers: {
    orientation: 'landscape',
    columns: [
      NUMBER,
      MOMENT,
      { width: 20 },
      { width: 15 },
      { width: 10, keep: true },
      MOMENT,
      { width: 11 },
      { width: 13 },
    ],
  },
  // number, received, complainant, subject, summary, deadline, status, response, recorded by
  complaints: {
    orientation: 'landscape',
    columns: [
      NUMBER,
      MOMENT,
      { width: 12 },
      { width: 11 },
      { width: 20 },
      { width: 12 },
      { width: 11 },
      { width: 18 },
      { width: 10 },
    ],
  },
  // date, one column per kind, registration checks, total
  counts: {
    orientation: 'landscape',
    columns: [
      { width: 14, keep: true },
      ...ENTRY_KINDS.map(() => ({ width: 10, keep: true, numeric: true })),
      { width: 12, keep: true, numeric: true },
      { width: 9, keep: true, numeric: true },
    ],
  },
};
