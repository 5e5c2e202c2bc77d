import { translate } from '../../../shared/i18n';
import type { Language } from '../../../shared/roles';
import { VOTER_FIELDS, type ListIssue } from '../../../shared/voters/voter-api';

/** One CSV cell: quoted when it holds a delimiter, a quote or a line break. */
export function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A check report as CSV in the member's language: one line per problem with the row's cells,
 * so rejected rows can be fixed and imported again. Starts with a byte-order mark so Excel
 * opens the Cyrillic text correctly.
 */
export function reportCsv(issues: ListIssue[], language: Language): string {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(language, key, params);
  const header = [
    t('voters.csv.row'),
    t('voters.csv.severity'),
    t('voters.csv.code'),
    t('voters.csv.field'),
    t('voters.csv.message'),
    ...VOTER_FIELDS.map((field) => t(`voters.field.${field}`)),
  ];
  const lines = [header.map(csvCell).join(',')];
  for (const issue of issues) {
    lines.push(
      [
        issue.row,
        t(`voters.severity.${issue.severity}`),
        issue.code,
        issue.field ? t(`voters.field.${issue.field}`) : '',
        t(`voters.issue.${issue.code}`, issue.details),
        ...VOTER_FIELDS.map((field) => issue.cells[field] ?? ''),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
