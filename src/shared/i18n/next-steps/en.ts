/** Buttons that know what they can do: why an action is not offered, and the next step. */
export const nextStepsEn = {
  'sync.exportNeedsPackage':
    'Not yet: this laptop has not loaded its precinct package. The chair loads it (above on the chair’s laptop); then a sync file can be exported.',
  'sync.notYourRole':
    'This page moves the laptop’s records to and from USB sticks. The chair and the secretary do it; everything you record goes out in their sync files, so nothing is needed from you here.',
  'voters.find.goImport': 'Import the voter list',
  'voters.find.askImport':
    'The chair, the deputy chair or the secretary imports the list; searching works once it is in.',
} as const;
