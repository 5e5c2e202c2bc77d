import type { TurnoutCell } from '@shared/supervisor/supervisor-contract';
import { useNumbers, useT } from '../../../i18n/use-t';
import { zoneLabel } from '../../../ui/date-time-format';
import { hourEnd, turnoutTable, type TurnoutTable } from './turnout-table';

interface TurnoutViewProps {
  cells: TurnoutCell[];
  /** A precinct's label from its id ("No. 12"); the id where the name is not known. */
  precinctLabel: (precinctId: string) => string;
  /** Also the per-region table and chart (the overview; a precinct's own page has one row). */
  byRegion: boolean;
  /** Voters on the lists of the precincts a row counts: turnout is shown as a share of them. */
  precinctsListed: Map<string, { region: string; voters: number }>;
}

/** The voters on the lists a row counts: its precinct's, or its region's precincts' together. */
function listedBy(
  listed: TurnoutViewProps['precinctsListed'],
  of: 'precinct' | 'region',
): (key: string) => number {
  return (key) => {
    if (of === 'precinct') return listed.get(key)?.voters ?? 0;
    let sum = 0;
    for (const precinct of listed.values()) if (precinct.region === key) sum += precinct.voters;
    return sum;
  };
}

/**
 * Cumulative turnout by precinct-local hour: per region (with a small bar chart for the eye,
 * hidden from screen readers, which read the same figures in the table) and per precinct.
 */
export function TurnoutView({ cells, precinctLabel, byRegion, precinctsListed }: TurnoutViewProps) {
  const numbers = useNumbers();
  const t = useT();
  const regions = turnoutTable(cells, (cell) => cell.region);
  const precincts = turnoutTable(cells, (cell) => cell.precinctId);
  if (precincts.hours.length === 0) return <p>{t('supervisor.turnout.empty')}</p>;
  const latest = (ballots: number[]) => ballots[ballots.length - 1] ?? 0;
  const largest = Math.max(1, ...regions.rows.map((row) => latest(row.ballots)));
  return (
    <>
      <p>{t('supervisor.turnout.intro')}</p>
      <p>{t('supervisor.turnout.note', { zone: zoneLabel(undefined) })}</p>
      {byRegion ? (
        <>
          <div className="counts-chart" aria-hidden="true">
            <p className="counts-chart-title">{t('supervisor.turnout.chartTitle')}</p>
            {regions.rows.map((row) => (
              <div key={row.key} className="counts-row">
                <span className="counts-date">{row.key}</span>
                <span className="counts-bar">
                  <span
                    className="counts-segment turnout-segment"
                    style={{ width: `${(latest(row.ballots) / largest) * 100}%` }}
                  />
                </span>
                <span className="counts-total">{numbers.number(latest(row.ballots))}</span>
              </div>
            ))}
          </div>
          <HourTable
            caption={t('supervisor.turnout.byRegion')}
            first={t('supervisor.col.region')}
            table={regions}
            label={(key) => key}
            listed={listedBy(precinctsListed, 'region')}
            testId="turnout-regions"
          />
        </>
      ) : null}
      <HourTable
        caption={t('supervisor.turnout.byPrecinct')}
        first={t('supervisor.col.precinct')}
        table={precincts}
        label={precinctLabel}
        listed={listedBy(precinctsListed, 'precinct')}
        testId="turnout-precincts"
      />
    </>
  );
}

function HourTable({
  caption,
  first,
  table,
  label,
  listed,
  testId,
}: {
  caption: string;
  first: string;
  table: TurnoutTable;
  label: (key: string) => string;
  listed: (key: string) => number;
  testId: string;
}) {
  const t = useT();
  const numbers = useNumbers();
  return (
    <div className="table-scroll">
      <table className="data-table turnout-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            {table.hours.map((hour) => (
              <th key={hour} scope="col">
                {t('supervisor.turnout.by', { time: hourEnd(hour) })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => {
            const voters = listed(row.key);
            return (
              <tr key={row.key}>
                <th scope="row">{label(row.key)}</th>
                {row.ballots.map((ballots, index) => (
                  <td key={table.hours[index]}>
                    {numbers.number(ballots)}
                    {voters > 0 ? (
                      <span className="turnout-share">
                        {numbers.percent((ballots / voters) * 100)}
                      </span>
                    ) : null}
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
