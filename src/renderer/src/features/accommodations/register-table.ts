/**
 * The register as a plain table of text: what the screen, the CSV file and the printed PDF
 * show, column for column. No sensitive field: the reason for home voting is never listed.
 */
import type { RegisterRow } from '@shared/accommodations/accommodation-contract';
import { momentCell, type MomentStyle, type PlainTable } from '../../ui/plain-table';
import type { TableLayout } from '../../ui/print-document';
import {
  channelKey,
  itemsOutcomeText,
  itemsStatusText,
  kindsText,
  requesterText,
  type TextContext,
} from './accommodations-text';

export interface RegisterContext extends TextContext {
  style: MomentStyle;
}

/** The column headers, the same on screen and in files. */
export function registerHeaders({ t }: Pick<TextContext, 't'>): string[] {
  return [
    t('accommodations.col.number'),
    t('accommodations.col.received'),
    t('accommodations.col.requester'),
    t('accommodations.col.address'),
    t('accommodations.col.kinds'),
    t('accommodations.col.status'),
    t('accommodations.col.members'),
    t('accommodations.col.outcome'),
  ];
}

/** One register line as cells of text. */
export function registerCells(row: RegisterRow, context: RegisterContext): string[] {
  const { t, language, style } = context;
  const requester = [
    requesterText({ fullName: row.requesterName, onList: row.onList }, t),
    row.contactPhone ? t('accommodations.phoneShort', { phone: row.contactPhone }) : '',
    t(channelKey(row.channel)),
  ]
    .filter(Boolean)
    .join('\n');
  const status = [
    itemsStatusText(row.items, t),
    row.corrections > 0 ? t('accommodations.corrections', { count: row.corrections }) : '',
  ]
    .filter(Boolean)
    .join('\n');
  return [
    String(row.number),
    momentCell(row.received.local, style, language),
    requester,
    row.kinds.includes('home_voting') ? (row.address ?? '') : '',
    kindsText(row.kinds, t),
    status,
    row.membersAssigned.join(', '),
    itemsOutcomeText(row.items, context),
  ];
}

export function registerTable(rows: RegisterRow[], context: RegisterContext): PlainTable {
  return {
    headers: registerHeaders(context),
    rows: rows.map((row) => registerCells(row, context)),
  };
}

/**
 * How the register prints: landscape, each column's share of the width (number, received,
 * requester, address, kinds, status, members, outcome); numbers and moments never broken.
 */
export const REGISTER_PRINT_LAYOUT: TableLayout = {
  orientation: 'landscape',
  columns: [
    { width: 5, keep: true, numeric: true },
    { width: 13, keep: true },
    { width: 17 },
    { width: 17 },
    { width: 12 },
    { width: 12 },
    { width: 11 },
    { width: 13 },
  ],
};
