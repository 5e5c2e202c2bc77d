import { ColumnHeads } from '../../../ui/ColumnHeads';
import type { ImportFileResult } from '@shared/supervisor/supervisor-contract';
import { useLanguage, useT } from '../../../i18n/use-t';
import { formatInstant } from '../../../ui/date-time-format';
import { fileName, reasonText, seqRange } from '../supervisor-text';

interface ImportResultsProps {
  caption: string;
  files: (ImportFileResult & { importedAt?: string })[];
  testId?: string;
}

/** One row per file: what became of it and why, with its device and seq range. */
export function ImportResults({ caption, files, testId }: ImportResultsProps) {
  const t = useT();
  const language = useLanguage();
  const withTime = files.some((file) => file.importedAt);
  return (
    <table className="data-table import-results" data-testid={testId}>
      <caption>{caption}</caption>
      <ColumnHeads
        prefix="supervisor.col"
        columns={[
          'file',
          withTime ? 'importedAt' : null,
          'status',
          'reason',
          'device',
          'precinct',
          'seq',
          'newEvents',
        ]}
      />
      <tbody>
        {files.map((file, index) => (
          <tr key={`${file.file}-${index}`} className={`import-${file.status}`}>
            <th scope="row" title={file.file}>
              {fileName(file.file)}
            </th>
            {withTime ? (
              <td>{file.importedAt ? formatInstant(file.importedAt, undefined, language) : ''}</td>
            ) : null}
            <td>{t(`supervisor.status.${file.status}`)}</td>
            <td>
              {reasonText(t, file)}
              {file.code ? <span className="reason-code"> ({file.code})</span> : null}
            </td>
            <td className="mono-id">{file.device ?? ''}</td>
            <td>{file.precinctId ?? ''}</td>
            <td>{seqRange(file)}</td>
            <td>{file.newEvents}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
