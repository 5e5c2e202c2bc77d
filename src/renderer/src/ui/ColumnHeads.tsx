/**
 * A table's head: one column header a label, in order; a label that is null (a column only some
 * members see) is left out.
 */
export function ColumnHeads({ labels }: { labels: readonly (string | null)[] }) {
  return (
    <thead>
      <tr>
        {labels.map((label, index) =>
          label === null ? null : (
            <th key={index} scope="col">
              {label}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}
