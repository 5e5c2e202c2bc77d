import type { resultsDayEn } from './en';

/** Supervisor mode: a precinct's ballots passed between members and its turnout reports. */
export const resultsDayRu: Record<keyof typeof resultsDayEn, string> = {
  'resultsDay.movesHeading': 'Бюллетени, переданные между членами комиссии',
  'resultsDay.movesCaption': 'Передачи бюллетеней между резервом и членами комиссии, по времени',
  'resultsDay.noMoves': 'После открытия бюллетени не передавались.',
  'resultsDay.stock': 'резерв комиссии',
  'resultsDay.overdrawn':
    '{member}: передано больше бюллетеней, чем получено при открытии и позже: {balance}.',
  'resultsDay.col.at': 'Время',
  'resultsDay.col.from': 'От кого',
  'resultsDay.col.to': 'Кому',
  'resultsDay.col.ballots': 'Бюллетени',
  'resultsDay.reportsCaption': 'Отметки об отправке сведений о явке, по часам',
  'resultsDay.col.hour': 'Час',
  'resultsDay.col.sentAt': 'Отмечено',
  'resultsDay.col.voters': 'Проголосовало избирателей',
  'resultsDay.notSent': 'Не отмечено',
  'results.col.reports': 'Сведения о явке',
  'results.reportsSent': '{sent} из {hours}',
};
