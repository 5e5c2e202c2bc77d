/** The dashboard's precincts table: search, sort, region and pages (a national store's 10,459). */
export const precinctListEn = {
  'errors.precinct_query_invalid':
    'The precincts table cannot show that page: the order, the page or the search is not valid.',
  'precinctList.search': 'Find a precinct',
  'precinctList.searchHint': 'Its number, or a part of its name.',
  'precinctList.pages': 'Pages of the precincts table',
  'precinctList.none': 'No precinct matches.',
  'precinctList.turnoutPage': 'Per precinct: the precincts on the page of the table above.',
  'precinctList.noDevice': 'No device matches.',
  'precinctList.devicePages': 'Pages of the devices table',
};
