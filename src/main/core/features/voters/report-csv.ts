import { csvLines } from '@shared/csv';
import { translate } from '@shared/i18n';
import type { Language } from '@shared/roles';
import { VOTER_FIELDS, type ListIssue } from '@shared/voters/voter-api';

/**
 * A check report as CSV in the member's language: one line per problem with the row's cells,
 * so rejected rows can be fixed and imported again (the importer reads the `;` it is written
 * with). It comes in chunks, the header and then one per page of issues, so a report on a
 * large list is written without holding it whole. The caller writes it after a byte order
 * mark, as every CSV of the app.
 */
export function* reportCsvChunks(
  pages: Iterable<ListIssue[]>,
  language: Language,
): Generator<string> {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(language, key, params);
  yield csvLines([
    [
      t('voters.csv.row'),
      t('voters.csv.severity'),
      t('voters.csv.code'),
      t('voters.csv.field'),
      t('voters.csv.message'),
      ...VOTER_FIELDS.map((field) => t(`voters.field.${field}`)),
    ],
  ]);
  for (const issues of pages) {
    yield csvLines(
      issues.map((issue) => [
        issue.row,
        t(`voters.severity.${issue.severity}`),
        issue.code,
        issue.field ? t(`voters.field.${issue.field}`) : '',
        t(`voters.issue.${issue.code}`, issue.details),
        ...VOTER_FIELDS.map((field) => issue.cells[field] ?? ''),
      ]),
    );
  }
}
