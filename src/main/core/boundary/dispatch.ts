import { contract, type ApiHandlers, type OperationName } from '@shared/api';
import { DomainError, err, ok, type Result } from '@shared/result';
import { databaseFailure } from '../kernel/media-failure';

/**
 * The one door into the core for every host: checks the operation exists, parses its input
 * with the contract's schema, runs the handler and turns expected failures into error values.
 * Unexpected errors are logged by name only (their text may hold personal data) and answered
 * with `internal`; a failure of the medium under the database is answered with its code
 * (kernel/media-failure.ts).
 */
export async function dispatch(
  handlers: ApiHandlers,
  name: string,
  rawInput: unknown,
): Promise<Result<unknown>> {
  if (!Object.hasOwn(contract, name)) return err('invalid_input', `Unknown operation ${name}`);
  const operation = name as OperationName;
  const parsed = contract[operation].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const details: Record<string, string | number> = { field: first ? first.path.join('.') : '' };
    // A text over its limit is refused whole, never cut: the answer names the field and its
    // limit, so the screen can say how much to shorten.
    if (first?.code === 'too_big' && first.origin === 'string') details.max = Number(first.maximum);
    return err('invalid_input', `Invalid input for ${operation}`, details);
  }
  try {
    const handler = handlers[operation] as (input: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof DomainError) return err(error.code, error.message, error.details);
    // A full disk or a failing medium under the database: the transaction rolled back.
    const media = databaseFailure(error);
    if (media) return err(media.code, media.message);
    console.error(
      `Precinct Desk: internal error in ${operation}: ${(error as Error)?.name ?? 'unknown'}`,
    );
    if (process.env.PRECINCT_DESK_DEBUG === '1') console.error(error);
    return err('internal', 'Internal error');
  }
}
