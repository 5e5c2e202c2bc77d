import type { MessageKey } from './en';

export const kk: Record<MessageKey, string> = {
  'app.title': 'Precinct Desk',
  'errors.internal': 'TODO',
};
