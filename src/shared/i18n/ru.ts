import type { MessageKey } from './en';

export const ru: Record<MessageKey, string> = {
  'app.title': 'Precinct Desk',
  'errors.internal': 'TODO',
};
