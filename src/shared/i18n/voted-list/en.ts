/** The paper list of who has voted: the printout, its buttons and the hourly suggestion. */
export const votedListEn = {
  'votedList.title': 'List of voters who have received a ballot',
  'votedList.section': 'Section of the list: {name} ({desk})',
  'votedList.wholeList': 'The whole list (it is not split into sections)',
  'votedList.outside': 'Voters in no section of the list',
  'votedList.votingDay': '{election}, voting day {day}',
  'votedList.printed': 'Printed {date} at {time}, precinct time ({zone}).',
  'votedList.intro':
    'Each voter holding a ballot at the time printed, in surname order; a ballot undone is left out. No IIN is printed: the date of birth tells namesakes apart.',
  'votedList.col.number': 'No.',
  'votedList.col.name': 'Surname, name, patronymic',
  'votedList.col.birthDate': 'Date of birth',
  'votedList.col.time': 'Ballot issued at',
  'votedList.col.place': 'Where',
  'votedList.place.station': 'At the station',
  'votedList.place.portable_box': 'Portable box',
  'votedList.notOnList': 'Not on this laptop’s list',
  'votedList.empty': 'Nobody in this part of the list has received a ballot yet.',
  'votedList.panel.title': 'Paper list of who has voted',
  'votedList.panel.intro':
    'Print it every hour while voting goes on and keep it with the paper list: if every laptop fails, the commission goes on with paper.',
  'votedList.panel.sections': 'The list to print',
  'votedList.print.all': 'Print all sections / save as PDF',
  'votedList.print.whole': 'Print the list of who has voted / save as PDF',
  'votedList.print.section': 'Print section {name} / save as PDF',
  'votedList.suggest.title': 'Time to print the list of who has voted',
  'votedList.suggest.text':
    'It is {time}: print the paper list of who has voted, so the commission can go on with paper if the laptops fail.',
  'votedList.suggest.print': 'Print the list of who has voted / save as PDF',
  'votedList.suggest.dismiss': 'Not now (until {time})',
  'errors.section_not_found': 'This section of the list no longer exists. Choose another.',
};
