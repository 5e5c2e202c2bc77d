import type { z } from 'zod';

/** One operation of the contract: its input schema and, as a type only, its result. */
export interface Operation<I extends z.ZodType, O> {
  input: I;
  /** Phantom marker carrying the result type; never read at run time. */
  output?: O;
}

/** Declares an operation: `op<Result>()(inputSchema)`. */
export function op<O>() {
  return <I extends z.ZodType>(input: I): Operation<I, O> => ({ input });
}
