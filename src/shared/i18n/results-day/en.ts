/** Supervisor mode: a precinct's ballots passed between members and its turnout reports. */
export const resultsDayEn = {
  'resultsDay.movesHeading': 'Ballots passed between members',
  'resultsDay.movesCaption': 'Ballots moved between the stock and the members, oldest first',
  'resultsDay.noMoves': 'No ballots were moved after the opening.',
  'resultsDay.stock': 'the commission’s stock',
  'resultsDay.overdrawn':
    '{member} passed on more ballots than were given at the opening and later: {balance}.',
  'resultsDay.col.at': 'Time',
  'resultsDay.col.from': 'From',
  'resultsDay.col.to': 'To',
  'resultsDay.col.ballots': 'Ballots',
  'resultsDay.reportsCaption': 'Turnout reports marked sent, by hour',
  'resultsDay.col.hour': 'Hour',
  'resultsDay.col.sentAt': 'Marked sent',
  'resultsDay.col.voters': 'Voters who had voted',
  'resultsDay.notSent': 'Not marked sent',
  'results.col.reports': 'Turnout reports sent',
  'results.reportsSent': '{sent} of {hours}',
};
