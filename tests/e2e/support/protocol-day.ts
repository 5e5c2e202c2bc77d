/** Steps the voting-day scenarios share: the opening and count screens, and calls as screens make them. */
import type { Page } from '@playwright/test';
import type { OperationInput, OperationName, OperationOutput } from '../../../src/shared/api';
import type { Result } from '../../../src/shared/result';

/** Calls an operation as the screens do, for the steps the scenario is not about. */
export async function api<K extends OperationName>(
  page: Page,
  name: K,
  input: OperationInput<K>,
): Promise<OperationOutput<K>> {
  const result = (await page.evaluate(
    async ([operation, value]) => {
      const precinct = (
        globalThis as unknown as { precinct: Record<string, (v: unknown) => Promise<unknown>> }
      ).precinct;
      return precinct[operation]!(value);
    },
    [name, input] as [string, unknown],
  )) as Result<OperationOutput<K>>;
  if (!result.ok) throw new Error(`${name}: ${result.error.code}`);
  return result.value;
}

/** One of the Opening and count views, by its name (`views`: the views' navigation, named). */
export async function votingDayView(
  page: Page,
  name: string,
  views = 'Opening and count views',
): Promise<void> {
  await page
    .getByRole('navigation', { name: views })
    .getByRole('button', { name, exact: true })
    .click();
}
