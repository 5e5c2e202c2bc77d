/** A precinct laptop handed back to the central commission, opened with the commission's key. */
export const returnedLaptopEn = {
  'errors.not_precinct_folder':
    'That folder holds no precinct’s data: choose the data folder of the returned laptop.',
  'errors.no_central_wrap':
    'This laptop’s folder holds no copy of its key for the central commission (a precinct set up by hand, without a package): only a member’s PIN or the recovery code opens it.',
  'errors.central_key_mismatch':
    'This laptop was sealed for another central commission’s key: this store cannot open it.',
  'errors.laptop_store_unreadable':
    'The laptop’s store does not open with the key its folder gives: the store or its door file is damaged or was replaced.',

  'returnedLaptop.title': 'Open a returned laptop',
  'returnedLaptop.intro':
    'A precinct laptop handed back after the election opens here with the central commission’s key, even when every PIN and the recovery code are lost. Its folder is only read, never changed.',
  'returnedLaptop.choose': 'Choose the laptop’s data folder',
  'returnedLaptop.pickTitle': 'The returned laptop’s data folder',
  'returnedLaptop.busy': 'Opening the laptop…',
  'returnedLaptop.summaryTitle': 'What the laptop holds',
  'returnedLaptop.folder': 'Folder',
  'returnedLaptop.precinct': 'Precinct',
  'returnedLaptop.precinctValue': 'No. {number}, {name} ({id})',
  'returnedLaptop.noPrecinct': 'No precinct set up on it',
  'returnedLaptop.laptop': 'Laptop',
  'returnedLaptop.laptopValue': '{device}, slot {slot}',
  'returnedLaptop.events': 'Events',
  'returnedLaptop.eventsValue': 'in its log: {events}; its own last: No. {lastSeq}',
  'returnedLaptop.chain': 'Event chain',
  'returnedLaptop.chainOk': 'Verified (events checked: {checked})',
  'returnedLaptop.chainBroken': 'Broken at device {device}, event No. {seq}',
  'returnedLaptop.lastExport': 'Last export',
  'returnedLaptop.lastExportValue': '{at}, up to event No. {seq}; events after it: {after}',
  'returnedLaptop.neverExported': 'Never exported; events: {after}',
  'returnedLaptop.closed': 'Precinct closed',
  'returnedLaptop.yes': 'Yes',
  'returnedLaptop.no': 'No',
  'returnedLaptop.protocol': 'Protocol versions',
  'returnedLaptop.protocolNone': 'None',
  'returnedLaptop.protocolVersion': 'version {version}, signed {at}',
  'returnedLaptop.import': 'Import its events into the central store',
  'returnedLaptop.importing': 'Importing…',
  'returnedLaptop.imported': 'The laptop’s events were imported: new events: {newEvents}.',
  'returnedLaptop.importCaption': 'The returned laptop’s events',
};
