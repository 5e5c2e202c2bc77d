/**
 * A typed stand-in for `window.precinct`, so a screen or a store can be exercised in a unit
 * test without a host or a core: each operation a test needs answers what the test says (a
 * value, or a refusal with `refuse`), every call is recorded, and any other operation is
 * refused as `internal`.
 */
import type { OperationInput, OperationName, OperationOutput, PrecinctApi } from '@shared/api';
import type { ApiError, ErrorCode, Result } from '@shared/result';

const REFUSAL = Symbol('refusal');
type Refusal = { [REFUSAL]: ApiError };

/** An answer that refuses, for a handler: `refuse('wrong_pin')`. */
export const refuse = (code: ErrorCode, details?: ApiError['details']): Refusal => ({
  [REFUSAL]: { code, message: code, ...(details ? { details } : {}) },
});

export type MockHandlers = {
  [K in OperationName]?: (
    input: OperationInput<K>,
  ) => OperationOutput<K> | Refusal | Promise<OperationOutput<K> | Refusal>;
};

export interface MockPrecinct {
  api: PrecinctApi;
  calls: { name: OperationName; input: unknown }[];
  /** The inputs of every call of one operation, in order. */
  callsOf: <K extends OperationName>(name: K) => OperationInput<K>[];
}

export function mockPrecinct(handlers: MockHandlers): MockPrecinct {
  const calls: MockPrecinct['calls'] = [];
  const api = new Proxy({} as PrecinctApi, {
    get: (_target, name: string) => async (input: unknown) => {
      calls.push({ name: name as OperationName, input });
      const handler = handlers[name as OperationName] as
        ((input: unknown) => unknown | Promise<unknown>) | undefined;
      if (!handler) {
        return { ok: false, error: { code: 'internal', message: `No mock for ${name}` } };
      }
      const answer = await handler(input);
      return (
        answer && typeof answer === 'object' && REFUSAL in answer
          ? { ok: false, error: (answer as Refusal)[REFUSAL] }
          : { ok: true, value: answer }
      ) as Result<unknown>;
    },
  });
  return {
    api,
    calls,
    callsOf: <K extends OperationName>(name: K) =>
      calls.filter((call) => call.name === name).map((call) => call.input as OperationInput<K>),
  };
}

/** Puts the mock where the client looks for the host (a window is made in a bare test). */
export function installMockPrecinct(handlers: MockHandlers): MockPrecinct {
  const mock = mockPrecinct(handlers);
  const scope = globalThis as unknown as { window?: { precinct: PrecinctApi } };
  scope.window ??= {} as { precinct: PrecinctApi };
  scope.window.precinct = mock.api;
  return mock;
}
