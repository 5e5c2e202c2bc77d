import type { MessageKey } from '@shared/i18n';
import { useT } from '../i18n/use-t';

/** The rest of the message keys that start with `prefix.`. */
type KeysUnder<P extends string> = P extends ''
  ? MessageKey
  : MessageKey extends infer K
    ? K extends `${P}.${infer Rest}`
      ? Rest
      : never
    : never;

/**
 * A table's head: one column header a message key (under `prefix`, when the columns share one),
 * in order; a column only some members see is null for the others and left out.
 */
export function ColumnHeads<P extends string = ''>({
  prefix,
  columns,
}: {
  prefix?: P;
  columns: readonly (KeysUnder<P> | null)[];
}) {
  const t = useT();
  return (
    <thead>
      <tr>
        {columns.map((column, index) =>
          column === null ? null : (
            <th key={index} scope="col">
              {t((prefix ? `${prefix}.${column}` : column) as MessageKey)}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}

/** A table's head whose column headers are already in words (a sheet made for export too). */
export function TextHeads({ headers }: { headers: readonly string[] }) {
  return (
    <thead>
      <tr>
        {headers.map((header) => (
          <th key={header} scope="col">
            {header}
          </th>
        ))}
      </tr>
    </thead>
  );
}
