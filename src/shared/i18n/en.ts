/** English messages: the reference set of keys. */
export const en = {
  'app.title': 'Precinct Desk',
  'errors.internal': 'Something went wrong. Nothing was changed.',
} as const;

export type MessageKey = keyof typeof en;
