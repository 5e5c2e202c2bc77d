import type { RegionResult, QuestionTotal } from '@shared/supervisor/results-contract';
import { TextHeads } from '../../../ui/ColumnHeads';
import { useLanguage, useT } from '../../../i18n/use-t';
import { ballotText, questionText } from './result-text';

/** Every region's sums for one question: precincts, protocols, valid and invalid, each option's votes. */
export function RegionTable({
  question,
  regions,
}: {
  question: QuestionTotal;
  regions: RegionResult[];
}) {
  const t = useT();
  const language = useLanguage();
  const options = question.options;
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="results-regions">
        <caption>
          {t('results.regionsCaption', { question: questionText(t, question, language) })}
        </caption>
        <TextHeads
          headers={[
            t('results.rcol.region'),
            t('results.rcol.precincts'),
            t('results.rcol.withProtocol'),
            t('results.rcol.valid'),
            t('results.rcol.invalid'),
            ...options.map((o) => ballotText(o.name, o.optionId, language)),
          ]}
        />
        <tbody>
          {regions.map((region) => {
            const counted = region.questions.find((q) => q.questionId === question.questionId);
            return (
              <tr key={region.region}>
                <th scope="row">{region.region}</th>
                <td>{region.precincts}</td>
                <td>{region.withProtocol}</td>
                <td>{counted?.valid ?? 0}</td>
                <td>{counted?.invalid ?? 0}</td>
                {options.map((o) => (
                  <td key={o.optionId}>
                    {counted?.options.find((c) => c.optionId === o.optionId)?.votes ?? 0}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
