import type { ProtocolVersionView } from '@shared/supervisor/results-contract';
import { lineLabel } from '@shared/protocol/protocol-line-labels';
import {
  ballotLineOrder,
  questionLineOrder,
  type BallotLineKey,
  type ProtocolLine,
} from '@shared/protocol/protocol-lines';
import { useQuery } from '../../../api/queries';
import { describeError } from '../../../i18n/describe-error';
import { useLanguage, useT } from '../../../i18n/use-t';
import { TextHeads } from '../../../ui/ColumnHeads';
import { formatInstant } from '../../../ui/date-time-format';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessage } from '../../../ui/StatusMessage';
import { BallotFlowView } from './BallotFlowView';

/** A precinct's voting day and every protocol version it signed, newest first, with its checks. */
export function ProtocolVersionsView({
  precinctId,
  onBack,
}: {
  precinctId: string;
  onBack: () => void;
}) {
  const t = useT();
  const language = useLanguage();
  const { data, error } = useQuery('getPrecinctProtocols', { precinctId });
  const when = (at: string | null) =>
    at ? formatInstant(at, undefined, language) : t('results.notYet');
  return (
    <section className="section">
      <button type="button" className="button-secondary" onClick={onBack}>
        {t('results.back')}
      </button>
      <ErrorAlert message={error ? describeError(error, language) : null} />
      {!data && !error ? <StatusMessage>{t('common.loading')}</StatusMessage> : null}
      {data ? (
        <>
          <PageHeading focusOnMount>
            {t('results.protocols.title', { number: data.number, name: data.name })}
          </PageHeading>
          <h2>{t('results.day')}</h2>
          <dl className="key-figures" data-testid="voting-day">
            <div>
              <dt>{t('results.opened')}</dt>
              <dd>{when(data.openedAt)}</dd>
            </div>
            <div>
              <dt>{t('results.closed')}</dt>
              <dd>{when(data.closedAt)}</dd>
            </div>
            <div>
              <dt>{t('results.ballotsAtOpening')}</dt>
              <dd>{data.ballotsReceivedAtOpening ?? t('results.notYet')}</dd>
            </div>
            <div>
              <dt>{t('results.spoiledEvents')}</dt>
              <dd>{data.spoiledEvents}</dd>
            </div>
            <div>
              <dt>{t('results.votersOnList')}</dt>
              <dd>{data.votersOnList}</dd>
            </div>
            <div>
              <dt>{t('results.ballotEvents')}</dt>
              <dd>{data.ballotEventsAtStation}</dd>
            </div>
          </dl>
          <BallotFlowView flow={data} />
          {data.versions.length === 0 ? <p>{t('results.noProtocol')}</p> : null}
          {data.versions.map((version) => (
            <VersionView key={version.protocolId} version={version} lines={data.lines} />
          ))}
        </>
      ) : null}
    </section>
  );
}

function VersionView({
  version,
  lines,
}: {
  version: ProtocolVersionView;
  lines: readonly ProtocolLine[];
}) {
  const t = useT();
  const language = useLanguage();
  // The package's labels in Kazakh and Russian; the dictionary's in English.
  const lineText = (key: BallotLineKey | 'valid' | 'invalid') =>
    language === 'en'
      ? t(key === 'valid' || key === 'invalid' ? `results.${key}` : `results.figure.${key}`)
      : lineLabel(lines, key, language);
  const id = `protocol-${version.protocolId}`;
  const label = t('results.version', { version: version.version });
  return (
    <section aria-labelledby={id} data-testid="protocol-version">
      <h2 id={id}>
        {label} — {version.superseded ? t('results.superseded') : t('results.inForce')}
      </h2>
      <p>
        {t('results.signed', {
          at: formatInstant(version.signedAt, undefined, language),
          names: version.signedBy.join(', '),
        })}
      </p>
      {version.supersedes ? (
        <p>
          {t('results.correction', {
            protocol: version.supersedes,
            reason: version.correctionReason ?? '',
          })}
        </p>
      ) : null}
      <div className="table-scroll">
        <table className="data-table">
          <caption>{t('results.figuresCaption', { version: version.version })}</caption>
          <TextHeads headers={[t('results.figure'), t('results.value')]} />
          <tbody>
            {ballotLineOrder(lines).map((line) => (
              <tr key={line}>
                <th scope="row">{lineText(line)}</th>
                <td>{version.figures[line]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {version.figures.questions.map((question) => (
        <div className="table-scroll" key={question.question_id}>
          <table className="data-table">
            <caption>
              {t('results.votesCaption', {
                version: version.version,
                question: t('results.question', { id: question.question_id }),
              })}
            </caption>
            <TextHeads headers={[t('results.option'), t('results.votes')]} />
            <tbody>
              {Object.entries(question.votes).map(([option, votes]) => (
                <tr key={option}>
                  <th scope="row">{option}</th>
                  <td>{votes}</td>
                </tr>
              ))}
              {questionLineOrder(lines).map((key) => (
                <tr key={key}>
                  <th scope="row">{lineText(key)}</th>
                  <td>{question[key]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      <div className="table-scroll">
        <table className="data-table" data-testid="protocol-checks">
          <caption>{t('results.checksCaption', { version: version.version })}</caption>
          <TextHeads
            headers={[
              t('results.ccol.relation'),
              t('results.ccol.left'),
              t('results.ccol.right'),
              t('results.ccol.result'),
              t('results.ccol.explanation'),
            ]}
          />
          <tbody>
            {version.checks.map((check) => (
              <tr
                key={`${check.relation}:${check.questionId ?? ''}`}
                className={check.holds ? undefined : 'check-fails'}
              >
                <th scope="row">
                  {t(`results.relation.${check.relation}`, {
                    question: check.questionId ?? '',
                  })}
                </th>
                <td>{check.left}</td>
                <td>{check.right}</td>
                <td>{check.holds ? t('results.holds') : t('results.fails')}</td>
                <td>{check.explanation ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
