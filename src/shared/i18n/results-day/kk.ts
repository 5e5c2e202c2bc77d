import type { resultsDayEn } from './en';

/** Supervisor mode: a precinct's ballots passed between members and its turnout reports. */
export const resultsDayKk: Record<keyof typeof resultsDayEn, string> = {
  'resultsDay.movesHeading': 'Комиссия мүшелері арасында берілген бюллетеньдер',
  'resultsDay.movesCaption': 'Қор мен мүшелер арасындағы бюллетень берілімдері, уақыт бойынша',
  'resultsDay.noMoves': 'Ашылғаннан кейін бюллетеньдер берілмеген.',
  'resultsDay.stock': 'комиссия қоры',
  'resultsDay.overdrawn':
    '{member}: ашылғанда және кейін алғанынан көп бюллетень берілген: {balance}.',
  'resultsDay.col.at': 'Уақыты',
  'resultsDay.col.from': 'Кімнен',
  'resultsDay.col.to': 'Кімге',
  'resultsDay.col.ballots': 'Бюллетеньдер',
  'resultsDay.reportsCaption':
    'Дауыс беруге қатысу туралы мәліметтердің жіберілгені, сағат бойынша',
  'resultsDay.col.hour': 'Сағат',
  'resultsDay.col.sentAt': 'Белгіленген уақыты',
  'resultsDay.col.voters': 'Дауыс берген сайлаушылар',
  'resultsDay.notSent': 'Белгіленбеген',
  'results.col.reports': 'Қатысу туралы мәліметтер',
  'results.reportsSent': '{hours} ішінен {sent}',
};
