/**
 * A text field's limit, shown rather than enforced by the browser: an input's `maxLength`
 * cuts pasted text without a word (16,000 characters pasted became 2,000), so the kit's text
 * fields never set it. They show the count as the text nears its limit, mark the field over
 * it (`data-over-limit`), and forms refuse to send while one is (`overLimitControl`).
 */

/** From what share of its limit a field shows its count. */
const SHOW_COUNT_FROM = 0.8;
/** Limits this short (a letter, an IIN) need no count: the field's own check says enough. */
const COUNT_SHOWN_FROM_LIMIT = 20;

export interface TextLimit {
  length: number;
  max: number;
}

export const limitOf = (value: string, max: number | undefined): TextLimit | undefined =>
  max === undefined ? undefined : { length: value.length, max };

/** Whether the text is longer than its field takes (the core refuses it). */
export const isOverLimit = (limit: TextLimit | undefined): boolean =>
  limit !== undefined && limit.length > limit.max;

/** Whether the field shows its count: near the limit or over it. */
export const showsCount = (limit: TextLimit | undefined): boolean =>
  limit !== undefined &&
  (isOverLimit(limit) ||
    (limit.max >= COUNT_SHOWN_FROM_LIMIT && limit.length >= limit.max * SHOW_COUNT_FROM));

/** The first field in the form holding more text than it takes, or null. */
export function overLimitControl(form: HTMLFormElement | null): HTMLElement | null {
  return form?.querySelector<HTMLElement>('[data-over-limit]') ?? null;
}

/**
 * For a form's submit: when a field is over its limit, focus it and answer true (send nothing).
 */
export function refuseOverLimit(form: HTMLFormElement | null): boolean {
  const over = overLimitControl(form);
  if (!over) return false;
  over.focus();
  return true;
}
