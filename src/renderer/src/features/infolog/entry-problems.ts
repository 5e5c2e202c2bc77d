import type { MessageKey } from '@shared/i18n';
import type { ApiError } from '@shared/result';
import { errorKey } from '../../i18n/message-keys';
import type { Translate } from '../../i18n/use-t';
import { textProblem } from '../../ui/field-problem';
import { formFieldOf } from './entry-form';

/**
 * Where a refusal from the core belongs: at the field it names, if the form shows that
 * field, with a message for that field; otherwise nowhere in particular (null).
 */
export function fieldProblemOf(
  error: ApiError,
  fieldText: (name: string) => { value: string; maxLength: number } | null,
  shownFields: readonly string[],
  t: Translate,
): { field: string; message: string } | null {
  const path = error.details?.field;
  if (typeof path !== 'string' || path === '') return null;
  const field = formFieldOf(path);
  if (!shownFields.includes(field)) return null;
  if (error.code !== 'invalid_input') return { field, message: t(errorKey(error.code)) };
  const text = fieldText(field);
  const key: MessageKey = text ? textProblem(text.value, text.maxLength) : 'validation.invalid';
  return { field, message: t(key) };
}
