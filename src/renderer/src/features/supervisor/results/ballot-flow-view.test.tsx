import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { translate } from '@shared/i18n';
import { renderScreen } from '../../../api/screen-test';
import { BallotFlowView } from './BallotFlowView';

describe('a precinct’s ballots through the day in supervisor mode', () => {
  it('lists the moves, warns of an overdrawn member and shows every hour’s report, in Kazakh', async () => {
    renderScreen(
      <BallotFlowView
        flow={{
          moves: [
            { at: '2027-03-19T04:00:00Z', from: 'Yerlan Zhaksybekov', to: null, ballots: 30 },
          ],
          overdrawn: [{ member: 'Yerlan Zhaksybekov', balance: -10 }],
          turnoutReports: [{ hour: '10:00', sentAt: '2027-03-19T05:01:00Z', votersVoted: 4 }],
        }}
      />,
      { language: 'kk' },
    );
    expect(
      await screen.findByText(
        translate('kk', 'resultsDay.overdrawn', { member: 'Yerlan Zhaksybekov', balance: -10 }),
      ),
    ).toBeTruthy();
    const moves = screen.getByTestId('ballot-moves');
    expect(within(moves).getByText(translate('kk', 'resultsDay.stock'))).toBeTruthy();
    const reports = within(screen.getByTestId('turnout-reports')).getAllByRole('row');
    // A header row and the six fixed hours; only 10:00 was marked sent.
    expect(reports).toHaveLength(7);
    expect(reports[1]?.textContent).toContain('4');
    expect(reports[2]?.textContent).toContain(translate('kk', 'resultsDay.notSent'));
  });
});
