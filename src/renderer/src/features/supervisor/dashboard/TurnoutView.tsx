import type { RegionTurnoutCell, TurnoutCell } from '@shared/supervisor/supervisor-contract';
import { useNumbers, useT } from '../../../i18n/use-t';
import { zoneLabel } from '../../../ui/date-time-format';
import { hourEnd, turnoutTable, type TurnoutTable } from './turnout-table';

interface TurnoutViewProps {
  /** Per precinct: one precinct's page, or the precincts on the overview table's page. */
  cells: TurnoutCell[];
  /** A precinct's label from its id ("No. 12"); the id where the name is not known. */
  precinctLabel: (precinctId: string) => string;
  /** Voters on each precinct's list: turnout is shown as a share of them. */
  precinctVoters: Map<string, number>;
  /** The overview's per-region figures, with a small chart (a precinct's own page has none). */
  regions?: { cells: RegionTurnoutCell[]; voters: Map<string, number> };
  /** Said above the per-precinct table (the overview's: which precincts it holds). */
  precinctNote?: string;
}

/**
 * Cumulative turnout by precinct-local hour: per region (with a small bar chart for the eye,
 * hidden from screen readers, which read the same figures in the table) and per precinct.
 */
export function TurnoutView({
  cells,
  precinctLabel,
  precinctVoters,
  regions: byRegion,
  precinctNote,
}: TurnoutViewProps) {
  const numbers = useNumbers();
  const t = useT();
  // A region's cells are cumulative already: laid out as one row each, carried across hours.
  const regions = turnoutTable(
    (byRegion?.cells ?? []).map((cell) => ({ ...cell, precinctId: cell.region })),
    (cell) => cell.region,
  );
  const precincts = turnoutTable(cells, (cell) => cell.precinctId);
  if (precincts.hours.length === 0 && regions.hours.length === 0) {
    return <p>{t('supervisor.turnout.empty')}</p>;
  }
  const latest = (ballots: number[]) => ballots[ballots.length - 1] ?? 0;
  const largest = Math.max(1, ...regions.rows.map((row) => latest(row.ballots)));
  return (
    <>
      <p>{t('supervisor.turnout.intro')}</p>
      <p>{t('supervisor.turnout.note', { zone: zoneLabel(undefined) })}</p>
      {byRegion && regions.hours.length > 0 ? (
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
            listed={(key) => byRegion.voters.get(key) ?? 0}
            testId="turnout-regions"
          />
        </>
      ) : null}
      {precincts.hours.length > 0 ? (
        <>
          {precinctNote ? <p>{precinctNote}</p> : null}
          <HourTable
            caption={t('supervisor.turnout.byPrecinct')}
            first={t('supervisor.col.precinct')}
            table={precincts}
            label={precinctLabel}
            listed={(key) => precinctVoters.get(key) ?? 0}
            testId="turnout-precincts"
          />
        </>
      ) : null}
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
