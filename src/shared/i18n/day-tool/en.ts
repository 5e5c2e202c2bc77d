/** Supervisor mode's package check, the date picker's calendar and the date parts' names. */
export const dayToolEn = {
  'supervisor.packages.checking': 'Checking the voter list…',
  'supervisor.packages.listBlocked':
    'No package can be made from this list: {rows} ({errors}). Correct the list, then choose it again.',
  'supervisor.packages.listReady': 'The list was checked: {rows}, none with errors.',
  'supervisor.packages.cannotCheck': 'No package can be made from these files: {problem}',

  'date.part.day': 'day',
  'date.part.month': 'month',
  'date.part.year': 'year',
  'date.part.hour': 'hour',
  'date.part.minute': 'minute',
  'date.calendar.open': 'Choose the date on a calendar: {field}',
  'date.calendar.label': 'Calendar: {field}',
  'date.calendar.previous': 'Previous month',
  'date.calendar.next': 'Next month',
};
