/** How many precincts the table's search and region match, and the rows shown. */
export const precinctListPluralEn = {
  'precinctList.found': {
    one: '{count} precinct matches; rows {from}–{to} shown.',
    other: '{count} precincts match; rows {from}–{to} shown.',
  },
  'precinctList.devicesFound': {
    one: '{count} device matches; rows {from}–{to} shown.',
    other: '{count} devices match; rows {from}–{to} shown.',
  },
};
