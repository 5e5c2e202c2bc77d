/** The order a table is read in: a column and its direction. */
export interface SortOrder<S extends string> {
  sort: S;
  descending: boolean;
}

/** One column header: its words, and the order it sorts by (null: not sortable). */
export interface SortColumn<S extends string> {
  label: string;
  sort: S | null;
}

/**
 * A table's head whose sortable column headers are buttons: aria-sort on the header says the
 * order in force (the arrow beside it is for the eye only); pressed again, the order turns.
 */
export function SortHeads<S extends string>({
  columns,
  order,
  onSort,
}: {
  columns: readonly SortColumn<S>[];
  order: SortOrder<S>;
  onSort: (order: SortOrder<S>) => void;
}) {
  return (
    <thead>
      <tr>
        {columns.map((column) => {
          const sort = column.sort;
          const current = sort !== null && sort === order.sort;
          return (
            <th
              key={column.label}
              scope="col"
              aria-sort={current ? (order.descending ? 'descending' : 'ascending') : undefined}
            >
              {sort === null ? (
                column.label
              ) : (
                <button
                  type="button"
                  className="button-link sort-button"
                  onClick={() => onSort({ sort, descending: current ? !order.descending : false })}
                >
                  {column.label}
                  <span aria-hidden="true">{current ? (order.descending ? ' ▼' : ' ▲') : ''}</span>
                </button>
              )}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
