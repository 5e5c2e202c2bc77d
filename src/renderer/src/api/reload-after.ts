import type { StoreApi } from 'zustand';

/**
 * For a screen's store whose `load` reads what the screen shows: changes the state (a filter, a
 * page, a view) and reads again, resolving when the screen shows the answer.
 */
export function reloadAfter<S extends { load: () => Promise<void> }>(
  set: StoreApi<S>['setState'],
  get: () => S,
): (change: Partial<S> | ((state: S) => Partial<S>)) => Promise<void> {
  return (change) => {
    set(change);
    return get().load();
  };
}
