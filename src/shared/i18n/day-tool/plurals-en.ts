/** Counting messages of supervisor mode's package check (see ../plural.ts). */
export const dayToolPluralEn = {
  'packages.rowsRead': { one: '{count} row', other: '{count} rows' },
  'packages.errorRows': { one: '{count} row with errors', other: '{count} rows with errors' },
  'packages.errorsInAll': { one: '{count} error in all', other: '{count} errors in all' },
} satisfies Record<string, { one: string; other: string }>;
